"""The pipeline both the live addon and `postwarden replay` run on a flow.

request side:  recognise the platform -> decode the body (bounded) -> extract the action ->
               reassemble uploads -> build the `Post` -> the engine's verdict
response side: learn ids -> handles and conversations, a session's own account (sessions.py);
               bind upload ids sent in responses, and leased keys to media ids (Reddit)

Unrelated flows cost a host lookup and nothing else: their bodies are never decoded.
"""
from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from mitmproxy import http

from addon.bodies import Body, BodyError, decode_content, image_type, loads_json, parse
from addon.directory import Directory
from addon.extract import Extracted, Extractor
from addon.fields import RequestView, cookie_dict
from addon.headers import fold
from addon.headers import get as header
from addon.hostname import pretty_host
from addon.platformmap import Platform, PlatformMap, Rule, UploadSpec
from addon.sessions import SessionAccounts
from addon.uploads import UploadError, UploadStore

log = logging.getLogger(__name__)

ALLOW = {"decision": "allow", "findings": []}
MAX_RESPONSE_LEARN = 2 * 1024 * 1024


@dataclass
class Inspection:
    """What one monitored request does, ready for a verdict, an action and an event."""
    extracted: Extracted
    user: str | None
    at: datetime
    host: str
    images: list[Any] = field(default_factory=list)      # policies.model.ImageInput
    unchecked: str | None = None                          # why the content was not judged
    unreadable: bool = False                              # the body itself could not be read:
                                                          # the fail mode decides (warden.py)
    pending_upload: str | None = None                     # provisional id, bound by the response
    upload_rule: UploadSpec | None = None
    notes: list[str] = field(default_factory=list)
    #: What `Pipeline.add_media` still has to do (uploads, attached images), or None. Set
    #: by `inspect_request`; the live addon does that part on its worker thread.
    media_work: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def platform(self) -> str:
        return self.extracted.platform

    @property
    def action(self) -> str:
        return self.extracted.action

    def media_refs(self) -> list[str]:
        return [f"upload:{m}" for m in self.extracted.media]

    def record(self) -> dict:
        """The contract's replay line, without `index` and `verdict`."""
        ex = self.extracted
        return {
            "platform": ex.platform,
            "action": ex.action,
            "account": {"id": ex.account_id, "handle": ex.account_handle},
            "text": ex.text,
            "recipients": list(ex.recipients),
            "media": self.media_refs(),
        }

    def post(self):
        from policies.model import Account, Post
        ex = self.extracted
        return Post(platform=ex.platform, action=ex.action,
                    account=Account(handle=ex.account_handle, id=ex.account_id),
                    user=self.user, at=self.at, text=ex.text,
                    recipients=tuple(ex.recipients), images=tuple(self.images))


