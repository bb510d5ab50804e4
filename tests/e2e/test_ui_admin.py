"""The admin pages in a real browser: headless Debian Chromium (Playwright) against the real
app on loopback, events ingested through the proxy API.

Covers: editing the timetable (an error shown by its field, nothing saved), reading the
what-if over the logged events, saving it and the engine in force changing; uploading a
roster with one bad row and seeing its line number, then mapping an unknown header and
confirming; a member of staff declaring a relationship from /me and an admin approving it,
after which the engine knows the declaration; each rule's decision with its what-if, then in
force; official accounts; making a proxy token (its value shown once, working at once) and
disabling it; the what-if of a posting hold; the yearly review page and its JSON (counts, no
names); a trust-wide admin picking a school. Runs on SQLite and PostgreSQL (the module's
server is parametrized). Screenshots go to tests/_artifacts/ui-*.png.
"""
from __future__ import annotations

import json
import re
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from tests.e2e.test_ui import assert_clean, browser  # noqa: F401 (a fixture)
from tests.conftest import DIALECTS
from tests.e2e.uistack import SCHOOL, UiServer, login, proxy_event, shot, start_server

BENIGN = "Marking done, tea brewing. Good night all."


@pytest.fixture(scope="module", params=DIALECTS)
def server(request, tmp_path_factory, demo_engine):
    s = start_server(request, tmp_path_factory, "ui-admin")
    try:
        s.account("adm", "admin")
        s.account("ct", "staff", staff_ref="c.teacher")
        s.ingest([proxy_event(BENIGN, user="c.teacher", engine=demo_engine, ago=timedelta(hours=h),
                              event_id=f"use-{h}") for h in (1, 2, 3)])
        yield s
    finally:
        s.stop()


def engine(server):
    from server import keys
    return server.app[keys.SCHOOLS][SCHOOL].engine


def test_admin_index(server, browser):  # noqa: F811
    page = browser.page()
    login(page, server.url, "adm")
    page.get_by_role("link", name="Admin").click()
    page.wait_for_url(re.compile(r"/admin$"))
    assert page.get_by_role("link", name="Timetable").is_visible()
    assert_clean(page)
    page.context.close()
    staff = browser.page()
    login(staff, server.url, "ct")
    assert staff.goto(server.url + "/admin").status == 403
    assert staff.goto(server.url + "/admin/timetable").status == 403
    staff.context.close()


