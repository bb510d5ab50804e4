"""The platform map: which hosts belong to which platform, and how to read their requests.

The map is data (`addon/platforms/*.json`, one file per platform, plus `_generic.json`) so
the browser extension can read the same files; this module only validates and compiles it.
Validation is strict: an unknown key or a bad regex fails at start-up, naming the file.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field

DEFAULT_DIR = Path(__file__).with_name("platforms")

ACTIONS = ("post", "reply", "comment", "dm", "upload", "follow", "friend_request",
           "profile_update", "view", "other")
Action = Literal["post", "reply", "comment", "dm", "upload", "follow", "friend_request",
                 "profile_update", "view", "other"]


class PlatformMapError(ValueError):
    """A platform file that cannot be used; the message names the file and the problem."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldSpec(_Strict):
    """Where a value sits (see addon/fields.py for the path syntax) and how to clean it."""
    field: str
    regex: str | None = None          # keep group 1 of the first match
    jwt_claim: str | None = None      # the value is "Bearer <JWT>": take this claim
    discord_token: bool = False       # the value is a Discord user token: its first segment


class Condition(_Strict):
    field: str | None = None
    equals: str | None = None
    regex: str | None = None
    present: bool | None = None
    known_conversation: str | None = None   # a field whose value is a conversation we learnt
    action: Action | None = None            # only in action_if


class TextWalk(_Strict):
    walk: str                           # collect string leaves under this field
    keys: tuple[str, ...] | None = None  # leaf names to keep (default: the generic text keys)
    keys_regex: str | None = None


class RecipientSpec(_Strict):
    field: str | None = None
    mentions: bool = False              # @mentions in the extracted text
    conversation: str | None = None     # a conversation id: its learnt members
    resolve: bool = False               # ids become handles when a response named them
    resolved_only: bool = False         # drop ids no response named
    split: str | None = None            # "A-B" conversation ids
    exclude_self: bool = False
    regex: str | None = None
    prefix: str | None = None           # added to raw (unresolved) values


class UploadSpec(_Strict):
    kind: Literal["chunked", "whole"]
    phase: Literal["init", "append", "finalize"] | None = None
    id: tuple[str, ...] | str | None = None
    id_from_response: str | None = None
    segment: str | None = None
    part: str | None = None             # multipart part holding the bytes (default: raw body)
    b64_field: str | None = None        # alternative field with base64 bytes
    total: str | None = None
    md5: str | None = None
    offset: str | None = None

    @property
    def ids(self) -> tuple[str, ...]:
        if self.id is None:
            return ()
        return (self.id,) if isinstance(self.id, str) else self.id


class UploadLease(_Strict):
    """The response of a request that leases an upload to another host (Reddit's S3 bucket):
    the key that upload will carry, and the media id the post will name it by."""
    key: str
    id: str


class Rule(_Strict):
    name: str
    method: str | tuple[str, ...] | None = None
    host: str | None = None
    path: str | None = None
    query: dict[str, str] = Field(default_factory=dict)
    operation: str | None = None
    where: tuple[Condition, ...] = ()
    action: Action
    action_if: tuple[Condition, ...] = ()
    text: tuple[str | TextWalk, ...] = ()
    media: tuple[str | FieldSpec, ...] = ()
    recipients: tuple[RecipientSpec, ...] = ()
    reply_to: tuple[str, ...] = ()
    upload: UploadSpec | None = None
    upload_lease: UploadLease | None = None
    inline_files: bool = False          # image parts of a multipart body belong to the post
    opaque: bool = False                # end-to-end encrypted: nothing to read

    @property
    def methods(self) -> frozenset[str]:
        return _methods(self.method)


@lru_cache(maxsize=256)
def _methods(method: str | tuple[str, ...] | None) -> frozenset[str]:
    """A rule's `method` (one, several, or None for any) as upper-case names (remembered:
    each rule tried on each request asks)."""
    if method is None:
        return frozenset()
    return frozenset(x.upper() for x in ((method,) if isinstance(method, str) else method))


class DirectoryPair(_Strict):
    id: str
    handle: str
    # The id is also learnt as group 1 of this regex: LinkedIn responses carry
    # "urn:li:fsd_profile:<id>" where some requests name the bare <id>.
    id_regex: str | None = None


