"""Rule decisions, official accounts, tokens and the yearly review through the real app on
SQLite and PostgreSQL (the browser tests in tests/e2e/test_ui_admin.py drive the same pages):
a decision is stored only where it differs from the pack, is in force at once and after a
restart, a stale rule id is ignored, bad input saves nothing; tokens made and disabled from
the UI are the CLI's tokens; the yearly document counts without naming anyone."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from server import keys
from server.school_data import EditError, apply_rule_decisions
from tests.server.helpers import login, make_account

SCHOOL = "hollins-park"
RULE = "upland/personal-no-individual-pupil-matters"


def rule(app, rule_id=RULE):
    return next(r for r in app[keys.SCHOOLS][SCHOOL].engine.pack.rules if r.id == rule_id)


async def test_rule_decision_stored_in_force_and_after_restart(client, server_config, clock, aiohttp_client_factory):
    await make_account(client, "adm", "admin")
    headers = await login(client, "adm")
    bad = await client.post("/admin/rules", data={f"{RULE}:personal": "explode", "action": "save"}, headers=headers,
                            allow_redirects=False)
    assert bad.status == 422 and "Choose one of allow, warn, block" in await bad.text()
    assert await client.app[keys.DB].fetch("SELECT key FROM settings") == []

    ok = await client.post("/admin/rules", data={f"{RULE}:personal": "block", "action": "save"}, headers=headers,
                           allow_redirects=False)
    assert ok.status == 303 and "done=rules_saved" in ok.headers["Location"]
    assert rule(client.app).decision.personal.value == "block"
    rows = await client.app[keys.DB].fetch("SELECT school_id, value FROM settings WHERE key = 'school.rule_decisions'")
    assert [(r["school_id"], json.loads(r["value"])) for r in rows] == [
        (SCHOOL, {RULE: {"personal": "block", "official": "allow"}})]
    audit = await client.app[keys.DB].fetch("SELECT detail FROM audit_log WHERE action = 'school.rules_update'")
    assert len(audit) == 1 and json.loads(audit[0]["detail"])["changed"] == {RULE: {"personal": "block",
                                                                                   "official": "allow"}}
    from server.app import create_app
    other = await aiohttp_client_factory(create_app(server_config, clock=clock))
    assert rule(other.app).decision.personal.value == "block"


async def test_apply_rule_decisions_ignores_stale_rules_and_refuses_bad_values(client):
    pack = client.app[keys.SCHOOLS][SCHOOL].engine.pack
    same = apply_rule_decisions(pack, {"upland/gone-in-this-version": {"personal": "block"}})
    assert [r.decision for r in same.rules] == [r.decision for r in pack.rules]
    try:
        apply_rule_decisions(pack, {RULE: {"personal": "maybe"}})
    except EditError as e:
        assert RULE in e.problems[0]
    else:
        raise AssertionError("a bad decision was accepted")


async def test_tokens_from_the_ui_are_the_cli_tokens(client):
    await make_account(client, "adm", "admin")
    headers = await login(client, "adm")
    made = await client.post("/admin/tokens", data={"kind": "extension", "name": "staff laptops"}, headers=headers)
    page = await made.text()
    assert made.status == 200 and "pwt_" in page and made.headers["Cache-Control"] == "no-store"
    value = page.split('id="token-value" class="token-value" value="')[1].split('"')[0]
    row = await client.app[keys.DB].fetchrow("SELECT id, kind, disabled_at FROM tokens WHERE name = 'staff laptops'")
    assert row["kind"] == "extension" and row["disabled_at"] is None
    cfg = await client.get("/api/v1/extension/config", headers={"Authorization": f"Bearer {value}"})
    assert cfg.status == 200
    off = await client.post(f"/admin/tokens/{row['id']}/disable", data={}, headers=headers, allow_redirects=False)
    assert off.status == 303
    assert (await client.get("/api/v1/extension/config", headers={"Authorization": f"Bearer {value}"})).status == 401
    actions = [r["action"] for r in await client.app[keys.DB].fetch(
        "SELECT action FROM audit_log WHERE target = ? ORDER BY seq", f"token:{row['id']}")]
    assert actions == ["token.create", "token.disable"]
    # A second disable changes nothing and audits nothing; a reviewer cannot do it at all.
    await client.post(f"/admin/tokens/{row['id']}/disable", data={}, headers=headers, allow_redirects=False)
    assert len(await client.app[keys.DB].fetch("SELECT seq FROM audit_log WHERE action = 'token.disable'")) == 1
    await make_account(client, "rev", "reviewer")
    rev = await login(client, "rev")
    assert (await client.post(f"/admin/tokens/{row['id']}/disable", data={}, headers=rev,
                              allow_redirects=False)).status == 403


async def test_yearly_review_document(client):
    await make_account(client, "rev", "reviewer")
    await login(client, "rev")
    year = datetime.now(timezone.utc).year
    resp = await client.get(f"/review/yearly?year={year}&format=json")
    assert resp.status == 200
    doc = await resp.json()
    assert doc["year"] == year and doc["pack"]["id"] == "upland-primary"
    assert {r["id"] for r in doc["pack"]["rules"]} >= {RULE}
    assert len(doc["findings"]["flagged_by_month"]) == 12
    assert (await client.get("/review/yearly?year=abcd")).status == 400
    assert (await client.get("/review/yearly?year=2026&format=xml")).status == 400
    audit = await client.app[keys.DB].fetch("SELECT detail FROM audit_log WHERE action = 'review.yearly_export'")
    assert [json.loads(a["detail"]) for a in audit] == [{"year": year, "format": "json"}]


async def test_pack_choice_drops_the_old_packs_decisions(client):
    await make_account(client, "adm", "admin")
    headers = await login(client, "adm")
    await client.post("/admin/rules", data={f"{RULE}:personal": "block", "action": "save"}, headers=headers,
                      allow_redirects=False)
    bad = await client.post("/admin/rules/pack", data={"pack": "../../etc/passwd"}, headers=headers,
                            allow_redirects=False)
    assert bad.status == 422 and "Choose one of the listed packs" in await bad.text()
    assert client.app[keys.SCHOOLS][SCHOOL].engine.pack.id == "upland-primary"
    ok = await client.post("/admin/rules/pack", data={"pack": "e-act"}, headers=headers, allow_redirects=False)
    assert ok.status == 303 and "done=pack_saved" in ok.headers["Location"]
    assert client.app[keys.SCHOOLS][SCHOOL].engine.pack.id == "e-act"
    keys_stored = {r["key"] for r in await client.app[keys.DB].fetch("SELECT key FROM settings")}
    assert keys_stored == {"school.pack"}
    audit = await client.app[keys.DB].fetch("SELECT detail FROM audit_log WHERE action = 'school.pack_update'")
    assert [json.loads(a["detail"]) for a in audit] == [{"from": "upland-primary", "to": "e-act",
                                                         "rule_decisions_dropped": 1}]
    page = await (await client.get("/admin/rules")).text()
    assert 'value="e-act" selected' in page
