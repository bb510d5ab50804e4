"""Each rule's decision (allow / warn / block, for personal and for official accounts).

The pack is the trust's policy as data; a school may decide differently for a rule, e.g. warn
where the pack blocks, while it rolls out. The choice is stored as the school's
`rule_decisions` document (server/school_data.py) and applied over the pack when the engine
is built, so the check API, the proxy's verdicts and the what-if all use it at once. Only
rules whose choice differs from the pack's are stored, so a pack upgrade still reaches every
rule the school has not decided on. The page shows what each rule carries (its clause and
the message staff see) beside the choice, and a what-if re-judges the last fortnight's logged
events with the edited choices before they are saved (server/whatif.py).
"""
from __future__ import annotations

import asyncio

from aiohttp import web

from policies.model import Decision
from policies.pack import Pack, load_pack, shipped_pack_ids
from server import keys
from server.school_data import EditError, delete_section, engine_for, load_edits, save_section
from server.ui.admin import admin_school, save_and_reload, school_query
from server.ui.render import page, redirect, render
from server.whatif import REJUDGED, what_if

CHOICES = tuple(d.value for d in Decision)
KINDS = ("personal", "official")
WHATIF_DAYS = 14


async def file_pack(request: web.Request, school: str) -> Pack:
    """The pack as its file says, before the school's choices (the page marks the difference)."""
    engine = request.app[keys.SCHOOLS][school].engine
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, load_pack, engine.school.config.pack, engine.school.base_dir)


def rule_rows(pack_in_force: Pack, pack_file: Pack) -> list[dict]:
    defaults = {r.id: r.decision for r in pack_file.rules}
    rows = []
    for rule in pack_in_force.rules:
        default = defaults.get(rule.id, rule.decision)
        rows.append({
            "id": rule.id, "category": rule.category, "status": rule.status.value, "severity": rule.severity.value,
            "clause": pack_in_force.cite(rule), "note": rule.clause.note, "message": rule.message,
            "decision": {k: getattr(rule.decision, k).value for k in KINDS},
            "default": {k: getattr(default, k).value for k in KINDS},
        })
    return rows


async def _page(request, school, status=200, errors=None, shown: Pack | None = None, whatif=None):
    """The page; `shown` is the pack with the edited choices when previewing them."""
    pack = shown or request.app[keys.SCHOOLS][school].engine.pack
    rows = rule_rows(pack, await file_pack(request, school))
    return render(request, "admin/rules.html", status=status, pack=pack, rules=rows, choices=CHOICES,
                  packs=shipped_pack_ids(),
                  kinds=KINDS, errors=errors or {}, q=school_query(request, school), whatif=whatif,
                  rejudged=REJUDGED)


@page
async def rules_page(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    return await _page(request, school)


@page
async def rules_submit(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    posted = await request.post()
    engine = request.app[keys.SCHOOLS][school].engine
    pack_file = await file_pack(request, school)
    defaults = {r.id: r.decision for r in pack_file.rules}
    chosen: dict[str, dict[str, str]] = {}
    errors: dict[str, str] = {}
    for rule in engine.pack.rules:
        picked = {}
        for kind in KINDS:
            field = f"{rule.id}:{kind}"
            value = str(posted.get(field, getattr(rule.decision, kind).value))
            if value not in CHOICES:
                errors[field] = f"Choose one of {', '.join(CHOICES)}."
            picked[kind] = value
        default = defaults.get(rule.id)
        if default is None or any(picked[k] != getattr(default, k).value for k in KINDS):
            chosen[rule.id] = picked
    if errors:
        return await _page(request, school, 422, errors)
    if posted.get("action") == "preview":
        # The last fortnight's logged events judged with these choices; nothing is saved.
        app = request.app
        try:
            edited = await engine_for(app[keys.DB], school, app[keys.SCHOOLS][school].config_path,
                                      rule_decisions=chosen or None)
        except EditError as e:
            return await _page(request, school, 422, {"_form": "; ".join(e.problems)})
        whatif = await what_if(app[keys.DB], school, edited, app[keys.CLOCK](), WHATIF_DAYS)
        return await _page(request, school, 200, shown=edited.pack, whatif=whatif)
    rows = rule_rows(engine.pack, pack_file)
    # What this save changes, rule by rule: to a choice of the school's, or back to the pack's.
    changed = {r["id"]: chosen.get(r["id"], "pack default") for r in rows
               if r["decision"] != chosen.get(r["id"], r["default"])}
    detail = {"pack": engine.pack.id, "changed": changed, "overridden": len(chosen)}

    async def write(tx):
        if chosen:
            await save_section(tx, school, "rule_decisions", chosen)
        else:
            await delete_section(tx, school, "rule_decisions")
    try:
        await save_and_reload(request, who, school, "school.rules_update", write, detail,
                              rule_decisions=chosen or None)
    except EditError as e:
        return await _page(request, school, 422, {"_form": "; ".join(e.problems)})
    q = school_query(request, school)
    raise redirect("/admin/rules" + q + ("&" if q else "?") + "done=rules_saved")


@page
async def pack_submit(request: web.Request) -> web.StreamResponse:
    """Choose the school's pack among the shipped ones (an id, never a path: a pack file is the
    trust's, installed with the server). The school's rule decisions belong to the old pack's
    rules, so they are dropped with the change, and the audit row says how many."""
    who, school = admin_school(request)
    posted = await request.post()
    chosen = str(posted.get("pack", ""))
    if chosen not in shipped_pack_ids():
        return await _page(request, school, 422, {"pack": "Choose one of the listed packs."})
    engine = request.app[keys.SCHOOLS][school].engine
    stored = (await load_edits(request.app[keys.DB], school)).get("rule_decisions") or {}
    detail = {"from": engine.pack.id, "to": chosen, "rule_decisions_dropped": len(stored)}

    async def write(tx):
        await save_section(tx, school, "pack", chosen)
        await delete_section(tx, school, "rule_decisions")
    try:
        await save_and_reload(request, who, school, "school.pack_update", write, detail, pack=chosen,
                              rule_decisions=None)
    except EditError as e:
        return await _page(request, school, 422, {"pack": "; ".join(e.problems)})
    q = school_query(request, school)
    raise redirect("/admin/rules" + q + ("&" if q else "?") + "done=pack_saved")


def setup(app: web.Application) -> None:
    app.router.add_post("/admin/rules/pack", pack_submit)
    app.router.add_get("/admin/rules", rules_page)
    app.router.add_post("/admin/rules", rules_submit)
