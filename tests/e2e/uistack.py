"""The web UI's end-to-end harness: the real app on loopback (demo school; SQLite in a temp
folder, or a database of its own in the session's PostgreSQL) on its own asyncio thread,
events ingested the way a proxy sends them (POST /api/v1/ingest with a proxy token), and
headless Debian Chromium driven by Playwright's sync API, which watches for dialogs and
Content-Security-Policy violations on every page."""
from __future__ import annotations

import json
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from aiohttp import web

from tests.conftest import ROOT
from tests.e2e.extstack import Loop

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "tests" / "_artifacts"
SCHOOL = "hollins-park"
PASSWORD = "correct horse battery staple"
#: Collects `securitypolicyviolation` events; injected by the browser before any page script,
#: and not itself subject to the page's CSP.
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


class UiServer:
    """The app on loopback, on SQLite in `folder` or, given `pg` (tests/pgcluster.py), on a
    fresh database of its own in that PostgreSQL."""

    def __init__(self, folder: Path, pg=None, *, content: str = "minimal"):
        self.folder = folder
        self.pg = pg
        self.content = content
        self.loop = Loop()
        self.runner: web.AppRunner | None = None
        self.app: web.Application | None = None
        self.port = 0
        self.proxy_token = ""

    def start(self) -> "UiServer":
        self.loop.run(self._start())
        return self

    async def make_config(self):
        """The demo server config with its data here; subclasses add to it."""
        from server.config import load_server_config
        cfg = load_server_config(ROOT / "demo" / "server.yaml")
        cfg.data_dir = self.folder / "data"
        cfg.database.dsn = (await self.pg.new_database() if self.pg is not None
                            else f"sqlite:{self.folder / 'postwarden.db'}")
        cfg.proxy.enabled = False
        cfg.retention.content = self.content
        return cfg

    async def _start(self) -> None:
        from server import keys
        from server.access import create_token
        from server.app import create_app
        self.app = create_app(await self.make_config())
        self.runner = web.AppRunner(self.app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        _, self.proxy_token = await create_token(self.app[keys.DB], SCHOOL, "proxy", "e2e proxy")

    def stop(self) -> None:
        if self.runner is not None:
            self.loop.run(self.runner.cleanup())
        self.loop.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def account(self, username: str, role: str, staff_ref: str | None = None) -> int:
        from server import keys
        from server.accounts import create_account
        return self.loop.run(create_account(self.app[keys.DB], username, role, school_id=SCHOOL,
                                            password=PASSWORD, staff_ref=staff_ref))

    def rows(self, sql: str, *args) -> list[dict]:
        from server import keys

        async def fetch():
            return [dict(r) for r in await self.app[keys.DB].fetch(sql, *args)]
        return self.loop.run(fetch())

    def ingest(self, events: list[dict]) -> dict:
        """Send events as a proxy does: a batch over HTTP with the proxy's bearer token."""
        body = json.dumps({"batch": uuid.uuid4().hex, "events": events}).encode()
        req = urllib.request.Request(self.url + "/api/v1/ingest", data=body, method="POST", headers={
            "Content-Type": "application/json", "Authorization": f"Bearer {self.proxy_token}"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            result = json.loads(resp.read())
        assert result["accepted"] == len(events), result
        return result


def start_server(request, tmp_path_factory, name: str, cls: type[UiServer] = UiServer, **kw) -> UiServer:
    """A module's server on the database its fixture parameter names: "sqlite", or
    "postgresql" (a database of its own in the session's cluster, the `pg_cluster` fixture)."""
    pg = request.getfixturevalue("pg_cluster") if request.param == "postgresql" else None
    return cls(tmp_path_factory.mktemp(f"{name}-{request.param}"), pg, **kw).start()


def proxy_event(text: str, *, user: str, engine, ago: timedelta, platform: str = "x", handle: str = "@a_teacher",
                recipients: tuple[str, ...] = (), media: tuple[str, ...] = (), host: str = "x.com",
                event_id: str | None = None) -> dict:
    """An event as the proxy's addon makes it (addon/events.py), judged by the real engine."""
    from addon.events import content
    from tests.conftest import make_post
    at = datetime.now(timezone.utc) - ago
    verdict = engine.check(make_post(text, platform=platform, handle=handle, user=user, at=at.isoformat(),
                                     recipients=recipients)).to_dict()
    keep = ("category", "rule", "clause", "severity")
    return {
        "id": event_id or uuid.uuid4().hex, "at": at.isoformat(), "logged_at": at.isoformat(), "user": user,
        "platform": platform, "host": host, "action": "post", "operation": "CreateTweet",
        "account": {"id": "1", "handle": handle}, "recipients": list(recipients), "media": list(media),
        "decision": verdict.get("decision", "allow"), "effect": "forwarded", "status": "checked", "reason": None,
        "ack": False, "findings": [{k: f[k] for k in keep if k in f} for f in verdict.get("findings", [])],
        "content": content(text, "minimal"), "fallback": False, "opaque": False, "notes": [],
    }


class Browser:
    """One Chromium for a module's tests; each `page()` is a fresh context (no shared cookies)
    that records dialogs, console errors and CSP violations."""

    def __init__(self, playwright):
        self.browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)

    def page(self, *, width: int = 1280, height: int = 900):
        context = self.browser.new_context(viewport={"width": width, "height": height})
        context.add_init_script(WATCH_CSP)
        page = context.new_page()
        page.dialogs = []
        page.console_errors = []

        def on_dialog(d):
            page.dialogs.append(d.message)
            d.dismiss()
        page.on("dialog", on_dialog)
        page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: page.console_errors.append(str(e)))
        return page

    def close(self) -> None:
        self.browser.close()


def login(page, base: str, username: str, password: str = PASSWORD) -> None:
    page.goto(base + "/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


def csp_violations(page) -> list[str]:
    return page.evaluate("window.__csp || []")


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"ui-{name}.png"), full_page=True)
