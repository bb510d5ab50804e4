"""The middlewares: CSRF and Origin checks, bearer tokens, security headers, the session
cookie's flags, and GET /api/v1/health. On SQLite and PostgreSQL.

A few tests add one tiny route to a real app before it starts (`probe_client`), to have a
state-changing endpoint that takes a session, a token or nobody and does nothing else.
"""
from __future__ import annotations

import pytest_asyncio
from aiohttp import web

from server import keys
from server.access import create_token, principal
from server.security import CONTENT_SECURITY_POLICY, HSTS
from server.sessions import COOKIE
from tests.server.helpers import PASSWORD, login, make_account

PROBE = "/api/v1/test-probe"


async def probe(request: web.Request) -> web.Response:
    who = principal(request)
    return web.json_response({"kind": who.kind if who else None, "role": who.role if who else None})


@pytest_asyncio.fixture
async def probe_client(server_config, clock, aiohttp_client_factory):
    from server.app import create_app
    app = create_app(server_config, clock=clock)
    app.router.add_post(PROBE, probe)
    return await aiohttp_client_factory(app)


async def make_token(client, kind: str = "proxy") -> str:
    _, value = await create_token(client.app[keys.DB], "hollins-park", kind, "test")
    return value


# -- CSRF ------------------------------------------------------------------------------------


async def test_session_request_without_csrf_token_is_refused(client):
    await make_account(client, "alice", "admin")
    await login(client, "alice")
    resp = await client.delete("/api/v1/session")
    assert resp.status == 403
    assert (await resp.json())["error"]["code"] == "csrf"
    assert (await client.get("/api/v1/session")).status == 200   # still logged in


async def test_session_request_with_wrong_csrf_token_is_refused(client):
    await make_account(client, "alice", "admin")
    await login(client, "alice")
    resp = await client.delete("/api/v1/session", headers={"X-CSRF-Token": "not-the-token"})
    assert resp.status == 403
    assert (await resp.json())["error"]["code"] == "csrf"


async def test_session_request_with_csrf_token_passes(client):
    await make_account(client, "alice", "admin")
    headers = await login(client, "alice")
    assert (await client.delete("/api/v1/session", headers=headers)).status == 204


async def test_csrf_token_as_a_form_field(probe_client):
    await make_account(probe_client, "alice", "admin")
    headers = await login(probe_client, "alice")
    ok = await probe_client.post(PROBE, data={"_csrf": headers["X-CSRF-Token"], "other": "x"})
    assert ok.status == 200 and (await ok.json())["kind"] == "session"
    wrong = await probe_client.post(PROBE, data={"_csrf": "nope"})
    assert wrong.status == 403


async def test_safe_methods_need_no_csrf_token(client):
    await make_account(client, "alice", "admin")
    await login(client, "alice")
    assert (await client.get("/api/v1/session")).status == 200


async def test_bearer_requests_are_exempt(probe_client):
    token = await make_token(probe_client)
    resp = await probe_client.post(PROBE, json={}, headers={"Authorization": f"Bearer {token}",
                                                            "Origin": "chrome-extension://abcdef"})
    assert resp.status == 200
    assert await resp.json() == {"kind": "token", "role": "proxy"}


async def test_an_invalid_bearer_token_is_nobody(probe_client):
    await make_account(probe_client, "alice", "admin")
    await login(probe_client, "alice")   # a valid cookie does not rescue a bad token
    resp = await probe_client.post(PROBE, json={}, headers={"Authorization": "Bearer pwt_wrong"})
    assert await resp.json() == {"kind": None, "role": None}


async def test_disabled_token_is_nobody(client):
    token = await make_token(client)
    await client.app[keys.DB].execute("UPDATE tokens SET disabled_at = '2026-11-20T10:00:00.000000Z'")
    resp = await client.get("/api/v1/session", headers={"Authorization": f"Bearer {token}"})
    assert resp.status == 401