def test_edit_timetable_read_the_what_if_and_save(server, browser):  # noqa: F811
    today = datetime.now(timezone.utc).date()
    page = browser.page()
    login(page, server.url, "adm")
    page.goto(server.url + "/admin/timetable")
    # The file's timetable is shown: mon-fri periods, spread per weekday.
    assert page.get_by_label("Wednesday").input_value() == "08:50-10:30, 10:45-12:00, 13:00-15:20"
    assert "p.patel: mon-wed" in page.get_by_label("Per-staff timetables").input_value()

    # A bad period: the error sits by its field, and nothing is saved.
    page.get_by_label("Saturday").fill("09:00-08:00")
    page.get_by_role("button", name="Save timetable").click()
    saturday = page.get_by_label("Saturday")
    assert saturday.get_attribute("aria-invalid") == "true"
    error_id = saturday.get_attribute("aria-describedby").split()[-1]
    assert "ends before it starts" in page.locator(f"#{error_id}").inner_text()
    assert "Nothing was saved" in page.get_by_role("alert").inner_text()
    assert server.rows("SELECT key FROM settings WHERE key LIKE 'school.%'") == []
    shot(page, "admin-timetable-error")

    # Every hour of every day is directed, in a term around today: the logged personal use
    # (three events in the last hours) would now be flagged as directed time.
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
        page.get_by_label(day).fill("00:00-23:59")
    terms = page.get_by_label("Terms")
    terms.fill(terms.input_value() + f"\n{today - timedelta(days=20)} to {today + timedelta(days=20)}")
    page.get_by_label("Closure days").fill("")
    page.get_by_role("button", name="Show what would change").click()
    whatif = page.locator("section.whatif")
    assert whatif.is_visible(), page.inner_text("main")
    text = whatif.inner_text()
    logged = len(server.rows("SELECT id FROM events WHERE at >= ?",
                             (datetime.now(timezone.utc) - timedelta(days=14)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")))
    changed = page.locator("table.whatif-events tbody tr")
    # Overlapping terms are allowed by the loader; each logged event in the last hours is
    # inside the new directed time unless it fell at 23:59.
    assert changed.count() >= 2 and f"{logged} logged events re-judged" in text
    assert "directed_time" in page.locator("table.counts").inner_text()
    assert "allow → warn" in text
    assert "kept as it was logged" in text          # the page says what cannot be re-judged
    assert server.rows("SELECT key FROM settings WHERE key LIKE 'school.%'") == []   # a preview saves nothing
    shot(page, "admin-timetable-whatif")
    assert_clean(page)

    page.get_by_role("button", name="Save timetable").click()
    page.wait_for_url(re.compile(r"done=timetable_saved"))
    assert page.get_by_role("status").inner_text() == "Timetable saved and in force."
    assert page.get_by_label("Saturday").input_value() == "00:00-23:59"
    # Live: the engine in force now has the edited week, and the change is audited.
    assert len(engine(server).school.timetable.week[5]) == 1
    stored = {r["key"] for r in server.rows("SELECT key FROM settings WHERE school_id = ?", SCHOOL)}
    assert {"school.timetable", "school.staff_overrides"} <= stored
    audit = server.rows("SELECT detail FROM audit_log WHERE action = 'school.timetable_update'")
    assert len(audit) == 1 and "directed_days" in audit[0]["detail"]
    assert_clean(page)
    page.context.close()


def mis_export(bad_line: int | None = None) -> bytes:
    """The demo roster as an MIS exports it: other headers (one, 'Cohort', that neither a
    synonym nor the words of a header give away), Excel's UTF-8 BOM, and optionally an
    impossible date of birth on one line."""
    from tests.conftest import ROOT
    lines = (ROOT / "demo" / "roster.csv").read_text(encoding="utf-8").splitlines()
    lines[0] = "Legal Forename,Legal Surname,Preferred Forename,Cohort,DOB,Photo Consent,Name Consent,Handles"
    if bad_line is not None:
        cells = lines[bad_line - 1].split(",")
        cells[4] = "31/31/2015"
        lines[bad_line - 1] = ",".join(cells)
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def test_roster_upload_with_a_bad_row(server, browser):  # noqa: F811
    before = len(engine(server).school.pupils)
    page = browser.page()
    login(page, server.url, "adm")
    page.goto(server.url + "/admin")
    page.get_by_role("link", name="Pupil roster").click()
    upload = page.get_by_label("Roster CSV (the MIS export)")
    upload.set_input_files(files=[{"name": "sims-export.csv", "mimeType": "text/csv", "buffer": mis_export(4)}])
    page.get_by_role("button", name="Upload and preview").click()
    page.wait_for_url(re.compile(r"/admin/roster$"))
    errors = page.locator("#roster-errors")
    assert "line 4: date_of_birth '31/31/2015' is not a date" in errors.inner_text()
    assert page.locator("#roster-errors li").count() == 1
    assert page.get_by_role("button", name=re.compile("Confirm and apply")).is_disabled()
    # The preview shows the rows with their line numbers, the bad one among them.
    assert page.locator("table.preview tbody tr").first.locator("th").inner_text() == "2"
    assert "31/31/2015" in page.locator("table.preview").inner_text()
    shot(page, "admin-roster-error")
    assert len(engine(server).school.pupils) == before      # nothing applied
    page.get_by_role("button", name="Discard this upload").click()
    page.wait_for_url(re.compile(r"done=roster_discarded"))

    # The corrected file: 'Cohort' is neither a known header nor worded like one, so the admin maps it.
    page.get_by_label("Roster CSV (the MIS export)").set_input_files(
        files=[{"name": "sims-export.csv", "mimeType": "text/csv", "buffer": mis_export()}])
    page.get_by_role("button", name="Upload and preview").click()
    page.wait_for_url(re.compile(r"/admin/roster$"))
    assert "Cohort" in page.locator("#h-unmapped").inner_text()
    assert page.get_by_label("Date of birth").input_value() == "DOB"        # a synonym, found by itself
    page.get_by_label("Year group").select_option("Cohort")
    page.get_by_role("button", name="Apply mapping").click()
    page.wait_for_url(re.compile(r"/admin/roster$"))
    assert "Year 6" in page.locator("table.preview tbody tr").first.inner_text()
    rows = len(mis_export().decode("utf-8-sig").strip().splitlines()) - 1
    assert f"All {rows} pupils read without errors." == page.locator("#roster-ok").inner_text()
    shot(page, "admin-roster-preview")
    page.get_by_role("button", name=f"Confirm and apply {rows} pupils").click()
    page.wait_for_url(re.compile(r"done=roster_saved"))
    assert page.get_by_role("status").inner_text() == "Roster saved and in force."
    pupils = engine(server).school.pupils
    assert len(pupils) == rows and all(p.year_group for p in pupils)
    assert "sims-export.csv" in page.locator("main").inner_text()
    actions = [r["action"] for r in server.rows("SELECT action FROM audit_log WHERE action LIKE 'school.roster%'")]
    assert actions == ["school.roster_upload", "school.roster_upload", "school.roster_update"]
    assert_clean(page)
    page.context.close()


def test_submit_and_approve_a_declaration(server, browser):  # noqa: F811
    staff = browser.page()
    login(staff, server.url, "ct")
    staff.get_by_role("link", name=re.compile("Declare a relationship")).click()
    staff.wait_for_url(re.compile(r"/me/declarations$"))
    staff.get_by_role("button", name="Send for approval").click()            # empty: errors by the fields
    pupil = staff.get_by_label("Pupil's full name")
    assert pupil.get_attribute("aria-invalid") == "true"
    assert "full name" in staff.locator("#" + pupil.get_attribute("aria-describedby").split()[-1]).inner_text()
    staff.get_by_label("Pupil's full name").fill("Chloé Martin")
    staff.get_by_label("How you know them").select_option("relative")
    staff.get_by_label("Anything the school should know (optional)").fill("My niece.")
    staff.get_by_role("button", name="Send for approval").click()
    staff.wait_for_url(re.compile(r"done=declared"))
    assert staff.get_by_role("status").inner_text() == "Your declaration has been sent to an admin for approval."
    # A second one naming someone who is not a pupil: the admin cannot approve it.
    staff.get_by_label("Pupil's full name").fill("Nobody Onroll")
    staff.get_by_label("How you know them").select_option("family friend")
    staff.get_by_role("button", name="Send for approval").click()
    staff.wait_for_url(re.compile(r"done=declared"))
    assert staff.locator("table.my-declarations tbody tr").count() == 2
    assert "submitted" in staff.locator("table.my-declarations").inner_text()
    shot(staff, "declarations-staff")
    assert_clean(staff)

    ids = {r["pupil"]: r["id"] for r in server.rows("SELECT id, pupil FROM declarations")}
    chloe = next(p for p in engine(server).school.pupils if p.full_name == "Chloé Martin")
    assert engine(server).school.declared("c.teacher", chloe) is None

    admin = browser.page()
    login(admin, server.url, "adm")
    admin.goto(server.url + "/admin")
    admin.get_by_role("link", name="Declarations").click()
    nobody = admin.locator(f"#declaration-{ids['Nobody Onroll']}")
    nobody.get_by_role("button", name="Approve").click()
    assert "is not on the roster" in admin.get_by_role("alert").inner_text()
    assert admin.locator(f"#declaration-{ids['Nobody Onroll']} form").count() == 1    # still waiting
    item = admin.locator(f"#declaration-{ids['Chloé Martin']}")
    assert "c.teacher" in item.inner_text() and "My niece." in item.inner_text()
    item.get_by_role("button", name="Approve").click()
    admin.wait_for_url(re.compile(r"done=declaration_approved"))
    assert admin.get_by_role("status").inner_text() == "Declaration approved and in force."
    assert "approved" in admin.locator("table.decided").inner_text()
    shot(admin, "declarations-admin")
    assert_clean(admin)
    # In force: the engine knows the declaration; the audit names the staff member, not the pupil.
    assert engine(server).school.declared("c.teacher", chloe) is not None
    audit = server.rows("SELECT detail FROM audit_log WHERE action = 'declaration.approve'")
    assert len(audit) == 1 and "Chlo" not in audit[0]["detail"]
    admin.context.close()

    staff.reload()
    assert "approved" in staff.locator(f"#declaration-{ids['Chloé Martin']}").inner_text()
    staff.context.close()


def test_posting_holds(server, browser):  # noqa: F811
    page = browser.page()
    login(page, server.url, "adm")
    page.goto(server.url + "/admin")
    page.get_by_role("link", name="Posting holds").click()
    assert page.locator("table.holds tbody tr").count() == 1          # the demo config's hold
    page.get_by_label("From", exact=True).fill("2027-01-10T09:00")
    page.get_by_label("Until", exact=True).fill("2027-01-09T09:00")
    page.get_by_role("button", name="Add hold").click()
    until = page.get_by_label("Until", exact=True)
    assert until.get_attribute("aria-invalid") == "true"
    assert "ends before it starts" in page.locator("#" + until.get_attribute("aria-describedby").split()[-1]).inner_text()
    page.get_by_label("Until", exact=True).fill("2027-01-11T17:00")
    page.get_by_label("Platforms (optional)").fill("x")
    page.get_by_label("Reason (optional)").fill("inspection week")
    page.get_by_role("button", name="Add hold").click()
    page.wait_for_url(re.compile(r"done=holds_saved"))
    assert page.locator("table.holds tbody tr").count() == 2
    holds = engine(server).school.holds
    assert len(holds) == 2 and holds[1].platforms == ("x",) and holds[1].start.utcoffset() is not None
    page.locator("table.holds tbody tr").first.get_by_role("button", name=re.compile("Remove")).click()
    page.wait_for_url(re.compile(r"done=holds_saved"))
    assert [h.reason for h in engine(server).school.holds] == ["inspection week"]
    assert len(server.rows("SELECT seq FROM audit_log WHERE action = 'school.holds_update'")) == 2
    shot(page, "admin-holds")
    assert_clean(page)
    page.context.close()


# -- rules, official accounts, tokens, the yearly review (helper H) ---------------------------

PUPIL_RULE = "upland/personal-no-individual-pupil-matters"
PUPIL_POST = "Well done Benjamin Okonkwo on the match today, so proud"


def check(server, text: str, handle: str = "@a_teacher", platform: str = "x"):
    from tests.conftest import make_post
    return engine(server).check(make_post(text, platform=platform, handle=handle, user="c.teacher",
                                          at=datetime.now(timezone.utc).isoformat()))


def test_rule_decisions(server, browser, demo_engine):  # noqa: F811
    assert check(server, PUPIL_POST).decision.value == "warn"
    server.ingest([proxy_event(PUPIL_POST, user="c.teacher", engine=demo_engine, ago=timedelta(hours=1),
                               event_id="pupil-warned")])
    page = browser.page()
    login(page, server.url, "adm")
    page.goto(server.url + "/admin")
    page.get_by_role("link", name="Rules and decisions").click()
    row = page.locator(f"tr[id='rule-{PUPIL_RULE}']")
    # Each rule shows the clause it cites and the message staff see, beside its two decisions.
    assert "Upland Primary School Social Media Policy" in row.locator("td.clause").inner_text()
    assert row.locator("td.message").inner_text().strip()
    personal = page.get_by_label(f"{PUPIL_RULE} on personal accounts")
    assert personal.input_value() == "warn"
    assert page.get_by_label(f"{PUPIL_RULE} on official accounts").input_value() == "allow"
    personal.select_option("block")
    # The what-if first: the logged warning would now be a block; nothing is saved yet.
    page.get_by_role("button", name="Show what would change").click()
    whatif = page.locator("section.whatif")
    assert whatif.is_visible(), page.inner_text("main")
    assert "warn → block" in whatif.inner_text()
    assert page.get_by_label(f"{PUPIL_RULE} on personal accounts").input_value() == "block"   # kept
    assert server.rows("SELECT key FROM settings WHERE key = 'school.rule_decisions'") == []
    assert check(server, PUPIL_POST).decision.value == "warn"
    shot(page, "admin-rules-whatif")
    page.get_by_role("button", name="Save decisions").click()
    page.wait_for_url(re.compile(r"done=rules_saved"))
    assert page.get_by_role("status").inner_text() == "Rule decisions saved and in force."
    assert page.get_by_label(f"{PUPIL_RULE} on personal accounts").input_value() == "block"
    assert "pack: warn" in page.locator(f"tr[id='rule-{PUPIL_RULE}']").inner_text()
    shot(page, "admin-rules")
    assert_clean(page)
    # In force at once: the same post is now blocked; only the changed rule is stored.
    assert check(server, PUPIL_POST).decision.value == "block"
    stored = server.rows("SELECT value FROM settings WHERE school_id = ? AND key = 'school.rule_decisions'", SCHOOL)
    assert len(stored) == 1 and list(json.loads(stored[0]["value"])) == [PUPIL_RULE]
    audit = server.rows("SELECT detail FROM audit_log WHERE action = 'school.rules_update'")
    assert len(audit) == 1 and PUPIL_RULE in audit[0]["detail"]

    # Back to the pack's own decision: nothing is stored any more.
    page.get_by_label(f"{PUPIL_RULE} on personal accounts").select_option("warn")
    page.get_by_role("button", name="Save decisions").click()
    page.wait_for_url(re.compile(r"done=rules_saved"))
    assert check(server, PUPIL_POST).decision.value == "warn"
    assert server.rows("SELECT key FROM settings WHERE key = 'school.rule_decisions'") == []
    assert len(server.rows("SELECT seq FROM audit_log WHERE action = 'school.rules_update'")) == 2

    # Another shipped pack, then back: the rules listed are the pack in force.
    page.get_by_label("Policy pack").select_option("e-act")
    page.get_by_role("button", name="Change pack").click()
    page.wait_for_url(re.compile(r"done=pack_saved"))
    assert page.get_by_role("status").inner_text() == "Policy pack changed and in force."
    assert engine(server).pack.id == "e-act" and page.locator(f"tr[id='rule-{PUPIL_RULE}']").count() == 0
    page.get_by_label("Policy pack").select_option("upland-primary")
    page.get_by_role("button", name="Change pack").click()
    page.wait_for_url(re.compile(r"done=pack_saved"))
    assert engine(server).pack.id == "upland-primary"
    assert_clean(page)
    page.context.close()


def test_official_accounts(server, browser):  # noqa: F811
    page = browser.page()
    login(page, server.url, "adm")
    page.goto(server.url + "/admin")
    page.get_by_role("link", name="Official accounts").click()
    assert page.locator("table.official tbody tr").count() == 2           # the demo config's two
    page.get_by_label("Platform").fill("instagram")
    page.get_by_role("button", name="Add account").click()
    handle = page.get_by_label("Handle")
    assert handle.get_attribute("aria-invalid") == "true"
    assert "handle, its id, or both" in page.locator("#" + handle.get_attribute("aria-describedby").split()[-1]).inner_text()
    page.get_by_label("Handle").fill("@HollinsParkInsta")
    page.get_by_role("button", name="Add account").click()
    page.wait_for_url(re.compile(r"done=official_saved"))
    assert page.locator("table.official tbody tr").count() == 3
    official = engine(server).school.config.official_accounts
    assert ("instagram", "@HollinsParkInsta") in [(a.platform, a.handle) for a in official]
    page.get_by_role("button", name="Remove x @HollinsParkPri").click()
    page.wait_for_url(re.compile(r"done=official_saved"))
    assert [a.platform for a in engine(server).school.config.official_accounts] == ["facebook", "instagram"]
    assert len(server.rows("SELECT seq FROM audit_log WHERE action = 'school.official_accounts_update'")) == 2
    shot(page, "admin-official")
    assert_clean(page)
    page.context.close()


def _ingest_with(server, token: str) -> int:
    import urllib.error
    import urllib.request
    event = proxy_event(BENIGN, user="c.teacher", engine=engine(server), ago=timedelta(minutes=1))
    body = json.dumps({"batch": uuid.uuid4().hex, "events": [event]}).encode()
    req = urllib.request.Request(server.url + "/api/v1/ingest", data=body, method="POST", headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status
    except urllib.error.HTTPError as e:
        return e.code


def test_proxy_and_extension_tokens(server, browser):  # noqa: F811
    page = browser.page()
    login(page, server.url, "adm")
    page.goto(server.url + "/admin")
    page.get_by_role("link", name="Proxies and extension tokens").click()
    page.get_by_role("button", name="Make token").click()                  # no name: refused
    name = page.get_by_label("What it is for")
    assert name.get_attribute("aria-invalid") == "true"
    page.get_by_label("Kind").select_option("proxy")
    page.get_by_label("What it is for").fill("annexe proxy")
    page.get_by_role("button", name="Make token").click()
    value = page.get_by_label("Token value").input_value()
    assert value.startswith("pwt_") and len(value) > 40
    assert "will not be shown again" in page.locator("section.created-token").inner_text()
    shot(page, "admin-tokens-created")
    assert_clean(page)
    assert _ingest_with(server, value) == 200                              # it works as a proxy's token
    row = server.rows("SELECT id, kind, name, token_hash FROM tokens WHERE name = 'annexe proxy'")[0]
    assert row["kind"] == "proxy" and value not in row["token_hash"]
    # Shown once: the list afterwards has the token but never its value.
    page.goto(server.url + "/admin/tokens")
    assert value not in page.content()
    listed = page.locator(f"#token-{row['id']}")
    assert "annexe proxy" in listed.inner_text() and "active" in listed.inner_text()
    listed.get_by_role("button", name=re.compile("Disable token")).click()
    page.wait_for_url(re.compile(r"done=token_disabled"))
    assert "disabled" in page.locator(f"#token-{row['id']}").inner_text()
    assert _ingest_with(server, value) == 401
    audit = server.rows("SELECT action, detail FROM audit_log WHERE target = ? ORDER BY seq", f"token:{row['id']}")
    assert [a["action"] for a in audit] == ["token.create", "token.disable"]
    assert all(value not in a["detail"] for a in audit)
    # Another school's token id, or a made-up one, answers 404.
    assert page.request.post(server.url + "/admin/tokens/999999/disable",
                             form={"_csrf": page.locator("input[name=_csrf]").first.input_value()},
                             headers={"Origin": server.url}).status == 404
    assert_clean(page)
    page.context.close()


def test_yearly_review(server, browser, demo_engine):  # noqa: F811
    server.account("dsl", "reviewer")
    flagged = proxy_event(PUPIL_POST, user="c.teacher", engine=demo_engine, ago=timedelta(minutes=5))
    assert flagged["findings"]
    server.ingest([flagged])
    year = datetime.now(timezone.utc).year
    page = browser.page()
    login(page, server.url, "dsl")
    page.goto(server.url + f"/review/yearly?year={year}")
    main = page.locator("main").inner_text()
    assert f"review {year}" in page.get_by_role("heading", level=1).inner_text()
    rules = page.locator("table.yearly-rules")
    assert PUPIL_RULE in rules.inner_text() and "Upland Primary School Social Media Policy" in rules.inner_text()
    categories = page.locator("table.yearly-categories").inner_text()
    assert "pupil_name" in categories
    assert page.locator("table.yearly-triage").inner_text().count("New") == 1
    assert "c.teacher" not in main and "Benjamin" not in main                # counts, no people
    shot(page, "yearly-review")
    assert_clean(page)
    doc = page.request.get(server.url + f"/review/yearly?year={year}&format=json")
    assert doc.status == 200 and "attachment" in doc.headers["content-disposition"]
    data = doc.json()
    assert data["year"] == year and data["pack"]["id"] == "upland-primary"
    assert data["findings"]["by_category"]["pupil_name"]["total"] >= 1
    assert sum(data["findings"]["flagged_by_month"]) == data["findings"]["events_by_kind"]["flagged"]
    changes = {c["action"] for c in data["changes"]["list"]}
    # Whatever earlier tests changed is listed by action; logins and reads are not changes.
    assert all(a.startswith(("school.", "token.", "account.", "declaration.")) for a in changes)
    assert "c.teacher" not in doc.text() and "Benjamin" not in doc.text()
    assert len(server.rows("SELECT seq FROM audit_log WHERE action = 'review.yearly_export'")) == 2
    assert page.goto(server.url + "/review/yearly?year=12").status == 400
    page.context.close()
    staff = browser.page()
    login(staff, server.url, "ct")
    assert staff.goto(server.url + f"/review/yearly?year={year}").status == 403
    staff.context.close()


def test_holds_what_if(server, browser):  # noqa: F811
    from zoneinfo import ZoneInfo
    server.ingest([proxy_event(BENIGN, user="c.teacher", engine=engine(server), ago=timedelta(minutes=30),
                               platform="facebook", handle="@HollinsParkPrimary", host="www.facebook.com",
                               event_id="official-recent")])
    holds_before = [h.model_dump(mode="json") for h in engine(server).school.holds]
    now = datetime.now(ZoneInfo("Europe/London"))
    page = browser.page()
    login(page, server.url, "adm")
    page.goto(server.url + "/admin/holds")
    page.get_by_label("From", exact=True).fill((now - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Until", exact=True).fill((now + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"))
    page.get_by_role("button", name="Show what would change").click()
    whatif = page.locator("section.whatif")
    assert whatif.is_visible(), page.inner_text("main")
    assert "posting_hold" in page.locator("table.counts").inner_text()
    assert "allow → block" in whatif.inner_text()
    rows = page.locator("table.whatif-events tbody tr")
    assert any("facebook" in rows.nth(i).inner_text() for i in range(rows.count()))
    # A preview saves nothing, and the form keeps what was typed.
    assert [h.model_dump(mode="json") for h in engine(server).school.holds] == holds_before
    assert page.get_by_label("From", exact=True).input_value() != ""
    shot(page, "admin-holds-whatif")
    assert_clean(page)
    page.context.close()


class TrustServer(UiServer):
    """The demo school and a second one (the same school config) on one server, as a trust runs it."""

    async def make_config(self):
        from server.config import School
        from tests.conftest import ROOT
        cfg = await super().make_config()
        cfg.schools.append(School(id="second-school", name="Second School", config=ROOT / "demo" / "school.yaml"))
        return cfg


@pytest.fixture(params=DIALECTS)
def trust_server(request, tmp_path_factory):
    s = start_server(request, tmp_path_factory, "ui-trust", TrustServer)
    yield s
    s.stop()


def test_trust_admin_picks_a_school(trust_server, browser):  # noqa: F811
    from server import keys
    from server.accounts import create_account
    from tests.e2e.uistack import PASSWORD
    server = trust_server
    server.loop.run(create_account(server.app[keys.DB], "trustadm", "admin", school_id=None, password=PASSWORD))
    page = browser.page()
    login(page, server.url, "trustadm")
    page.goto(server.url + "/admin")
    assert "choose the one to manage" in page.locator("main").inner_text()
    assert page.get_by_role("link", name="Rules and decisions").count() == 0
    page.get_by_label("School", exact=True).select_option("second-school")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"/admin\?school=second-school$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Admin: Second School"
    page.get_by_role("link", name="Rules and decisions").click()
    page.wait_for_url(re.compile(r"/admin/rules\?school=second-school$"))
    assert page.get_by_label("School", exact=True).input_value() == "second-school"
    page.get_by_label(f"{PUPIL_RULE} on official accounts").select_option("warn")
    page.get_by_role("button", name="Save decisions").click()
    page.wait_for_url(re.compile(r"/admin/rules\?school=second-school&done=rules_saved"))
    shot(page, "admin-trust-picker")
    assert_clean(page)
    schools = server.app[keys.SCHOOLS]

    def official(school):
        rule = next(r for r in schools[school].engine.pack.rules if r.id == PUPIL_RULE)
        return rule.decision.official.value
    assert (official("second-school"), official(SCHOOL)) == ("warn", "allow")
    assert [r["school_id"] for r in server.rows("SELECT school_id FROM settings")] == ["second-school"]
    # The yearly review has the picker too, and answers for the school picked.
    page.goto(server.url + "/review/yearly?school=second-school")
    assert "Second School" in page.get_by_role("heading", level=1).inner_text()
    assert page.get_by_label("School", exact=True).input_value() == "second-school"
    page.context.close()


def test_admin_pages_render_injection_inertly(server, browser):  # noqa: F811
    """What an admin types (a token's name, an official handle) is shown on the admin pages and
    in the yearly review; script in it does not run and fires no CSP violation."""
    from tests.e2e.test_ui import HANDLERS
    payload = '"><img src=x onerror=alert(1)><script>alert(2)</script>'
    page = browser.page()
    login(page, server.url, "adm")
    page.goto(server.url + "/admin/tokens")
    page.get_by_label("What it is for").fill("proxy " + payload)
    page.get_by_role("button", name="Make token").click()
    assert payload in page.locator("table.tokens").inner_text()           # shown as text
    page.goto(server.url + "/admin/official")
    page.get_by_label("Platform").fill("x")
    page.get_by_label("Handle").fill("@evil" + payload)
    page.get_by_role("button", name="Add account").click()
    page.wait_for_url(re.compile(r"done=official_saved"))
    assert "@evil" + payload in page.locator("table.official").inner_text()
    for path in ("/admin/tokens", "/admin/official", "/admin/rules", "/review/yearly"):
        page.goto(server.url + path)
        assert page.evaluate(HANDLERS) == [], path
        assert page.locator("main script").count() == 0, path
    assert page.dialogs == []
    assert_clean(page)
    page.goto(server.url + "/admin/official")                               # leave the school as it was
    page.get_by_role("button", name=re.compile("Remove x @evil")).click()
    page.wait_for_url(re.compile(r"done=official_saved"))
    page.context.close()


# -- staff list and logos (helper I) -----------------------------------------------------------

def staff_export(bad_line: int | None = None) -> bytes:
    """The demo staff list as an MIS exports it (Login, Forename, Surname, Job title, a BOM),
    with one more member of staff, and optionally a row missing its surname."""
    from tests.conftest import ROOT
    lines = (ROOT / "demo" / "staff.csv").read_text(encoding="utf-8").splitlines()
    lines[0] = "Login,Forename,Surname,Job title"
    lines.append("n.newton,Nia,Newton,Year 4 Teacher")
    if bad_line is not None:
        cells = lines[bad_line - 1].split(",")
        cells[2] = ""
        lines[bad_line - 1] = ",".join(cells)
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def test_staff_list_upload_with_a_bad_row(server, browser):  # noqa: F811
    before = [s.username for s in engine(server).school.staff]
    page = browser.page()
    login(page, server.url, "adm")
    page.goto(server.url + "/admin")
    page.get_by_role("link", name="Staff list").click()
    page.wait_for_url(re.compile(r"/admin/staff$"))
    # The staff in force, from the config file's staff.csv.
    assert page.locator("table.staff tbody tr").count() == len(before)
    assert "Year 6 Teacher" in page.locator("table.staff").inner_text()

    page.get_by_label("Staff CSV (the MIS export)").set_input_files(
        files=[{"name": "staff-export.csv", "mimeType": "text/csv", "buffer": staff_export(3)}])
    page.get_by_role("button", name="Upload and preview").click()
    page.wait_for_url(re.compile(r"/admin/staff$"))
    errors = page.locator("#staff-errors")
    assert "line 3: username, first_name and last_name are required" in errors.inner_text()
    assert page.locator("#staff-errors li").count() == 1
    assert page.get_by_role("button", name=re.compile("Confirm and apply")).is_disabled()
    assert page.locator("table.preview tbody tr").first.locator("th").inner_text() == "2"
    assert page.get_by_label("Role").input_value() == "Job title"            # a synonym, found by itself
    shot(page, "admin-staff-error")
    assert [s.username for s in engine(server).school.staff] == before       # nothing applied
    page.get_by_role("button", name="Discard this upload").click()
    page.wait_for_url(re.compile(r"done=staff_discarded"))

    page.get_by_label("Staff CSV (the MIS export)").set_input_files(
        files=[{"name": "staff-export.csv", "mimeType": "text/csv", "buffer": staff_export()}])
    page.get_by_role("button", name="Upload and preview").click()
    page.wait_for_url(re.compile(r"/admin/staff$"))
    count = len(before) + 1
    assert page.locator("#staff-ok").inner_text() == f"All {count} staff read without errors."
    shot(page, "admin-staff-preview")
    page.get_by_role("button", name=f"Confirm and apply {count} staff").click()
    page.wait_for_url(re.compile(r"done=staff_saved"))
    assert page.get_by_role("status").inner_text() == "Staff list saved and in force."
    staff = engine(server).school.staff
    assert [s.username for s in staff] == before + ["n.newton"]
    assert staff[-1].role == "Year 4 Teacher"
    assert "Nia" in page.locator("table.staff").inner_text() and "staff-export.csv" in page.locator("main").inner_text()
    audit = server.rows("SELECT action, detail FROM audit_log WHERE action LIKE 'school.staff%' ORDER BY seq")
    assert [r["action"] for r in audit] == ["school.staff_upload", "school.staff_upload", "school.staff_update"]
    assert json.loads(audit[-1]["detail"])["staff"] == count
    assert_clean(page)
    page.context.close()


def test_logo_upload_preview_and_in_force(server, browser):  # noqa: F811
    from policies.images.decode import decode
    from policies.images.logos import LogoMatcher, PhotoFeatures
    from tests.images.conftest import fixture_bytes
    crest = fixture_bytes("crest.png")
    assert engine(server).school.logos == []                                 # the demo config has none
    page = browser.page()
    login(page, server.url, "adm")
    page.goto(server.url + "/admin")
    page.get_by_role("link", name="Logos").click()
    page.wait_for_url(re.compile(r"/admin/logos$"))
    assert "No logos" in page.locator("main").inner_text()

    # Not an image: refused by its field, nothing stored.
    page.get_by_label("Logo image").set_input_files(
        files=[{"name": "crest.png", "mimeType": "image/png", "buffer": b"<svg onload=alert(1)>"}])
    page.get_by_role("button", name="Upload logo").click()
    field = page.get_by_label("Logo image")
    assert field.get_attribute("aria-invalid") == "true"
    assert "not a PNG or JPEG" in page.locator("#e-file").inner_text()
    assert server.rows("SELECT id FROM logos") == []

    page.get_by_label("Logo image").set_input_files(
        files=[{"name": "../Hollins crest.png", "mimeType": "image/png", "buffer": crest}])
    page.get_by_role("button", name="Upload logo").click()
    page.wait_for_url(re.compile(r"done=logo_saved"))
    (row,) = server.rows("SELECT id, filename, size FROM logos")
    assert row["filename"] == "Hollins crest.png" and row["size"] == len(crest)
    # The preview: the logo with its keypoints and tiles, drawn server-side, loaded and not cached.
    img = page.get_by_role("img", name=re.compile("Hollins crest.png"))
    img.wait_for()
    assert page.evaluate("(i) => i.complete && i.naturalWidth > 0", img.element_handle())
    resp = page.request.get(server.url + img.get_attribute("src"))
    assert resp.status == 200 and resp.headers["content-type"] == "image/png"
    assert resp.headers["cache-control"] == "no-store" and resp.body().startswith(b"\x89PNG")
    shot(page, "admin-logos")

    # In force: the engine's logos now hold the upload, and the matcher built from them (as the
    # logo detector builds it) finds the crest in a photo.
    logos = engine(server).school.logos
    assert [p.name for p in logos] == ["Hollins crest.png"] and logos[0].read_bytes() == crest
    matches = LogoMatcher.from_files(logos).find(PhotoFeatures(decode(fixture_bytes("crest_rot20_30.jpg"))))
    assert [m.logo for m in matches] == ["Hollins crest.png"]
    audit = server.rows("SELECT detail FROM audit_log WHERE action = 'school.logo_add'")
    assert json.loads(audit[0]["detail"])["id"] == row["id"]
    assert "data" not in json.loads(audit[0]["detail"])

    # A member of staff cannot see it.
    staff = browser.page()
    login(staff, server.url, "ct")
    assert staff.goto(server.url + img.get_attribute("src")).status == 403
    staff.context.close()

    page.get_by_role("button", name="Remove Hollins crest.png").click()
    page.wait_for_url(re.compile(r"done=logo_removed"))
    assert engine(server).school.logos == [] and server.rows("SELECT id FROM logos") == []
    assert len(server.rows("SELECT seq FROM audit_log WHERE action = 'school.logo_remove'")) == 1
    assert_clean(page)
    page.context.close()
