"""The school's official accounts (policy 004): the handles and ids that are the school's own,
so posts from them are judged by the rules' `official` decisions (stricter on branding and
pupils' images) and posting holds apply to them. The stored list replaces the config file's,
through the same OfficialAccount model the file's entries go through.
"""
from __future__ import annotations

import pydantic
from aiohttp import web

from policies.schooldata.config import OfficialAccount
from server import keys
from server.errors import ApiError
from server.school_data import EditError, save_section
from server.ui.admin import admin_school, save_and_reload, school_query
from server.ui.render import page, redirect, render

MAX_ACCOUNTS = 100
FIELDS = ("platform", "handle", "id")


def _current(request: web.Request, school: str) -> list[dict]:
    accounts = request.app[keys.SCHOOLS][school].engine.school.config.official_accounts
    return [a.model_dump(mode="json") for a in accounts]


def _page(request, school, status=200, form=None, errors=None):
    return render(request, "admin/official.html", status=status, accounts=_current(request, school),
                  form=form or {}, errors=errors or {}, q=school_query(request, school))


@page
async def official_page(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    return _page(request, school)


@page
async def official_submit(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    posted = await request.post()
    accounts = _current(request, school)
    if posted.get("remove") is not None:
        try:
            removed = accounts.pop(int(str(posted.get("remove"))))
        except (ValueError, IndexError):
            raise ApiError(404, "no such account") from None
        detail = {"removed": {k: removed.get(k) for k in FIELDS if removed.get(k)}, "accounts": len(accounts)}
        form, errors = {}, {}
    else:
        form = {k: str(posted.get(k, "")).strip()[:200] for k in FIELDS}
        errors: dict[str, str] = {}
        data = {k: (form[k] or None) for k in FIELDS}
        if data["platform"]:
            data["platform"] = data["platform"].lower()
        if not data["platform"]:
            errors["platform"] = "Enter the platform, e.g. x or facebook."
        elif not (data["handle"] or data["id"]):
            errors["handle"] = "Enter the account's handle, its id, or both."
        else:
            try:
                account = OfficialAccount.model_validate(data).model_dump(mode="json")
            except pydantic.ValidationError as e:
                errors["handle"] = "; ".join(err["msg"].removeprefix("Value error, ") for err in e.errors())
            else:
                if account in accounts:
                    errors["handle"] = "That account is already listed."
                accounts.append(account)
        if len(accounts) > MAX_ACCOUNTS:
            errors["platform"] = f"At most {MAX_ACCOUNTS} official accounts."
        if errors:
            return _page(request, school, 422, form, errors)
        detail = {"added": {k: data[k] for k in FIELDS if data[k]}, "accounts": len(accounts)}

    async def write(tx):
        await save_section(tx, school, "official_accounts", accounts)
    try:
        await save_and_reload(request, who, school, "school.official_accounts_update", write, detail,
                              official_accounts=accounts)
    except EditError as e:
        return _page(request, school, 422, form, {"handle": "; ".join(e.problems)})
    q = school_query(request, school)
    raise redirect("/admin/official" + q + ("&" if q else "?") + "done=official_saved")


def setup(app: web.Application) -> None:
    app.router.add_get("/admin/official", official_page)
    app.router.add_post("/admin/official", official_submit)