async def test_origin_of_another_site_is_refused(probe_client):
    await make_account(probe_client, "alice", "admin")
    headers = await login(probe_client, "alice")
    evil = await probe_client.post(PROBE, json={}, headers={**headers, "Origin": "https://evil.example"})
    assert evil.status == 403
    assert (await evil.json())["error"]["code"] == "csrf"
    null = await probe_client.post(PROBE, json={}, headers={**headers, "Origin": "null"})
    assert null.status == 403
    own = f"http://{probe_client.server.host}:{probe_client.server.port}"
    same = await probe_client.post(PROBE, json={}, headers={**headers, "Origin": own})
    assert same.status == 200


async def test_login_from_another_sites_page_is_refused(client):
    await make_account(client, "alice", "admin")
    resp = await client.post("/api/v1/session", json={"username": "alice", "password": PASSWORD},
                             headers={"Origin": "https://evil.example"})
    assert resp.status == 403
    assert COOKIE not in resp.cookies


async def test_public_url_origin_is_accepted(server_config, clock, aiohttp_client_factory):
    """Behind a TLS-terminating reverse proxy the browser's origin is the public https one."""
    from server.app import create_app
    server_config.public_url = "https://review.hollins-park.example/"
    client = await aiohttp_client_factory(create_app(server_config, clock=clock))
    await make_account(client, "alice", "admin")
    resp = await client.post("/api/v1/session", json={"username": "alice", "password": PASSWORD},
                             headers={"Origin": "https://review.hollins-park.example"})
    assert resp.status == 200
    cookie = resp.headers["Set-Cookie"]
    assert "Secure" in cookie.split("; ")


# -- tokens ----------------------------------------------------------------------------------


async def test_token_last_used_is_written_at_most_once_a_minute(client, clock):
    db = client.app[keys.DB]
    token = await make_token(client, "extension")
    auth = {"Authorization": f"Bearer {token}"}
    assert await db.fetchval("SELECT last_used_at FROM tokens") is None
    await client.get("/api/v1/health", headers=auth)
    assert await db.fetchval("SELECT last_used_at FROM tokens") == "2026-11-20T10:00:00.000000Z"
    clock.advance(seconds=30)
    await client.get("/api/v1/health", headers=auth)
    assert await db.fetchval("SELECT last_used_at FROM tokens") == "2026-11-20T10:00:00.000000Z"
    clock.advance(seconds=31)
    await client.get("/api/v1/health", headers=auth)
    assert await db.fetchval("SELECT last_used_at FROM tokens") == "2026-11-20T10:01:01.000000Z"


async def test_token_is_not_a_person(client):
    token = await make_token(client)
    resp = await client.get("/api/v1/session", headers={"Authorization": f"Bearer {token}"})
    assert resp.status == 403


# -- headers and cookie ----------------------------------------------------------------------

EXPECTED_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def assert_security_headers(resp, *, no_store: bool = True) -> None:
    for name, value in EXPECTED_HEADERS.items():
        assert resp.headers.get(name) == value, (resp.url, name)
    if no_store:
        assert resp.headers.get("Cache-Control") == "no-store", resp.url


