"""The timetable editor: directed periods per weekday, terms, closure days and per-staff
timetables, with a what-if before saving.

Each field is checked by the functions the YAML loader uses (parse_week, the Term and
StaffOverride models), and the whole edit then by the loader itself (the school's engine is
rebuilt from file + edits), so an edit the server accepts is one a config file could hold,
and the other way round. On any error nothing is saved and each message sits by its field.
"""
from __future__ import annotations

import re
from datetime import date

import pydantic
from aiohttp import web

from policies.schooldata.config import StaffOverride, Term, TimetableConfig
from policies.schooldata.timetable import DAYS, parse_week
from server import keys
from server.school_data import EditError, engine_for, load_edits
from server.ui.admin import admin_school, save_and_reload, school_query
from server.ui.render import page, redirect, render
from server.whatif import REJUDGED, what_if

DAY_NAMES = dict(zip(DAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")))
MAX_FIELD = 20_000
_TERM = re.compile(r"^\s*(\S+)\s+(?:to|-|–)\s+(\S+)\s*$")
_OVERRIDE = re.compile(r"^\s*([^:\s]+)\s*:\s*(\S+)\s+(.*)$")


def _periods(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;]", text) if p.strip()]


def _msg(e: Exception) -> str:
    if isinstance(e, pydantic.ValidationError):
        return "; ".join(err["msg"].removeprefix("Value error, ") for err in e.errors())
    return str(e)


def form_from_config(tt, overrides) -> dict[str, str]:
    """The editor's fields from a timetable section (and staff_overrides), as text."""
    week = parse_week(dict(tt.get("directed") or {}))
    form = {"timezone": tt.get("timezone") or "Europe/London"}
    for i, day in enumerate(DAYS):
        form[f"day_{day}"] = ", ".join(str(p) for p in week.get(i, ()))
    form["terms"] = "\n".join(f"{t['start']} to {t['end']}" for t in tt.get("terms") or ())
    form["closures"] = "\n".join(str(d) for d in tt.get("closures") or ())
    lines = []
    for user, o in (overrides or {}).items():
        for spec, periods in o["directed"].items():
            lines.append(f"{user}: {spec} {', '.join(periods)}")
    form["overrides"] = "\n".join(lines)
    return form


def parse_form(form: dict[str, str]) -> tuple[dict, dict, dict[str, str]]:
    """(timetable section, staff_overrides section, errors by field name)."""
    errors: dict[str, str] = {}
    directed: dict[str, list[str]] = {}
    for day in DAYS:
        periods = _periods(form.get(f"day_{day}", ""))
        if periods:
            try:
                parse_week({day: periods})
                directed[day] = periods
            except ValueError as e:
                errors[f"day_{day}"] = str(e)
    terms = []
    for n, line in enumerate(form.get("terms", "").splitlines(), 1):
        if not line.strip():
            continue
        m = _TERM.match(line)
        if not m:
            errors["terms"] = f"line {n}: write a term as 2026-09-03 to 2026-10-23"
            break
        try:
            term = Term.model_validate({"start": m.group(1), "end": m.group(2)})
            terms.append({"start": term.start.isoformat(), "end": term.end.isoformat()})
        except pydantic.ValidationError as e:
            errors["terms"] = f"line {n}: {_msg(e)}"
            break
    closures = []
    for n, token in enumerate(re.split(r"[\s,]+", form.get("closures", "").strip()), 1):
        if token:
            try:
                closures.append(date.fromisoformat(token).isoformat())
            except ValueError:
                errors["closures"] = f"{token[:40]!r} is not a date like 2026-11-27"
                break
    tt = {"timezone": form.get("timezone", "").strip(), "directed": directed, "terms": terms, "closures": closures}
    try:
        TimetableConfig.model_validate({"timezone": tt["timezone"]})
    except pydantic.ValidationError as e:
        errors["timezone"] = _msg(e)
    overrides: dict[str, dict] = {}
    for n, line in enumerate(form.get("overrides", "").splitlines(), 1):
        if not line.strip():
            continue
        m = _OVERRIDE.match(line)
        if not m:
            errors["overrides"] = f"line {n}: write p.patel: mon-wed 08:50-10:30, 10:45-12:00"
            break
        user, spec, periods = m.groups()
        week = overrides.setdefault(user, {"directed": {}})["directed"]
        week[spec] = _periods(periods)
        try:
            StaffOverride.model_validate({"directed": week})
        except pydantic.ValidationError as e:
            errors["overrides"] = f"line {n}: {_msg(e)}"
            break
    if not errors:
        try:
            TimetableConfig.model_validate(tt)      # the loader's own check of the whole section
        except pydantic.ValidationError as e:
            errors["form"] = _msg(e)
    return tt, overrides, errors


async def _current(request: web.Request, school: str) -> dict[str, str]:
    edits = await load_edits(request.app[keys.DB], school)
    config = request.app[keys.SCHOOLS][school].engine.school.config
    tt = edits.get("timetable") or config.timetable.model_dump(mode="json")
    overrides = edits.get("staff_overrides")
    if overrides is None:
        overrides = {u: o.model_dump(mode="json") for u, o in config.staff_overrides.items()}
    return form_from_config(tt, overrides)


def _days(value: str | None) -> int:
    try:
        return min(max(int(value or 14), 1), 92)
    except ValueError:
        return 14


@page
async def editor(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    return render(request, "admin/timetable.html", form=await _current(request, school), errors={},
                  days=DAY_NAMES, whatif=None, n_days=14, q=school_query(request, school), rejudged=REJUDGED)


@page
async def submit(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    app = request.app
    posted = await request.post()
    form = {k: str(posted.get(k, ""))[:MAX_FIELD] for k in
            ["timezone", "terms", "closures", "overrides", *(f"day_{d}" for d in DAYS)]}
    n_days = _days(str(posted.get("days", "")))
    tt, overrides, errors = parse_form(form)
    whatif = None
    if not errors:
        try:
            if posted.get("action") == "save":
                detail = {"sections": ["timetable", "staff_overrides"],
                          "directed_days": sorted(tt["directed"]), "terms": len(tt["terms"]),
                          "closures": len(tt["closures"]), "overridden_staff": len(overrides)}

                async def write(tx):
                    from server.school_data import save_section
                    await save_section(tx, school, "timetable", tt)
                    await save_section(tx, school, "staff_overrides", overrides)
                await save_and_reload(request, who, school, "school.timetable_update", write, detail,
                                      timetable=tt, staff_overrides=overrides)
                raise redirect("/admin/timetable" + school_query(request, school) +
                               ("&" if school_query(request, school) else "?") + "done=timetable_saved")
            engine = await engine_for(app[keys.DB], school, app[keys.SCHOOLS][school].config_path,
                                      timetable=tt, staff_overrides=overrides)
            whatif = await what_if(app[keys.DB], school, engine, app[keys.CLOCK](), n_days)
        except EditError as e:
            errors["form"] = "; ".join(e.problems)
    status = 422 if errors else 200
    return render(request, "admin/timetable.html", status=status, form=form, errors=errors, days=DAY_NAMES,
                  whatif=whatif, n_days=n_days, q=school_query(request, school), rejudged=REJUDGED)


def setup(app: web.Application) -> None:
    app.router.add_get("/admin/timetable", editor)
    app.router.add_post("/admin/timetable", submit)
