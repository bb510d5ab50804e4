"""Request shapes the probe corpus (tests/heldout_har) found misread, through the real pipeline.

Each case is one platforms.md shape the dev HARs do not send: a Threads follow by GraphQL
mutation, a Bluesky thread posted in one applyWrites, a LinkedIn id named bare in the request
but as a URN in the response, a local @mention on a Mastodon instance, and old Reddit's
richtext comment. The whole probe corpus is scored in test_heldout_replay.py.
"""
import json
from urllib.parse import urlencode

from mitmproxy import http

from addon.fields import RequestView

from .conftest import make_flow

FORM = {"content-type": "application/x-www-form-urlencoded"}
THREADS = {**FORM, "cookie": "ds_user_id=6677; sessionid=6677%3Aabc", "x-ig-app-id": "238260118697367"}
BSKY = {"authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaWQ6cGxjOm1lIn0.sig"}
LINKEDIN = {"cookie": 'li_at=abc; JSESSIONID="ajax:1"', "csrf-token": "ajax:1", "content-type": "application/json"}


def respond(pipeline, flow, body: dict) -> None:
    """Show the flow's response to the pipeline, as the live addon does after the request."""
    ins = pipeline.inspect(flow, None)
    flow.response = http.Response.make(200, json.dumps(body), {"content-type": "application/json"})
    pipeline.learn(flow, ins)


def threads_graphql(friendly: str, variables: dict) -> str:
    return urlencode({"av": "6677", "__user": "6677", "fb_api_req_friendly_name": friendly, "doc_id": "1",
                      "variables": json.dumps(variables)})


def test_threads_follow_mutation_is_a_follow_and_like_or_unfollow_is_not(pipeline):
    for host, path in (("www.threads.net", "/api/graphql"), ("www.threads.com", "/graphql/query")):
        flow = make_flow("POST", f"https://{host}{path}",
                         threads_graphql("useBarcelonaFollowMutation", {"target_user_id": "1"}), THREADS)
        ins = pipeline.inspect(flow, None)
        assert (ins.platform, ins.action, ins.extracted.account_id) == ("threads", "follow", "6677")
    for name in ("useBarcelonaUnfollowMutation", "useBarcelonaLikeMutation", "BarcelonaFollowersDialogQuery"):
        flow = make_flow("POST", "https://www.threads.net/api/graphql", threads_graphql(name, {"x": "1"}), THREADS)
        assert pipeline.inspect(flow, None).action in ("view", "other"), name


def write(text: str, reply_to: str | None = None, collection: str = "app.bsky.feed.post") -> dict:
    value = {"$type": collection, "text": text, "createdAt": "2026-11-29T18:00:00Z"}
    if reply_to:
        value["reply"] = {"root": {"uri": reply_to, "cid": "c"}, "parent": {"uri": reply_to, "cid": "c"}}
    return {"$type": "com.atproto.repo.applyWrites#create", "collection": collection, "value": value}


def test_bluesky_thread_in_one_applywrites_is_a_post_unless_its_first_post_replies(pipeline):
    url = "https://pds.school-town.example/xrpc/com.atproto.repo.applyWrites"
    own = "at://did:plc:me/app.bsky.feed.post/3aaa"
    thread = {"repo": "did:plc:me", "writes": [
        {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.threadgate",
         "value": {"post": own, "allow": []}},
        write("First part of the thread (1/2)"), write("Second part (2/2)", reply_to=own)]}
    ins = pipeline.inspect(make_flow("POST", url, thread, BSKY), None)
    assert ins.action == "post"
    assert ins.extracted.text == "First part of the thread (1/2)\nSecond part (2/2)"
    assert ins.extracted.reply_to is None
    other = "at://did:plc:them/app.bsky.feed.post/3bbb"
    reply_thread = {"repo": "did:plc:me", "writes": [write("Replying (1/2)", reply_to=other),
                                                     write("More (2/2)", reply_to=own)]}
    ins = pipeline.inspect(make_flow("POST", url, reply_thread, BSKY), None)
    assert (ins.action, ins.extracted.reply_to) == ("reply", other)