async def test_csp_allows_no_inline_script():
    directives = dict(d.strip().split(" ", 1) for d in CONTENT_SECURITY_POLICY.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert directives["frame-ancestors"] == "'none'" and directives["object-src"] == "'none'"


async def test_headers_on_success_and_on_errors(client):
    await make_account(client, "alice", "admin")
    ok = await client.get("/api/v1/health")
    assert ok.status == 200
    assert_security_headers(ok)
    unauthenticated = await client.get("/api/v1/session")
    assert unauthenticated.status == 401
    assert_security_headers(unauthenticated)
    missing = await client.get("/api/v1/no-such-thing")
    assert missing.status == 404
    assert_security_headers(missing)
    wrong_method = await client.put("/api/v1/session", json={})
    assert wrong_method.status == 405
    assert_security_headers(wrong_method)
    limited_body = await client.post("/api/v1/session", data="not json", headers={"Content-Type": "text/plain"})
    assert limited_body.status == 415
    assert_security_headers(limited_body)


async def test_headers_outside_the_api(client):
    page = await client.get("/no-such-page")
    assert page.status == 404
    assert_security_headers(page)


async def test_static_assets_may_be_cached(client):
    resp = await client.get("/static/no-such-asset.css")
    assert_security_headers(resp, no_store=False)
    assert resp.headers.get("Cache-Control") != "no-store"


async def test_session_cookie_flags(client):
    await make_account(client, "alice", "admin")
    resp = await client.post("/api/v1/session", json={"username": "alice", "password": PASSWORD})
    attributes = [part.strip() for part in resp.headers["Set-Cookie"].split(";")]
    assert attributes[0].startswith(f"{COOKIE}=")
    assert "HttpOnly" in attributes
    assert "SameSite=Strict" in attributes
    assert "Path=/" in attributes
    assert "Secure" not in attributes   # plain http, and no https public_url
    assert not any(a.lower().startswith(("max-age", "expires")) for a in attributes)


# -- health ----------------------------------------------------------------------------------


async def test_health_ok_without_login(client):
    resp = await client.get("/api/v1/health")
    assert resp.status == 200
    body = await resp.json()
    assert body["status"] == "ok"
    assert set(body["components"]) >= {"database", "ingest"}
    assert body["components"]["database"]["ok"] is True


async def test_health_reports_a_database_that_does_not_answer(client, monkeypatch):
    db = client.app[keys.DB]

    async def no_answer() -> None:
        from server.db import DatabaseError
        raise DatabaseError("PostgreSQL: connection refused to db.internal:5432 as user secret")

    monkeypatch.setattr(db, "ping", no_answer)
    resp = await client.get("/api/v1/health")
    assert resp.status == 503
    body = await resp.json()
    assert body["status"] == "degraded"
    assert body["components"]["database"]["ok"] is False
    assert body["components"]["database"]["failures"] == 1
    assert "db.internal" not in await resp.text()   # no internals to an unauthenticated caller
    monkeypatch.undo()
    recovered = await client.get("/api/v1/health")
    assert recovered.status == 200 and (await recovered.json())["status"] == "ok"


async def test_a_database_that_cannot_identify_the_caller_is_503_not_401(client, monkeypatch):
    from server.db import DatabaseError
    token = await make_token(client)
    db = client.app[keys.DB]

    async def no_answer(*args):
        raise DatabaseError("SQLite: disk I/O error")

    monkeypatch.setattr(db, "fetchrow", no_answer)
    resp = await client.get("/api/v1/session", headers={"Authorization": f"Bearer {token}"})
    assert resp.status == 503
    assert resp.headers["Retry-After"] == "30"
    assert (await resp.json())["error"]["code"] == "unavailable"
    assert client.app[keys.HEALTH].database.ok is False


# -- HSTS ------------------------------------------------------------------------------------


async def test_no_hsts_over_plain_http_without_an_https_public_url(client):
    assert "Strict-Transport-Security" not in (await client.get("/api/v1/health")).headers


async def test_hsts_when_the_public_url_is_https(server_config, clock, aiohttp_client_factory):
    """Behind a TLS terminator the request is plain http here, but browsers see https."""
    from server.app import create_app
    server_config.public_url = "https://review.hollins-park.example/"
    client = await aiohttp_client_factory(create_app(server_config, clock=clock))
    for resp in (await client.get("/api/v1/health"), await client.get("/api/v1/session"),
                 await client.get("/no-such-page"), await client.get("/static/no-such-asset.css")):
        assert resp.headers.get("Strict-Transport-Security") == HSTS, resp.url
        assert_security_headers(resp, no_store=not resp.url.path.startswith("/static/"))


async def test_hsts_when_served_over_tls(server_config, clock, tmp_path):
    """The app served over real TLS (a self-signed certificate for 127.0.0.1)."""
    import ssl

    from aiohttp.test_utils import TestClient, TestServer

    from server.app import create_app
    cert, key = self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server = TestServer(create_app(server_config, clock=clock), scheme="https")
    await server.start_server(ssl=context)
    client = TestClient(server)
    await client.start_server()
    try:
        trust = ssl.create_default_context(cafile=str(cert))
        resp = await client.get("/api/v1/health", ssl=trust)
        assert resp.status == 200 and resp.url.scheme == "https"
        assert resp.headers.get("Strict-Transport-Security") == HSTS
    finally:
        await client.close()


def self_signed(folder):
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path
