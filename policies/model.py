"""The values that flow through the engine: a post in, hits and findings, a verdict out.

A detector returns `Hit`s (what it saw and why); the engine turns each hit into a `Finding`
only when a rule of the school's pack covers it, so the pack, not the detector, decides
whether something matters and how much.
"""
from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

ACTIONS = frozenset({
    "post", "reply", "comment", "dm", "upload", "follow", "friend_request", "profile_update",
})


class PostError(ValueError):
    """A post that does not have the contract's shape; the message says which field."""


class Decision(enum.StrEnum):
    ALLOW = "allow"
    WARN = "warn"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _DECISION_RANK[self]

    @staticmethod
    def strictest(decisions: Iterable[Decision]) -> Decision:
        return max(decisions, key=lambda d: d.rank, default=Decision.ALLOW)


_DECISION_RANK = {Decision.ALLOW: 0, Decision.WARN: 1, Decision.BLOCK: 2}


class AccountKind(enum.StrEnum):
    PERSONAL = "personal"
    OFFICIAL = "official"


@dataclass(frozen=True, slots=True)
class Account:
    handle: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class ImageInput:
    """An attached image as bytes: the addon reassembles uploads, so detectors never see paths."""

    name: str
    data: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class Post:
    platform: str
    action: str
    account: Account = Account()
    user: str | None = None
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    text: str = ""
    recipients: tuple[str, ...] = ()
    images: tuple[ImageInput, ...] = ()

    @classmethod
    def from_dict(cls, data: Any, base_dir: Path | None = None) -> Post:
        """Build a post from contract JSON; image paths are read relative to `base_dir`."""
        if not isinstance(data, dict):
            raise PostError("a post must be a JSON object")
        platform = _required_str(data, "platform").lower()
        action = _required_str(data, "action").lower()
        if action not in ACTIONS:
            raise PostError(f"action: {action!r} is not one of {', '.join(sorted(ACTIONS))}")
        account = data.get("account") or {}
        if isinstance(account, str):
            account = {"handle": account}
        if not isinstance(account, dict):
            raise PostError("account: must be an object with handle and/or id")
        text = data.get("text") or ""
        if not isinstance(text, str):
            raise PostError("text: must be a string")
        recipients = data.get("recipients") or []
        if not isinstance(recipients, list) or not all(isinstance(r, str) for r in recipients):
            raise PostError("recipients: must be a list of strings")
        user = data.get("user")
        if user is not None and not isinstance(user, str):
            raise PostError("user: must be a string")
        return cls(
            platform=platform,
            action=action,
            account=Account(_opt_str(account.get("handle")), _opt_str(account.get("id"))),
            user=user,
            at=_parse_time(data.get("at")),
            text=text,
            recipients=tuple(recipients),
            images=tuple(_load_images(data.get("images") or [], base_dir)),
        )


def _required_str(data: dict, key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise PostError(f"{key}: required, a non-empty string")
    return value.strip()


def _opt_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def _parse_time(value: Any) -> datetime:
    if value in (None, ""):
        return datetime.now(timezone.utc)
    if not isinstance(value, str):
        raise PostError("at: must be an ISO 8601 time with an offset")
    try:
        at = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as e:
        raise PostError(f"at: {value!r} is not an ISO 8601 time") from e
    if at.tzinfo is None:
        raise PostError(f"at: {value!r} has no UTC offset")
    return at


def _load_images(paths: Any, base_dir: Path | None) -> Iterable[ImageInput]:
    if not isinstance(paths, list):
        raise PostError("images: must be a list of paths")
    for raw in paths:
        if not isinstance(raw, str):
            raise PostError("images: must be a list of paths")
        path = Path(raw)
        if not path.is_absolute():
            path = (base_dir or Path.cwd()) / path
        try:
            yield ImageInput(name=path.name, data=path.read_bytes())
        except OSError as e:
            raise PostError(f"images: cannot read {raw!r}: {e.strerror}") from e


@dataclass(frozen=True, slots=True)
class Hit:
    """What a detector saw, with the reasons, before any pack rule judges it.

    `signal` names the kind of evidence within the category (e.g. `full_name` or
    `first_name_in_context` for pupil_name) so a pack can enforce some signals and not others.
    """

    category: str
    signal: str
    score: float
    explanation: tuple[str, ...]
    evidence: str = ""
    span: tuple[int, int] | None = None
    subject: str | None = None
    indeterminate: bool = False
    location: dict | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    category: str
    rule: str
    severity: str
    clause: str
    message: str
    evidence: str
    decision: Decision
    signal: str
    score: float
    explanation: tuple[str, ...]
    span: tuple[int, int] | None = None
    location: dict | None = None
    indeterminate: bool = False

    def to_dict(self) -> dict:
        out = dataclasses.asdict(self)
        out["decision"] = str(self.decision)
        out["explanation"] = list(self.explanation)
        for key in ("span", "location"):
            if out[key] is None:
                del out[key]
            elif key == "span":
                out[key] = list(self.span)
        if not self.indeterminate:
            del out["indeterminate"]
        return out


@dataclass(frozen=True, slots=True)
class Verdict:
    decision: Decision
    findings: tuple[Finding, ...] = ()

    @classmethod
    def from_findings(cls, findings: Iterable[Finding]) -> Verdict:
        findings = tuple(findings)
        return cls(Decision.strictest(f.decision for f in findings), findings)

    def to_dict(self) -> dict:
        return {"decision": str(self.decision), "findings": [f.to_dict() for f in self.findings]}