def test_field_path_index_keeps_the_nth_of_the_items_so_far():
    view = RequestView("POST", "h", "/", {}, {}, {}, body={"writes": [
        {"c": "gate", "v": 0}, {"c": "post", "v": 1}, {"c": "post", "v": 2}]})
    assert view.values("writes[c=post][0].v") == [1]
    assert view.values("writes[c=post][1].v") == [2]
    assert view.values("writes[][0].v") == [0]
    assert view.values("writes[c=post][5].v") == []
    assert view.values("writes[c=none][0].v") == []


def test_linkedin_bare_member_id_resolves_from_a_urn_in_a_response(pipeline):
    lookup = make_flow("GET", "https://www.linkedin.com/voyager/api/identity/dash/profiles?q=memberIdentity"
                              "&memberIdentity=sea-ed", None, LINKEDIN)
    respond(pipeline, lookup, {"included": [{"entityUrn": "urn:li:fsd_profile:ACoAAX1", "publicIdentifier": "sea-ed"},
                                            {"entityUrn": "urn:li:fsd_company:77", "name": "A company"}]})
    invite = make_flow("POST", "https://www.linkedin.com/voyager/api/voyagerRelationshipsDashMemberRelationships"
                               "?action=verifyQuotaAndCreateV2",
                       {"invitee": {"inviteeUnion": {"memberProfile": "urn:li:fsd_profile:ACoAAX1"}},
                        "customMessage": "Good to meet you"}, LINKEDIN)
    ins = pipeline.inspect(invite, None)
    assert (ins.action, ins.extracted.recipients) == ("friend_request", ["sea-ed"])
    legacy = make_flow("POST", "https://www.linkedin.com/voyager/api/messaging/conversations?action=create",
                       {"conversationCreate": {"recipients": ["ACoAAX1"], "eventCreate": {"value": {
                           "com.linkedin.voyager.messaging.create.MessageCreate": {
                               "attributedBody": {"text": "Notes attached"}}}}}}, LINKEDIN)
    assert pipeline.inspect(legacy, None).extracted.recipients == ["sea-ed"]
    # a mention names the full URN: it resolves too
    share = make_flow("POST", "https://www.linkedin.com/voyager/api/graphql?action=execute"
                              "&queryId=voyagerContentcreationDashShares.abc",
                      {"variables": {"post": {"commentary": {"text": "Thanks sea-ed", "attributesV2": [
                          {"detailData": {"profileMention": {"entityUrn": "urn:li:fsd_profile:ACoAAX1"}}}]}}}},
                      LINKEDIN)
    assert pipeline.inspect(share, None).extracted.recipients == ["sea-ed"]


def test_mastodon_local_mentions_and_accounts_get_the_instance_domain(pipeline):
    headers = {"authorization": "Bearer tok", "content-type": "application/json"}
    lookup = make_flow("GET", "https://toot.school-town.example/api/v1/accounts/lookup?acct=dee", None, headers)
    respond(pipeline, lookup, {"id": "55", "acct": "dee"})
    dm = make_flow("POST", "https://toot.school-town.example/api/v1/statuses",
                   {"status": "@sam and @ro@other.example: staff social?", "visibility": "direct"}, headers)
    ins = pipeline.inspect(dm, None)
    assert ins.action == "dm"
    assert ins.extracted.recipients == ["@sam@toot.school-town.example", "@ro@other.example"]
    follow = make_flow("POST", "https://toot.school-town.example/api/v1/accounts/55/follow", {}, headers)
    assert pipeline.inspect(follow, None).extracted.recipients == ["@dee@toot.school-town.example"]


def test_reddit_richtext_comment_text_is_read(pipeline):
    richtext = {"document": [{"e": "par", "c": [{"e": "text", "t": "Seconding the "},
                                                {"e": "link", "t": "visual timetable", "u": "https://e.example"}]}]}
    flow = make_flow("POST", "https://oauth.reddit.com/api/comment?raw_json=1",
                     urlencode({"api_type": "json", "thing_id": "t1_abc", "text": "",
                                "richtext_json": json.dumps(richtext)}),
                     {**FORM, "authorization": "Bearer tok"})
    ins = pipeline.inspect(flow, None)
    assert ins.action == "comment"
    assert ins.extracted.text == "Seconding the \nvisual timetable"
