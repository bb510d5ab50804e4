"""The postwarden mitmproxy addon: checks what staff post to social platforms, as it is sent.

Hooks: `tls_clienthello` (decrypt only monitored platforms), `requestheaders` (never stream a
monitored write), `request` (inspect, judge, act, log), `response` (learn handles and upload
ids), `websocket_message` / `websocket_end` (count chat socket use; read, judge and drop or
forward the chat messages the platform map can read: Messenger, Instagram), `done`.

mitmproxy swallows an addon's exception and lets the flow through, possibly half-changed.
So `request` catches its own errors, logs an `unchecked` event and applies the configured
fail mode explicitly: `open` forwards, `closed` answers 503 for write requests.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import sqlite3
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from cachetools import LRUCache
from mitmproxy import ctx, exceptions, http, tls

from addon.ackheader import AckTokens, SpentTokens, take_header
from addon.chatframes import read_frame, socket_spec
from addon.decide import WARN_MODES, Acts
from addon.events import CONTENT_MODES, make_event
from addon.extract import Extracted
from addon.headers import get as header
from addon.identity import StaffIdentity, load_ip_map
from addon.judges import Judges
from addon.pipeline import ALLOW, Inspection, Pipeline
from addon.platformmap import Platform, PlatformMap, PlatformMapError, SocketMessages
from addon.school_sync import CACHE_FILE, SchoolSync, engine_builder
from addon.scope import Scope
from addon.shipper import Shipper, read_token
from addon.spool import Spool
from addon.uploads import UploadStore

log = logging.getLogger(__name__)

MB = 1024 * 1024
READ_METHODS = ("GET", "HEAD", "OPTIONS")
FAIL_MODES = ("open", "closed")
MAX_CHECK_WORKERS = 32
#: A request body up to this size, not compressed, is inspected on the event loop: a hop to
#: a thread and back costs more than reading a post's JSON, and with the GIL the thread
#: would not let the loop run meanwhile anyway. Bigger or compressed bodies (uploads) go to
#: the worker, where a slow decode holds up no other connection.
INLINE_BODY = 64 * 1024


class Postwarden:
    def __init__(self) -> None:
        self.pipeline: Pipeline | None = None
        self.scope: Scope | None = None
        self.acts: Acts | None = None
        self.identity: StaffIdentity | None = None
        self.ack_tokens: AckTokens | None = None   # X-Postwarden-Ack from the extension
        self.spool: Spool | None = None
        self.shipper: Shipper | None = None
        self.school_sync: SchoolSync | None = None   # follows the admins' edits on the server
        self.fail_mode = "open"
        self.content_mode = "minimal"
        self.check_timeout = 2.0
        self.judges: Judges | None = None
        self._text_engine: Any = None   # judges short text-only posts on the loop
        self._allow_hosts: list[str] = []   # what this addon set mitmproxy's allow_hosts to
        self.inline_text = 0
        # One worker: inspection and learning touch shared state (uploads, directory) and
        # stay in request order; the event loop never runs them itself. Judging runs on
        # `self.judges`, so an overrunning check never holds up inspection.
        self._worker = concurrent.futures.ThreadPoolExecutor(max_workers=1,
                                                             thread_name_prefix="postwarden")
        self._inspections: LRUCache = LRUCache(maxsize=10_000)
        self._chats: LRUCache = LRUCache(maxsize=4096)   # flow id -> ChatSocket | None
        self.engine_factory = _load_engine

    def load(self, loader) -> None:
        loader.add_option("postwarden_config", str, "",
                          "The school's postwarden config YAML (pack, roster, official accounts, "
                          "timetable). Without it the addon passes everything through untouched.")
        loader.add_option("postwarden_platforms", str, "",
                          "A folder of platform files to use instead of the ones shipped.")
        loader.add_option("postwarden_fail_mode", str, "open",
                          "What happens to a monitored write request postwarden cannot check (its "
                          "own failure; a body it cannot read: malformed, cut short, too large, an "
                          "unknown encoding; an upload it cannot put together): open forwards it "
                          "(and logs it unchecked), closed answers 503 (and logs it unchecked).",
                          choices=FAIL_MODES)
        loader.add_option("postwarden_warn_mode", str, "hold",
                          "What a warning does until the member of staff acknowledges it: hold "
                          "answers with an acknowledgement link; log forwards and records it.",
                          choices=WARN_MODES)
        loader.add_option("postwarden_user_source", str, "proxyauth",
                          "Where the member of staff's name comes from: proxyauth (mitmproxy's "
                          "proxy authentication), ipmap (postwarden_ip_map) or header (a header "
                          "signed with postwarden_user_secret_file).",
                          choices=StaffIdentity.SOURCES)
        loader.add_option("postwarden_ip_map", str, "",
                          "A file of 'network,user' lines mapping client addresses to staff.")
        loader.add_option("postwarden_user_header", str, "x-postwarden-user",
                          "The header carrying '<user>.<hex HMAC-SHA256>' (removed before forwarding).")
        loader.add_option("postwarden_user_secret_file", str, "",
                          "A file holding the secret that signs the user header.")
        loader.add_option("postwarden_never_intercept", Sequence[str], [],
                          "Hosts never decrypted even if a platform lists them ('bank.example', "
                          "'*.nhs.uk').")
        loader.add_option("postwarden_extra_hosts", Sequence[str], [],
                          "More hosts to decrypt for platforms recognised by path on any host "
                          "(Mastodon instances, self-hosted Bluesky PDSes).")
        loader.add_option("postwarden_data_dir", str, "~/.postwarden",
                          "Where the event spool (spool.sqlite) is kept.")
        loader.add_option("postwarden_spool_max_mb", int, 256,
                          "Disk bound of the event spool; past it, shipped then oldest events go.")
        loader.add_option("postwarden_server", str, "",
                          "The postwarden server's address (https://postwarden.school.example/) "
                          "to ship events to; empty keeps events in the local spool only.")
        loader.add_option("postwarden_server_token_file", str, "",
                          "A file holding this proxy's token for the server (`postwarden token "
                          "add --kind proxy`). A file, so the token never shows on a command line; "
                          "it is read again when the server refuses it.")
        loader.add_option("postwarden_server_ca", str, "",
                          "A CA bundle (PEM) to verify the server's HTTPS certificate with, for a "
                          "server whose certificate no public CA signed.")
        loader.add_option("postwarden_school_sync_s", int, 30,
                          "Seconds between checks for edits admins saved in the server's web UI "
                          "(timetable, holds, rule decisions, rosters, official accounts, logos, "
                          "declarations): the judges then use postwarden_config plus those edits, "
                          "as the server does. Needs postwarden_server. 0: the config file alone.")
        loader.add_option("postwarden_content_log", str, "minimal",
                          "How much of a post's text events keep: minimal (hash and a redacted "
                          "excerpt), hash, or full.", choices=CONTENT_MODES)
        loader.add_option("postwarden_max_body_mb", int, 32,
                          "Largest decoded request body inspected; a larger one is logged unchecked and "
                          "the fail mode applies.")
        loader.add_option("postwarden_upload_memory_mb", int, 256,
                          "Memory bound for uploads being reassembled or awaiting their post.")
        loader.add_option("postwarden_upload_ttl", int, 3600,
                          "Seconds an upload is kept for the post that attaches it.")
        loader.add_option("postwarden_check_timeout_ms", int, 2000,
                          "Longest wait for a verdict; past it the post is logged unchecked and "
                          "the fail mode applies.")
        loader.add_option("postwarden_check_workers", int, 2,
                          "Threads that judge posts, each with its own copy of the policy engine. "
                          "A check that overruns postwarden_check_timeout_ms keeps its thread until "
                          "it ends while the others carry on; when all are busy with overrun checks, "
                          "posts are logged unchecked at once and the fail mode applies.")
        loader.add_option("postwarden_inline_text_chars", int, 1000,
                          "A text-only post up to this many characters is judged on the proxy's "
                          "event loop: its check takes about a millisecond (each pattern has its own "
                          "time limit), less than a hop to a judge thread and back. Longer posts and "
                          "posts with images are judged on the judge threads under "
                          "postwarden_check_timeout_ms. 0: judge every post on the threads.")
        loader.add_option("postwarden_ack_host", str, "postwarden.invalid",
                          "The host of acknowledgement links (answered by the addon itself).")
        loader.add_option("postwarden_ack_ttl", int, 900,
                          "Seconds an acknowledgement link, and an acknowledgement, stay valid.")
        loader.add_option("postwarden_ack_key_file", str, "",
                          "The server's key file (<data_dir>/secret) to verify the acknowledgements "
                          "the browser extension sends in X-Postwarden-Ack; empty: not honoured. "
                          "The header is always removed before forwarding.")
        loader.add_option("postwarden_ack_school", str, "",
                          "This proxy's school id on the server (acknowledgements are signed for it).")

    def configure(self, updated: set[str]) -> None:
        if not any(name.startswith("postwarden_") for name in updated):
            return
        o = ctx.options
        for name, allowed in (("postwarden_fail_mode", FAIL_MODES), ("postwarden_warn_mode", WARN_MODES),
                              ("postwarden_content_log", CONTENT_MODES),
                              ("postwarden_user_source", StaffIdentity.SOURCES)):
            if getattr(o, name) not in allowed:
                raise exceptions.OptionsError(f"{name} must be one of {', '.join(allowed)}")
        try:
            pmap = PlatformMap.load(o.postwarden_platforms or None)
        except PlatformMapError as e:
            raise exceptions.OptionsError(f"postwarden_platforms: {e}") from e
        for name in ("postwarden_max_body_mb", "postwarden_upload_memory_mb", "postwarden_upload_ttl",
                     "postwarden_check_timeout_ms", "postwarden_spool_max_mb", "postwarden_ack_ttl",
                     "postwarden_check_workers"):
            if getattr(o, name) <= 0:
                raise exceptions.OptionsError(f"{name} must be positive")
        if o.postwarden_inline_text_chars < 0:
            raise exceptions.OptionsError("postwarden_inline_text_chars must be 0 or more")
        if o.postwarden_school_sync_s < 0:
            raise exceptions.OptionsError("postwarden_school_sync_s must be 0 (off) or more")
        if o.postwarden_check_workers > MAX_CHECK_WORKERS:
            raise exceptions.OptionsError(f"postwarden_check_workers must be at most {MAX_CHECK_WORKERS}")
        try:
            ip_map = load_ip_map(Path(o.postwarden_ip_map).expanduser()) if o.postwarden_ip_map else {}
            secret = (Path(o.postwarden_user_secret_file).expanduser().read_bytes().strip()
                      if o.postwarden_user_secret_file else None)
            identity = StaffIdentity(o.postwarden_user_source, ip_map, o.postwarden_user_header, secret)
        except (OSError, ValueError) as e:
            raise exceptions.OptionsError(f"postwarden user identity: {e}") from e
        if o.postwarden_user_source == "ipmap" and not ip_map:
            raise exceptions.OptionsError("postwarden_user_source=ipmap needs postwarden_ip_map")
        try:
            scope = Scope(pmap.all_host_patterns() + list(o.postwarden_extra_hosts),
                          list(o.postwarden_never_intercept))
        except ValueError as e:
            raise exceptions.OptionsError(f"postwarden hosts: {e}") from e
        try:
            ack_tokens = (AckTokens.from_file(Path(o.postwarden_ack_key_file), o.postwarden_ack_school)
                          if o.postwarden_ack_key_file else None)
        except (OSError, ValueError) as e:
            raise exceptions.OptionsError(f"postwarden_ack_key_file: {e}") from e
        engine = None
        engines: list[Any] = []
        if o.postwarden_config:
            try:
                # One engine per judge thread: detectors keep objects (OpenCV) not safe to share.
                engines = [self.engine_factory(Path(o.postwarden_config).expanduser())
                           for _ in range(o.postwarden_check_workers)]
                engine = engines[0]
            except Exception as e:   # any load failure must stop start-up, with its reason
                raise exceptions.OptionsError(f"postwarden_config: {e}") from e
        else:
            log.warning("postwarden: no postwarden_config set; passing all traffic through")
        spool = None
        if engine is not None:
            try:
                spool = Spool(Path(o.postwarden_data_dir).expanduser() / "spool.sqlite",
                              o.postwarden_spool_max_mb * MB)
            except (OSError, Exception) as e:
                raise exceptions.OptionsError(f"postwarden_data_dir: {e}") from e
        shipper = None
        if o.postwarden_server:
            if spool is None:
                log.warning("postwarden: postwarden_server is set but there is no postwarden_config, "
                            "so there are no events to ship")
            else:
                try:
                    shipper = _make_shipper(spool, o.postwarden_server, o.postwarden_server_token_file,
                                            o.postwarden_server_ca)
                except exceptions.OptionsError:
                    spool.close()
                    raise
        school_sync = self._school_sync(o) if shipper is not None and o.postwarden_school_sync_s else None
        uploads = UploadStore(max_total=o.postwarden_upload_memory_mb * MB,
                              max_each=min(o.postwarden_max_body_mb, o.postwarden_upload_memory_mb) * MB,
                              ttl=o.postwarden_upload_ttl)
        if ack_tokens is not None:
            try:   # last of the checks: nothing after it can fail and leave the file open
                ack_tokens.spent = SpentTokens(Path(o.postwarden_data_dir).expanduser() / "spent_acks.sqlite")
            except (OSError, sqlite3.Error) as e:
                if spool is not None:
                    spool.close()
                raise exceptions.OptionsError(f"postwarden_data_dir: spent acknowledgements: {e}") from e
        # Everything validated: swap in the new state at once.
        if self.school_sync is not None:
            self.school_sync.stop()
        if self.shipper is not None:
            self.shipper.stop()
        if self.spool is not None:
            self.spool.close()
        if self.judges is not None:
            self.judges.shutdown()
        self.judges = Judges(engines) if engines else None
        # Text detectors keep no per-call state, so sharing a judge's engine for text-only
        # posts is safe (the server's check API does the same); image detectors never run
        # on the loop.
        self._text_engine = engines[0] if engines else None
        self.pipeline = Pipeline(pmap, engine, uploads=uploads,
                                 max_body=o.postwarden_max_body_mb * MB) if engine is not None else None
        self.scope = scope
        self._scope_by_host(scope if engine is not None else None)
        self.identity = identity
        if self.ack_tokens is not None:
            self.ack_tokens.spent.close()
        self.ack_tokens = ack_tokens
        self.acts = Acts(o.postwarden_warn_mode, o.postwarden_ack_host, o.postwarden_ack_ttl)
        self.spool = spool
        self.shipper = shipper.start() if shipper is not None else None
        self.school_sync = school_sync.start() if school_sync is not None else None
        self.fail_mode = o.postwarden_fail_mode
        self.content_mode = o.postwarden_content_log
        self.check_timeout = o.postwarden_check_timeout_ms / 1000
        self.inline_text = o.postwarden_inline_text_chars

    def _school_sync(self, o) -> SchoolSync:
        """The poller that keeps the engines in step with the admins' edits on the server
        (addon/school_sync.py): it builds one engine per judge thread on its own thread, as
        configure does from the file, and hands them to the event loop to swap in."""
        loop = ctx.master.event_loop
        token = Path(o.postwarden_server_token_file).expanduser()
        return SchoolSync(o.postwarden_server, lambda: read_token(token), cafile=o.postwarden_server_ca or None,
                          interval=o.postwarden_school_sync_s,
                          build=engine_builder(Path(o.postwarden_config).expanduser(), o.postwarden_check_workers),
                          adopt=lambda sync, engines, version: loop.call_soon_threadsafe(
                              self._adopt_engines, sync, engines, version),
                          cache=Path(o.postwarden_data_dir).expanduser() / CACHE_FILE)

    def _adopt_engines(self, sync: SchoolSync, engines: list[Any], version: int) -> None:
        """On the event loop, between two hooks: engines built with the school's edits take
        over, all at once (judges, the text engine, the pipeline's). A check already handed to
        the old judges finishes on its old engine; every later one uses the new. Engines from
        a sync that configure has since replaced are dropped."""
        if sync is not self.school_sync or self.pipeline is None:
            return
        old, self.judges = self.judges, Judges(engines)
        self._text_engine = self.pipeline.engine = engines[0]
        if old is not None:
            old.retire()
        log.info("postwarden: now judging with the school's edits, version %d", version)

    def _scope_by_host(self, scope: Scope | None) -> None:
        """Hand the scope to mitmproxy as `allow_hosts` (anchored), so a connection to any
        other host is relayed as plain TCP from the start. Deciding only in
        `tls_clienthello` leaves both TLS layers in the connection's stack, and every chunk
        of an ignored connection then passes through them (several percent of a
        pass-through connection's CPU). `tls_clienthello` still checks the SNI and the
        never-intercept list. An admin's own `allow_hosts`/`ignore_hosts` are left alone."""
        wanted = [scope.monitored.as_regex()] if scope is not None and scope.monitored else []
        current = list(ctx.options.allow_hosts)
        if (current and current != self._allow_hosts) or ctx.options.ignore_hosts:
            log.info("postwarden: allow_hosts/ignore_hosts set by hand; postwarden's scope is "
                     "applied in tls_clienthello only")
            return
        self._allow_hosts = wanted
        if current != wanted:
            ctx.options.update(allow_hosts=wanted)

    # -- hooks --------------------------------------------------------------------------

    def tls_clienthello(self, data: tls.ClientHelloData) -> None:
        # Pass-through is set first, so any failure below leaves the connection undecrypted.
        data.ignore_connection = True
        try:
            if self.scope is None or self.pipeline is None:
                return
            sni = data.client_hello.sni
            address = data.context.server.address
            data.ignore_connection = not self.scope.intercept(sni, address[0] if address else None)
        except Exception:
            log.exception("postwarden: TLS scope decision failed; passing the connection through")
            data.ignore_connection = True

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        """Never stream a monitored write: a streamed body reaches `request` empty."""
        take_header(flow)   # the extension's acknowledgement never goes upstream
        if flow.response or flow.error or not flow.live or self.pipeline is None:
            return
        try:
            if self.pipeline.is_monitored_write(flow):
                flow.request.stream = False
        except Exception:
            log.exception("postwarden: requestheaders failed")
            if flow.request.method.upper() not in READ_METHODS:
                flow.request.stream = False

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response or flow.error or not flow.live:
            return
        ack_token = take_header(flow)
        if self.pipeline is None or self.acts is None or self.identity is None:
            return
        ins: Inspection | None = None
        found = user = None
        try:
            if self.acts.is_ack_request(flow):
                self.acts.answer_ack(flow, self.identity.user(flow))
                return
            # Recognising is a host and path look-up: do it here, so traffic of other sites
            # never waits for the worker thread.
            found = self.pipeline.recognise(flow)
            if found is None:
                return   # not a monitored platform: untouched
            user = self.identity.user(flow)
            if _small_plain_body(flow.request):
                ins = self.pipeline.inspect_request(flow, user, found)
            else:
                ins = await self._run(self.pipeline.inspect_request, flow, user, found)
            if ins is None:
                return   # a monitored host, but nothing the platform map knows: untouched
            if ins.media_work is not None:
                await self._run(self.pipeline.add_media, ins)   # the upload store's thread
            if ins.unchecked and self.fail_mode == "closed":
                # A body no one could read, or an upload that could not be put together
                # (pieces missing, checksum wrong, too large): nothing to judge it on.
                self._fail(flow, ins, ins.unchecked)
                return
            self._inspections[flow.id] = ins
            verdict, unchecked = await self._verdict(ins)
            outcome = ((self.ack_tokens and self.ack_tokens.outcome(ack_token, ins, verdict))
                       or self.acts.apply(ins, verdict, flow))
            flow.metadata["postwarden"] = {"platform": ins.platform, "action": ins.action,
                                           "decision": outcome.decision, "effect": outcome.effect,
                                           "unchecked": unchecked or ins.unchecked}
            self._log(make_event(ins, verdict, outcome.effect, self.content_mode,
                                 ack=outcome.effect == "acknowledged", unchecked=unchecked))
        except Exception as e:
            log.exception("postwarden: checking %s failed", flow.request.pretty_url[:200])
            if ins is None and found is not None:
                # Failed before it knew what the request does: still one event for it.
                ins = self.pipeline.uninspected(flow, user, found[0])
            self._fail(flow, ins, f"error:{type(e).__name__}")

    async def response(self, flow: http.HTTPFlow) -> None:
        if self.pipeline is None or not flow.live:
            return
        # A WebSocket handshake's inspection stays for `websocket_end`'s usage event.
        ins = (self._inspections.get(flow.id) if flow.websocket is not None
               else self._inspections.pop(flow.id, None))
        try:
            if ins is None and self.pipeline.recognise(flow) is None:
                return
            # As on the request side: a small plain answer is read on the loop, unless it
            # may change the upload store, which only the worker touches.
            if (flow.response is not None and _small_plain_body(flow.response)
                    and not self.pipeline.learn_touches_uploads(flow, ins)):
                self.pipeline.learn(flow, ins)
            else:
                await self._run(self.pipeline.learn, flow, ins)
        except Exception:
            log.exception("postwarden: learning from a response failed")

    def error(self, flow: http.HTTPFlow) -> None:
        self._inspections.pop(flow.id, None)
        self._chats.pop(flow.id, None)

    async def websocket_message(self, flow: http.HTTPFlow) -> None:
        """Count client frames of monitored sockets (WhatsApp: opaque), check the chat
        messages in them when the platform map can read them, and bound memory."""
        try:
            meta = flow.metadata.get("postwarden")
            if not meta or flow.websocket is None or not flow.websocket.messages:
                return
            msg = flow.websocket.messages[-1]
            if msg.from_client:
                meta["frames"] = meta.get("frames", 0) + 1
                meta["bytes"] = meta.get("bytes", 0) + len(msg.content)
                await self._check_frame(flow, msg)
            # mitmproxy keeps every frame for the connection's life (mitmproxy#6620).
            if len(flow.websocket.messages) > 64:
                del flow.websocket.messages[:-16]
        except Exception:
            log.exception("postwarden: websocket accounting failed")

    def websocket_end(self, flow: http.HTTPFlow) -> None:
        self._chats.pop(flow.id, None)
        try:
            meta = flow.metadata.get("postwarden")
            ins = self._inspections.pop(flow.id, None)
            if meta and ins is not None and meta.get("frames"):
                ins.notes.append(f"websocket_frames:{meta['frames']}")
                ins.notes.append(f"websocket_bytes:{meta.get('bytes', 0)}")
                self._log(make_event(ins, dict(ALLOW), "forwarded", self.content_mode))
        except Exception:
            log.exception("postwarden: websocket_end failed")

    def done(self) -> None:
        if self.school_sync is not None:
            self.school_sync.stop()
            log.info("postwarden: following the school's edits stopped: %s", self.school_sync.stats())
        if self.ack_tokens is not None:
            self.ack_tokens.spent.close()
        if self.judges is not None:
            self.judges.shutdown()
        self._worker.shutdown(wait=True)
        if self.shipper is not None:
            self.shipper.stop()
            log.info("postwarden: shipping stopped: %s", self.shipper.stats())
        if self.spool is not None:
            self.spool.close()

    # -- helpers --------------------------------------------------------------------------

    async def _run(self, fn, *args) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, fn, *args)

    async def _verdict(self, ins: Inspection) -> tuple[dict, str | None]:
        """The verdict, or the fail mode's with an unchecked reason (timeout, checkers_busy,
        engine error)."""
        assert self.pipeline is not None
        if ins.unchecked or not self.pipeline.needs_judge(ins):
            return dict(ALLOW), None
        if (not ins.images and len(ins.extracted.text) <= self.inline_text
                and self._text_engine is not None):
            try:
                return self.pipeline.judge(ins, self._text_engine), None
            except Exception as e:
                log.exception("postwarden: the engine failed on a %s %s", ins.platform, ins.action)
                return self._failed_verdict(), f"engine_error:{type(e).__name__}"
        judges = self.judges
        assert judges is not None
        if judges.saturated():
            log.error("postwarden: every checker is still busy with an overrun check; a %s %s is "
                      "not checked", ins.platform, ins.action)
            return self._failed_verdict(), "checkers_busy"
        job = judges.submit(self.pipeline.judge, ins)
        try:
            verdict = await asyncio.wait_for(asyncio.wrap_future(job), self.check_timeout)
            return verdict, None
        except asyncio.CancelledError:
            judges.abandon(job)
            raise
        except TimeoutError:
            judges.abandon(job)
            log.error("postwarden: no verdict within %.1fs for a %s %s", self.check_timeout,
                      ins.platform, ins.action)
            return self._failed_verdict(), "timeout"
        except Exception as e:
            log.exception("postwarden: the engine failed on a %s %s", ins.platform, ins.action)
            return self._failed_verdict(), f"engine_error:{type(e).__name__}"

    def _failed_verdict(self) -> dict:
        if self.fail_mode == "closed":
            return {"decision": "block", "findings": [{"category": "unchecked", "clause": "",
                                                       "message": "postwarden could not check this."}]}
        return dict(ALLOW)

    def _fail(self, flow: http.HTTPFlow, ins: Inspection | None, reason: str) -> None:
        closed = self.fail_mode == "closed" and flow.request.method.upper() not in READ_METHODS
        if closed:
            flow.response = http.Response.make(
                503, json.dumps({"error": "postwarden_unavailable",
                                 "message": "postwarden could not check this request, and this "
                                            "network does not send unchecked posts."}),
                {"content-type": "application/json", "cache-control": "no-store",
                 "x-postwarden": "failed-closed"})
        flow.metadata["postwarden"] = {"effect": "failed_closed" if closed else "failed_open",
                                       "unchecked": reason}
        if ins is not None:
            try:
                self._log(make_event(ins, dict(ALLOW), "blocked" if closed else "forwarded",
                                     self.content_mode, unchecked=reason))
            except Exception:
                log.exception("postwarden: cannot log the failed check")

    def _log(self, event: dict) -> None:
        if self.spool is not None:
            self.spool.put(event)

    # -- chat messages over WebSockets ------------------------------------------------------

    async def _check_frame(self, flow: http.HTTPFlow, msg) -> None:
        """Judge each chat message in a client frame (one event each) and drop the frame when
        one of them must not go: the page then never sees the send acknowledged. A frame
        with no readable message (pings, reads, typing, opaque sockets) is left alone."""
        assert self.pipeline is not None
        chat: ChatSocket | None = None
        found: list[Extracted] = []
        checked = []
        try:
            chat = self._chat_socket(flow)
            if chat is None:
                return
            found = read_frame(chat.platform, chat.spec, msg.content, chat.account_id,
                               chat.account_handle)
            at = datetime.fromtimestamp(msg.timestamp or 0, timezone.utc)
            for ex in found:
                ins = Inspection(ex, chat.user, at, chat.host, notes=[f"websocket:{chat.spec.framing}"])
                if ex.media:   # images sent earlier (mercury upload), from the upload store
                    await self._run(self.pipeline.attach, chat.platform, ins)
                verdict, unchecked = await self._verdict(ins)
                checked.append((ins, verdict, unchecked, self._frame_effect(verdict)))
        except Exception as e:
            log.exception("postwarden: checking a %s chat frame failed",
                          flow.metadata.get("postwarden", {}).get("platform"))
            self._fail_frame(flow, msg, chat, found, f"error:{type(e).__name__}")
            return
        stopped = any(effect in ("blocked", "held") for *_, effect in checked)
        if stopped:
            msg.drop()
        for ins, verdict, unchecked, effect in checked:
            if stopped and effect not in ("blocked", "held"):
                effect = "blocked"   # it was in the same frame as a message that was stopped
                ins.notes.append("dropped_with_its_frame")
            try:
                self._log(make_event(ins, verdict, effect, self.content_mode, unchecked=unchecked))
            except Exception:
                log.exception("postwarden: cannot log a chat message")

    def _chat_socket(self, flow: http.HTTPFlow) -> ChatSocket | None:
        """The readable chat socket this flow is (from its handshake request, looked at once),
        or None when its frames cannot be read."""
        try:
            return self._chats[flow.id]
        except KeyError:
            pass
        assert self.pipeline is not None and self.identity is not None
        chat = None
        found = self.pipeline.recognise(flow)
        if found is not None and found[0].socket_messages is not None:
            # The handshake was inspected by `request` (kept until `websocket_end`).
            ins = (self._inspections.get(flow.id)
                   or self.pipeline.inspect_request(flow, self.identity.user(flow), found))
            spec = socket_spec(found[0], ins.extracted.rule) if ins is not None else None
            if ins is not None and spec is not None:
                chat = ChatSocket(found[0], spec, ins.user, ins.host,
                                  ins.extracted.account_id, ins.extracted.account_handle)
        self._chats[flow.id] = chat
        return chat

    def _frame_effect(self, verdict: dict) -> str:
        """What happens to a chat message: there is no page to answer, so a block or a held
        warning drops it; the extension's acknowledgements do not reach a socket."""
        decision = verdict.get("decision", "allow")
        if decision == "block":
            return "blocked"
        if decision == "warn":
            return "passed_with_warning" if self.acts is not None and self.acts.warn_mode == "log" else "held"
        return "forwarded"

    def _fail_frame(self, flow: http.HTTPFlow, msg, chat: ChatSocket | None,
                    found: list[Extracted], reason: str) -> None:
        """The fail mode for a client frame that could not be checked: `closed` drops it."""
        closed = self.fail_mode == "closed"
        if closed:
            msg.drop()
        try:
            if not found:   # failed before knowing whether it is a message
                meta = flow.metadata.get("postwarden", {})
                platform = chat.platform.id if chat else meta.get("platform") or "unknown"
                ex = Extracted(platform, "other", None)
                if chat is not None:
                    ex.account_id, ex.account_handle = chat.account_id, chat.account_handle
                found = [ex]
            user = chat.user if chat else None
            host = chat.host if chat else (flow.request.pretty_host or "").lower()
            at = datetime.fromtimestamp(msg.timestamp or 0, timezone.utc)
            for ex in found:
                ins = Inspection(ex, user, at, host, notes=["websocket_frame_not_checked"])
                self._log(make_event(ins, dict(ALLOW), "blocked" if closed else "forwarded",
                                     self.content_mode, unchecked=reason))
        except Exception:
            log.exception("postwarden: cannot log the failed chat frame check")


@dataclass(frozen=True)
class ChatSocket:
    """A WebSocket whose client frames carry chat messages the platform map can read."""
    platform: Platform = field(repr=False)
    spec: SocketMessages = field(repr=False)
    user: str | None
    host: str
    account_id: str | None
    account_handle: str | None


def _small_plain_body(message: http.Message) -> bool:
    raw = message.raw_content
    return (raw is not None and len(raw) <= INLINE_BODY
            and (header(message.headers, b"content-encoding") or "identity").strip().lower()
            in ("", "identity"))


def _make_shipper(spool: Spool, url: str, token_file: str, cafile: str) -> Shipper:
    """The shipper the options describe; OptionsError naming the option that is wrong."""
    if not token_file:
        raise exceptions.OptionsError("postwarden_server needs postwarden_server_token_file")
    path = Path(token_file).expanduser()
    try:
        read_token(path)
    except (OSError, ValueError) as e:
        raise exceptions.OptionsError(f"postwarden_server_token_file: {e}") from e
    if cafile and not Path(cafile).expanduser().is_file():
        raise exceptions.OptionsError(f"postwarden_server_ca: {cafile}: no such file")
    try:
        return Shipper(spool, url, lambda: read_token(path), cafile=cafile or None)
    except ssl.SSLError as e:
        raise exceptions.OptionsError(f"postwarden_server_ca: {e}") from e
    except ValueError as e:
        raise exceptions.OptionsError(f"postwarden_server: {e}") from e


def _load_engine(path: Path):
    from policies.engine import Engine
    return Engine.from_config(path)
