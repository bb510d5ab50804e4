"""Everything the engine knows about one school, loaded once from its config."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from ..errors import ConfigError
from ..text.normalize import fold
from .config import Config, Declaration, Hold, OfficialAccount, csv_source, platform_key, read_config
from .roster import Pupil, StaffMember, read_roster, read_staff
from .timetable import Timetable, parse_week


def handle_key(handle: str) -> str:
    """Handles compare case-insensitively, without the leading @ or Reddit's u/ ("u/name"
    in a Reddit message is the roster's "@name")."""
    key = handle.strip().casefold()
    if "/" in key and not key.startswith("@"):
        bare = _URL_PATH.sub("", key)
        if "." in bare.partition("/")[0]:
            # A profile address stands for its handle ("https://www.facebook.com/PenyBrynPrimary/",
            # "tiktok.com/@name"), as a config or a recipient may give it.
            key = next((part for part in reversed(bare.split("/")) if part), key)
    key = key.lstrip("@")
    return key[3:] if key.startswith("/u/") else key[2:] if key.startswith("u/") else key


#: A profile address's scheme, query and fragment, which are not part of the handle.
_URL_PATH = re.compile(r"^[a-z]+://|[?#].*$")


@dataclass
class School:
    config: Config
    base_dir: Path
    pupils: list[Pupil]
    staff: list[StaffMember]
    logos: list[Path]
    timetable: Timetable
    _official: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _pupils_by_handle: dict[str, Pupil] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for acc in self.config.official_accounts:
            keys = self._official.setdefault(platform_key(acc.platform), set())
            if acc.handle:
                keys.add("h:" + handle_key(acc.handle))
            if acc.id:
                keys.add("i:" + acc.id.strip())
        for pupil in self.pupils:
            for h in pupil.handles:
                self._pupils_by_handle[handle_key(h)] = pupil

    @property
    def name(self) -> str:
        return self.config.school.name

    @property
    def aliases(self) -> tuple[str, ...]:
        return (self.config.school.name, *self.config.school.aliases)

    @property
    def holds(self) -> tuple[Hold, ...]:
        return self.config.holds

    @property
    def official_accounts(self) -> tuple[OfficialAccount, ...]:
        return self.config.official_accounts

    def is_official(self, platform: str, handle: str | None, account_id: str | None) -> bool:
        keys = self._official.get(platform_key(platform), set())
        return bool(
            (handle and "h:" + handle_key(handle) in keys)
            or (account_id and "i:" + account_id.strip() in keys)
        )

    def pupil_by_handle(self, handle: str) -> Pupil | None:
        """By handle, case-insensitively; '@name@instance' (Mastodon) also tries 'name'."""
        key = handle_key(handle)
        return self._pupils_by_handle.get(key) or self._pupils_by_handle.get(key.split("@")[0])

    def declared(self, user: str | None, pupil: Pupil) -> Declaration | None:
        """The declaration by `user` that covers `pupil`, if any (declarations are per staff member)."""
        if not user:
            return None
        names = _declarable_names(pupil)
        for d in self.config.declarations:
            if d.user == user and declared_name_key(d.pupil) in names:
                return d
        return None

    def directed_at(self, at: datetime, user: str | None):
        return self.timetable.directed_period(at, user)


def _declarable_names(pupil: Pupil) -> set[str]:
    """The names a declaration may give a pupil by: legal or preferred first name, with the
    legal or preferred surname."""
    firsts = [pupil.first_name] + ([pupil.preferred_name] if pupil.preferred_name else [])
    lasts = [pupil.last_name] + ([pupil.preferred_last_name] if pupil.preferred_last_name else [])
    return {fold(f"{f} {last}".strip()) for f in firsts for last in lasts}


def declared_name_key(name: str) -> str:
    """A declaration's pupil as the roster's full name is compared: "Surname, Forename", as an
    admin copies it from the MIS, is "Forename Surname"."""
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    return fold(" ".join(name.split()))


def load_school(path: Path) -> School:
    path = Path(path)
    return build_school(read_config(path), path)


def build_school(config: Config, path: Path, pupils: list[Pupil] | None = None,
                 staff: list[StaffMember] | None = None, extra_logos: list[Path] | None = None) -> School:
    """A school from an already validated config (the server applies admins' stored edits on
    top of the file's); `pupils` / `staff`, when given, replace the config's roster / staff
    files, and `extra_logos` (uploaded logos) join the config's logos."""
    path = Path(path)
    base = path.parent
    if pupils is None:
        pupils = _load_csv(config.roster, base, read_roster)
    if staff is None:
        staff = _load_csv(config.staff, base, read_staff)
    logos = []
    for i, logo in enumerate(config.logos):
        p = base / logo
        if not p.is_file():
            raise ConfigError(path, [f"logos[{i}]: no such file {logo!r}"])
        logos.append(p)
    logos += list(extra_logos or ())
    tt = config.timetable
    try:
        overrides = {user: parse_week(o.directed) for user, o in config.staff_overrides.items()}
        timetable = Timetable(
            zone=ZoneInfo(tt.timezone),
            week=parse_week(tt.directed),
            terms=tuple((t.start, t.end) for t in tt.terms),
            closures=frozenset(tt.closures),
            overrides=overrides,
        )
    except ValueError as e:  # already validated by the model; kept for a clear message
        raise ConfigError(path, [f"timetable: {e}"]) from e
    school = School(config, base, pupils, staff, logos, timetable)
    _check_declarations(path, school)
    return school


def _load_csv(source, base: Path, reader):
    src = csv_source(source)
    if src is None:
        return []
    return reader(base / src.path, dict(src.columns))


def _check_declarations(path: Path, school: School) -> None:
    known = {name for p in school.pupils for name in _declarable_names(p)}
    problems = [f"declarations[{i}].pupil: {d.pupil!r} is not on the roster"
                for i, d in enumerate(school.config.declarations) if declared_name_key(d.pupil) not in known]
    if problems and school.pupils:
        raise ConfigError(path, problems)
