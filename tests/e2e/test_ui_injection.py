"""Script-injection payloads on the real path, into every review view and export, in a real
browser, on SQLite and PostgreSQL.

A real `postwarden proxy` (a subprocess, with `route.py` sending every host name to a local
HTTPS upstream) sees platform-shaped requests from hostile members of staff: an X CreateTweet
and reply, an X DM whose recipients are raw ids and a learnt hostile handle, an X profile
update whose URL is `javascript:`, a Facebook form-encoded GraphQL post, an Instagram
configure form, and a Discord multipart message whose photo has a hostile file name. The
upstream plays X's answer to a profile look-up, so the addon learns a hostile handle for the
posting account and for a DM recipient. The proxy's staff names come from proxy
authentication, one of them hostile too. The addon extracts, judges and spools the events
and ships them to the real app (`postwarden_server` + a proxy token), which keeps the full
text (`retention.content: full`, `postwarden_content_log=full`) so the payloads reach the
excerpts, the findings' messages and the evidence.

Then headless Chromium opens every review view (event log and its filters, triage queue,
each event's evidence, charts, yearly review), the staff self-view of both members of
staff, and every export (events CSV and JSON, yearly JSON, subject-access exports): no
dialog opens, no element the payloads describe exists, no element has an on* attribute, no
`securitypolicyviolation` event or CSP console error fires, the payloads are shown as text,
and exports are downloaded, never rendered, with their cells made safe for spreadsheets.
Screenshots go to tests/_artifacts/ui-injection-*.png.
"""
from __future__ import annotations

import base64
import csv
import http.client
import io
import json
import os
import time
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

from addon.events import redact
from tests.conftest import DIALECTS, ROOT
from tests.e2e.loopback import (Proxy, Seen, Upstream, client_context, common_args, make_pki,
                                postwarden_argv, school_config)
from tests.e2e.test_ui import HANDLERS, assert_clean, browser  # noqa: F401 (a fixture)
from tests.e2e.uistack import UiServer, login, shot, start_server

SCRIPT = "<script>alert('pw-xss')</script>"
IMG = '"><img src=x onerror=alert("pw-xss")>'
JS_URL = "javascript:alert(document.cookie)"
TEMPLATE = "{{7*7}}"
SVG = "<svg onload=alert(1)>"
QUOTE = "';alert(1);//"
#: Members of staff as proxy authentication names them: one ordinary, one hostile.
TEACHER = "c.teacher"
EVIL = "\"><img src=x onerror=alert('pw-user')>"
#: A photo's file name in a multipart upload.
EVIL_FILE = "<img src=x onerror=alert('pw-file')>.jpg"
#: The X account ids the upstream's profile look-up names, with hostile handles.
OWN_ID, OTHER_ID = "1447", "99"
PUPIL = "Benjamin Okonkwo"          # on the demo roster, no consent: the post is flagged

#: What a hostile page could have put into the DOM; none of it may exist on any page.
INJECTED = ("img, iframe, object, embed, frame, base, script:not([src]), svg[onload], [srcdoc], "
            "a[href^='javascript:' i], form[action^='javascript:' i], meta[http-equiv]")
#: Every certificate name the requests below use.
NAMES = ("x.com", "*.x.com", "facebook.com", "*.facebook.com", "instagram.com", "*.instagram.com",
         "discord.com", "*.discord.com")
X_HEADERS = {"cookie": f"twid=u%3D{OWN_ID}; ct0=abc", "content-type": "application/json"}
FORM = {"content-type": "application/x-www-form-urlencoded"}
SHIP_TIMEOUT = 60


def platform_answer(seen: Seen) -> bytes | None:
    """X's answer to a profile look-up: the posting account and a friend, both with hostile
    handles, which the addon's directory learns (addon/directory.py)."""
    if "UserByScreenName" in seen.path:
        return json.dumps({"data": {"users": [{"rest_id": OWN_ID, "core": {"screen_name": IMG}},
                                              {"rest_id": OTHER_ID, "core": {"screen_name": SVG}}]}}).encode()
    return None


def fb_form(name: str, variables: dict) -> bytes:
    return urlencode({"av": "1000111", "fb_api_req_friendly_name": name, "doc_id": "1",
                      "variables": json.dumps(variables)}).encode()


def discord_message(text: str, filename: str, photo: bytes) -> tuple[bytes, str]:
    """A Discord message with an attached photo, as the web client sends it (multipart)."""
    boundary = "----WebKitFormBoundarypostwarden"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="payload_json"\r\n\r\n'
            + json.dumps({"content": text}) + "\r\n").encode()
    body += (f'--{boundary}\r\nContent-Disposition: form-data; name="files[0]"; filename="{filename}"\r\n'
             "Content-Type: image/jpeg\r\n\r\n").encode() + photo + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def discord_token(user_id: str) -> str:
    return base64.urlsafe_b64encode(user_id.encode()).decode().rstrip("=") + ".GxYz.signature"


