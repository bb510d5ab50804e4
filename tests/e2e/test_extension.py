"""The browser extension, end to end: real headless Chromium (Debian's) with the unpacked
Chrome build, against loopback pages that post as X (fetch, JSON), Facebook (XHR,
form-encoded GraphQL) and a school's Mastodon instance (XHR, JSON, an extra host) do, and the
real postwarden app judging with the demo school's policy.

The extension is configured the way a member of staff without an admin policy does it: its
options page, which saves to storage.local (managed storage needs an OS policy, which a test
cannot set). Screenshots of each dialog go to tests/_artifacts/.
"""
from __future__ import annotations

import json
import subprocess
from datetime import datetime
from urllib.parse import parse_qs

import pytest

from server import acks
from server.extension_cli import build
from tests.conftest import OFF_DUTY, ROOT

from .extstack import (CHROMIUM, CHROMIUM_FLAGS, FACEBOOK_HOST, MASTODON_HOST, WHATSAPP_HOST, X_HOST, Dialog,
                       Loop, PlatformPages, PostwardenServer, wait_for)

ARTIFACTS = ROOT / "tests" / "_artifacts"
USER = "c.teacher"
#: From demo/posts.jsonl: a personal post naming a roster pupil in full (warn, high severity).
WARN_TEXT = "So proud of Amélie Dubois in my class today, her first ever solo in assembly!"
#: A pupil with no name consent, and a confidential matter: the demo pack blocks it.
BLOCK_TEXT = "Dawid Kowalczyk was excluded today for fighting."
#: From demo/posts.jsonl: allowed.
BENIGN_TEXT = "Marking done, tea brewing. Good night all."
PLATFORMS = {"x": X_HOST, "facebook": FACEBOOK_HOST, "mastodon": MASTODON_HOST}


def sent_text(platform: str, body: str) -> str:
    """The post's text as the platform's server receives it."""
    if platform == "facebook":
        return json.loads(parse_qs(body)["variables"][0])["input"]["message"]["text"]
    doc = json.loads(body)
    return doc["variables"]["tweet_text"] if platform == "x" else doc["status"]


class Stack:
    def __init__(self, folder, playwright):
        self.loop = Loop()
        self.pages = PlatformPages(folder / "pki")
        self.server = PostwardenServer(folder / "server", datetime.fromisoformat(OFF_DUTY))
        self.loop.run(self.pages.start())
        self.loop.run(self.server.start())
        self.built = build(folder / "dist")
        rules = ", ".join(f"MAP {h} 127.0.0.1:{self.pages.port}" for h in [*PLATFORMS.values(), WHATSAPP_HOST])
        ext = str(self.built.chrome_dir)
        self.context = playwright.chromium.launch_persistent_context(
            str(folder / "profile"), executable_path=str(CHROMIUM), headless=False,
            args=[*CHROMIUM_FLAGS, f"--disable-extensions-except={ext}", f"--load-extension={ext}",
                  f"--host-resolver-rules={rules}"],
            viewport={"width": 1000, "height": 760})
        self.worker = (self.context.service_workers[0] if self.context.service_workers
                       else self.context.wait_for_event("serviceworker", timeout=20000))
        self.extension_id = self.worker.url.split("/")[2]

    def configure(self, *, server_url: str | None = None, fail_mode: str = "proxy") -> None:
        """Fill in and save the options page, as a member of staff would."""
        page = self.context.new_page()
        page.goto(f"chrome-extension://{self.extension_id}/options/options.html")
        page.fill("#serverUrl", server_url or self.server.url)
        page.fill("#deviceToken", self.server.token)
        page.fill("#staffUser", USER)
        page.select_option("#failMode", fail_mode)
        page.fill("#extraHosts", MASTODON_HOST)
        page.click("button[type=submit]")
        page.wait_for_selector("#status:text('Saved.')")
        page.close()
        wait_for(lambda: any(f"*://{MASTODON_HOST}/*" in s["matches"] for s in self.registered()),
                 what="the content scripts to be registered for the extra host")

    def registered(self) -> list[dict]:
        return self.worker.evaluate("chrome.scripting.getRegisteredContentScripts()")

    def open(self, platform: str, query: str = ""):
        page = self.context.new_page()
        page.goto(f"https://{PLATFORMS[platform]}/{query}")
        return page

    def close(self) -> None:
        self.context.close()
        self.loop.run(self.server.stop())
        self.loop.run(self.pages.stop())
        self.loop.close()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium: scripts/chromium.sh installs it")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        s = Stack(tmp_path_factory.mktemp("extension"), p)
        try:
            s.configure()
            yield s
        finally:
            s.close()


