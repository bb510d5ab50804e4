"""Plumbing for the extension's browser tests: the real postwarden app and the platform test
pages on loopback, headless Chromium with the unpacked extension, and the extension's
dialog read through the DevTools protocol.

The pages are served over TLS under the platforms' real host names (x.com is on Chromium's
HSTS preload list, so plain HTTP would be upgraded): Chromium's --host-resolver-rules send
those names to the loopback server, and a throwaway certificate is accepted with
--ignore-certificate-errors. Nothing leaves the machine.
"""
from __future__ import annotations

import asyncio
import json
import ssl
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from aiohttp import web
from playwright.sync_api import Error as PlaywrightError

from .loopback import make_pki

PAGES = Path(__file__).with_name("ext_pages")
CHROMIUM = Path("/usr/bin/chromium")
X_HOST = "x.com"
FACEBOOK_HOST = "www.facebook.com"
MASTODON_HOST = "social.hollinspark.example"   # the school's own instance: an extra host
WHATSAPP_HOST = "web.whatsapp.com"              # messages over a WebSocket: the compose-box hooks
PAGE_FOR_HOST = {X_HOST: "x.html", FACEBOOK_HOST: "facebook.html", MASTODON_HOST: "mastodon.html",
                 WHATSAPP_HOST: "whatsapp.html"}
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--ignore-certificate-errors"]


class Loop:
    """An asyncio loop on its own thread, for servers next to Playwright's sync API."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="ext-e2e-loop", daemon=True)
        self.thread.start()

    def run(self, coro, timeout: float = 60):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@dataclass(frozen=True)
class Seen:
    host: str
    method: str
    path: str
    headers: dict
    body: str


class PlatformPages:
    """The test pages over HTTPS; every request but the page loads is recorded."""

    def __init__(self, folder: Path):
        self.pki = make_pki(folder, (X_HOST, f"*.{X_HOST}", FACEBOOK_HOST, MASTODON_HOST,
                                          WHATSAPP_HOST))
        self.seen: list[Seen] = []
        self.socket_messages: list[str] = []   # text frames received on /ws/chat
        self._lock = threading.Lock()
        self.runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.pki.cert, self.pki.key)
        site = web.TCPSite(self.runner, "127.0.0.1", 0, ssl_context=ctx)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        host = (request.host or "").split(":")[0]
        if request.path == "/ws/chat" and request.headers.get("upgrade", "").lower() == "websocket":
            return await self._socket(request)
        if request.method == "GET" and request.path == "/":
            return web.FileResponse(PAGES / PAGE_FOR_HOST[host], headers={"content-type": "text/html"})
        if request.method == "GET" and request.path == "/composer.js":
            return web.FileResponse(PAGES / "composer.js", headers={"content-type": "text/javascript"})
        body = await request.text()
        with self._lock:
            self.seen.append(Seen(host, request.method, request.path_qs,
                                  {k.lower(): v for k, v in request.headers.items()}, body))
        if request.method == "GET":
            return web.json_response({"data": {}})
        if host == FACEBOOK_HOST:
            return web.Response(text='for (;;);{"data":{}}', content_type="application/json")
        return web.json_response({"data": {"ok": True}, "id": "1"})

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for msg in ws:
            if msg.type == web.WSMsgType.TEXT:
                with self._lock:
                    self.socket_messages.append(msg.data)
        return ws

    def messages(self) -> list[str]:
        """The WebSocket's text frames, in the order received."""
        with self._lock:
            return list(self.socket_messages)

    def writes(self, host: str | None = None) -> list[Seen]:
        """Every request but reads (and page loads), in the order received."""
        with self._lock:
            return [s for s in self.seen if (host is None or s.host == host) and s.method != "GET"]

    def reads(self, host: str | None = None) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if (host is None or s.host == host) and s.method == "GET"]

    def clear(self) -> None:
        with self._lock:
            self.seen.clear()
            self.socket_messages.clear()


