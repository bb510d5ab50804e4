"""The web UI in a real browser: headless Debian Chromium (Playwright) against the real app on
loopback, with events ingested through the proxy API.

Covers: logging in per role (and a wrong password); a reviewer finding a flagged event with
the filters, opening its evidence (audited), triaging it and seeing it in the queue; a member
of staff seeing their own events and not a colleague's, and challenging one, which the
reviewer then sees; and script-injection payloads in every field of an ingested event, even
those a real addon never fills from traffic (host, platform, a finding's rule, clause and
severity: what a leaked proxy token could forge), rendered in every view and export with no
dialog, no CSP violation and the payload shown as text. Payloads sent through a real proxy
from platform-shaped requests are tests/e2e/test_ui_injection.py. Runs on SQLite and
PostgreSQL (the module's server is parametrized). Screenshots go to tests/_artifacts/ui-*.png.
"""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import timedelta

import pytest

from tests.conftest import DIALECTS
from tests.e2e.uistack import CHROMIUM, Browser, csp_violations, login, proxy_event, shot, start_server

FLAG_TEXT = "Well done Benjamin Okonkwo on the match today, so proud"
COLLEAGUE_TEXT = "So proud of Amélie Dubois in my class today, her first ever solo in assembly!"
BENIGN_TEXT = "Marking done, tea brewing. Good night all."
CLAUSE = "Upland Primary School Social Media Policy"


@pytest.fixture(scope="module", params=DIALECTS)
def server(request, tmp_path_factory, demo_engine):
    s = start_server(request, tmp_path_factory, "ui")
    try:
        s.reviewer_id = s.account("rev", "reviewer", staff_ref="r.viewer")
        s.account("adm", "admin")
        s.account("ct", "staff", staff_ref="c.teacher")
        s.account("dt", "staff", staff_ref="d.teacher")
        s.ingest([
            proxy_event(FLAG_TEXT, user="c.teacher", engine=demo_engine, ago=timedelta(hours=3), event_id="ct-flag-1"),
            proxy_event(FLAG_TEXT + " again", user="c.teacher", engine=demo_engine, ago=timedelta(hours=2),
                        event_id="ct-flag-2"),
            proxy_event(BENIGN_TEXT, user="c.teacher", engine=demo_engine, ago=timedelta(hours=1), event_id="ct-use-1"),
            proxy_event(COLLEAGUE_TEXT, user="d.teacher", engine=demo_engine, ago=timedelta(hours=4),
                        platform="facebook", host="www.facebook.com", event_id="dt-flag-1"),
            proxy_event(BENIGN_TEXT, user="d.teacher", engine=demo_engine, ago=timedelta(minutes=30),
                        event_id="dt-use-1"),
        ])
        yield s
    finally:
        s.stop()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium: scripts/chromium.sh installs it")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = Browser(p)
        try:
            yield b
        finally:
            b.close()


def nav_labels(page) -> list[str]:
    return [t.strip() for t in page.locator("nav[aria-label=Main] a").all_inner_texts()]


def assert_clean(page) -> None:
    assert page.dialogs == [], page.dialogs
    assert csp_violations(page) == []
    assert not [e for e in page.console_errors if "Content Security Policy" in e], page.console_errors


def test_login_per_role(server, browser):
    expected = {"rev": ("/review/queue", ["Triage queue", "Event log", "Charts", "My events"]),
                "adm": ("/review/queue", ["Triage queue", "Event log", "Charts", "Admin"]),
                "ct": ("/me", ["My events"])}
    for username, (home, nav) in expected.items():
        page = browser.page()
        login(page, server.url, username)
        assert page.url == server.url + home, page.inner_text("body")
        assert nav_labels(page) == nav
        assert page.get_by_role("main").is_visible()
        shot(page, f"home-{username}")
        assert_clean(page)
        page.get_by_role("button", name="Log out").click()
        page.wait_for_url(re.compile(r"/login"))
        assert "You have logged out." in page.inner_text("main")
        page.goto(server.url + home)           # the session is gone: back to the login page
        assert "/login" in page.url
        page.context.close()

    page = browser.page()
    login(page, server.url, "ct", "not the password")
    assert page.get_by_role("alert").inner_text() == "Wrong username or password."
    assert "/login" in page.url
    # A member of staff cannot open the reviewers' pages.
    login(page, server.url, "ct")
    resp = page.goto(server.url + "/review/events")
    assert resp.status == 403
    page.context.close()

    tablet = browser.page(width=820, height=1180)
    login(tablet, server.url, "rev")
    tablet.goto(server.url + "/review/events")
    shot(tablet, "event-log-tablet")
    # Nothing wider than the screen but the table, which scrolls inside its own box.
    assert tablet.evaluate("document.documentElement.scrollWidth") <= 820
    assert_clean(tablet)
    tablet.context.close()


