"""Replay of HAR entries as exporters other than Chrome and mitmproxy write them
(addon/harentry.py), and the member of staff named by a proxy's CONNECT tunnel (StaffUsers).
Each entry goes through the real loader and pipeline; the engine, where a verdict matters, is
the second probe's school (tests/heldout_har2/config.yaml)."""
import base64
import gzip
import io
import json
import urllib.parse

import pytest

from addon.pipeline import Pipeline
from addon.replay import load_flow, replay
from policies.engine import Engine

from .conftest import JPEG, ROOT

CONFIG = ROOT / "tests" / "heldout_har2" / "config.yaml"
IG_HEADERS = [{"name": "Cookie", "value": "csrftoken=abc; ds_user_id=48811223344; sessionid=48811223344%3Axyz"},
              {"name": "X-IG-App-ID", "value": "936619743392459"}]


def entry(method, url, headers=(), post=None, response=None, started="2026-11-18T16:10:00.1234567+00:00",
          cookies=()):
    request = {"method": method, "url": url, "httpVersion": "HTTP/1.1", "headers": list(headers),
               "cookies": list(cookies), "queryString": []}
    if post is not None:
        request["postData"] = post
    return {"startedDateTime": started, "time": 50, "request": request,
            "response": response or {"status": 200, "httpVersion": "HTTP/1.1", "headers": [],
                                     "content": {"size": 0, "mimeType": "application/json"}}}


def run(entries, engine=None, pmap=None):
    out = io.StringIO()
    problems = replay(entries, Pipeline(pmap, engine), out)
    return problems, {r["index"]: r for r in map(json.loads, out.getvalue().splitlines())}


@pytest.fixture(scope="module")
def engine():
    return Engine.from_config(CONFIG)


CAPTION = "Gardening club planted 200 bulbs & a café sign"


