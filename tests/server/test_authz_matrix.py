"""The authorisation matrix: every /api route the app registers, against every kind of caller.

MATRIX says, for each (method, path), which callers get past authorisation. Every other
caller must be refused: 401 when anonymous, 403 otherwise. A caller that is let through may
still get a 4xx for the empty body or the made-up ids sent here (that is the handler's
business), but never 401/403, and nobody ever gets a 5xx.

The routes are discovered from app.router, so a new route that is not in MATRIX fails
`test_matrix_lists_every_api_route` by name: add it to MATRIX with the callers it allows.
A MATRIX entry for a route that no longer exists fails too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from server import keys
from server.access import create_token
from server.accounts import create_account
from server.sessions import COOKIE, create_session

# -- who calls -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Caller:
    name: str
    kind: str                   # "anonymous", "session" or "token"
    role: str = ""
    school_id: str | None = None
    staff_ref: str | None = None


SCHOOL = "hollins-park"
CALLERS = (
    Caller("anonymous", "anonymous"),
    Caller("staff", "session", "staff", SCHOOL, "c.teacher"),
    Caller("reviewer", "session", "reviewer", SCHOOL),
    Caller("reviewer-trust", "session", "reviewer", None),
    Caller("admin", "session", "admin", SCHOOL),
    Caller("admin-trust", "session", "admin", None),
    Caller("proxy", "token", "proxy", SCHOOL),
    Caller("extension", "token", "extension", SCHOOL),
)

EVERYONE = frozenset(c.name for c in CALLERS)
PEOPLE = frozenset({"staff", "reviewer", "reviewer-trust", "admin", "admin-trust"})
REVIEWERS = frozenset({"reviewer", "reviewer-trust", "admin", "admin-trust"})
ADMINS = frozenset({"admin", "admin-trust"})
PROXY = frozenset({"proxy"})
EXTENSION = frozenset({"extension"})

# -- the matrix ------------------------------------------------------------------------------

MATRIX: dict[tuple[str, str], frozenset[str]] = {
    # Public: monitoring, the API's own description, and logging in.
    ("GET", "/api/v1/health"): EVERYONE,
    ("GET", "/api/v1/openapi.json"): EVERYONE,
    ("GET", "/api/v1/openapi.yaml"): EVERYONE,
    ("POST", "/api/v1/session"): EVERYONE,
    # A person's own session.
    ("GET", "/api/v1/session"): PEOPLE,
    ("DELETE", "/api/v1/session"): PEOPLE,
    # Machines.
    ("POST", "/api/v1/ingest"): PROXY,
    ("GET", "/api/v1/proxy/school"): PROXY,
    ("POST", "/api/v1/check"): EXTENSION | PEOPLE,
    ("POST", "/api/v1/ack"): EXTENSION,
    ("POST", "/api/v1/report"): EXTENSION,
    ("GET", "/api/v1/extension/config"): EXTENSION,
    # Review: IT, the DSL and admins.
    ("GET", "/api/v1/events"): REVIEWERS,
    ("GET", "/api/v1/events/export"): REVIEWERS,
    ("GET", "/api/v1/events/{id}"): REVIEWERS,
    ("POST", "/api/v1/events/{id}/triage"): REVIEWERS,
    ("POST", "/api/v1/events/{id}/notes"): REVIEWERS,
    ("GET", "/api/v1/usage"): REVIEWERS,
    # Anyone's own records.
    ("GET", "/api/v1/me/events"): PEOPLE,
    ("POST", "/api/v1/me/events/{id}/challenge"): PEOPLE,
    ("GET", "/api/v1/me/usage"): PEOPLE,
    ("GET", "/api/v1/me/export"): PEOPLE,
    # Subject access requests about someone else: admins only.
    ("GET", "/api/v1/staff/{staff_ref}/export"): ADMINS,
}

#: Values for path placeholders: made up, so an allowed caller gets a 404 or an empty answer.
SAMPLES = {"id": "00000000-no-such-event", "staff_ref": "c.teacher"}
STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}


def api_routes(app: web.Application) -> dict[tuple[str, str], web.AbstractResource]:
    """(method, path template) of every /api route; HEAD goes with its GET."""
    found = {}
    for route in app.router.routes():
        resource = route.resource
        if resource is None or route.method == "HEAD":
            continue
        if resource.canonical.startswith("/api/"):
            found[(route.method, resource.canonical)] = resource
    return found


def concrete_path(template: str, resource: web.AbstractResource) -> str:
    path = re.sub(r"\{(\w+)\}", lambda m: SAMPLES.get(m.group(1), "x"), template)
    pattern = resource.get_info().get("pattern")
    assert pattern is None or pattern.fullmatch(path), (
        f"{template}: the sample {path!r} does not match the route; add a value to SAMPLES")
    return path


def coverage_problems(routes) -> list[str]:
    problems = [f"{m} {p}: a route the authorisation matrix does not list; add it to MATRIX "
                f"in {Path(__file__).name} with the callers it allows"
                for m, p in sorted(set(routes) - set(MATRIX))]
    problems += [f"{m} {p}: in MATRIX but not a route of the app; remove it"
                 for m, p in sorted(set(MATRIX) - set(routes))]
    return problems


# -- tests -----------------------------------------------------------------------------------


def test_matrix_lists_every_api_route(tmp_path):
    """Runs without a database: builds the app only to read its routes."""
    from server.app import create_app
    from server.config import load_server_config
    from tests.conftest import ROOT
    config = load_server_config(ROOT / "demo" / "server.yaml")
    config.data_dir = tmp_path / "data"
    config.proxy.enabled = False
    problems = coverage_problems(api_routes(create_app(config)))
    assert not problems, "\n".join(problems)


def test_matrix_names_only_known_callers():
    assert all(allowed <= EVERYONE and allowed for allowed in MATRIX.values())


async def make_callers(client) -> dict[str, dict[str, str]]:
    """Per caller, a function's worth of set-up: accounts and tokens. Sessions are made per
    request (see `headers_for`), since one of the routes is logging out."""
    db = client.app[keys.DB]
    made: dict[str, dict[str, str]] = {}
    for c in CALLERS:
        if c.kind == "session":
            account_id = await create_account(db, f"matrix-{c.name}", c.role, school_id=c.school_id,
                                              staff_ref=c.staff_ref)
            made[c.name] = {"account_id": str(account_id)}
        elif c.kind == "token":
            _, value = await create_token(db, c.school_id, c.role, f"matrix {c.name}")
            made[c.name] = {"token": value}
    return made


async def headers_for(client, caller: Caller, made: dict[str, dict[str, str]], method: str) -> dict[str, str]:
    if caller.kind == "token":
        return {"Authorization": f"Bearer {made[caller.name]['token']}"}
    if caller.kind == "session":
        session = await create_session(client.app[keys.DB], int(made[caller.name]["account_id"]),
                                       client.app[keys.CLOCK]())
        headers = {"Cookie": f"{COOKIE}={session.value}"}
        if method in STATE_CHANGING:
            headers["X-CSRF-Token"] = session.csrf
        return headers
    return {}


async def test_authorisation_matrix(client):
    routes = api_routes(client.app)
    problems = coverage_problems(routes)
    made = await make_callers(client)
    for (method, template), resource in sorted(routes.items()):
        allowed = MATRIX.get((method, template))
        if allowed is None:
            continue
        path = concrete_path(template, resource)
        for caller in CALLERS:
            client.session.cookie_jar.clear()
            headers = await headers_for(client, caller, made, method)
            kwargs = {"json": {}} if method in STATE_CHANGING and method != "DELETE" else {}
            resp = await client.request(method, path, headers=headers, **kwargs)
            status = resp.status
            await resp.read()
            where = f"{method} {path} as {caller.name}"
            if status >= 500:
                problems.append(f"{where}: server error {status}")
            elif caller.name in allowed:
                if status in (401, 403):
                    problems.append(f"{where}: expected to be let through, got {status}")
            else:
                expected = 401 if caller.kind == "anonymous" else 403
                if status != expected:
                    problems.append(f"{where}: expected {expected}, got {status}")
    assert not problems, "authorisation matrix:\n" + "\n".join(problems)