@pytest.fixture
def fresh(stack):
    """The stack with no recorded writes, and a fresh tab per test."""
    stack.pages.clear()
    opened = []

    def open_page(platform: str, query: str = ""):
        page = stack.open(platform, query)
        opened.append(page)
        return page
    yield open_page
    for page in opened:
        page.close()


def post(page, text: str | None = None) -> None:
    if text is not None:
        page.fill("#draft", text)
    page.click("#post")


def status(page) -> str:
    return page.inner_text("#status")


def wait_status(page, prefix: str) -> str:
    wait_for(lambda: status(page).startswith(prefix), what=f"the page status {prefix!r}")
    return status(page)


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"extension-{name}.png"))


# -- the warning: nothing leaves until the member of staff decides -------------------------


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_warned_post_waits_then_edit_and_cancel_send_nothing_and_proceed_sends_once(stack, fresh, platform):
    host = PLATFORMS[platform]
    page = fresh(platform)
    dialog = Dialog(page)

    post(page, WARN_TEXT)
    dialog.wait_open()
    assert stack.pages.writes(host) == []          # held before anything left the browser
    shown = dialog.text()
    assert "Names a pupil in full: Amélie Dubois" in shown
    assert "Upland Primary School Social Media Policy, Personal use of social media" in shown
    assert dialog.call("mark", "function () { return this.textContent; }") == "Amélie Dubois"
    assert dialog.accessible_dialog() == {"role": "dialog", "name": "Check this post before it goes",
                                          "modal": True}
    assert dialog.focused() == "edit"
    screenshot(page, f"{platform}-warn")

    dialog.click("edit")                            # back to the draft, nothing sent
    dialog.wait_closed()
    assert wait_status(page, "not sent 1") == "not sent 1 AbortError"
    assert page.evaluate("document.activeElement.id") == "draft"
    assert page.input_value("#draft") == WARN_TEXT

    post(page)
    dialog.wait_open()
    page.keyboard.press("Escape")                   # Escape is Cancel
    dialog.wait_closed()
    wait_status(page, "not sent 2")

    post(page)
    dialog.wait_open()
    dialog.click("cancel")
    dialog.wait_closed()
    wait_status(page, "not sent 3")
    assert stack.pages.writes(host) == []

    post(page)
    dialog.wait_open()
    # A high-severity finding needs a reason before "Post anyway" does anything.
    assert dialog.call('[data-choice="proceed"]', "function () { return this.disabled; }") is True
    dialog.call("#pw-why", "function () { this.focus(); }")
    page.keyboard.type("Her parents asked me to share it.")
    assert dialog.call('[data-choice="proceed"]', "function () { return this.disabled; }") is False
    dialog.click("proceed")
    dialog.wait_closed()
    assert wait_status(page, "sent 4") == "sent 4 200"

    [sent] = stack.pages.writes(host)              # exactly one request, with the acknowledgement
    assert sent_text(platform, sent.body) == WARN_TEXT
    token = sent.headers["x-postwarden-ack"]
    assert acks.verify_token(stack.server.secret, token, "hollins-park", USER, acks.post_hash(WARN_TEXT),
                             now=datetime.fromisoformat(OFF_DUTY))
    rows = stack.loop.run(stack.server.rows(
        "SELECT staff_ref, platform, decision, justification FROM acknowledgements WHERE post_hash = ? "
        "AND platform = ?", acks.post_hash(WARN_TEXT), platform))
    assert rows == [{"staff_ref": USER, "platform": platform, "decision": "warn",
                     "justification": "Her parents asked me to share it."}]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_blocked_post_cannot_be_sent(stack, fresh, platform):
    host = PLATFORMS[platform]
    page = fresh(platform)
    dialog = Dialog(page)
    post(page, BLOCK_TEXT)
    dialog.wait_open()
    assert dialog.accessible_dialog()["name"] == "This post can\u2019t be sent"
    assert dialog.query('[data-choice="proceed"]') is None     # no way past a block
    assert dialog.query("#pw-why") is None
    assert "confidential" in dialog.text()
    screenshot(page, f"{platform}-block")
    dialog.click("cancel")
    dialog.wait_closed()
    assert wait_status(page, "not sent 1") == "not sent 1 AbortError"
    assert stack.pages.writes(host) == []


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_benign_post_goes_straight_through(stack, fresh, platform):
    host = PLATFORMS[platform]
    page = fresh(platform)
    dialog = Dialog(page)
    post(page, BENIGN_TEXT)
    assert wait_status(page, "sent 1") == "sent 1 200"
    [sent] = stack.pages.writes(host)
    assert sent_text(platform, sent.body) == BENIGN_TEXT
    assert "x-postwarden-ack" not in sent.headers
    assert not dialog.is_open()