class ConversationSpec(_Strict):
    id: str
    members: str
    member_id: str
    member_handle: str


class SessionLearn(_Strict):
    """A response that names the session's own account (Mastodon verify_credentials)."""
    method: str | tuple[str, ...] | None = None
    path: str
    id: tuple[FieldSpec, ...]
    handle: tuple[FieldSpec, ...] = ()

    @property
    def methods(self) -> frozenset[str]:
        return _methods(self.method)


class SessionSpec(_Strict):
    """For a platform whose requests do not name the posting account (Mastodon, LinkedIn):
    the field that identifies the login session (only a hash of it is kept), and the
    responses that name that session's account."""
    comment: str | None = None
    key: str                            # a field path: "header:authorization", "cookie:li_at"
    learn: tuple[SessionLearn, ...]
    qualify_handle: bool = False        # a handle without "@domain" gets "@<request host>"


class AnyHost(_Strict):
    path: str
    require: tuple[Condition, ...] = ()


class SocketMessage(_Strict):
    """One kind of message a chat socket carries (Messenger's send-message task). The paths
    are field paths (addon/fields.py): `items` from the decoded PUBLISH payload to each
    message, the others from one message; JSON strings on the way are decoded."""
    name: str
    items: str
    action: Action
    text: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    media: tuple[str, ...] = ()
    reply_to: tuple[str, ...] = ()


class SocketMessages(_Strict):
    """The messages sent over a platform's WebSockets that can be read (Messenger and
    Instagram's non-end-to-end-encrypted chat: JSON in MQTT PUBLISH packets)."""
    comment: str | None = None
    sockets: tuple[str, ...]            # rules naming the handshakes whose frames carry them
    framing: Literal["mqtt"]
    topic: str                          # the PUBLISH topic that carries the messages
    max_frame: int = Field(default=1024 * 1024, gt=0, le=16 * 1024 * 1024)
    messages: tuple[SocketMessage, ...]


class Platform(_Strict):
    id: str
    name: str
    comment: str | None = None
    hosts: tuple[str, ...]
    any_host: AnyHost | None = None
    handle_prefix: str = ""
    operation: tuple[FieldSpec, ...] = ()
    account: tuple[FieldSpec, ...] = ()
    session: SessionSpec | None = None
    directory: tuple[DirectoryPair, ...] = ()
    conversations: tuple[ConversationSpec, ...] = ()
    mentions: str | None = None
    rules: tuple[Rule, ...]
    socket_messages: SocketMessages | None = None
    # The extension's compose-box hooks (editor and Send selectors): browser-only, ignored here.
    compose: dict | None = None


class ActionWord(_Strict):
    regex: str
    action: Action


class Generic(_Strict):
    id: Literal["_generic"]
    comment: str | None = None
    text_keys: tuple[str, ...]
    write_operation: str
    read_operation: str
    not_write_operation: str
    action_words: tuple[ActionWord, ...]


class _Regexes:
    """Compiled patterns, keyed by pattern text, so each is compiled once per map."""

    def __init__(self) -> None:
        self._cache: dict[str, re.Pattern] = {}

    def __call__(self, pattern: str) -> re.Pattern:
        rx = self._cache.get(pattern)
        if rx is None:
            rx = self._cache[pattern] = re.compile(pattern)
        return rx


def normalise_host(host: str) -> str:
    """Lower-case, without a port, trailing dot or IPv6 brackets."""
    host = (host or "").strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host[1:]
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


class HostSet:
    """Exact names and `*.suffix` patterns, matched whole (never a substring search)."""

    def __init__(self, patterns: list[str] | tuple[str, ...]):
        self.exact: set[str] = set()
        self.suffixes: set[str] = set()
        for p in patterns:
            p = normalise_host(p)
            if not p:
                continue
            if p.startswith("*."):
                self.suffixes.add(p[2:])
            elif "*" in p:
                raise ValueError(f"host pattern {p!r}: '*' is allowed only as a leading '*.'")
            else:
                self.exact.add(p)

    def __contains__(self, host: str) -> bool:
        host = normalise_host(host)
        if not host:
            return False
        if host in self.exact:
            return True
        parts = host.split(".")
        return any(".".join(parts[i:]) in self.suffixes for i in range(1, len(parts)))

    def __bool__(self) -> bool:
        return bool(self.exact or self.suffixes)

    def as_regex(self) -> str:
        """The same set as one anchored regex over "host" or "host:port", for mitmproxy's
        `allow_hosts` (which searches, unanchored, and appends the port)."""
        exact = "|".join(re.escape(h) for h in sorted(self.exact))
        suffixes = "|".join(re.escape(h) for h in sorted(self.suffixes))
        branches = ([f"(?:{exact})"] if exact else []) + (
            [rf"(?:[^.:/\s]+\.)+(?:{suffixes})"] if suffixes else [])
        if not branches:
            return r"(?!)"   # matches nothing
        return rf"^(?:{'|'.join(branches)})\.?(?::\d+)?$"


