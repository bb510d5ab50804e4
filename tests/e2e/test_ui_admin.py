"""The admin pages in a real browser: headless Debian Chromium (Playwright) against the real
app on loopback, events ingested through the proxy API.

Covers: editing the timetable (an error shown by its field, nothing saved), reading the
what-if over the logged events, saving it and the engine in force changing; uploading a
roster with one bad row and seeing its line number, then mapping an unknown header and
confirming; a member of staff declaring a relationship from /me and an admin approving it,
after which the engine knows the declaration. Screenshots go to tests/_artifacts/ui-admin-*.png.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from tests.e2e.test_ui import assert_clean, browser  # noqa: F401 (a fixture)
from tests.e2e.uistack import SCHOOL, UiServer, login, proxy_event, shot

BENIGN = "Marking done, tea brewing. Good night all."


@pytest.fixture(scope="module")
def server(tmp_path_factory, demo_engine):
    s = UiServer(tmp_path_factory.mktemp("ui-admin")).start()
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
    """The demo roster as an MIS exports it: other headers (one, 'Pupil Year', unknown to the
    synonyms), Excel's UTF-8 BOM, and optionally an impossible date of birth on one line."""
    from tests.conftest import ROOT
    lines = (ROOT / "demo" / "roster.csv").read_text(encoding="utf-8").splitlines()
    lines[0] = "Legal Forename,Legal Surname,Preferred Forename,Pupil Year,DOB,Photo Consent,Name Consent,Handles"
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

    # The corrected file: 'Pupil Year' is not a known header, so the admin maps it.
    page.get_by_label("Roster CSV (the MIS export)").set_input_files(
        files=[{"name": "sims-export.csv", "mimeType": "text/csv", "buffer": mis_export()}])
    page.get_by_role("button", name="Upload and preview").click()
    page.wait_for_url(re.compile(r"/admin/roster$"))
    assert "Pupil Year" in page.locator("#h-unmapped").inner_text()
    assert page.get_by_label("Date of birth").input_value() == "DOB"        # a synonym, found by itself
    page.get_by_label("Year group").select_option("Pupil Year")
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
