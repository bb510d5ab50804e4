"""Request shapes the fifth probe corpus (tests/heldout_har5) found misread, through the real
pipeline on real mitmproxy flows (and the real replay on HAR entries).

- Threads and Instagram edit a post's caption through /api/v1/media/<id>/edit_media/
  (`caption_text`): no rule named it, so an edit fell to `other` with no text.
- Old Reddit edits a comment or a self-post through /api/editusertext (`thing_id`, `text`):
  the same; a t1_ thing is a comment, a t3_ thing a post.
- The generic read words ("feed", "list", "log"...) matched inside mutation names, so
  useCometFeedStoryDeleteMutation passed for a read (`view`); a mutation is never a read.
- Pinterest handles were written without the contract's "@".
- A DM to a conversation the session never read names its recipient only by id; the DM's own
  response names the user, so the replay line now gives the handle (the verdict is still the
  one given before the response, as the live addon gives it).
- A LinkedIn image PUT to /dms-uploads/ was judged but stored under its path, while the share
  names the asset URN: the upload metadata answer that pairs the two is now read as a lease
  (field paths read an http(s) URL met before their last step as {host, path, query}).
- Messenger's upload.php answer keys `metadata` by index as a JSON object ({"0": {...}}), as
  its web client reads it; the upload id was read only from a list, so a photo sent in a chat
  message was judged on upload but never reached the message. A `*` step now reads any key of
  an object or any item of a list.
The whole corpus is scored in test_heldout_replay.py; the extension's reading of the same
requests is compared in tests/e2e/test_extension_map.py.
"""
import io
import json
from urllib.parse import urlencode

from mitmproxy import http

from addon.pipeline import Pipeline
from addon.replay import replay

from .conftest import make_flow

FORM = "application/x-www-form-urlencoded"


def meta(host, app_id):
    return {"cookie": "ds_user_id=6123; sessionid=6123%3Aabc; csrftoken=t", "x-ig-app-id": app_id,
            "content-type": FORM, "origin": f"https://{host}"}


def test_a_threads_caption_edit_is_a_post_with_its_new_text(pipeline):
    flow = make_flow("POST", "https://www.threads.com/api/v1/media/3412_6123/edit_media/",
                     urlencode({"caption_text": "Edited: marking tips for new teachers"}),
                     meta("www.threads.com", "238260118697367"))
    ins = pipeline.inspect(flow, None)
    assert (ins.platform, ins.action, ins.extracted.text) == ("threads", "post", "Edited: marking tips for new teachers")
    assert (ins.extracted.reply_to, ins.extracted.account_id) == ("3412_6123", "6123")


def test_an_instagram_caption_edit_is_a_post(pipeline):
    flow = make_flow("POST", "https://www.instagram.com/api/v1/media/3412/edit_media/",
                     urlencode({"caption_text": "Sports day, take two @someone_else"}),
                     meta("www.instagram.com", "936619743392459"))
    ins = pipeline.inspect(flow, None)
    assert (ins.platform, ins.action) == ("instagram", "post")
    assert ins.extracted.text == "Sports day, take two @someone_else"
    assert ins.extracted.recipients == ["@someone_else"]


def test_an_old_reddit_edit_is_a_comment_or_a_post_by_its_thing(pipeline):
    headers = {"cookie": "reddit_session=1%2Cx", "content-type": FORM}
    comment = pipeline.inspect(make_flow("POST", "https://old.reddit.com/api/editusertext",
                                         urlencode({"thing_id": "t1_abc", "text": "Edit: use mini whiteboards"}),
                                         headers), None)
    assert (comment.platform, comment.action, comment.extracted.text) == ("reddit", "comment",
                                                                          "Edit: use mini whiteboards")
    post = pipeline.inspect(make_flow("POST", "https://www.reddit.com/api/editusertext",
                                      urlencode({"thing_id": "t3_xyz", "text": "Update: sorted now"}), headers), None)
    assert (post.action, post.extracted.reply_to) == ("post", "t3_xyz")


