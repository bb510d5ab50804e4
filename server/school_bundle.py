"""A school's edits bundle: what admins stored in the database, as proxies fetch it.

The server builds each school's engine from its config file plus the stored edits
(server/school_data.py). A proxy judges the same posts, so it must build the same engine:
it fetches this bundle (GET /api/v1/proxy/school, server/api/proxy_school.py) and calls the
same `build_engine` on its own copy of the school's config file (addon/school_sync.py).
Both ends of the wire live here, so what the server sends and what the proxy accepts cannot
drift apart:

    {"school": id, "version": edits_version,
     "edits": {section: document, ...},           # only the sections in force (SECTIONS)
     "declarations": [{"user", "pupil", "context"}, ...],   # approved ones
     "logos": [{"filename", "sha256", "data": base64}, ...]}  # uploaded in the web UI

`version` is the school's `edits_version`, raised in the transaction of every edit, so it
names the bundle: the ETag is made from it and a proxy polls with If-None-Match.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
from pathlib import Path
from typing import Any

import pydantic

from policies.errors import key_path
from policies.schooldata.roster import ROSTER_FIELDS, STAFF_FIELDS, keep_read_columns
from server.db import Queries
from server.school_data import SECTIONS, EditError, approved_declarations, build_engine, load_edits, stored_logos


class BundleError(ValueError):
    """A bundle that is not one (wrong shape, a logo whose bytes do not match its hash)."""


class _Logo(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    filename: str = pydantic.Field(min_length=1, max_length=255)
    sha256: str = pydantic.Field(pattern=r"^[0-9a-f]{64}$")
    data: str


class _Bundle(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    school: str = pydantic.Field(min_length=1)
    version: int = pydantic.Field(ge=0)
    edits: dict[str, Any]
    declarations: list[dict[str, Any]]
    logos: list[_Logo]


async def edits_version(q: Queries, school_id: str) -> int | None:
    """The school's edits counter, or None if the school has no row."""
    value = await q.fetchval("SELECT edits_version FROM schools WHERE id = ?", school_id)
    return None if value is None else int(value)


async def read_bundle(q: Queries, school_id: str, version: int) -> dict[str, Any]:
    """The school's bundle, labelled `version`. Read the version first and the edits after
    (as Schools.reload does): an edit committed in between is then in a bundle labelled with
    the older version, and the next poll fetches it again under the new one, never missed."""
    edits = {k: v for k, v in (await load_edits(q, school_id)).items() if k in SECTIONS}
    for section, fields in (("roster", ROSTER_FIELDS), ("staff", STAFF_FIELDS)):
        upload = edits.get(section)
        if upload:   # an uploaded CSV: only the columns the loader reads leave the server
            text, columns = keep_read_columns(upload["text"], fields, upload.get("columns"))
            edits[section] = {**upload, "text": text, "columns": columns}
    logos = [{"filename": r["filename"], "sha256": r["sha256"],
              "data": base64.b64encode(bytes(r["data"])).decode("ascii")}
             for r in await stored_logos(q, school_id)]
    return {"school": school_id, "version": version, "edits": edits,
            "declarations": await approved_declarations(q, school_id), "logos": logos}


def etag(school_id: str, version: int) -> str:
    """The bundle's ETag: the school and its edits version, hashed so any id is safe in a header."""
    return '"' + hashlib.sha256(f"{school_id}\n{version}".encode("utf-8")).hexdigest()[:32] + '"'


def parse(data: Any) -> dict[str, Any]:
    """A bundle as received, checked: the shape, sections this code knows (an edit this proxy
    cannot apply must not be silently dropped: its engine would differ from the server's),
    and each logo's bytes against its hash. Logos come back with `data` as bytes."""
    try:
        bundle = _Bundle.model_validate(data)
    except pydantic.ValidationError as e:
        raise BundleError("; ".join(f"{key_path(err['loc'])}: {err['msg']}" for err in e.errors())) from e
    unknown = sorted(set(bundle.edits) - set(SECTIONS))
    if unknown:
        raise BundleError(f"edits: sections this proxy does not know ({', '.join(unknown)}); "
                          "upgrade the proxy to the server's version")
    logos = []
    for i, logo in enumerate(bundle.logos):
        try:
            raw = base64.b64decode(logo.data, validate=True)
        except binascii.Error as e:
            raise BundleError(f"logos.{i}.data: not base64 ({e})") from e
        if hashlib.sha256(raw).hexdigest() != logo.sha256:
            raise BundleError(f"logos.{i}: the data does not match its sha256")
        logos.append({"filename": logo.filename, "sha256": logo.sha256, "data": raw})
    return {"school": bundle.school, "version": bundle.version, "edits": bundle.edits,
            "declarations": bundle.declarations, "logos": logos}


def digest(bundle: dict[str, Any]) -> str:
    """What a parsed bundle puts in force (not its version): equal digests, equal engines."""
    content = {"edits": bundle["edits"], "declarations": bundle["declarations"],
               "logos": [[x["filename"], x["sha256"]] for x in bundle["logos"]]}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


#: The digest of a school with nothing edited: an engine built from the config file alone.
NOTHING_EDITED = digest({"edits": {}, "declarations": [], "logos": []})


def build(config_path: Path, bundle: dict[str, Any]):
    """The engine a parsed bundle gives on top of this config file (slow: not on an event
    loop). Raises school_data.EditError when the edits do not load here."""
    try:
        return build_engine(config_path, bundle["edits"], bundle["declarations"], bundle["logos"])
    except EditError:
        raise
    except (OSError, ValueError) as e:       # the config file itself, read again
        raise EditError([str(e)]) from e
