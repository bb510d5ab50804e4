"""School data that admins edit in the web UI, stored in the database and applied on top of
the school's config file.

A trust runs several servers on one PostgreSQL, so an edit made through one server must not
live in that server's files: each edited section is one JSON document in the `settings`
table, keyed `school.<section>` under the school's id (row-scoped like everything else), and
approved declarations are rows of the `declarations` table. The file config stays the base
(it names the pack, the roster file, the logos); a stored section replaces the file's
section whole, so what is in force is always "the file, then these documents".

Every edited config goes through the same pydantic models and the same school loader as the
YAML file (policies/schooldata/config.py, school.py), so the rules an admin's edit must pass
cannot drift from the rules a config file must pass.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pydantic

from policies.engine import Engine
from policies.errors import ConfigError, key_path
from policies.pack import DecisionByAccount, Pack, load_pack
from policies.schooldata.config import Config, read_config
from policies.schooldata.roster import read_roster, read_staff
from policies.schooldata.school import build_school
from server.db import Queries, now_ts

PREFIX = "school."
#: Config sections an admin may replace. `roster` is not a config section: it is an uploaded
#: CSV ({"text", "columns", "filename"}) that replaces the roster file's pupils.
SECTIONS = ("timetable", "staff_overrides", "holds", "official_accounts", "roster", "staff", "rule_decisions",
            "pack", "logos")
#: `logos` is the config file's logos that are kept (an admin removed the others); logos
#: uploaded in the web UI are rows of the `logos` table (stored_logos) and join them.
#: Sections that are not config sections (applied by build_engine, not merged into Config).
#: `rule_decisions` is {rule id: {"personal": d, "official": d}}: the school's decision for a
#: rule of its pack in place of the pack's own (apply_rule_decisions).
#: `staff` is an uploaded staff CSV, like `roster`, that replaces the staff file's list.
NOT_CONFIG = ("roster", "staff", "rule_decisions")


class EditError(ValueError):
    """An edit that would not load, with each problem as the loader words it."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


async def load_edits(q: Queries, school_id: str) -> dict[str, Any]:
    rows = await q.fetch("SELECT key, value FROM settings WHERE school_id = ? AND key LIKE ?",
                         school_id, PREFIX + "%")
    return {r["key"][len(PREFIX):]: json.loads(r["value"]) for r in rows
            if r["key"][len(PREFIX):] in SECTIONS or r["key"].endswith("_pending")}


async def save_section(q: Queries, school_id: str, section: str, value: Any) -> None:
    await q.execute("INSERT INTO settings (school_id, key, value, updated_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (school_id, key) DO UPDATE SET value = excluded.value, "
                    "updated_at = excluded.updated_at",
                    school_id, PREFIX + section, json.dumps(value, ensure_ascii=False), now_ts())


async def delete_section(q: Queries, school_id: str, section: str) -> None:
    await q.execute("DELETE FROM settings WHERE school_id = ? AND key = ?", school_id, PREFIX + section)


async def approved_declarations(q: Queries, school_id: str) -> list[dict[str, Any]]:
    rows = await q.fetch("SELECT staff_ref, pupil, relationship FROM declarations "
                         "WHERE school_id = ? AND state = 'approved' ORDER BY id", school_id)
    return [{"user": r["staff_ref"], "pupil": r["pupil"], "context": r["relationship"]} for r in rows]


def merged_config(base: Config, edits: dict[str, Any], declarations: list[dict[str, Any]]) -> Config:
    """The file's config with the stored sections in place of its own, validated whole."""
    data = base.model_dump(mode="json")
    for section in SECTIONS:
        if section in edits and section not in NOT_CONFIG:
            data[section] = edits[section]
    data["declarations"] = list(data.get("declarations") or []) + list(declarations)
    try:
        return Config.model_validate(data)
    except pydantic.ValidationError as e:
        raise EditError([f"{key_path(err['loc'])}: {err['msg']}" for err in e.errors()]) from e


def build_engine(config_path: Path, edits: dict[str, Any], declarations: list[dict[str, Any]],
                 logos: list[dict[str, Any]] | None = None) -> Engine:
    """The school's engine from its file config plus the stored edits and uploaded logos
    (slow: run it in a thread)."""
    config = merged_config(read_config(config_path), edits, declarations)
    try:
        pupils = staff = None
        roster = edits.get("roster")
        if roster:
            pupils = read_roster(Path(roster.get("filename") or "uploaded roster"), roster.get("columns") or {},
                                 text=roster["text"])
        staff_csv = edits.get("staff")
        if staff_csv:
            staff = read_staff(Path(staff_csv.get("filename") or "uploaded staff list"),
                               staff_csv.get("columns") or {}, text=staff_csv["text"])
        school = build_school(config, config_path, pupils, staff, [logo_file(x) for x in logos or ()])
        pack = apply_rule_decisions(load_pack(config.pack, relative_to=school.base_dir),
                                    edits.get("rule_decisions") or {})
        return Engine(school, pack)
    except ConfigError as e:
        raise EditError(e.problems) from e