class Pipeline:
    def __init__(self, pmap: PlatformMap, engine: Any = None, *, uploads: UploadStore | None = None,
                 directory: Directory | None = None, max_body: int = 32 * 1024 * 1024):
        self.pmap = pmap
        self.engine = engine
        self.uploads = uploads or UploadStore()
        self.directory = directory or Directory()
        self.extractor = Extractor(pmap, self.directory)
        self.max_body = max_body
        self.sessions = SessionAccounts(pmap)   # accounts of sessions whose requests never name one
        self._listed: dict[str, Platform | None] = {}   # host -> its listed platform, or None
        self._any_host = bool(pmap.any_host_platforms())

    # -- request side -------------------------------------------------------------------

    def recognise(self, flow: http.HTTPFlow) -> tuple[Platform, bool] | None:
        """(platform, host is listed) for a monitored flow; None for everything else.

        Every request the proxy decrypts comes here, so the host is looked up first (and
        remembered); only an unlisted host is matched against the any-host platforms'
        paths (Mastodon: any instance)."""
        host = _host(flow.request)
        try:
            platform = self._listed[host]
        except KeyError:
            if len(self._listed) >= 4096:
                self._listed.clear()
            platform = self._listed[host] = self.pmap.platform_for_host(host)
        if platform is not None:
            return platform, True
        if not self._any_host:
            return None
        platform = self.extractor.platform_for(_light_view(flow))
        return (platform, False) if platform is not None else None

    def is_monitored_write(self, flow: http.HTTPFlow) -> bool:
        found = self.recognise(flow)
        return found is not None and flow.request.method.upper() not in ("GET", "HEAD", "OPTIONS")

    def inspect(self, flow: http.HTTPFlow, user: str | None,
                found: tuple[Platform, bool] | None = None) -> Inspection | None:
        """What the flow does on its platform, media included; `found` is `recognise(flow)`
        when the caller already has it."""
        ins = self.inspect_request(flow, user, found)
        if ins is not None and ins.media_work is not None:
            self.add_media(ins)
        return ins

    def inspect_request(self, flow: http.HTTPFlow, user: str | None,
                        found: tuple[Platform, bool] | None = None) -> Inspection | None:
        """The request's own part of `inspect`: decode and extract. It reads the directory
        but never the upload store, so the addon may run it on its event loop; what is left
        for `add_media` is in `media_work`."""
        found = found or self.recognise(flow)
        if found is None:
            return None
        platform, listed = found
        view = _light_view(flow)
        unchecked = None
        try:
            body = _decode(flow, self.max_body, view.headers)
        except BodyError as e:
            log.warning("postwarden: %s %s body not inspected: %s", platform.id, view.path, e)
            unchecked, body = e.reason, Body()
        view.body, view.files, view.raw = body.tree, body.files, body.raw
        ex = self.extractor.extract(platform, view, listed)
        if ex is None:
            return None
        if platform.session is not None:   # the account its session's responses named
            learnt = self.sessions.account(platform, view)
            if learnt is not None and ex.account_id in (None, learnt[0]):
                ex.account_id = learnt[0]
                ex.account_handle = (ex.account_handle or learnt[1]
                                     or self.directory.handle(platform.id, learnt[0]))
        at = datetime.fromtimestamp(flow.request.timestamp_start or 0, timezone.utc)
        ins = Inspection(ex, user, at, view.host, unchecked=unchecked, unreadable=unchecked is not None)
        rule = next((r for r in platform.rules if r.name == ex.rule), None)
        upload = unchecked is None and rule is not None and bool(rule.upload) and not ex.opaque
        inline_files = unchecked is None and rule is not None and rule.inline_files
        attach = ex.is_post_action and bool(ex.media) and ex.action != "upload"
        if upload or inline_files or attach:
            ins.media_work = (platform, rule, view, flow, upload, inline_files, attach)
        return ins

    def uninspected(self, flow: http.HTTPFlow, user: str | None, platform: Platform) -> Inspection:
        """A monitored request the addon failed to inspect, for its `unchecked` event: what
        it does is not known, so its action is "other" and it carries no content."""
        at = datetime.fromtimestamp(flow.request.timestamp_start or 0, timezone.utc)
        return Inspection(Extracted(platform.id, "other", None), user, at, _host(flow.request),
                          notes=["not_inspected"])

    def add_media(self, ins: Inspection) -> None:
        """Reassemble uploads and attach images: the part of `inspect` that touches the
        upload store (one thread only: the addon's worker)."""
        if ins.media_work is None:
            return
        platform, rule, view, flow, upload, inline_files, attach = ins.media_work
        ins.media_work = None   # the request's body is not kept alive by the inspection
        if upload:
            self._upload(platform, rule, view, flow, ins)
        if inline_files:
            self._inline_images(view, ins)
        if attach:
            self.attach(platform, ins)

    def needs_judge(self, ins: Inspection) -> bool:
        """Only post actions are judged; views and other requests are allowed as they are."""
        return ins.extracted.is_post_action and self.engine is not None

    def judge(self, ins: Inspection, engine: Any = None) -> dict:
        """The verdict of `engine` (default: this pipeline's) for a post action; views, other
        and unchecked bodies: allow."""
        engine = engine if engine is not None else self.engine
        if not self.needs_judge(ins) or engine is None:
            return dict(ALLOW)
        return engine.check(ins.post()).to_dict()

    def _upload(self, platform: Platform, rule: Rule, view: RequestView, flow: http.HTTPFlow,
                ins: Inspection) -> None:
        spec = rule.upload
        assert spec is not None
        ins.upload_rule = spec
        pid = platform.id
        uid = next((s for src in spec.ids if (s := view.first(src))), None)
        if uid:
            uid = self.uploads.resolve(pid, uid)   # a leased key: the id posts name it by
        try:
            if spec.kind == "chunked" and spec.phase == "init":
                total = _int(view.first(spec.total)) if spec.total else None
                if total is not None and total > self.uploads.max_each:
                    raise UploadError("too_large", f"announced {total} bytes")
                if uid:
                    self.uploads.begin(pid, uid, total)
                elif spec.id_from_response:
                    ins.pending_upload = f"init:{flow.id}"
                    ins.notes.append(f"expected_bytes:{total}" if total else "init")
                return
            if spec.kind == "chunked" and spec.phase == "append":
                if not uid:
                    raise UploadError("no_upload_id")
                data = _part_bytes(view, spec)
                if data is None:
                    raise UploadError("no_media_part")
                self.uploads.append(pid, uid, _int(view.first(spec.segment or "")) or 0, data)
                ins.extracted.media = [uid]
                return
            if spec.kind == "chunked":   # finalize
                if not uid:
                    raise UploadError("no_upload_id")
                up = self.uploads.finalize(pid, uid, view.first(spec.md5) if spec.md5 else None)
                ins.extracted.media = [uid]
                self._judge_upload(up, ins)
                return
            data = _part_bytes(view, spec)
            if data is None:
                raise UploadError("no_media_part")
            if not data:
                # No bytes at all is not the first piece of a resumable upload: the body is
                # missing (a recording that left a Blob body out). The request is still the
                # upload it says it is; only its image goes unjudged.
                raise UploadError("empty_body")
            key = uid or f"pending:{flow.id}"
            up = self.uploads.put(pid, key, data,
                                  _int(view.first(spec.offset)) or 0 if spec.offset else 0,
                                  _int(view.first(spec.total)) if spec.total else None)
            if uid:
                ins.extracted.media = [uid]
            else:
                ins.pending_upload = key
            if up.complete:
                self._judge_upload(up, ins)
            else:
                ins.extracted.action = "other"   # a piece of a resumable upload: judged whole
                ins.notes.append("partial_upload")
        except UploadError as e:
            log.warning("postwarden: %s upload %s not checked: %s", pid, uid, e)
            ins.unchecked = f"upload_{e.reason}"

    def _learn_lease(self, platform: Platform, rule_name: str, doc: Any) -> None:
        """Pair the key an upload to another host will carry with the id posts use."""
        rule = next((r for r in platform.rules if r.name == rule_name), None)
        if rule is None or rule.upload_lease is None:
            return
        view = RequestView("", "", "", {}, {}, {}, body=doc)
        key, media_id = view.first(rule.upload_lease.key), view.first(rule.upload_lease.id)
        if key and media_id:
            self.uploads.expect(platform.id, key, media_id)

    def _judge_upload(self, up, ins: Inspection) -> None:
        from policies.model import ImageInput
        up.judged = True
        if up.mime:
            ins.images = [ImageInput(f"upload:{up.upload_id}", up.data)]
        else:
            ins.notes.append("upload_not_an_image")

    def _inline_images(self, view: RequestView, ins: Inspection) -> None:
        from policies.model import ImageInput
        for part in view.files:
            if image_type(part.data):
                ins.images.append(ImageInput(part.filename or part.name, part.data))

    def attach(self, platform: Platform, ins: Inspection) -> None:
        """The images of uploads the action names (by media id), from the upload store: on
        the worker thread only, as `add_media`."""
        from policies.model import ImageInput
        for mid in ins.extracted.media:
            up = self.uploads.get(platform.id, mid)
            if up is None or not up.complete:
                ins.notes.append(f"media_not_seen:{mid}")
            elif up.mime:
                ins.images.append(ImageInput(f"upload:{mid}", up.data))

    # -- response side ------------------------------------------------------------------

    def learn_touches_uploads(self, flow: http.HTTPFlow, ins: Inspection | None) -> bool:
        """Whether `learn` may change the upload store for this flow (an upload's id or
        lease in the answer): then it must run on the thread that owns the store."""
        if ins is None:
            return False
        if ins.upload_rule is not None and ins.upload_rule.id_from_response:
            return True
        platform = self.pmap.platforms.get(ins.platform)
        rule = platform and next((r for r in platform.rules if r.name == ins.extracted.rule), None)
        return bool(rule and rule.upload_lease is not None)

    def learn(self, flow: http.HTTPFlow, ins: Inspection | None) -> None:
        """Learn from the platform's answer: handles, conversations, upload ids."""
        if flow.response is None:
            return
        found = self.recognise(flow)
        if found is None:
            return
        platform = found[0]
        doc = _response_json(flow.response)
        if doc is None:
            return
        self.directory.learn(platform, doc)
        if platform.session is not None:
            self.sessions.learn(platform, _light_view(flow), flow.response.status_code, doc)
        if ins is not None and ins.extracted.rule is not None:
            self._learn_lease(platform, ins.extracted.rule, doc)
        spec = ins.upload_rule if ins else None
        if ins is not None and spec is not None and spec.id_from_response:
            view = RequestView("", "", "", {}, {}, {}, body=doc)
            new_id = view.first(spec.id_from_response)
            if not new_id:
                return
            if ins.pending_upload and ins.pending_upload.startswith("init:"):
                self.uploads.begin(platform.id, new_id)
            elif ins.pending_upload:
                self.uploads.alias(platform.id, ins.pending_upload, new_id)
            ins.extracted.media = [new_id]
            ins.pending_upload = None


