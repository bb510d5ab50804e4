"""The extension reads the platform map as the proxy does.

Every write request in the acceptance HARs and the probe HARs (tests/heldout_har, heldout_har3, heldout_har4, heldout_har5, heldout_har6), and a few
hand-made ones for shapes the HARs do not have, goes through the proxy's extractor (addon/)
and through the extension's own interpreter (extension/content/: bodies, fields, pagemap and
requests, run under node):
platform, action, rule, text, recipients and fallback must agree exactly, and the extension
must stop exactly the writes whose text the policy judges. The proxy honours an acknowledgement only for the
text it extracted itself, so any difference here would hold a post the member of staff had
already acknowledged.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from addon.pipeline import Pipeline, _decode, _light_view
from addon.platformmap import PlatformMap
from addon.replay import load_flow
from server.extension_cli import platform_data
from tests.addon.conftest import make_flow
from tests.conftest import ROOT, SHARED

NODE = shutil.which("node")
RUNNER = Path(__file__).with_name("ext_pages") / "pagemap_runner.js"
HARS = (sorted((SHARED / "acceptance" / "har").glob("*.har")) + sorted((ROOT / "tests" / "heldout_har").glob("*.har"))
        + sorted((ROOT / "tests" / "heldout_har3").glob("*.har")) + sorted((ROOT / "tests" / "heldout_har4").glob("*.har"))
        + sorted((ROOT / "tests" / "heldout_har5").glob("*.har")) + sorted((ROOT / "tests" / "heldout_har6").glob("*.har")))
CHECKED = {"post", "reply", "comment", "dm", "profile_update"}

pytestmark = pytest.mark.skipif(NODE is None, reason="needs Node.js (scripts/webext.sh installs it)")

JSON = {"content-type": "application/json"}
FORM = {"content-type": "application/x-www-form-urlencoded"}
BEARER = {**JSON, "authorization": "Bearer abc"}


def fb_form(name: str, variables: dict) -> str:
    from urllib.parse import urlencode
    return urlencode({"av": "1000111", "__user": "1000111", "fb_api_req_friendly_name": name,
                      "variables": json.dumps(variables)})


#: Shapes beyond the HARs: (method, url, body, headers).
HAND_MADE = [
    ("POST", "https://x.com/i/api/graphql/q/CreateTweet",
     {"variables": {"tweet_text": "Replying @someone_else and @benokonkwo_11", "reply": {"in_reply_to_tweet_id": "17"}}}, JSON),
    ("POST", "https://x.com/i/api/graphql/q/CreateTweet",
     {"variables": json.dumps({"tweet_text": "variables as a JSON string"})}, JSON),
    ("POST", "https://x.com/i/api/graphql/q/FavoriteTweet", {"variables": {"tweet_id": "1"}}, JSON),
    ("POST", "https://x.com/i/api/graphql/q/SomeNewComposeMutation", {"variables": {"text": "new operation, generic fallback"}}, JSON),
    ("POST", "https://x.com/i/api/1.1/dm/new2.json", {"conversation_id": "111-222", "text": "See you at 3pm"}, JSON),
    ("POST", "https://upload.x.com/i/media/upload.json?command=INIT&total_bytes=10&media_type=image%2Fjpeg", None, {}),
    ("POST", "https://x.com/i/api/1.1/account/update_profile.json", "name=Ms+Jones&description=Teacher+%26+runner", FORM),
    ("POST", "https://www.facebook.com/api/graphql/",
     fb_form("useCometUFICreateCommentMutation", {"input": {"message": {"text": "Lovely photo!"}, "feedback_id": "ZmVlZGJhY2s6MQ=="}}), FORM),
    ("POST", "https://www.facebook.com/api/graphql/",
     fb_form("ComposerStoryCreateMutation", {"input": {"message": {"text": "Trip photos", "ranges": [{"entity": {"id": "555"}}]}}}), FORM),
    ("POST", "https://www.facebook.com/api/graphql/", fb_form("CometNewsFeedPaginationQuery", {"count": 3}), FORM),
    ("POST", "https://social.school.example/api/v1/statuses", {"status": "Hello @head@mastodon.social", "visibility": "direct"}, BEARER),
    ("POST", "https://social.school.example/api/v1/statuses", {"status": "No bearer token, so not Mastodon"}, JSON),
    ("POST", "https://mastodon.social/api/v1/accounts/109/follow", {}, BEARER),
    ("PATCH", "https://mastodon.social/api/v1/accounts/update_credentials",
     {"display_name": "Ms J", "note": "Teacher", "fields_attributes": [{"name": "Site", "value": "school.example"}]}, BEARER),
    ("POST", "https://www.instagram.com/api/v1/web/comments/123/add/", "comment_text=Congratulations%21", FORM),
    ("POST", "https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage",
     json.dumps({"message": {"body": {"text": "JSON sent as text/plain"}}}), {"content-type": "text/plain;charset=UTF-8"}),
    ("POST", "https://bank.example/transfer", {"amount": 1}, JSON),
    # a thread in one applyWrites: a reply only when its first post replies (path index [0])
    ("POST", "https://pds.example/xrpc/com.atproto.repo.applyWrites",
     {"repo": "did:plc:me", "writes": [
         {"collection": "app.bsky.feed.post", "value": {"text": "Part one"}},
         {"collection": "app.bsky.feed.post", "value": {"text": "Part two", "reply": {"parent": {"uri": "at://a"}}}}]},
     BEARER),
    ("POST", "https://social.school.example/api/v1/statuses", {"status": "Hi @local_name", "visibility": "direct"}, BEARER),
    # a GraphQL batch of reads only (addon/extract.py: read operation by operation)
    ("POST", "https://www.reddit.com/svc/shreddit/graphql",
     [{"operation": "GetUserPreferences", "variables": {}}, {"operation": "SubredditFeedElements", "variables": {}}], JSON),
    # a LinkedIn server-driven action named only by the body's requestId
    ("POST", "https://www.linkedin.com/flagship-web/rsc-action/actions/server-request",
     {"requestId": "com.linkedin.sdui.requests.feed.createComment",
      "serverRequest": {"requestedArguments": {"payload": {"commentary": {"text": "Well deserved"}}}}}, JSON),
]


def case_for(flow) -> tuple[dict, dict | None]:
    """(the runner's case, the proxy's extraction or None)."""
    req = flow.request
    headers = {k.lower(): v for k, v in req.headers.items()}
    if req.headers.get_all("cookie"):
        headers["cookie"] = "; ".join(req.headers.get_all("cookie"))
    pipeline = Pipeline(PlatformMap.load(), None)
    found = pipeline.recognise(flow)
    view = _light_view(flow)
    body = _decode(flow, 32 * 1024 * 1024, view.headers) if found else None
    case = {"method": req.method, "url": req.url, "headers": headers, "body": None}
    if body is not None and body.kind == "multipart":
        case["formdata"] = [[p.name, p.data.decode("utf-8", "replace")] for p in body.files
                            if p.filename is None and (not p.content_type or p.content_type.lower().startswith(("text/", "application/json")))]
        case["headers"].pop("content-type", None)   # a FormData body sets its own
    elif body is not None and body.kind in ("json", "form", "text"):
        case["body"] = body.raw.decode("utf-8", "replace")
    if found is None or req.method.upper() in ("GET", "HEAD", "OPTIONS"):
        return case, None
    view.body, view.files, view.raw = body.tree, body.files, body.raw
    ex = pipeline.extractor.extract(found[0], view, found[1])
    if ex is None:
        return case, None
    return case, {"platform": ex.platform, "action": ex.action, "rule": ex.rule, "text": ex.text,
                  "recipients": ex.recipients, "fallback": ex.fallback, "account_id": ex.account_id}


def all_cases() -> list[tuple[str, dict, dict | None]]:
    out = []
    for path in HARS:
        entries = json.loads(path.read_text(encoding="utf-8"))["log"]["entries"]
        for i, entry in enumerate(entries):
            flow = load_flow(entry)   # the replay's loader: any exporter's entry, as the proxy reads it
            if flow.request.method.upper() in ("GET", "HEAD", "OPTIONS"):
                continue
            out.append((f"{path.stem}#{i}", *case_for(flow)))
    for i, (method, url, body, headers) in enumerate(HAND_MADE):
        out.append((f"hand-made#{i}", *case_for(make_flow(method, url, body, headers))))
    return out


@pytest.fixture(scope="module")
def compared():
    cases = all_cases()
    doc = {"map": platform_data(), "cases": [c for _, c, _ in cases]}
    run = subprocess.run([NODE, str(RUNNER), str(ROOT / "extension")], input=json.dumps(doc),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    return cases, answer["results"], answer["regex_failures"]


def test_every_platform_regex_compiles_in_javascript(compared):
    _, _, failures = compared
    assert failures == []


def test_the_extension_extracts_what_the_proxy_extracts(compared):
    cases, results, _ = compared
    assert len(cases) >= 30
    differences = [(name, expected, got["found"]) for (name, _, expected), got in zip(cases, results)
                   if expected != got["found"]]
    assert differences == []


def test_the_extension_holds_exactly_the_writes_the_policy_judges(compared):
    cases, results, _ = compared
    should = [name for name, _, ex in cases if ex and ex["action"] in CHECKED and ex["text"].strip()]
    held = [name for (name, _, _), got in zip(cases, results) if got["checked"]]
    assert held == should
    assert len(should) >= 15
    # Every kind of checked action on every platform the HARs post to is covered.
    kinds = {(ex["platform"], ex["action"]) for _, _, ex in cases if ex and ex["action"] in CHECKED}
    assert {("x", "post"), ("x", "reply"), ("x", "dm"), ("facebook", "post"), ("facebook", "comment"),
            ("mastodon", "post"), ("mastodon", "dm")} <= kinds


@pytest.mark.parametrize("key, value, expected", [
    ("serverUrl", "https://postwarden.trust.example/", "https://postwarden.trust.example"),
    ("serverUrl", "http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    ("serverUrl", "http://postwarden.trust.example", None),        # the token never goes in clear
    ("serverUrl", "https://user:pw@postwarden.trust.example", None),
    ("serverUrl", "not a url", None),
    ("deviceToken", " pwt_abcdefgh12345678 ", "pwt_abcdefgh12345678"),
    ("deviceToken", "short", None),
    ("staffUser", " c.teacher ", "c.teacher"),
    ("staffUser", "   ", None),
    ("failMode", "closed", "closed"),
    ("failMode", "open", None),
    ("extraHosts", "social.school.example\n*.trust.example, Mastodon.Example.",
     ["social.school.example", "*.trust.example", "mastodon.example"]),
    ("extraHosts", ["bad host name"], None),
    ("extraHosts", ["evil.example/*"], None),
    ("unknownKey", "anything", None),
])
def test_settings_accept_only_known_keys_with_sound_values(key, value, expected):
    """extension/lib/settings.js: what the options page and a managed policy may set."""
    script = ("import { clean } from %s;\n"
              "const [key, value] = JSON.parse(process.argv[1]);\n"
              "const out = clean(key, value);\n"
              "process.stdout.write(JSON.stringify(out === undefined ? null : out));\n"
              % json.dumps((ROOT / "extension" / "lib" / "settings.js").as_uri()))
    run = subprocess.run([NODE, "--input-type=module", "-e", script, json.dumps([key, value])],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == expected
