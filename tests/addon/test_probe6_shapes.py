"""Request shapes the sixth probe corpus (tests/heldout_har6) found misread, through the real
pipeline on real mitmproxy flows.

- Reddit's shreddit GraphQL rule for comments matched any operation whose name holds
  "comment", so a batch of reads (PostInfoById, CommentsPageQuery) was reported as a comment
  whose text was a variables field; the same rule would have made a DeleteComment or a comment
  vote a comment. Read names (query, page, list, tree...) and non-writes (delete, vote, save,
  report...) are no longer comment writes; CreateComment and UpdateComment still are.
- Round b: a HAR entry with `postData.params` beside an empty `postData.text` (HAR 1.2 makes
  them exclusive) was replayed with an empty body, so an Instagram comment had no text; the
  params are now the body whenever the text is empty.
- Round b: Tumblr names a blog in the path by its name or by its hostname (name.tumblr.com); the
  hostname form kept the suffix as the account, so one blog was two accounts. The account is
  now the name either way (a custom domain stays as it is).
- Noticed in the replay lines (no label checks it): a Tumblr message listed its own sending blog
  (`participant`) among its recipients, and the others by hostname. The sender is now the
  message's account, and the recipients are the other participants' blog names.
The whole corpus is scored in test_heldout_replay.py.
"""
import io
import json

from addon.pipeline import Pipeline
from addon.replay import replay

from .conftest import make_flow

REDDIT = {"cookie": "reddit_session=abc; csrf_token=t", "content-type": "application/json"}
GQL = "https://www.reddit.com/svc/shreddit/graphql"


def op(name, variables=None):
    return {"operation": name, "variables": variables or {}, "csrf_token": "t"}


def test_a_batch_of_reads_about_comments_is_a_view(pipeline):
    body = [op("PostInfoById", {"ids": ["t3_a"]}),
            op("CommentsPageQuery", {"postId": "t3_a", "sort": "top", "title": "Teachers"})]
    ins = pipeline.inspect(make_flow("POST", GQL, body, REDDIT), None)
    assert (ins.platform, ins.action, ins.extracted.text) == ("reddit", "view", "")


def test_comment_operations_that_write_nothing_are_not_comments(pipeline):
    for name in ("DeleteComment", "UpdateCommentVote", "SaveComment", "ReportComment", "GetCommentTree"):
        ins = pipeline.inspect(make_flow("POST", GQL, op(name, {"input": {"id": "t1_x", "text": "x"}}), REDDIT),
                               None)
        assert not ins.extracted.is_post_action, (name, ins.action)


def test_a_graphql_comment_write_is_still_a_comment_with_its_text(pipeline):
    for name in ("CreateComment", "UpdateComment"):
        body = op(name, {"input": {"postId": "t3_a", "content": {"markdown": "Ten-minute slots work for us"}}})
        ins = pipeline.inspect(make_flow("POST", GQL, body, REDDIT), None)
        assert (ins.action, ins.extracted.text) == ("comment", "Ten-minute slots work for us"), name


def har_entry(url, headers, post):
    return {"startedDateTime": "2026-11-30T19:20:00.000+00:00", "time": 50,
            "request": {"method": "POST", "url": url, "httpVersion": "HTTP/2", "headers": headers,
                        "cookies": [], "queryString": [], "postData": post},
            "response": {"status": 200, "httpVersion": "HTTP/2", "headers": [],
                         "content": {"size": 0, "mimeType": "application/json"}}}


def test_params_beside_an_empty_text_are_the_body(pmap):
    headers = [{"name": "Cookie", "value": "csrftoken=abc; ds_user_id=58812233001; sessionid=58812233001%3Axyz"},
               {"name": "X-IG-App-ID", "value": "936619743392459"},
               {"name": "Content-Type", "value": "application/x-www-form-urlencoded"}]
    post = {"mimeType": "application/x-www-form-urlencoded", "text": "",
            "params": [{"name": "comment_text", "value": "Pumpkins & lanterns = 100% brilliant"}]}
    out = io.StringIO()
    problems = replay([har_entry("https://www.instagram.com/api/v1/web/comments/3412/add/", headers, post)],
                      Pipeline(pmap, None), out)
    line = json.loads(out.getvalue())
    assert problems == 0
    assert (line["platform"], line["action"], line["text"]) == ("instagram", "comment",
                                                                 "Pumpkins & lanterns = 100% brilliant")
    assert line["account"]["id"] == "58812233001"


def test_an_empty_text_with_no_params_stays_an_empty_body(pmap):
    headers = [{"name": "Cookie", "value": "ds_user_id=58812233001"},
               {"name": "Content-Type", "value": "application/x-www-form-urlencoded"}]
    out = io.StringIO()
    replay([har_entry("https://www.instagram.com/api/v1/web/comments/3412/add/", headers,
                      {"mimeType": "application/x-www-form-urlencoded", "text": ""})], Pipeline(pmap, None), out)
    assert json.loads(out.getvalue())["text"] == ""


def test_a_tumblr_blog_named_by_its_hostname_is_the_same_account(pipeline):
    headers = {"authorization": "Bearer t", "content-type": "application/json"}
    body = {"content": [{"type": "text", "text": "Eco council litter pick on Saturday"}], "state": "published"}
    by_host = pipeline.inspect(make_flow("POST", "https://www.tumblr.com/api/v2/blog/eco-council.tumblr.com/posts",
                                         body, headers), None)
    by_name = pipeline.inspect(make_flow("POST", "https://www.tumblr.com/api/v2/blog/eco-council/posts",
                                         body, headers), None)
    custom = pipeline.inspect(make_flow("POST", "https://www.tumblr.com/api/v2/blog/blog.school.example/posts",
                                        body, headers), None)
    assert by_host.extracted.account_id == by_name.extracted.account_id == "eco-council"
    assert custom.extracted.account_id == "blog.school.example"
    assert by_host.action == "post" and by_host.extracted.text == "Eco council litter pick on Saturday"


def test_a_tumblr_message_is_from_its_participant_to_the_others(pipeline):
    body = {"participant": "castlegate-crafts.tumblr.com", "type": "TEXT",
            "participants": ["glitterandglue.tumblr.com", "castlegate-crafts.tumblr.com", "paper-cuts"],
            "message": "Could I borrow your snowflake template?"}
    ins = pipeline.inspect(make_flow("POST", "https://www.tumblr.com/api/v2/conversations/messages", body,
                                     {"authorization": "Bearer t", "content-type": "application/json"}), None)
    assert (ins.platform, ins.action, ins.extracted.text) == ("tumblr", "dm", "Could I borrow your snowflake template?")
    assert ins.extracted.account_id == "castlegate-crafts"
    assert ins.extracted.recipients == ["glitterandglue", "paper-cuts"]