def test_find_open_and_triage_a_flagged_event(server, browser):
    page = browser.page()
    login(page, server.url, "rev")
    page.get_by_role("link", name="Event log").click()
    page.get_by_label("Staff member").fill("c.teacher")
    page.get_by_label("Decision").select_option("warn")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"staff=c.teacher"))
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 2                       # ct-flag-2 and ct-flag-1, newest first
    assert "BenjaminOkonkwo" not in page.inner_text("main").replace(" ", "")   # lists show no content
    shot(page, "event-log-filtered")
    before = len(server.rows("SELECT seq FROM audit_log WHERE action = 'event.read' AND target = 'ct-flag-1'"))
    rows.nth(1).get_by_role("link").click()
    page.wait_for_url(re.compile(r"/review/events/ct-flag-1$"))
    main = page.inner_text("main")
    assert "pupil_name" in main and CLAUSE in main
    assert "Benjamin Okonkwo" in page.locator(".excerpt").inner_text()
    assert page.locator(".rule-message").count() >= 1          # the rule explained in the pack's words
    after = server.rows("SELECT actor FROM audit_log WHERE action = 'event.read' AND target = 'ct-flag-1'")
    assert len(after) == before + 1 and after[-1]["actor"].endswith(":rev")
    shot(page, "evidence")

    page.get_by_label("State").select_option("escalated_dsl")
    page.get_by_label("Assignee").select_option(str(server.reviewer_id))
    page.get_by_label("Note (optional)").fill("Passed to the DSL: pupil named in full.")
    page.get_by_role("button", name="Save triage").click()
    page.wait_for_url(re.compile(r"done=triaged"))
    assert page.get_by_role("status").inner_text() == "Triage updated."
    assert "Passed to the DSL" in page.locator(".notes").inner_text()
    row = server.rows("SELECT triage, assignee_id FROM events WHERE id = 'ct-flag-1'")[0]
    assert row == {"triage": "escalated_dsl", "assignee_id": server.reviewer_id}
    assert server.rows("SELECT detail FROM audit_log WHERE action = 'event.triage' AND target = 'ct-flag-1'")

    page.get_by_role("link", name="Triage queue").click()
    page.get_by_role("link", name=re.compile("Escalated to DSL")).click()
    table = page.locator("table.events")
    assert "c.teacher" in table.inner_text() and "rev" in table.inner_text()
    assert page.locator("a[href='/review/events/ct-flag-1']").count() == 1
    shot(page, "queue-escalated")
    assert_clean(page)
    page.context.close()


def test_staff_see_their_own_events_and_challenge_one(server, browser):
    page = browser.page()
    login(page, server.url, "ct")
    ids = page.locator("ol.my-events > li").evaluate_all("els => els.map(e => e.id)")
    assert set(ids) == {"event-ct-flag-1", "event-ct-flag-2", "event-ct-use-1"}
    item = page.locator("#event-ct-flag-2")
    assert CLAUSE in item.inner_text() and "Kept until" in item.inner_text()
    item.get_by_text("Comment on or challenge this record").click()
    item.get_by_label("Your comment").fill("Benjamin is my nephew; this was a family post.")
    item.get_by_role("button", name="Send to the reviewers").click()
    page.wait_for_url(re.compile(r"done=challenged"))
    assert page.get_by_role("status").inner_text() == "Your comment has been sent to the reviewers."
    assert "my nephew" in page.locator("#event-ct-flag-2").inner_text()
    shot(page, "me-challenged")
    # A colleague's event is not theirs to see or challenge.
    assert page.goto(server.url + "/review/events/dt-flag-1").status == 403
    assert_clean(page)
    page.context.close()

    reviewer = browser.page()
    login(reviewer, server.url, "rev")
    reviewer.goto(server.url + "/review/queue?state=new")
    assert reviewer.locator("a[href='/review/events/ct-flag-2']").count() == 1
    reviewer.goto(server.url + "/review/events/ct-flag-2")
    challenge = reviewer.locator(".note-challenge")
    assert "my nephew" in challenge.inner_text() and "Challenge" in challenge.inner_text()
    shot(reviewer, "evidence-challenged")
    assert_clean(reviewer)
    reviewer.context.close()


PAYLOADS = ["<script>alert('pw-xss')</script>", '"><img src=x onerror=alert("pw-xss")>',
            "javascript:alert(document.cookie)", "{{7*7}}", "<svg onload=alert(1)>", "';alert(1);//"]


HANDLERS = "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))"