@pytest.mark.parametrize("via", ["request", "beacon"])
def test_other_ways_of_sending_are_held_too(stack, fresh, via):
    """fetch(new Request(...)) (its body read from a clone) and navigator.sendBeacon (a Blob):
    the warning comes first, and "Post anyway" sends the post once, acknowledged (a beacon
    cannot carry a header, so it goes as the keep-alive fetch a beacon is)."""
    page = fresh("x", f"?via={via}")
    dialog = Dialog(page)
    post(page, WARN_TEXT)
    dialog.wait_open()
    assert stack.pages.writes(X_HOST) == []
    dialog.call("#pw-why", "function () { this.focus(); }")
    page.keyboard.type("Agreed with her parents.")
    dialog.click("proceed")
    dialog.wait_closed()
    wait_for(lambda: stack.pages.writes(X_HOST), what="the acknowledged post")
    [sent] = stack.pages.writes(X_HOST)
    assert sent_text("x", sent.body) == WARN_TEXT
    assert acks.verify_token(stack.server.secret, sent.headers["x-postwarden-ack"], "hollins-park", USER,
                             acks.post_hash(WARN_TEXT), now=datetime.fromisoformat(OFF_DUTY))

    post(page, BENIGN_TEXT)                         # and a harmless one goes as sent
    wait_for(lambda: len(stack.pages.writes(X_HOST)) == 2, what="the benign post")
    assert "x-postwarden-ack" not in stack.pages.writes(X_HOST)[1].headers
    assert not dialog.is_open()


def test_reads_go_through_untouched(stack, fresh):
    """The X page's timeline read (a GET) reaches the platform as the page sent it."""
    page = fresh("x")
    api_reads = lambda: [r for r in stack.pages.reads(X_HOST) if r.path.startswith("/i/api/")]  # noqa: E731
    wait_for(api_reads, what="the timeline read")
    [read] = api_reads()
    assert read.path == "/i/api/graphql/abc/HomeTimeline?variables=%7B%7D"
    assert "x-postwarden-ack" not in read.headers
    assert stack.pages.writes(X_HOST) == []
    assert page.evaluate("typeof window.__postwarden") == "undefined"   # the hook leaves no trace


# -- keyboard, and "This is wrong" ------------------------------------------------------------


def test_focus_stays_in_the_dialog(stack, fresh):
    page = fresh("x")
    dialog = Dialog(page)
    post(page, WARN_TEXT)
    dialog.wait_open()
    order = [dialog.focused()]
    for _ in range(5):
        page.keyboard.press("Tab")
        order.append(dialog.focused())
    # "Post anyway" is disabled until a reason is given, so Tab skips it; after the last
    # control ("This is wrong") focus wraps to the first (the reason box), never to the page.
    assert order == ["edit", "cancel", "report", "pw-why", "edit", "cancel"]
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert dialog.focused() == "pw-why"
    page.keyboard.press("Shift+Tab")               # and backwards from the first to the last
    assert dialog.focused() == "report"
    page.keyboard.press("Escape")
    dialog.wait_closed()
    assert stack.pages.writes(X_HOST) == []