@pytest.mark.parametrize("as_sent", [False, True], ids=["decoded-values", "values-as-sent"])
def test_a_form_body_given_only_as_params_is_rebuilt(pmap, as_sent):
    fields = [("caption", CAPTION), ("source_type", "library"), ("upload_id", "7555868173296")]
    params = [{"name": k, "value": urllib.parse.quote_plus(v) if as_sent else v} for k, v in fields]
    e = entry("POST", "https://www.instagram.com/api/v1/media/configure/",
              IG_HEADERS + [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
              post={"mimeType": "application/x-www-form-urlencoded", "params": params})
    problems, got = run([e], pmap=pmap)
    assert problems == 0
    assert got[0]["action"] == "post" and got[0]["text"] == CAPTION
    assert got[0]["account"]["id"] == "48811223344"


def test_a_base64_body_is_the_bytes_sent_and_a_compressed_one_is_decoded_once():
    plain = entry("POST", "https://www.instagram.com/rupload_igphoto/fb_uploader_1", IG_HEADERS,
                  post={"mimeType": "image/jpeg", "text": base64.b64encode(JPEG).decode(), "encoding": "base64"})
    assert load_flow(plain).request.content == JPEG
    body = json.dumps({"status": "hello"}).encode()
    squeezed = entry("POST", "https://mastodon.social/api/v1/statuses",
                     [{"name": "content-type", "value": "application/json"},
                      {"name": "content-encoding", "value": "gzip"}],
                     post={"mimeType": "application/json", "encoding": "base64",
                           "text": base64.b64encode(gzip.compress(body)).decode()})
    assert load_flow(squeezed).request.content == body


MULTIPART = ("--b1\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\n{}\r\n"
             "--b1\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\npublic\r\n--b1--\r\n")
STATUS = "Zofia Wróblewska's bottle rocket reached the roof"


@pytest.mark.parametrize("convention", ["browser-utf8", "mitmproxy-latin1"])
def test_multipart_text_comes_back_as_the_utf8_the_browser_sent(pmap, convention):
    text = MULTIPART.format(STATUS)
    if convention == "mitmproxy-latin1":
        text = text.encode("utf-8").decode("latin-1")     # how mitmproxy's export writes it
    e = entry("POST", "https://mastodon.social/api/v1/statuses",
              [{"name": "Content-Type", "value": "multipart/form-data; boundary=b1"},
               {"name": "Authorization", "value": "Bearer abc"}],
              post={"mimeType": "multipart/form-data; boundary=b1", "text": text})
    assert load_flow(e).request.content == MULTIPART.format(STATUS).encode("utf-8")
    problems, got = run([e], pmap=pmap)
    assert problems == 0 and got[0]["action"] == "post" and got[0]["text"] == STATUS


def test_a_binary_body_written_as_latin1_stays_byte_exact():
    data = b"--b1\r\nContent-Disposition: form-data; name=\"media\"; filename=\"blob\"\r\n\r\n" + JPEG + b"\r\n--b1--\r\n"
    e = entry("POST", "https://upload.x.com/i/media/upload.json?command=APPEND&media_id=1&segment_index=0",
              [{"name": "content-type", "value": "multipart/form-data; boundary=b1"}],
              post={"mimeType": "multipart/form-data; boundary=b1", "text": data.decode("latin-1")})
    assert load_flow(e).request.content == data


def test_cookies_listed_only_in_the_cookies_array_identify_the_account(pmap):
    e = entry("POST", "https://x.com/i/api/graphql/abc/CreateTweet",
              [{"name": "content-type", "value": "application/json"}],
              post={"mimeType": "application/json",
                    "text": json.dumps({"variables": {"tweet_text": "Morning all"}, "queryId": "abc"})},
              cookies=[{"name": "twid", "value": "u%3D1611223344556677889"}, {"name": "ct0", "value": "f00"}])
    problems, got = run([e], pmap=pmap)
    assert problems == 0
    assert got[0]["action"] == "post" and got[0]["account"]["id"] == "1611223344556677889"


def test_a_response_stored_as_sent_is_decompressed_once_and_learnt(pmap):
    did, other = "did:plc:aaaa", "did:plc:bbbb"
    profile = json.dumps({"did": other, "handle": "tidepool.bsky.social"}).encode()
    auth = [{"name": "authorization", "value": "Bearer x.y.z"}]
    lookup = entry("GET", "https://pds.example.net/xrpc/app.bsky.actor.getProfile?actor=tidepool.bsky.social", auth,
                   response={"status": 200, "httpVersion": "HTTP/2.0",
                             "headers": [{"name": "content-type", "value": "application/json"},
                                         {"name": "content-encoding", "value": "gzip"}],
                             "content": {"mimeType": "application/json", "encoding": "base64",
                                         "text": base64.b64encode(gzip.compress(profile)).decode()}})
    assert load_flow(lookup).response.content == profile
    follow = entry("POST", "https://pds.example.net/xrpc/com.atproto.repo.createRecord",
                   auth + [{"name": "content-type", "value": "application/json"}],
                   post={"mimeType": "application/json", "text": json.dumps(
                       {"collection": "app.bsky.graph.follow", "repo": did,
                        "record": {"$type": "app.bsky.graph.follow", "subject": other}})})
    problems, got = run([lookup, follow], pmap=pmap)
    assert problems == 0
    assert got[1]["action"] == "follow" and got[1]["recipients"] == ["@tidepool.bsky.social"]


def test_missing_fields_and_an_unrebuildable_response_still_judge_the_request(pmap):
    e = entry("POST", "https://www.tiktok.com/api/comment/publish/?aweme_id=1&text=Saving+this", cookies=[])
    del e["time"], e["startedDateTime"]
    e["request"].pop("httpVersion")
    e["response"] = {"status": 200, "headers": [{"name": "content-encoding", "value": "sdch"}],
                     "content": {"text": "{}", "mimeType": "application/json"}}
    first = entry("GET", "https://www.bbc.co.uk/news")
    problems, got = run([first, e, {"request": {"method": "GET", "url": "https://www.tiktok.com/"}}], pmap=pmap)
    assert problems == 0
    assert got[1]["action"] == "comment" and got[1]["text"] == "Saving this"
    assert got[2]["action"] == "view"


def connect(host, user):
    auth = "Basic " + base64.b64encode(f"{user}:pw".encode()).decode()
    return entry("CONNECT", f"https://{host}:443/", [{"name": "Host", "value": f"{host}:443"},
                                                     {"name": "Proxy-Authorization", "value": auth}])


def ig_comment():
    return entry("POST", "https://www.instagram.com/api/v1/web/comments/123/add/",
                 IG_HEADERS + [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
                 post={"mimeType": "application/x-www-form-urlencoded", "text": "comment_text=Lovely+work"})


def test_the_tunnels_proxy_credentials_name_the_member_of_staff(pmap, engine):
    # 16:10 on a term Wednesday: directed only for r.castell (an after-school override)
    problems, got = run([connect("www.instagram.com", "r.castell"), ig_comment()], engine, pmap)
    assert problems == 0
    assert got[0]["action"] in ("other", "view")
    assert "directed_time" in {f["category"] for f in got[1]["verdict"]["findings"]}
    problems, got = run([connect("www.instagram.com", "n.farouk"), ig_comment()], engine, pmap)
    assert "directed_time" not in {f["category"] for f in got[1]["verdict"]["findings"]}
    problems, got = run([ig_comment()], engine, pmap)
    assert "directed_time" not in {f["category"] for f in got[0]["verdict"]["findings"]}