def apply_rule_decisions(pack: Pack, decisions: dict[str, Any]) -> Pack:
    """The pack with the school's own decision for some of its rules. A stored decision for
    a rule the pack no longer has (the pack was upgraded) is ignored, not an error, so a pack
    change never stops the school's engine loading; the rules page shows only current rules."""
    if not decisions:
        return pack
    rules = []
    for rule in pack.rules:
        chosen = decisions.get(rule.id)
        if chosen:
            try:
                decision = DecisionByAccount.model_validate({**rule.decision.model_dump(mode="json"), **chosen})
            except pydantic.ValidationError as e:
                raise EditError([f"rule_decisions.{rule.id}.{key_path(err['loc'])}: {err['msg']}"
                                 for err in e.errors()]) from e
            rule = rule.model_copy(update={"decision": decision})
        rules.append(rule)
    return pack.model_copy(update={"rules": tuple(rules)})


#: Where uploaded logos are written for the logo matcher, which reads files. Only a cache:
#: the database holds the logos, and each file is named by its content's hash.
_LOGO_CACHE: Path | None = None


def logo_file(logo: dict[str, Any]) -> Path:
    """An uploaded logo ({"filename", "data"}) as a file the logo matcher can read, under its
    own name (the name a finding reports), in a private folder named by its content."""
    global _LOGO_CACHE
    if _LOGO_CACHE is None:
        _LOGO_CACHE = Path(tempfile.mkdtemp(prefix="postwarden-logos-"))
    data = bytes(logo["data"])
    folder = _LOGO_CACHE / hashlib.sha256(data).hexdigest()
    path = folder / Path(logo["filename"]).name
    if not path.is_file():
        folder.mkdir(mode=0o700, exist_ok=True)
        tmp = folder / f".{os.getpid()}.tmp"
        tmp.write_bytes(data)
        tmp.replace(path)
    return path


async def stored_logos(q: Queries, school_id: str, with_data: bool = True) -> list[dict[str, Any]]:
    """The school's uploaded logos, oldest first (metadata only unless `with_data`)."""
    cols = "id, filename, content_type, size, sha256, width, height, created_at" + (", data" if with_data else "")
    return [dict(r) for r in await q.fetch(f"SELECT {cols} FROM logos WHERE school_id = ? ORDER BY id", school_id)]


async def engine_for(q: Queries, school_id: str, config_path: Path,
                     uploaded_logos: list[dict[str, Any]] | None = None, **replace: Any) -> Engine:
    """The engine the school would have with its stored edits, some sections replaced by
    `replace` (a section set to None is dropped, back to the file's), and `uploaded_logos`
    ({"filename", "data"}) in place of the stored uploaded logos when given. Raises EditError."""
    edits = {k: v for k, v in (await load_edits(q, school_id)).items() if k in SECTIONS}
    logos = uploaded_logos if uploaded_logos is not None else await stored_logos(q, school_id)
    declarations = await approved_declarations(q, school_id)
    extra = replace.pop("declarations", None)
    if extra is not None:
        declarations = declarations + list(extra)
    for k, v in replace.items():
        if v is None:
            edits.pop(k, None)
        else:
            edits[k] = v
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, build_engine, config_path, edits, declarations, logos)


async def has_edits(q: Queries, school_id: str) -> bool:
    """Whether anything stored changes the school's file config (so start-up can skip a rebuild)."""
    edits = await load_edits(q, school_id)
    return (any(k in SECTIONS for k in edits) or bool(await approved_declarations(q, school_id))
            or bool(await q.fetch("SELECT id FROM logos WHERE school_id = ? LIMIT 1", school_id)))


async def bump_version(q: Queries, school_id: str) -> int:
    """Raise the school's edits counter; call it in the transaction that stores the edit, so
    the counter moves exactly when the edit is committed. Returns the new value."""
    version = await q.fetchval("UPDATE schools SET edits_version = edits_version + 1 WHERE id = ? "
                               "RETURNING edits_version", school_id)
    if version is None:
        raise KeyError(f"school {school_id!r} has no row in the schools table")
    return int(version)


async def versions(q: Queries) -> dict[str, int]:
    """Every school's edits counter: one small read, what servers poll to notice each other's edits."""
    return {r["id"]: int(r["edits_version"]) for r in await q.fetch("SELECT id, edits_version FROM schools")}