def test_injection_payloads_render_as_text(server, browser, demo_engine):
    """Ingested directly with the proxy token, so every field can carry a payload, including
    those the addon takes from the platform map or the engine rather than from traffic."""
    events = []
    for i, payload in enumerate(PAYLOADS):
        e = proxy_event(f"{payload} Benjamin Okonkwo {payload}", user="c.teacher", engine=demo_engine,
                        ago=timedelta(minutes=20 + i), handle=payload, recipients=(payload, f"@x{payload}"),
                        media=(f"{payload}.jpg",), host=f"x.com{payload}"[:255], event_id=f"inj-{i}")
        e["findings"].append({"category": "pupil_name", "rule": payload, "clause": payload, "severity": payload})
        events.append(e)
    staff_payload = proxy_event("=HYPERLINK(\"http://evil.example\") hi", user='"><img src=x onerror=alert(2)>',
                                engine=demo_engine, ago=timedelta(minutes=5), platform="=cmd|' /C calc'!A0",
                                event_id="inj-staff")
    staff_payload["decision"] = "warn"
    events.append(staff_payload)
    server.ingest(events)

    page = browser.page()
    login(page, server.url, "rev")
    views = ["/review/events", "/review/events?staff=c.teacher&decision=warn", "/review/queue?state=new",
             *[f"/review/events/inj-{i}" for i in range(len(PAYLOADS))], "/review/events/inj-staff",
             "/review/charts"]
    for view in views:
        page.goto(server.url + view)
        assert page.locator("img").count() == 0, view
        assert page.locator("script").count() == 1, view     # only /static/app.js
        assert page.evaluate(HANDLERS) == [], view             # no element got an on* attribute
        assert_clean(page)
    page.goto(server.url + "/review/events/inj-0")
    text = page.inner_text("main")
    assert "<script>alert('pw-xss')</script>" in text       # shown as text, not run
    page.goto(server.url + "/review/events/inj-3")
    text = page.inner_text("main")
    # Not evaluated: the payload is shown, and no 49 appears but in a clock time ("04:49").
    assert "{{7*7}}" in text and "49" not in re.sub(r"\b\d{1,2}:\d{2}\b", "", text)
    page.goto(server.url + "/review/events/inj-2")
    assert page.locator("a[href^='javascript:']").count() == 0
    shot(page, "injection-evidence")
    # A reviewer's note and a staff challenge carrying payloads render as text too.
    page.get_by_label("Add a note").fill(PAYLOADS[1])
    page.get_by_role("button", name="Add note").click()
    page.wait_for_url(re.compile("done=noted"))
    assert PAYLOADS[1] in page.locator(".notes").inner_text() and page.locator("img").count() == 0
    assert_clean(page)

    for fmt in ("csv", "json"):
        resp = page.request.get(server.url + f"/api/v1/events/export?format={fmt}")
        assert resp.status == 200
        assert resp.headers["content-disposition"].startswith("attachment")
        body = resp.text()
        if fmt == "json":
            exported = {e["id"]: e for e in json.loads(body)["events"]}
            assert exported["inj-0"]["excerpt"].startswith("<script>alert('pw-xss')</script>")
        else:
            rows = {r["id"]: r for r in csv.DictReader(io.StringIO(body))}
            assert rows["inj-staff"]["platform"].startswith("'=")        # no formula in a spreadsheet
            assert rows["inj-staff"]["excerpt"].startswith("'=")
            assert rows["inj-1"]["excerpt"].startswith('"><img')
    page.goto(server.url + "/review/events")    # the export link on the page, checked for the same headers
    link = page.get_by_role("link", name="CSV")
    assert link.get_attribute("href").startswith("/api/v1/events/export?")
    page.context.close()

    staff = browser.page()
    login(staff, server.url, "ct")
    assert staff.locator("#event-inj-0").count() == 1
    assert "<script>alert('pw-xss')</script>" in staff.locator("#event-inj-0").inner_text()
    assert staff.locator("img").count() == 0 and staff.locator("script").count() == 1
    item = staff.locator("#event-inj-4")
    item.get_by_text("Comment on or challenge this record").click()
    item.get_by_label("Your comment").fill(PAYLOADS[0])
    item.get_by_role("button", name="Send to the reviewers").click()
    staff.wait_for_url(re.compile("done=challenged"))
    assert PAYLOADS[0] in staff.locator("#event-inj-4").inner_text()
    shot(staff, "injection-me")
    assert_clean(staff)
    staff.context.close()


def test_charts(server, browser):
    page = browser.page()
    login(page, server.url, "rev")
    page.get_by_role("link", name="Charts").click()
    charts = page.get_by_role("img")
    titles = [t.strip() for t in page.locator("svg.chart > title").all_text_contents()]
    assert titles == ["Findings by category over time", "Activity by hour of day", "Usage per member of staff"]
    assert charts.count() >= 3
    # Every event stored today or before is counted in some hour; the bars carry their numbers.
    total = len(server.rows("SELECT id FROM events"))
    hour_labels = page.locator("#chart-hours rect > title").all_text_contents()
    assert len(hour_labels) == 24 and sum(int(t.split()[-1]) for t in hour_labels) == total
    assert page.locator("#chart-findings rect.series-0").count() >= 1      # pupil_name findings
    assert page.locator("#chart-usage line.limit").count() == 1            # the excessive-use line
    usage = page.locator("#chart-usage").text_content()
    assert "c.teacher" in usage and "d.teacher" in usage
    shot(page, "charts")
    assert_clean(page)
    page.context.close()