def test_this_is_wrong_reports_a_false_positive(stack, fresh):
    page = fresh("facebook")
    dialog = Dialog(page)
    post(page, WARN_TEXT)
    dialog.wait_open()
    dialog.click("report")
    dialog.call("#pw-report", "function () { this.focus(); }")
    page.keyboard.type("She is my niece, her family shared this first.")
    dialog.click("send-report")
    wait_for(lambda: "Thank you" in (dialog.text() or ""), what="the report to be acknowledged")
    screenshot(page, "facebook-reported")
    dialog.click("cancel")
    dialog.wait_closed()
    assert stack.pages.writes(FACEBOOK_HOST) == []
    rows = stack.loop.run(stack.server.rows(
        "SELECT staff_ref, post_hash, rules, comment, state FROM reports"))
    assert rows == [{"staff_ref": USER, "post_hash": acks.post_hash(WARN_TEXT),
                     "rules": json.dumps(["upland/personal-no-individual-pupil-matters"]),
                     "comment": "She is my niece, her family shared this first.", "state": "open"}]


# -- when the server cannot be reached ---------------------------------------------------------


def test_fail_modes_when_the_server_is_unreachable(stack, fresh):
    dead = "http://127.0.0.1:9"    # discard port: nothing listens
    try:
        stack.configure(server_url=dead, fail_mode="closed")
        page = fresh("x")
        dialog = Dialog(page)
        post(page, WARN_TEXT)
        dialog.wait_open()
        assert dialog.accessible_dialog() == {"role": "alertdialog", "name": "Your post has not been sent",
                                              "modal": True}
        screenshot(page, "x-unreachable-closed")
        dialog.click("cancel")
        dialog.wait_closed()
        wait_status(page, "not sent 1")
        assert stack.pages.writes(X_HOST) == []

        stack.configure(server_url=dead, fail_mode="proxy")   # the default: the proxy decides
        page = fresh("x")
        post(page, WARN_TEXT)
        assert wait_status(page, "sent 1") == "sent 1 200"
        [sent] = stack.pages.writes(X_HOST)
        assert "x-postwarden-ack" not in sent.headers
    finally:
        stack.configure()


# -- the package ---------------------------------------------------------------------------


