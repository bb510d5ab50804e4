"""The server's own config: where data lives, which database, which schools, how long to keep.

One YAML file per server (`demo/server.yaml` is a complete example). Each school points at
its school config (the same file `postwarden check` reads), so a verdict on the server is the
verdict the CLI and the proxy give. Relative paths are relative to the server config file.
Errors name the file and the key, through `policies.yamlfile.load_model`.
"""
from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from policies.yamlfile import load_model

SCHOOL_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _ip_network(value: str) -> str:
    """An address or a network (CIDR); host bits are allowed ("10.0.0.1/8" means 10.0.0.0/8)."""
    try:
        ipaddress.ip_network(value.strip(), strict=False)
    except ValueError:
        raise ValueError(f"{value!r} is not an IP address or network (e.g. 127.0.0.1, 10.0.0.0/8, ::1)") from None
    return value.strip()


class Listen(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    #: The TLS terminators (reverse proxies) in front of this server, as addresses or networks.
    #: A request from one of them has its client address taken from X-Forwarded-For (the
    #: rightmost hop that is not itself trusted), for the login limit and the session record;
    #: from anyone else, forwarded headers are ignored. Empty: never trust them.
    trusted_proxies: list[Annotated[str, AfterValidator(_ip_network)]] = Field(default_factory=list)


class ProxySettings(_Strict):
    """The mitmproxy that `postwarden serve` runs alongside the app (one per school server)."""
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(8081, ge=0, le=65535)
    school: str | None = Field(None, description="the school its traffic belongs to (default: the first)")
    fail_mode: Literal["open", "closed"] = "open"
    user_source: Literal["proxyauth", "ipmap", "header"] = "proxyauth"
    ip_map: Path | None = None
    #: How often the proxy asks this server for the admins' edits (postwarden_school_sync_s).
    school_sync_seconds: int = Field(30, ge=1, le=3600)


class Database(_Strict):
    """Empty `dsn`: SQLite (WAL) at `<data_dir>/postwarden.db`. A trust's shared PostgreSQL:
    `postgresql://user:password@host:5432/postwarden` (or `password_file` beside it)."""
    dsn: str = ""
    password_file: Path | None = None
    pool_max: int = Field(10, ge=1, le=200)

    @field_validator("dsn")
    @classmethod
    def _known_scheme(cls, v: str) -> str:
        if v and not v.startswith(("postgresql://", "postgres://", "sqlite:")):
            raise ValueError("must start with postgresql:// (or sqlite:PATH), or be empty for SQLite in data_dir")
        return v


class Retention(_Strict):
    """Days each kind of event is kept; the purge job deletes what is older.

    `content` is what an event keeps of the post: `minimal` a hash and a redacted excerpt,
    `hash` only the hash and length, `full` the text (only where the trust's DPIA allows it).
    """
    content: Literal["minimal", "hash", "full"] = "minimal"
    usage_days: int = Field(90, ge=1)       # plain use: reads, allowed posts with no finding
    flagged_days: int = Field(365, ge=1)    # posts with a finding (warned, blocked, acknowledged)
    unchecked_days: int = Field(365, ge=1)  # posts the proxy could not check
    reports_days: int = Field(365, ge=1)    # false-positive reports and challenges
    audit_days: int = Field(6 * 365, ge=30)
    purge_every_minutes: int = Field(60, ge=1)


class Sessions(_Strict):
    idle_minutes: int = Field(30, ge=1)
    absolute_hours: int = Field(12, ge=1)
    login_attempts: int = Field(5, ge=1, description="failed logins per account or address per window")
    login_window_minutes: int = Field(15, ge=1)


class Usage(_Strict):
    """003 section 9: personal use at work must not be excessive. The line the review charts
    draw and the daily report flags; a setting, because the policy names no number."""
    excessive_minutes_per_day: int = Field(60, ge=1)
    session_gap_minutes: int = Field(5, ge=1, description="a gap longer than this ends a session on a platform")


class School(_Strict):
    id: str
    name: str | None = None
    config: Path

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not SCHOOL_ID.match(v):
            raise ValueError("must be lower-case letters, digits and hyphens (e.g. hollins-park)")
        return v


class ServerConfig(_Strict):
    data_dir: Path = Path("data")
    public_url: str | None = Field(None, description="the address staff and reviewers use, for links and cookies")
    listen: Listen = Listen()
    proxy: ProxySettings = ProxySettings()
    database: Database = Database()
    schools: list[School] = Field(min_length=1)
    retention: Retention = Retention()
    sessions: Sessions = Sessions()
    usage: Usage = Usage()
    base_dir: Path = Field(Path("."), exclude=True)

    @model_validator(mode="after")
    def _unique_schools(self) -> ServerConfig:
        seen: set[str] = set()
        for i, s in enumerate(self.schools):
            if s.id in seen:
                raise ValueError(f"schools[{i}].id: {s.id!r} is listed twice")
            seen.add(s.id)
        if self.proxy.school is not None and self.proxy.school not in seen:
            raise ValueError(f"proxy.school: {self.proxy.school!r} is not one of the schools")
        return self

    # -- resolved paths ---------------------------------------------------------------------

    def path(self, p: Path) -> Path:
        return p if p.is_absolute() else (self.base_dir / p).resolve()

    @property
    def data_path(self) -> Path:
        return self.path(self.data_dir)

    @property
    def sqlite_path(self) -> Path | None:
        dsn = self.database.dsn
        if not dsn:
            return self.data_path / "postwarden.db"
        if dsn.startswith("sqlite:"):
            return self.path(Path(dsn.removeprefix("sqlite:")))
        return None

    def school_config(self, school_id: str) -> Path:
        return self.path(self.school(school_id).config)

    def school(self, school_id: str) -> School:
        for s in self.schools:
            if s.id == school_id:
                return s
        raise KeyError(school_id)

    @property
    def proxy_school(self) -> str:
        return self.proxy.school or self.schools[0].id


def load_server_config(path: Path | str) -> ServerConfig:
    path = Path(path)
    cfg = load_model(path, ServerConfig, "the server config")
    cfg.base_dir = path.resolve().parent
    return cfg