def traffic() -> list[tuple[str, str, str, str, str, bytes | None, dict[str, str]]]:
    """(label, staff, host, method, path, body, headers): what the two members of staff do.
    Every text carries its label (letters only, so it survives the excerpt's redaction)."""
    photo = (ROOT / "tests" / "images" / "fixtures" / "face.jpg").read_bytes()
    upload, upload_type = discord_message(f"discordpost {SCRIPT} sports day", EVIL_FILE, photo)
    return [
        ("xread", TEACHER, "x.com", "GET", "/i/api/graphql/q/UserByScreenName?variables=%7B%7D", None, X_HEADERS),
        ("xpost", TEACHER, "x.com", "POST", "/i/api/graphql/q/CreateTweet",
         json.dumps({"variables": {"tweet_text": f"xpost {SCRIPT} {IMG} {PUPIL} {JS_URL} {TEMPLATE} {SVG} {QUOTE}"}}
                    ).encode(), X_HEADERS),
        ("xreply", TEACHER, "x.com", "POST", "/i/api/graphql/q/CreateTweet",
         json.dumps({"variables": {"tweet_text": f"xreply {TEMPLATE} {QUOTE}",
                                   "reply": {"in_reply_to_tweet_id": "5"},
                                   "media": {"media_entities": [{"media_id": "7", "tagged_users": [OTHER_ID]}]}}}
                    ).encode(), X_HEADERS),
        ("xdm", TEACHER, "x.com", "POST", "/i/api/1.1/dm/new2.json",
         json.dumps({"conversation_id": f"{OWN_ID}-{OTHER_ID}", "text": f"xdm {SCRIPT}",
                     "recipient_ids": [QUOTE, IMG]}).encode(), X_HEADERS),
        ("xprofile", TEACHER, "x.com", "POST", "/i/api/1.1/account/update_profile.json",
         urlencode({"name": "xprofile", "url": JS_URL, "description": SVG}).encode(), {**X_HEADERS, **FORM}),
        ("xformula", TEACHER, "x.com", "POST", "/i/api/graphql/q/CreateTweet",
         json.dumps({"variables": {"tweet_text": '=HYPERLINK("http://evil.example","xformula")'}}).encode(),
         X_HEADERS),
        ("fbpost", EVIL, "www.facebook.com", "POST", "/api/graphql/",
         fb_form("ComposerStoryCreateMutation", {"input": {"message": {"text": f"fbpost {SVG} at {JS_URL} {IMG}"}}}),
         {"cookie": "c_user=1000111", **FORM}),
        ("igpost", EVIL, "www.instagram.com", "POST", "/api/v1/media/configure/",
         urlencode({"caption": f"igpost {QUOTE} {SCRIPT}", "upload_id": "171"}).encode(),
         {"cookie": "ds_user_id=2210", **FORM}),
        ("discordpost", EVIL, "discord.com", "POST", "/api/v9/channels/123/messages", upload,
         {"authorization": discord_token("80351110224678912"), "content-type": upload_type}),
    ]


class ProxiedUi:
    """The app (full content), a real proxy shipping to it, a local upstream, accounts."""

    def __init__(self, server: UiServer):
        self.server = server
        folder = server.folder / "proxy"
        self.pki = make_pki(folder / "pki", NAMES)
        self.upstream = Upstream(self.pki, platform_answer)
        token_file = folder / "proxy-token"
        fd = os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(server.proxy_token + "\n")
        conf = folder / "conf"
        self.proxy = Proxy(postwarden_argv(school_config(folder), folder / "data",
                                           common_args(conf, self.pki, self.upstream.port),
                                           "--set", "proxyauth=any",
                                           "--set", f"postwarden_server={server.url}",
                                           "--set", f"postwarden_server_token_file={token_file}",
                                           "--set", "postwarden_content_log=full"), cwd=folder)
        self.ctx = client_context(conf / "mitmproxy-ca-cert.pem", self.pki.ca)
        self.ids: dict[str, str] = {}

    def send(self, staff: str, host: str, method: str, path: str, body: bytes | None,
             headers: dict[str, str]) -> int:
        """One request through the proxy, as the member of staff's browser sends it."""
        auth = base64.b64encode(f"{staff}:pw".encode()).decode()
        conn = http.client.HTTPSConnection("127.0.0.1", self.proxy.port, context=self.ctx, timeout=30)
        conn.set_tunnel(host, 443, headers={"Proxy-Authorization": f"Basic {auth}"})
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            resp.read()
            return resp.status
        finally:
            conn.close()

    def wait_for_events(self, labels: list[str]) -> None:
        """Until the proxy has shipped one event per request (or fail, with its output); then
        `ids` maps each label to its event's id."""
        deadline = time.monotonic() + SHIP_TIMEOUT
        while True:
            rows = self.server.rows("SELECT id, action, body FROM events")
            if len(rows) >= len(labels) or time.monotonic() > deadline or not self.proxy.alive():
                break
            time.sleep(0.2)
        assert len(rows) == len(labels), (rows, self.proxy.text()[-4000:])
        for row in rows:
            text = (json.loads(row["body"]).get("content") or {}).get("text") or ""
            label = "xread" if row["action"] == "view" else next((x for x in labels if text.startswith(x)), None)
            label = label or ("xformula" if "xformula" in text else None)
            assert label is not None, row
            self.ids[label] = row["id"]
        assert sorted(self.ids) == sorted(labels)

    def close(self) -> None:
        try:
            self.proxy.stop()
        finally:
            self.upstream.close()