def test_a_mutation_whose_name_holds_a_read_word_is_not_a_read(pipeline):
    def fb(name):
        body = urlencode({"av": "1000", "__user": "1000", "fb_api_req_friendly_name": name,
                          "variables": json.dumps({"input": {"story_id": "S1"}})})
        return pipeline.inspect(make_flow("POST", "https://www.facebook.com/api/graphql/", body,
                                          {"cookie": "c_user=1000", "content-type": FORM}), None)
    deleted = fb("useCometFeedStoryDeleteMutation")
    assert (deleted.action, deleted.extracted.rule) == ("other", None)
    # a read is still a read, by its rule or by the generic read words
    assert fb("CometNewsFeedPaginationQuery").action == "view"
    assert fb("ProfileCometTimelineListViewRefetch").action == "view"


def test_a_pinterest_follow_names_the_user_with_an_at(pipeline):
    h = {"cookie": "_pinterest_sess=x; csrftoken=t", "content-type": FORM}
    read = make_flow("GET", "https://www.pinterest.co.uk/resource/UserResource/get/?data=%7B%7D", None, h)
    ins = pipeline.inspect(read, None)
    read.response = http.Response.make(200, json.dumps({"resource_response": {"data": {
        "id": "8821", "username": "artroom.ideas"}}}), {"content-type": "application/json"})
    pipeline.learn(read, ins)
    body = urlencode({"source_url": "/artroom.ideas/", "data": json.dumps({"options": {"user_id": "8821"}})})
    follow = pipeline.inspect(make_flow("POST", "https://www.pinterest.co.uk/resource/UserFollowResource/create/",
                                        body, h), None)
    assert (follow.action, follow.extracted.recipients) == ("follow", ["@artroom.ideas"])


def entry(method, url, headers, body, ctype, response):
    return {"startedDateTime": "2026-12-14T20:20:00.000Z", "time": 10,
            "request": {"method": method, "url": url, "httpVersion": "HTTP/2.0", "cookies": [],
                        "headers": [{"name": k, "value": v} for k, v in headers.items()],
                        "queryString": [], "headersSize": -1, "bodySize": len(body),
                        "postData": {"mimeType": ctype, "text": body}},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2.0", "cookies": [],
                         "headers": [{"name": "content-type", "value": "application/json"}],
                         "content": {"size": len(response), "mimeType": "application/json", "text": response},
                         "redirectURL": "", "headersSize": -1, "bodySize": len(response)},
            "cache": {}, "timings": {"send": 0, "wait": 5, "receive": 1}}


def test_a_dm_recipient_named_only_by_its_own_response_gets_the_handle(pmap):
    dm = entry("POST", "https://x.com/i/api/1.1/dm/new2.json",
               {"cookie": "twid=u%3D111; ct0=t", "content-type": "application/json"},
               json.dumps({"conversation_id": "111-222", "text": "See you at the gate"}), "application/json",
               json.dumps({"entries": [], "users": {"222": {"id_str": "222", "screen_name": "colleague_pe"}}}))
    out = io.StringIO()
    assert replay([dm], Pipeline(pmap, None), out) == 0
    line = json.loads(out.getvalue())
    assert (line["action"], line["recipients"], line["account"]["id"]) == ("dm", ["@colleague_pe"], "111")


def test_a_recipient_no_response_names_stays_as_it_was(pmap):
    dm = entry("POST", "https://x.com/i/api/1.1/dm/new2.json",
               {"cookie": "twid=u%3D111; ct0=t", "content-type": "application/json"},
               json.dumps({"conversation_id": "111-333", "text": "Hello"}), "application/json", "{}")
    out = io.StringIO()
    assert replay([dm], Pipeline(pmap, None), out) == 0
    assert json.loads(out.getvalue())["recipients"] == ["333"]


