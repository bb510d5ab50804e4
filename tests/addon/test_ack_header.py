"""The extension's acknowledgement header (X-Postwarden-Ack), honoured by the real addon on
real mitmproxy flows: a warned post goes through once for the acknowledged user and text; the
header never goes upstream."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from mitmproxy import exceptions
from mitmproxy.test import taddons

from addon.warden import Postwarden
from server import acks

from .conftest import FixedEngine, make_flow

POST_URL = "https://x.com/i/api/graphql/q/CreateTweet"
TEXT = "So proud of my class today!"
X = {"cookie": "twid=u%3D1447", "proxy-authorization": "Basic ai5qb25lczpwdw=="}   # j.jones:pw
SCHOOL = "hollins-park"
SECRET = bytes(range(32))


def body(text: str = TEXT) -> dict:
    return {"variables": {"tweet_text": text}}


def token(user: str = "j.jones", text: str = TEXT, school: str = SCHOOL, secret: bytes = SECRET,
          minutes: int = 10) -> str:
    expires = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(minutes=minutes)
    return acks.make_token(secret, school, user, acks.post_hash(text), expires)


def with_ack(value: str) -> dict:
    return {**X, "X-Postwarden-Ack": value}


@pytest.fixture
def key_file(tmp_path):
    path = tmp_path / "secret"
    path.write_text(SECRET.hex() + "\n", encoding="utf-8")
    return path


@pytest.fixture
def addon_ctx(tmp_path, key_file):
    made = []

    def make(decision: str = "warn", **options):
        a = Postwarden()
        a.engine_factory = lambda path: FixedEngine(decision)
        tctx = taddons.context(a)
        tctx.__enter__()
        made.append((a, tctx))
        options.setdefault("postwarden_ack_key_file", str(key_file))
        options.setdefault("postwarden_ack_school", SCHOOL)
        options.setdefault("postwarden_data_dir", str(tmp_path / f"data{len(made)}"))
        tctx.configure(a, postwarden_config=str(tmp_path / "school.yaml"), **options)
        return a

    yield make
    for a, tctx in made:
        a.done()
        tctx.__exit__(None, None, None)


def events(a):
    a.spool.flush()
    return [e for _, e in a.spool.pending()]


async def test_acknowledged_warning_goes_through_once_without_the_header(addon_ctx):
    a = addon_ctx("warn")
    ack = token()
    f = make_flow("POST", POST_URL, body(), with_ack(ack))
    await a.request(f)
    assert f.response is None
    assert f.metadata["postwarden"]["effect"] == "acknowledged"
    assert "x-postwarden-ack" not in f.request.headers
    [ev] = events(a)
    assert ev["effect"] == "acknowledged" and ev["decision"] == "warn"
    # The same token again: spent, so the post is held as any warned post is.
    again = make_flow("POST", POST_URL, body(), with_ack(ack))
    await a.request(again)
    assert again.response.status_code == 428
    assert "x-postwarden-ack" not in again.request.headers


async def test_a_spent_token_stays_spent_after_the_proxy_restarts(addon_ctx, tmp_path):
    data = str(tmp_path / "shared-data")
    ack = token()
    first = addon_ctx("warn", postwarden_data_dir=data)
    f = make_flow("POST", POST_URL, body(), with_ack(ack))
    await first.request(f)
    assert f.metadata["postwarden"]["effect"] == "acknowledged"
    first.done()                                   # the proxy stops...
    second = addon_ctx("warn", postwarden_data_dir=data)   # ...and starts again
    again = make_flow("POST", POST_URL, body(), with_ack(ack))
    await second.request(again)
    assert again.response.status_code == 428
    # Nothing of the token itself is on disk, only its digest.
    assert ack.encode() not in (tmp_path / "shared-data" / "spent_acks.sqlite").read_bytes()


async def test_text_is_compared_as_the_server_hashes_it(addon_ctx):
    """The server hashes normalised text (NFC, runs of whitespace as one space)."""
    a = addon_ctx("warn")
    f = make_flow("POST", POST_URL, body("So proud of my  class\ntoday! "), with_ack(token()))
    await a.request(f)
    assert f.response is None and f.metadata["postwarden"]["effect"] == "acknowledged"


@pytest.mark.parametrize("bad", [
    pytest.param(lambda: token(user="m.other"), id="another-user"),
    pytest.param(lambda: token(text="Something else entirely"), id="other-text"),
    pytest.param(lambda: token(school="another-school"), id="other-school"),
    pytest.param(lambda: token(secret=b"not the server's key"), id="wrong-key"),
    pytest.param(lambda: token(minutes=-1), id="expired"),
    pytest.param(lambda: "pwa1.99999999999.AAAA", id="forged"),
    pytest.param(lambda: "not a token", id="garbage"),
    pytest.param(lambda: "", id="empty"),
])
async def test_a_token_for_anything_else_is_not_honoured(addon_ctx, bad):
    a = addon_ctx("warn")
    f = make_flow("POST", POST_URL, body(), with_ack(bad()))
    await a.request(f)
    assert f.response.status_code == 428
    assert f.metadata["postwarden"]["effect"] == "held"
    assert "x-postwarden-ack" not in f.request.headers


async def test_a_block_is_never_overridden(addon_ctx):
    a = addon_ctx("block")
    f = make_flow("POST", POST_URL, body(), with_ack(token()))
    await a.request(f)
    assert f.response.status_code == 403
    assert json.loads(f.response.content)["error"] == "postwarden_blocked"


async def test_an_allowed_post_does_not_spend_the_token(addon_ctx):
    a = addon_ctx("allow")
    ack = token()
    f = make_flow("POST", POST_URL, body(), with_ack(ack))
    await a.request(f)
    assert f.response is None and f.metadata["postwarden"]["effect"] == "forwarded"
    assert "x-postwarden-ack" not in f.request.headers
    assert a.ack_tokens.honour(ack, "j.jones", TEXT)    # still unused


@pytest.mark.parametrize("url", ["https://bank.example/transfer", "https://x.com/home"])
async def test_the_header_is_removed_from_every_request(addon_ctx, url):
    a = addon_ctx("warn")
    f = make_flow("POST" if "bank" in url else "GET", url, {"amount": 1} if "bank" in url else None,
                  with_ack(token()))
    a.requestheaders(f)
    await a.request(f)
    assert "x-postwarden-ack" not in f.request.headers


async def test_without_a_key_the_header_is_removed_and_not_honoured(addon_ctx):
    a = addon_ctx("warn", postwarden_ack_key_file="", postwarden_ack_school="")
    f = make_flow("POST", POST_URL, body(), with_ack(token()))
    await a.request(f)
    assert f.response.status_code == 428
    assert "x-postwarden-ack" not in f.request.headers


@pytest.mark.parametrize("options, message", [
    ({"postwarden_ack_key_file": "/nonexistent/secret"}, "postwarden_ack_key_file"),
    ({"postwarden_ack_school": ""}, "school"),
])
def test_bad_ack_options_fail_at_start(addon_ctx, options, message):
    with pytest.raises(exceptions.OptionsError, match=message):
        addon_ctx("warn", **options)


def test_a_key_file_that_is_not_hex_fails_at_start(addon_ctx, tmp_path):
    bad = tmp_path / "bad-secret"
    bad.write_text("not hex at all\n", encoding="utf-8")
    with pytest.raises(exceptions.OptionsError, match="not a hex key"):
        addon_ctx("warn", postwarden_ack_key_file=str(bad))