class PlatformMap:
    def __init__(self, platforms: dict[str, Platform], generic: Generic):
        self.platforms = platforms
        self.generic = generic
        self.regex = _Regexes()
        self._hosts = {pid: HostSet(p.hosts) for pid, p in platforms.items()}
        self._check_regexes()
        self._check_sockets()

    @classmethod
    def load(cls, directory: Path | str | None = None) -> PlatformMap:
        directory = Path(directory) if directory else DEFAULT_DIR
        platforms: dict[str, Platform] = {}
        generic: Generic | None = None
        files = sorted(directory.glob("*.json"))
        if not files:
            raise PlatformMapError(f"{directory}: no platform files (*.json)")
        for path in files:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if path.stem == "_generic":
                    generic = Generic.model_validate(data)
                    continue
                platform = Platform.model_validate(data)
            except (OSError, ValueError, pydantic.ValidationError) as e:
                raise PlatformMapError(f"{path}: {e}") from e
            if platform.id != path.stem:
                raise PlatformMapError(f"{path}: id {platform.id!r} differs from the file name")
            platforms[platform.id] = platform
        if generic is None:
            raise PlatformMapError(f"{directory}: _generic.json is missing")
        try:
            return cls(platforms, generic)
        except (re.error, ValueError) as e:
            raise PlatformMapError(f"{directory}: {e}") from e

    def _check_regexes(self) -> None:
        g = self.generic
        for pattern in (g.write_operation, g.read_operation, g.not_write_operation,
                        *(w.regex for w in g.action_words)):
            self.regex(pattern)
        for p in self.platforms.values():
            try:
                specs = [*p.operation, *p.account]
                if p.session:
                    specs += [s for learn in p.session.learn for s in (*learn.id, *learn.handle)]
                patterns = [s.regex for s in specs] + [p.mentions]
                patterns += [d.id_regex for d in p.directory]
                if p.session:
                    patterns += [learn.path for learn in p.session.learn]
                if p.any_host:
                    patterns += [p.any_host.path, *(c.regex for c in p.any_host.require)]
                for r in p.rules:
                    patterns += [r.host, r.path, r.operation, *r.query.values()]
                    patterns += [m.regex for m in r.media if isinstance(m, FieldSpec)]
                    patterns += [c.regex for c in (*r.where, *r.action_if)]
                    patterns += [s.regex for s in r.recipients]
                    patterns += [t.keys_regex for t in r.text if isinstance(t, TextWalk)]
                for pattern in patterns:
                    if pattern is not None:
                        self.regex(pattern)
            except re.error as e:
                raise PlatformMapError(f"platform {p.id}: bad regex: {e}") from e

    def _check_sockets(self) -> None:
        for p in self.platforms.values():
            if p.socket_messages is None:
                continue
            names = {r.name for r in p.rules}
            unknown = [s for s in p.socket_messages.sockets if s not in names]
            if unknown:
                raise PlatformMapError(f"platform {p.id}: socket_messages.sockets names no rule: "
                                       f"{', '.join(unknown)}")

    def platform_for_host(self, host: str) -> Platform | None:
        """The platform whose listed hosts include `host` (anchored, whole-label match)."""
        for pid, hosts in self._hosts.items():
            if host in hosts:
                return self.platforms[pid]
        return None

    def any_host_platforms(self) -> list[Platform]:
        return [p for p in self.platforms.values() if p.any_host is not None]

    def all_host_patterns(self) -> list[str]:
        return [h for p in self.platforms.values() for h in p.hosts]