def test_a_linkedin_image_put_to_its_upload_url_reaches_the_share_naming_its_asset(pipeline):
    """The upload metadata answer pairs the upload URL with the asset URN the share names;
    the PUT carries the URL's path (its signed query aside)."""
    from .conftest import JPEG
    h = {"cookie": 'li_at=x; JSESSIONID="ajax:1"', "csrf-token": "ajax:1", "content-type": "application/json"}
    lease = make_flow("POST", "https://www.linkedin.com/voyager/api/voyagerVideoDashMediaUploadMetadata?action=upload",
                      {"mediaUploadType": "IMAGE_SHARING", "fileSize": len(JPEG), "filename": "a.jpg"}, h)
    ins = pipeline.inspect(lease, None)
    assert ins.action == "other"
    url = "https://www.linkedin.com/dms-uploads/sp/v2/D4E10AQabc/uploaded-image/0?ca=vector_feedshare&ut=sig"
    lease.response = http.Response.make(200, json.dumps({"value": {"urn": "urn:li:digitalmediaAsset:D4E10AQxyz",
                                                                   "singleUploadUrl": url}}),
                                        {"content-type": "application/json"})
    pipeline.learn(lease, ins)
    put = pipeline.inspect(make_flow("PUT", url, JPEG, {**h, "content-type": "image/jpeg"}), None)
    assert (put.action, put.media_refs()) == ("upload", ["upload:urn:li:digitalmediaAsset:D4E10AQxyz"])
    share = pipeline.inspect(make_flow(
        "POST", "https://www.linkedin.com/voyager/api/graphql?action=execute&queryId=voyagerContentcreationDashShares.1",
        {"variables": {"post": {"commentary": {"text": "Astronomy club"},
                                "media": {"category": "IMAGE", "mediaUrn": "urn:li:digitalmediaAsset:D4E10AQxyz"}}}},
        h), None)
    assert (share.action, [i.data for i in share.images]) == ("post", [JPEG])


def test_field_paths_read_a_url_as_host_path_and_query_but_text_walks_do_not():
    from addon.fields import RequestView
    view = RequestView("POST", "h", "/", {}, {}, {}, body={
        "upload_url": "https://bucket.example.net/a%20b/c.jpg?upload_id=7&x=1", "link": "https://e.example/?text=hi",
        "text": "plain"})
    assert view.first("upload_url.path") == "/a%20b/c.jpg"
    assert (view.first("upload_url.host"), view.first("upload_url.query.upload_id")) == ("bucket.example.net", "7")
    assert view.first("upload_url") == "https://bucket.example.net/a%20b/c.jpg?upload_id=7&x=1"
    assert view.walk_strings("", frozenset({"text"}), None) == ["plain"]


def test_a_star_step_reads_any_key_of_an_object_or_any_item_of_a_list():
    from addon.fields import RequestView
    as_object = RequestView("POST", "h", "/", {}, {}, {}, body={"payload": {"metadata": {"0": {"image_id": 7}}}})
    as_list = RequestView("POST", "h", "/", {}, {}, {}, body={"payload": {"metadata": [{"image_id": 8}]}})
    assert as_object.values("payload.metadata.*.image_id") == [7]
    assert as_list.values("payload.metadata.*.image_id") == [8]


def test_a_messenger_photo_reaches_the_chat_message_that_attaches_it(pipeline):
    from .conftest import JPEG
    from .conftest import multipart as mp
    body, ctype = mp([("upload_1024", "a.jpg", "image/jpeg", JPEG)])
    flow = make_flow("POST", "https://www.facebook.com/ajax/mercury/upload.php?__a=1", body,
                     {"cookie": "c_user=1000; xs=x", "content-type": ctype})
    ins = pipeline.inspect(flow, None)
    assert ins.action == "upload" and ins.images
    flow.response = http.Response.make(200, 'for (;;);{"payload":{"metadata":{"0":{"image_id":4455,'
                                            '"filetype":"image/jpeg"}}}}', {"content-type": "application/x-javascript"})
    pipeline.learn(flow, ins)
    assert ins.media_refs() == ["upload:4455"]
    up = pipeline.uploads.get("facebook", "4455")
    assert up is not None and up.data == JPEG