class PostwardenServer:
    """The real app (demo school, SQLite in the test's folder) at a fixed time, on loopback."""

    def __init__(self, folder: Path, at: datetime):
        self.folder = folder
        self.at = at
        self.runner: web.AppRunner | None = None
        self.app: web.Application | None = None
        self.port = 0
        self.token = ""

    async def start(self) -> None:
        from server.access import create_token
        from server.app import create_app
        from server.config import load_server_config
        from server import keys
        from tests.conftest import ROOT
        cfg = load_server_config(ROOT / "demo" / "server.yaml")
        cfg.data_dir = self.folder / "data"
        cfg.database.dsn = f"sqlite:{self.folder / 'postwarden.db'}"
        cfg.proxy.enabled = False
        self.app = create_app(cfg, clock=lambda: self.at)
        self.runner = web.AppRunner(self.app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        _, self.token = await create_token(self.app[keys.DB], "hollins-park", "extension", "e2e browser")

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def secret(self) -> bytes:
        return bytes.fromhex((self.folder / "data" / "secret").read_text(encoding="utf-8").strip())

    async def rows(self, sql: str, *args) -> list[dict]:
        from server import keys
        assert self.app is not None
        return [dict(r) for r in await self.app[keys.DB].fetch(sql, *args)]


class Dialog:
    """The extension's dialog, read and clicked through the DevTools protocol.

    It lives in a closed shadow root, which neither page scripts nor Playwright's selectors
    can enter; the protocol's pierced DOM can. Clicks are real mouse clicks at the element's
    place (trusted events, as a person's are)."""

    def __init__(self, page):
        self.page = page
        self.cdp = page.context.new_cdp_session(page)

    def _shadow_roots(self) -> list[int]:
        doc = self.cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})
        roots: list[int] = []

        def visit(node: dict) -> None:
            if node.get("nodeName") == "POSTWARDEN-UI":
                roots.extend(r["nodeId"] for r in node.get("shadowRoots", []))
            for child in node.get("children", []) + node.get("shadowRoots", []):
                visit(child)
        visit(doc["root"])
        return roots

    def query(self, selector: str) -> int | None:
        for _ in range(3):   # the page may change between reading the tree and querying it
            try:
                for root in self._shadow_roots():
                    node = self.cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
                    if node:
                        return node
                return None
            except PlaywrightError:
                time.sleep(0.05)
        return None

    def call(self, selector: str, function: str):
        """`function` (JS source, `this` = the element) applied to the first match."""
        for _ in range(3):   # as in query: the tree may change under us
            node = self.query(selector)
            if node is None:
                return None
            try:
                obj = self.cdp.send("DOM.resolveNode", {"nodeId": node})["object"]
                result = self.cdp.send("Runtime.callFunctionOn", {"objectId": obj["objectId"],
                                                                   "functionDeclaration": function,
                                                                   "returnByValue": True})
                return result["result"].get("value")
            except PlaywrightError:
                time.sleep(0.05)
        return None

    def text(self, selector: str = '[role="dialog"], [role="alertdialog"]') -> str | None:
        return self.call(selector, "function () { return this.innerText; }")

    def is_open(self) -> bool:
        return self.query('[role="dialog"], [role="alertdialog"]') is not None

    def wait_open(self, timeout: float = 15) -> None:
        _wait(self.is_open, timeout, "the extension's dialog to open")

    def wait_closed(self, timeout: float = 15) -> None:
        _wait(lambda: not self.is_open(), timeout, "the extension's dialog to close")

    def focused(self) -> str | None:
        """The data-choice (or id) of the element focused inside the dialog."""
        return self.query_focus() if self.is_open() else None

    def query_focus(self) -> str | None:
        for _ in range(3):
            try:
                return self._focus_once()
            except PlaywrightError:
                time.sleep(0.05)
        return None

    def _focus_once(self) -> str | None:
        for root in self._shadow_roots():
            obj = self.cdp.send("DOM.resolveNode", {"nodeId": root})["object"]
            value = self.cdp.send("Runtime.callFunctionOn", {
                "objectId": obj["objectId"], "returnByValue": True,
                "functionDeclaration": "function () { const a = this.activeElement;"
                                       " return a ? (a.dataset.choice || a.id || a.tagName) : null; }"})
            if value["result"].get("value"):
                return value["result"]["value"]
        return None

    def click(self, choice: str) -> None:
        node = self.query(f'[data-choice="{choice}"]')
        assert node is not None, f"no {choice!r} button in the dialog"
        quad = self.cdp.send("DOM.getBoxModel", {"nodeId": node})["model"]["content"]
        x = sum(quad[0::2]) / 4
        y = sum(quad[1::2]) / 4
        self.page.mouse.click(x, y)

    def accessible_dialog(self) -> dict | None:
        """The dialog as a screen reader gets it: {role, name, modal}."""
        tree = self.cdp.send("Accessibility.getFullAXTree")
        for node in tree["nodes"]:
            role = (node.get("role") or {}).get("value")
            if role in ("dialog", "alertdialog"):
                props = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
                return {"role": role, "name": (node.get("name") or {}).get("value"),
                        "modal": props.get("modal")}
        return None


def _wait(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def wait_for(predicate, timeout: float = 15, what: str = "a condition") -> None:
    _wait(predicate, timeout, what)


def dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1)
