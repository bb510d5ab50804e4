"""The admin's upload of a school CSV (the pupil roster, the staff list): upload, check,
map columns, then confirm or discard, with nothing applied until the admin confirms.

One flow serves both lists; each is a `CsvUploadFlow` that says which edits document it
writes, which loader reads it (the one a config file's CSV goes through, so an upload is
accepted exactly when the same file named in the config would load) and what the page calls
its rows. Until confirmed, an upload waits as the school's `<section>_pending` document;
confirming makes it the `<section>` document, which replaces the file's list in the engine.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from server import keys
from server.errors import ApiError
from server.school_data import EditError, delete_section, load_edits, save_section
from server.ui import csv_upload
from server.ui.admin import admin_school, save_and_reload, school_query
from server.ui.render import page, redirect, render


@dataclass(frozen=True)
class CsvUploadFlow:
    #: The edits document and the URL: "roster" is /admin/roster and `roster_pending`.
    section: str
    #: What a row is, counted on the page and in the audit row ("pupils", "staff").
    noun: str
    fields: tuple[str, ...]
    required: tuple[str, ...]
    labels: dict[str, str]
    #: The config file's loader for this CSV: reader(path, columns, text=...) -> rows.
    reader: Callable[..., list]
    #: Its page, which includes admin/_csv_upload.html.
    template: str
    #: The rows in force, from the school data the engine was built with.
    in_force: Callable[[Any], Sequence]

    @property
    def path(self) -> str:
        return f"/admin/{self.section}"

    @property
    def pending_key(self) -> str:
        return f"{self.section}_pending"

    def inspect(self, pending: dict) -> dict:
        """Headers, the mapping in effect, a preview of the first rows and every problem, by line."""
        return csv_upload.inspect(pending, self.fields, self.required, self.reader)

    def setup(self, app: web.Application) -> None:
        r = app.router
        r.add_get(self.path, page(self.view))
        r.add_post(self.path, page(self.upload))
        r.add_post(self.path + "/columns", page(self.map_columns))
        r.add_post(self.path + "/confirm", page(self.confirm))
        r.add_post(self.path + "/discard", page(self.discard))

    # -- the handlers ---------------------------------------------------------------------

    async def view(self, request: web.Request) -> web.Response:
        who, school = admin_school(request)
        edits = await load_edits(request.app[keys.DB], school)
        return self._render(request, school, edits, edits.get(self.pending_key))

    async def upload(self, request: web.Request) -> web.StreamResponse:
        who, school = admin_school(request)
        pending, size = await csv_upload.read_csv_upload(request, self.section, f"{self.section}.csv")
        async with request.app[keys.DB].transaction() as tx:
            await save_section(tx, school, self.pending_key, pending)
            await request.app[keys.AUDIT].record(who.actor, f"school.{self.section}_upload", school_id=school,
                                                 target=f"school:{school}", detail={"bytes": size}, tx=tx)
        await request.app[keys.AUDIT].sync_head()
        raise self._back(request, school)

    async def map_columns(self, request: web.Request) -> web.StreamResponse:
        who, school = admin_school(request)
        db = request.app[keys.DB]
        pending = (await load_edits(db, school)).get(self.pending_key)
        if pending is None:
            raise self._back(request, school)
        form = await request.post()
        headers = self.inspect({"text": pending["text"], "columns": {}})["headers"]
        columns = {}
        for f in self.fields:
            chosen = str(form.get(f"col_{f}", ""))
            if chosen:
                if chosen not in headers:
                    raise ApiError(422, f"{self.labels[f]}: the file has no such column.")
                columns[f] = chosen
        pending["columns"] = columns
        await save_section(db, school, self.pending_key, pending)
        raise self._back(request, school)

    async def confirm(self, request: web.Request) -> web.StreamResponse:
        who, school = admin_school(request)
        db = request.app[keys.DB]
        edits = await load_edits(db, school)
        pending = edits.get(self.pending_key)
        if pending is None:
            raise self._back(request, school)
        info = self.inspect(pending)
        if info["problems"]:
            raise ApiError(422, "The upload has errors; correct the file or the column mapping first.")

        async def write(tx):
            await save_section(tx, school, self.section, pending)
            await delete_section(tx, school, self.pending_key)
        try:
            await save_and_reload(request, who, school, f"school.{self.section}_update", write,
                                  {self.noun: info["count"], "columns": sorted(pending.get("columns") or {})},
                                  **{self.section: pending})
        except EditError as e:
            return self._render(request, school, edits, pending, 422, "; ".join(e.problems))
        raise self._back(request, school, f"{self.section}_saved")

    async def discard(self, request: web.Request) -> web.StreamResponse:
        who, school = admin_school(request)
        await delete_section(request.app[keys.DB], school, self.pending_key)
        raise self._back(request, school, f"{self.section}_discarded")

    # -- helpers --------------------------------------------------------------------------

    def _render(self, request: web.Request, school: str, edits: dict, pending: dict | None,
                status: int = 200, error: str | None = None) -> web.Response:
        rows = self.in_force(request.app[keys.SCHOOLS][school].engine.school)
        stored = edits.get(self.section)
        source = (stored.get("filename") or "an upload") if stored else "the config file"
        return render(request, self.template, status=status, rows=rows, source=source, pending=pending,
                      info=self.inspect(pending) if pending else None, fields=self.fields,
                      labels=self.labels, required=self.required, section=self.section, noun=self.noun,
                      q=school_query(request, school), error=error)

    def _back(self, request: web.Request, school: str, done: str | None = None) -> web.HTTPSeeOther:
        q = school_query(request, school)
        if done:
            q += ("&" if q else "?") + "done=" + done
        return redirect(self.path + q)