@pytest.fixture(scope="module", params=DIALECTS)
def stack(request, tmp_path_factory):
    server = start_server(request, tmp_path_factory, "ui-injection", content="full")
    stack = None
    try:
        server.account("rev", "reviewer")
        server.account("adm", "admin")
        server.account("ct", "staff", staff_ref=TEACHER)
        server.account("evil", "staff", staff_ref=EVIL)
        stack = ProxiedUi(server)
        sent = traffic()
        for label, staff, host, method, path, body, headers in sent:
            status = stack.send(staff, host, method, path, body, headers)
            assert status in (200, 428), (label, status, stack.proxy.text()[-2000:])
        stack.wait_for_events([s[0] for s in sent])
        yield stack
    finally:
        if stack is not None:
            stack.close()
        server.stop()


def body_of(stack: ProxiedUi, label: str) -> dict:
    [row] = stack.server.rows("SELECT body FROM events WHERE id = ?", stack.ids[label])
    return json.loads(row["body"])


def assert_inert(page, view: str) -> None:
    """Nothing the payloads describe is on the page, nothing ran, nothing was blocked."""
    assert page.locator(INJECTED).count() == 0, view
    assert page.evaluate(HANDLERS) == [], view              # no element got an on* attribute
    assert page.locator("script").count() == 1, view      # only /static/app.js
    assert_clean(page)


def test_the_payloads_travel_the_proxy_path_intact(stack):
    """The addon extracted the payloads from the platforms' own request shapes, and the
    server stored them as sent: the views below are fed by the real path."""
    post = body_of(stack, "xpost")
    assert post["user"] == TEACHER and post["account"]["handle"] == "@" + IMG     # learnt from X's answer
    assert post["decision"] == "warn" and post["effect"] == "held"
    assert SCRIPT in post["content"]["text"] and JS_URL in post["content"]["text"]
    assert "@" + SVG in body_of(stack, "xreply")["recipients"]                     # a tagged friend
    assert body_of(stack, "xreply")["action"] == "reply"
    assert set(body_of(stack, "xdm")["recipients"]) == {"@" + SVG, QUOTE, IMG}
    assert JS_URL in body_of(stack, "xprofile")["content"]["text"]
    for label in ("fbpost", "igpost", "discordpost"):
        assert body_of(stack, label)["user"] == EVIL
    photo = body_of(stack, "discordpost")
    assert photo["findings"][0]["category"] == "pupil_image"
    assert photo["findings"][0]["evidence"] == EVIL_FILE and EVIL_FILE in photo["findings"][0]["message"]
    # Held posts never reached the platform; the others did, payloads and all.
    bodies = stack.upstream.bodies()
    assert not any(PUPIL.encode() in b for b in bodies)
    assert any(b"igpost" in b for b in bodies)