def test_the_build_ships_the_generated_platform_map(stack):
    from server.extension_cli import platform_data
    shipped = json.loads((stack.built.chrome_dir / "platforms.json").read_text(encoding="utf-8"))
    assert shipped == platform_data()
    manifest = json.loads((stack.built.chrome_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["manifest_version"] == 3 and manifest["background"]["service_worker"] == "background.js"
    ff = json.loads((stack.built.firefox_dir / "manifest.json").read_text(encoding="utf-8"))
    assert ff["background"]["scripts"] == ["background.js"] and "storage" not in ff
    assert stack.built.chrome_zip.is_file() and stack.built.firefox_xpi.is_file()


def test_the_firefox_package_lints_clean_with_web_ext():
    """Mozilla's linter, from the npm registry (scripts/webext.sh installs it in .tools/):
    no errors, no warnings."""
    run = subprocess.run([str(ROOT / "scripts" / "webext.sh")], cwd=ROOT, capture_output=True, text=True,
                         timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "errors          0" in run.stdout and "warnings        0" in run.stdout


# -- compose boxes: messages that leave through a WebSocket -----------------------------------


@pytest.fixture
def whatsapp(stack):
    """A fresh WhatsApp Web test page (its messages go over a WebSocket), connected."""
    stack.pages.clear()
    page = stack.context.new_page()
    page.goto(f"https://{WHATSAPP_HOST}/")
    wait_status(page, "connected")
    # The compose hooks start once the platform map has reached the page (see compose.js).
    page.wait_for_selector("html[data-postwarden-compose='on']", state="attached", timeout=10_000)
    yield page
    page.close()


def socket_texts(stack) -> list[str]:
    return [json.loads(m)["text"] for m in stack.pages.messages()]


def type_message(page, text: str) -> None:
    page.click("#editor")
    page.keyboard.type(text)


def test_a_message_over_a_websocket_is_held_at_the_compose_box(stack, whatsapp):
    """No request shows the message (WhatsApp's socket is end-to-end encrypted), so Enter in
    the editor is held while the text is checked: Edit and Cancel send nothing, "Post
    anyway" sends it exactly once (by the page's own Send button)."""
    page = whatsapp
    dialog = Dialog(page)
    type_message(page, WARN_TEXT)
    page.keyboard.press("Enter")
    dialog.wait_open()
    assert stack.pages.messages() == []
    assert "Names a pupil in full: Amélie Dubois" in dialog.text()
    screenshot(page, "whatsapp-warn")

    dialog.click("edit")
    dialog.wait_closed()
    assert page.evaluate("document.activeElement.id") == "editor"
    assert page.inner_text("#editor") == WARN_TEXT

    page.keyboard.press("Enter")
    dialog.wait_open()
    dialog.click("cancel")
    dialog.wait_closed()
    assert page.inner_text("#editor") == WARN_TEXT
    assert stack.pages.messages() == [] and status(page) == "connected"

    page.keyboard.press("Enter")
    dialog.wait_open()
    dialog.call("#pw-why", "function () { this.focus(); }")
    page.keyboard.type("Her parents asked me to share it.")
    dialog.click("proceed")
    dialog.wait_closed()
    wait_for(lambda: stack.pages.messages(), what="the message on the socket")
    page.wait_for_timeout(500)                      # and no second copy
    assert socket_texts(stack) == [WARN_TEXT]
    assert status(page) == "sent 1"
    assert page.inner_text("#editor") == ""


def test_the_send_button_is_held_too_and_a_blocked_message_never_leaves(stack, whatsapp):
    page = whatsapp
    dialog = Dialog(page)
    type_message(page, BLOCK_TEXT)
    page.click('footer button[aria-label="Send"]')
    dialog.wait_open()
    assert dialog.query('[data-choice="proceed"]') is None
    screenshot(page, "whatsapp-block")
    dialog.click("cancel")
    dialog.wait_closed()
    page.wait_for_timeout(300)
    assert stack.pages.messages() == [] and status(page) == "connected"
    assert page.inner_text("#editor") == BLOCK_TEXT


def test_a_benign_message_goes_straight_through_the_compose_box(stack, whatsapp):
    page = whatsapp
    dialog = Dialog(page)
    type_message(page, BENIGN_TEXT)
    page.keyboard.press("Enter")
    wait_for(lambda: stack.pages.messages(), what="the message on the socket")
    assert socket_texts(stack) == [BENIGN_TEXT]
    assert not dialog.is_open()
    page.keyboard.press("Shift+Enter")              # a new line is not a send
    page.keyboard.type("x")
    page.keyboard.press("Enter")
    wait_for(lambda: len(stack.pages.messages()) == 2, what="the second message")
    assert not dialog.is_open()


def test_without_a_send_button_the_message_is_sent_again_with_enter(stack):
    """A composer with no Send button: after "Post anyway" the hook re-sends with a synthetic
    Enter, once."""
    stack.pages.clear()
    page = stack.context.new_page()
    try:
        page.goto(f"https://{WHATSAPP_HOST}/?nobutton")
        wait_status(page, "connected")
        dialog = Dialog(page)
        type_message(page, WARN_TEXT)
        page.keyboard.press("Enter")
        dialog.wait_open()
        assert stack.pages.messages() == []
        dialog.call("#pw-why", "function () { this.focus(); }")
        page.keyboard.type("Agreed with her parents.")
        dialog.click("proceed")
        dialog.wait_closed()
        wait_for(lambda: stack.pages.messages(), what="the message on the socket")
        page.wait_for_timeout(500)
        assert socket_texts(stack) == [WARN_TEXT]
    finally:
        page.close()