def _host(req: http.Request) -> str:
    return (pretty_host(req) or req.host or "").lower().rstrip(".")


def _light_view(flow: http.HTTPFlow) -> RequestView:
    req = flow.request
    full_path = req.path
    path = full_path.split("?", 1)[0] or "/"
    query: dict[str, Any] = {}
    # `req.query` rebuilds and parses the whole URL: only worth it when there is a query.
    for k, v in (req.query.items(multi=True) if "?" in full_path else ()):
        if k in query:
            prev = query[k]
            query[k] = (prev if isinstance(prev, list) else [prev]) + [v]
        else:
            query[k] = v
    headers, cookies = fold(req.headers)
    return RequestView(
        method=req.method.upper(),
        host=_host(req),
        path=path,
        query=query,
        headers=headers,
        cookies=cookie_dict(cookies),
    )


def _decode(flow: http.HTTPFlow, limit: int, headers: dict[str, str]) -> Body:
    """The request's body; `headers` are its view's (lowercased names, values as
    `Headers.get` gives them)."""
    raw = flow.request.raw_content
    if raw is None:
        raise BodyError("streamed", "the body was streamed and is not available")
    data = decode_content(raw, headers.get("content-encoding"), limit)
    return parse(data, headers.get("content-type"))


def _response_json(resp: http.Response) -> Any:
    raw = resp.raw_content
    if not raw or len(raw) > MAX_RESPONSE_LEARN:
        return None
    try:
        data = decode_content(raw, header(resp.headers, b"content-encoding"), MAX_RESPONSE_LEARN)
    except BodyError:
        return None
    data = data.lstrip()
    if data.startswith(b"for (;;);"):   # Facebook's JSON-hijacking guard
        data = data[len(b"for (;;);"):].lstrip()
    if data[:1] not in (b"{", b"["):
        return None
    return loads_json(data)


def _part_bytes(view: RequestView, spec: UploadSpec) -> bytes | None:
    if spec.part:
        for part in view.files:
            if part.name == spec.part:
                return part.data
        value = view.first(spec.part)
        if value is not None:
            return value.encode("latin-1", "replace")
    if spec.b64_field:
        value = view.first(spec.b64_field)
        if value:
            try:
                return base64.b64decode(value, validate=False)
            except (binascii.Error, ValueError):
                return None
    if spec.part:
        return None
    return view.raw


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None

