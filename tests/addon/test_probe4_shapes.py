"""Request shapes the fourth probe corpus (tests/heldout_har4) found misread, through the real
pipeline on real mitmproxy flows.

- A batched GraphQL request (a JSON array of operations, as Apollo-style clients send several in
  one request) was read as one unknown body: a post sent beside a read came out as `view` with no
  text. Each operation is now read on its own; the request does what its first post action does.
- LinkedIn server-driven (SDUI) actions name their operation only in the `sduiid` query or the
  body's `requestId` (com.linkedin.sdui....createComment): with no operation a comment fell to
  `other`; the last segment is now the operation, read by the generic fallback.
- Tumblr's post/reply answers a post (shown in its notes as a reply, `reply_text`): a `reply`, as
  replies to posts are on X, Threads and Bluesky, not a `comment`.
- Noticed while reading the replay's output (no label checks it): a Tumblr follow named the
  blog's URL as its recipient, which no roster handle matches; it is now the blog's name.
The whole corpus is scored in test_heldout_replay.py; the extension's reading of the same
requests is compared in tests/e2e/test_extension_map.py.
"""
import json

from .conftest import make_flow

REDDIT = {"cookie": "reddit_session=abc; csrf_token=t", "content-type": "application/json"}
GQL = "https://www.reddit.com/svc/shreddit/graphql"


def op(name, variables=None):
    return {"operation": name, "variables": variables or {}, "csrf_token": "t"}


def test_a_post_batched_after_a_read_is_the_post_with_its_text(pipeline):
    post = op("CreateProfilePost", {"input": {"title": "Swap WW2 resources?",
                                              "content": {"markdown": "Ours are good on evacuees."}}})
    ins = pipeline.inspect(make_flow("POST", GQL, [op("GetUserPreferences"), post], REDDIT), None)
    assert (ins.platform, ins.action, ins.extracted.rule) == ("reddit", "post", "create_post")
    assert ins.extracted.text == "Swap WW2 resources?\nOurs are good on evacuees."
    assert ins.extracted.operation == "CreateProfilePost"


def test_a_long_batch_is_read_up_to_its_bound_not_passed_over(pipeline):
    # Past MAX_BATCH operations the rest are not read, but the ones before still are: a post
    # early in a very long batch is still the post.
    post = op("CreateProfilePost", {"input": {"title": "Staff quiz", "content": {"markdown": "Friday at 7."}}})
    body = [op("GetUserPreferences"), post] + [op("SubredditFeedElements") for _ in range(40)]
    ins = pipeline.inspect(make_flow("POST", GQL, body, REDDIT), None)
    assert (ins.action, ins.extracted.operation) == ("post", "CreateProfilePost")


def test_a_batch_of_reads_is_a_view(pipeline):
    ins = pipeline.inspect(make_flow("POST", GQL, [op("GetUserPreferences"), op("SubredditFeedElements")],
                                     REDDIT), None)
    assert (ins.action, ins.extracted.text) == ("view", "")


def test_an_array_body_that_names_no_operation_is_read_as_before(pipeline):
    """LinkedIn's li/track beacon is a JSON array of events: not a batch, still `other`."""
    flow = make_flow("POST", "https://www.linkedin.com/li/track",
                     [{"eventInfo": {"eventName": "PageViewEvent"}, "text": "not a post"}],
                     {"cookie": "li_at=x", "content-type": "application/json"})
    ins = pipeline.inspect(flow, None)
    assert ins.platform == "linkedin" and not ins.extracted.is_post_action


def test_tumblr_reply_to_a_post_is_a_reply(pipeline):
    flow = make_flow("POST", "https://www.tumblr.com/api/v2/blog/staffroom-doodles/post/reply",
                     json.dumps({"post_id": "7123", "reblog_key": "k", "reply_text": "This made my week"}),
                     {"authorization": "Bearer x", "content-type": "application/json; charset=utf-8"})
    ins = pipeline.inspect(flow, None)
    assert (ins.platform, ins.action, ins.extracted.text) == ("tumblr", "reply", "This made my week")
    assert ins.extracted.reply_to == "7123"


LINKEDIN = {"cookie": 'li_at=x; JSESSIONID="ajax:1"', "csrf-token": "ajax:1", "content-type": "application/json"}
SDUI = "https://www.linkedin.com/flagship-web/rsc-action/actions/server-request?sduiid="


def sdui_body(request_id, payload):
    return {"requestId": request_id, "serverRequest": {"requestedArguments": {"payload": payload}}}


def test_linkedin_server_driven_comment_is_read_by_its_operation_name(pipeline):
    rid = "com.linkedin.sdui.requests.feed.createComment"
    payload = {"commentary": {"text": "Congratulations, thoroughly deserved!"}, "threadUrn": "urn:li:activity:1"}
    for url, body in ((SDUI + rid, sdui_body(rid, payload)),
                      (SDUI.split("?")[0], sdui_body(rid, payload))):   # the name only in the body
        ins = pipeline.inspect(make_flow("POST", url, body, LINKEDIN), None)
        assert (ins.platform, ins.action, ins.extracted.operation) == ("linkedin", "comment", "createComment"), url
        assert ins.extracted.text == "Congratulations, thoroughly deserved!"


def test_linkedin_server_driven_deletes_and_textless_reposts_are_not_posts(pipeline):
    for rid, payload in (("com.linkedin.sdui.requests.feed.deleteComment", {"commentUrn": "urn:li:comment:1"}),
                         ("com.linkedin.sdui.requests.feed.unlike", {"threadUrn": "urn:li:activity:1"}),
                         ("com.linkedin.sdui.requests.feed.repost", {"threadUrn": "urn:li:activity:1"})):
        ins = pipeline.inspect(make_flow("POST", SDUI + rid, sdui_body(rid, payload), LINKEDIN), None)
        assert ins.platform == "linkedin" and not ins.extracted.is_post_action, rid


def test_tumblr_follow_names_the_blog_not_its_url(pipeline):
    """The follow's `url` is the blog's address; its name is the handle a roster lists."""
    for url in ("https://heron-watch.tumblr.com", "heron-watch.tumblr.com/", "https://www.tumblr.com/heron-watch",
                "https://www.tumblr.com/blog/view/heron-watch"):
        flow = make_flow("POST", "https://www.tumblr.com/api/v2/user/follow", {"url": url},
                         {"authorization": "Bearer x"})
        ins = pipeline.inspect(flow, None)
        assert (ins.action, ins.extracted.recipients) == ("follow", ["heron-watch"]), url
    custom = make_flow("POST", "https://www.tumblr.com/api/v2/user/follow", {"url": "https://art.school.example/"},
                       {"authorization": "Bearer x"})
    assert pipeline.inspect(custom, None).extracted.recipients == ["art.school.example"]
