"""Extraction: apply a platform's rules to a decoded request and say what the user is doing.

The first rule that matches (method, host, path, query, operation name, conditions) names the
action and where its text, media, recipients and reply target sit. No rule: the generic
fallback (`_generic.json`) treats reads as `view`, and a write-like operation with text in a
generic text field as a post action marked `fallback`; anything else is `other`.

A GraphQL batch (a JSON array of operations in one request, as Apollo-style clients send it)
is read operation by operation: the request does what its first post action does, else what
its first operation does, so a write cannot hide behind a read sent with it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from addon.directory import Directory
from addon.fields import RequestView, scalar
from addon.identity import account_id
from addon.platformmap import Condition, FieldSpec, Platform, PlatformMap, RecipientSpec, Rule, TextWalk
from addon.sessions import qualified_handle

POST_ACTIONS = frozenset({"post", "reply", "comment", "dm", "upload", "follow",
                          "friend_request", "profile_update"})
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
MAX_BATCH = 32          # operations read from one batched request


@dataclass
class Extracted:
    platform: str
    action: str
    rule: str | None
    operation: str | None = None
    account_id: str | None = None
    account_handle: str | None = None
    text: str = ""
    recipients: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)      # upload ids, without "upload:"
    reply_to: str | None = None
    fallback: bool = False
    opaque: bool = False

    @property
    def is_post_action(self) -> bool:
        return self.action in POST_ACTIONS


class Extractor:
    def __init__(self, pmap: PlatformMap, directory: Directory):
        self.pmap = pmap
        self.directory = directory
        g = pmap.generic
        self.text_keys = frozenset(g.text_keys)

    def platform_for(self, view: RequestView) -> Platform | None:
        """The listed platform for the host, else an any-host platform whose paths match."""
        platform = self.pmap.platform_for_host(view.host)
        if platform is not None:
            return platform
        for p in self.pmap.any_host_platforms():
            if self.pmap.regex(p.any_host.path).search(view.path) and all(
                    self._condition(p, view, c) for c in p.any_host.require):
                return p
        return None

    def extract(self, platform: Platform, view: RequestView, listed: bool) -> Extracted | None:
        """What the request does; None when an any-host platform has no rule for it."""
        batch = self._batch(platform, view)
        if not batch:
            return self._extract_one(platform, view, listed)
        found = [ex for v in batch if (ex := self._extract_one(platform, v, listed)) is not None]
        return next((ex for ex in found if ex.is_post_action), found[0] if found else None)

    def _batch(self, platform: Platform, view: RequestView) -> list[RequestView]:
        """One view per operation of a batched body (a JSON array of objects, at least one of
        which names its operation where the platform says operations are named); [] for
        any other body."""
        body = view.body
        if (not platform.operation or not isinstance(body, list) or not body
                or not all(isinstance(item, dict) for item in body)):
            return []
        # A longer batch is read up to the bound (the operations past it are not read)
        # rather than passed over whole.
        views = [replace(view, body=item, path_groups=()) for item in body[:MAX_BATCH]]
        return views if any(self.operation(platform, v) for v in views) else []

    def _extract_one(self, platform: Platform, view: RequestView, listed: bool) -> Extracted | None:
        op = self.operation(platform, view)
        rule = next((r for r in platform.rules if self._matches(platform, r, view, op)), None)
        acct = account_id(view, platform.account, self.pmap.regex)
        if rule is None:
            if not listed:
                return None
            ex = self._fallback(platform, view, op)
        else:
            ex = Extracted(platform.id, self._action(platform, rule, view), rule.name, op,
                           opaque=rule.opaque)
            if not rule.opaque:
                ex.text = self._text(rule.text, view)
                ex.media = _unique(s for spec in rule.media for s in self._media(spec, view))
                ex.reply_to = next((s for spec in rule.reply_to for v in view.values(spec)
                                    if (s := scalar(v))), None)
        ex.operation = op
        ex.account_id = acct
        ex.account_handle = self.directory.handle(platform.id, acct)
        if rule is not None and not rule.opaque:
            ex.recipients = self._recipients(platform, rule.recipients, view, ex)
        return ex

    def operation(self, platform: Platform, view: RequestView) -> str | None:
        for spec in platform.operation:
            for v in view.values(spec.field):
                if s := self._capture(scalar(v), spec.regex):
                    return s
        return None

    def _capture(self, s: str | None, rx: str | None) -> str | None:
        """`s`, or with a regex the part it captures (its first group, else the whole match)."""
        if s and rx:
            m = self.pmap.regex(rx).search(s)
            return (m.group(1) if m.groups() else m.group(0)) if m else None
        return s

    def _media(self, spec: str | FieldSpec, view: RequestView) -> list[str]:
        """Media ids at `spec`; a FieldSpec's regex keeps a part (the key in an upload URL)."""
        if isinstance(spec, str):
            return [s for v in view.values(spec) if (s := scalar(v))]
        return [s for v in view.values(spec.field) if (s := self._capture(scalar(v), spec.regex))]

    def _matches(self, platform: Platform, rule: Rule, view: RequestView, op: str | None) -> bool:
        rx = self.pmap.regex
        if rule.methods and view.method not in rule.methods:
            return False
        if rule.host and not rx(rule.host).search(view.host):
            return False
        if rule.path:
            m = rx(rule.path).search(view.path)
            if not m:
                return False
            view.path_groups = m.groups()
        else:
            view.path_groups = ()
        for key, pattern in rule.query.items():
            if not any(rx(pattern).search(s) for v in view.values(f"query:{key}")
                       if (s := scalar(v)) is not None):
                return False
        if rule.operation and not (op and rx(rule.operation).search(op)):
            return False
        return all(self._condition(platform, view, c) for c in rule.where)

    def _condition(self, platform: Platform, view: RequestView, c: Condition) -> bool:
        if c.known_conversation:
            return any(self.directory.knows_conversation(platform.id, s)
                       for v in view.values(c.known_conversation) if (s := scalar(v)))
        values = [s for v in view.values(c.field or "") if (s := scalar(v)) is not None]
        if c.present is not None:
            return any(s.strip() for s in values) == c.present
        if c.equals is not None:
            return c.equals in values
        if c.regex is not None:
            return any(self.pmap.regex(c.regex).search(s) for s in values)
        return bool(values)

    def _action(self, platform: Platform, rule: Rule, view: RequestView) -> str:
        for c in rule.action_if:
            if c.action and self._condition(platform, view, c):
                return c.action
        return rule.action

    def _text(self, sources, view: RequestView) -> str:
        parts: list[str] = []
        for src in sources:
            if isinstance(src, TextWalk):
                keys = frozenset(src.keys) if src.keys else (None if src.keys_regex else self.text_keys)
                rx = self.pmap.regex(src.keys_regex) if src.keys_regex else None
                parts.extend(view.walk_strings(src.walk, keys, rx))
            else:
                parts.extend(s for v in view.values(src) if (s := scalar(v)))
        return "\n".join(_unique(p for p in parts if p.strip()))

    def _recipients(self, platform: Platform, specs: tuple[RecipientSpec, ...],
                    view: RequestView, ex: Extracted) -> list[str]:
        out: list[str] = []
        rx = self.pmap.regex
        for spec in specs:
            if spec.mentions:
                if platform.mentions and ex.text:
                    for m in rx(platform.mentions).finditer(ex.text):
                        raw = m.group(1)
                        if spec.resolve:   # the mention is an id (Discord <@id>)
                            out.append(self.directory.handle(platform.id, raw) or raw)
                        else:
                            out.append(_prefix(platform.handle_prefix, raw))
                continue
            if spec.conversation:
                for v in view.values(spec.conversation):
                    cid = scalar(v)
                    for mid, handle in self.directory.members(platform.id, cid or ""):
                        if mid != ex.account_id:
                            out.append(handle or mid)
                continue
            for v in view.values(spec.field or ""):
                s = scalar(v)
                if not s:
                    continue
                if spec.regex:
                    m = rx(spec.regex).search(s)
                    if not m:
                        continue
                    s = m.group(1) if m.groups() else m.group(0)
                for ident in (s.split(spec.split) if spec.split else [s]):
                    ident = ident.strip()
                    if not ident or (spec.exclude_self and ident == ex.account_id):
                        continue
                    handle = self.directory.handle(platform.id, ident) if spec.resolve else None
                    if handle:
                        out.append(handle)
                    elif not spec.resolved_only:
                        out.append(_prefix(spec.prefix or "", ident))
        if platform.session is not None and platform.session.qualify_handle and platform.handle_prefix:
            # A local "@name" (a mention, or a local acct a response named) is "@name@<instance>".
            out = [qualified_handle(platform, h, view.host) if h.startswith(platform.handle_prefix) else h
                   for h in out]
        return _unique(out, fold=True)

    def _fallback(self, platform: Platform, view: RequestView, op: str | None) -> Extracted:
        g, rx = self.pmap.generic, self.pmap.regex
        ex = Extracted(platform.id, "other", None, op)
        if view.method in READ_METHODS:
            ex.action = "view"
            return ex
        name = op or view.path
        if rx(g.not_write_operation).search(name):
            ex.action = "view" if op and rx(g.read_operation).search(op) else "other"
            return ex
        if not rx(g.write_operation).search(name):
            if op and rx(g.read_operation).search(op):
                ex.action = "view"
            return ex
        text = "\n".join(_unique(view.walk_strings("", self.text_keys, None)))
        if not text.strip():
            return ex
        ex.text = text
        ex.fallback = True
        ex.action = next((w.action for w in g.action_words if rx(w.regex).search(name)), "post")
        return ex


def _prefix(prefix: str, value: str) -> str:
    return value if not prefix or value.startswith(prefix) else prefix + value


def _unique(items, fold: bool = False) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item.casefold() if fold else item
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