def test_review_views_show_the_payloads_as_text(stack, browser):  # noqa: F811
    server = stack.server
    page = browser.page()
    login(page, server.url, "rev")
    evidence = {label: f"/review/events/{event_id}" for label, event_id in stack.ids.items()}
    views = ["/review/events", f"/review/events?staff={quote(EVIL)}", "/review/events?decision=warn",
             f"/review/events?staff={quote(TEACHER)}&platform=x", "/review/queue", "/review/queue?state=new",
             *evidence.values(), "/review/charts", "/review/yearly"]
    for view in views:
        resp = page.goto(server.url + view)
        assert resp.status == 200, view
        assert_inert(page, view)

    page.goto(server.url + f"/review/events?staff={quote(EVIL)}")
    assert page.get_by_label("Staff member").input_value() == EVIL     # the filter echoed as a value
    assert page.locator("table.events tbody tr").count() == 3
    assert EVIL in page.locator("table.events").inner_text()
    shot(page, "injection-log")

    page.goto(server.url + evidence["xpost"])
    facts, excerpt = page.locator("dl.facts").inner_text(), page.locator(".excerpt").inner_text()
    assert "@" + IMG in facts and TEACHER in facts
    assert excerpt.startswith(f"xpost {SCRIPT} {IMG}")                 # shown as text, not run
    shot(page, "injection-evidence")
    page.goto(server.url + evidence["xdm"])
    recipients = page.locator("dl.facts").inner_text()
    assert "@" + SVG in recipients and QUOTE in recipients and IMG in recipients
    page.goto(server.url + evidence["xprofile"])
    assert JS_URL in page.locator(".excerpt").inner_text()
    page.goto(server.url + evidence["discordpost"])
    findings = page.get_by_role("table").last.inner_text()
    assert f"Evidence: {EVIL_FILE}" in findings and EVIL in page.locator("dl.facts").inner_text()
    shot(page, "injection-evidence-file")
    page.goto(server.url + evidence["fbpost"])
    assert redact(f"fbpost {SVG}") in page.locator(".excerpt").inner_text()    # digits masked: #
    page.goto(server.url + "/review/charts")
    assert EVIL in page.locator("#chart-usage").text_content()         # a staff name inside the SVG
    page.context.close()


def test_staff_see_their_own_payloads_as_text(stack, browser):  # noqa: F811
    server = stack.server
    for username, mine, theirs in (("ct", ("xpost", "xdm", "xreply", "xprofile"), "fbpost"),
                                   ("evil", ("fbpost", "igpost", "discordpost"), "xpost")):
        page = browser.page()
        login(page, server.url, username)
        assert page.url == server.url + "/me"
        assert_inert(page, f"/me as {username}")
        for label in mine:
            assert page.locator(f"#event-{stack.ids[label]}").count() == 1, label
        assert page.locator(f"#event-{stack.ids[theirs]}").count() == 0
        # The self-view shows no post content, only why a record was flagged, in the finding's
        # words: for the photo, its hostile file name.
        if username == "evil":
            assert EVIL_FILE in page.locator(f"#event-{stack.ids['discordpost']}").inner_text()
        else:
            assert "pupil_name" in page.locator(f"#event-{stack.ids['xpost']}").inner_text()
        shot(page, f"injection-me-{username}")
        page.context.close()


def download(page, url: str) -> bytes:
    """Open an export in the browser as a person would: it must download, never render."""
    with page.expect_download() as info:
        page.evaluate("url => { window.location.href = url; }", url)
    return Path(info.value.path()).read_bytes()


def test_exports_download_with_the_payloads_as_data(stack, browser):  # noqa: F811
    server = stack.server
    page = browser.page()
    login(page, server.url, "adm")
    page.goto(server.url + "/review/events")
    exports = {"csv": "/api/v1/events/export?format=csv", "json": "/api/v1/events/export?format=json",
               "yearly": "/review/yearly?format=json", "sar": f"/api/v1/staff/{quote(EVIL, safe='')}/export"}
    got = {}
    for name, path in exports.items():
        resp = page.request.get(server.url + path)
        assert resp.status == 200, (name, resp.text()[:500])
        headers = resp.headers
        assert headers["content-disposition"].startswith("attachment"), name
        assert headers["x-content-type-options"] == "nosniff", name
        assert "script-src 'self'" in headers["content-security-policy"], name
        assert headers["content-type"].split(";")[0] in ("text/csv", "application/json"), name
        got[name] = download(page, server.url + path)
    assert page.url == server.url + "/review/events"        # the page stayed where it was
    assert_inert(page, "after the downloads")

    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(got["csv"].decode("utf-8")))}
    assert rows[stack.ids["xformula"]]["excerpt"].startswith("'=HYPERLINK(")    # no formula in a spreadsheet
    assert rows[stack.ids["xpost"]]["excerpt"].startswith(f"xpost {SCRIPT}")
    assert rows[stack.ids["fbpost"]]["staff_ref"] == EVIL
    exported = {e["id"]: e for e in json.loads(got["json"])["events"]}
    assert exported[stack.ids["xpost"]]["excerpt"].startswith(f"xpost {SCRIPT} {IMG}")
    assert exported[stack.ids["igpost"]]["staff_ref"] == EVIL
    yearly = json.loads(got["yearly"])
    assert yearly["findings"]["events_by_kind"]["flagged"] >= 2 and EVIL not in got["yearly"].decode()
    subject = json.loads(got["sar"])
    assert EVIL_FILE in json.dumps(subject, ensure_ascii=False)
    page.context.close()

    staff = browser.page()
    login(staff, server.url, "evil")
    mine = download(staff, server.url + "/api/v1/me/export")
    assert f"igpost {QUOTE} {SCRIPT}" in json.dumps(json.loads(mine), ensure_ascii=False)
    assert_inert(staff, "/me after the download")
    staff.context.close()
