"""One request per platform action in the map, through the real pipeline (no engine)."""
import json

import pytest
from mitmproxy import http

from .conftest import JPEG, make_flow, multipart

X_AUTH = {"cookie": "twid=u%3D1447; ct0=abc", "authorization": "Bearer AAAA"}
FB = {"cookie": "c_user=1000111; xs=1", "content-type": "application/x-www-form-urlencoded"}
IG = {"cookie": "ds_user_id=2210; sessionid=2210%3Aabc", "content-type": "application/x-www-form-urlencoded"}
BSKY = {"authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaWQ6cGxjOmFiYyJ9.sig"}
MASTO = {"authorization": "Bearer tok"}
FORM = {"content-type": "application/x-www-form-urlencoded"}


def fb_form(name, variables):
    from urllib.parse import urlencode
    return urlencode({"av": "1000111", "fb_api_req_friendly_name": name, "doc_id": "1",
                      "variables": json.dumps(variables)})


CASES = [
    # (id, method, url, body, headers, expected subset)
    ("x-post", "POST", "https://x.com/i/api/graphql/abc/CreateTweet",
     {"variables": {"tweet_text": "Hello @willf_2015!", "media": {"media_entities": [{"media_id": "9"}]}}}, X_AUTH,
     {"platform": "x", "action": "post", "text": "Hello @willf_2015!", "recipients": ["@willf_2015"],
      "media": ["upload:9"], "account": {"id": "1447", "handle": None}}),
    ("x-reply", "POST", "https://x.com/i/api/graphql/zzz/CreateTweet",
     {"variables": {"tweet_text": "Agreed", "reply": {"in_reply_to_tweet_id": "5"}}}, X_AUTH,
     {"action": "reply", "text": "Agreed"}),
    ("x-note", "POST", "https://api.x.com/graphql/q/CreateNoteTweet", {"variables": json.dumps({"tweet_text": "Long"})},
     X_AUTH, {"action": "post", "text": "Long"}),
    ("x-draft", "POST", "https://x.com/i/api/graphql/q/CreateDraftTweet",
     {"variables": {"post_tweet_request": {"status": "Draft text", "media_ids": ["3"]}}}, X_AUTH,
     {"action": "post", "text": "Draft text", "media": ["upload:3"]}),
    ("x-dm", "POST", "https://x.com/i/api/1.1/dm/new2.json?ext=a", {"conversation_id": "1447-99", "text": "hi"},
     X_AUTH, {"action": "dm", "recipients": ["99"]}),
    ("x-dm-graphql", "POST", "https://x.com/i/api/graphql/q/useSendMessageMutation",
     {"variables": {"message": {"text": {"text": "yo"}}, "target": {"participant_ids": ["42"]}}}, X_AUTH,
     {"action": "dm", "text": "yo", "recipients": ["42"]}),
    ("x-follow", "POST", "https://x.com/i/api/1.1/friendships/create.json", "user_id=42&skip_status=1",
     {**X_AUTH, **FORM}, {"action": "follow", "recipients": ["42"]}),
    ("x-profile", "POST", "https://x.com/i/api/1.1/account/update_profile.json", "description=Teacher+at+Upland",
     {**X_AUTH, **FORM}, {"action": "profile_update", "text": "Teacher at Upland"}),
    ("x-like", "POST", "https://x.com/i/api/graphql/q/FavoriteTweet", {"variables": {"tweet_id": "1"}}, X_AUTH,
     {"action": "other"}),
    ("x-timeline", "POST", "https://x.com/i/api/graphql/q/HomeTimeline", {"variables": {"count": 20}}, X_AUTH,
     {"action": "view"}),
    ("x-beacon", "POST", "https://x.com/i/api/1.1/jot/client_event.json", "log=%5B%7B%22text%22%3A%22x%22%7D%5D",
     {**X_AUTH, **FORM}, {"action": "other"}),
    ("x-page", "GET", "https://x.com/home", None, {}, {"action": "view"}),
    ("fb-post", "POST", "https://www.facebook.com/api/graphql/",
     fb_form("ComposerStoryCreateMutation", {"input": {"message": {"text": "Trip photos"},
                                                       "attachments": [{"photo": {"id": "77"}}]}}),
     FB, {"platform": "facebook", "action": "post", "text": "Trip photos", "media": ["upload:77"],
          "account": {"id": "1000111", "handle": None}}),
    ("fb-comment", "POST", "https://www.facebook.com/api/graphql/",
     fb_form("useCometUFICreateCommentMutation", {"input": {"message": {"text": "Well done"}, "feedback_id": "ZmVl"}}),
     FB, {"action": "comment", "text": "Well done"}),
    ("fb-friend", "POST", "https://www.facebook.com/api/graphql/",
     fb_form("FriendingCometFriendRequestSendMutation", {"input": {"friend_requestee_ids": ["555"]}}),
     FB, {"action": "friend_request", "recipients": ["555"]}),
    ("fb-feed", "POST", "https://www.facebook.com/api/graphql/",
     fb_form("CometNewsFeedPaginationQuery", {"count": 3}), FB, {"action": "view"}),
    ("fb-typeahead", "POST", "https://www.facebook.com/api/graphql/",
     fb_form("useCometSearchTypeaheadDataSourceQuery", {"text": "upland"}), FB, {"action": "view", "text": ""}),
    ("ig-configure", "POST", "https://www.instagram.com/api/v1/media/configure/",
     "caption=Sports+day+%40amara.okoye&upload_id=171", IG,
     {"platform": "instagram", "action": "post", "text": "Sports day @amara.okoye", "media": ["upload:171"],
      "recipients": ["@amara.okoye"], "account": {"id": "2210", "handle": None}}),
    ("ig-comment", "POST", "https://www.instagram.com/api/v1/web/comments/123/add/", "comment_text=Nice",
     IG, {"action": "comment", "text": "Nice"}),
    ("ig-follow-web", "POST", "https://www.instagram.com/api/v1/web/friendships/61/follow/", "", IG,
     {"action": "follow", "recipients": ["61"]}),
    ("ig-follow", "POST", "https://i.instagram.com/api/v1/friendships/create/62/", "user_id=62", IG,
     {"action": "follow", "recipients": ["62"]}),
    ("ig-dm", "POST", "https://www.instagram.com/api/v1/direct_v2/threads/broadcast/text/",
     "text=hello&recipient_users=%5B%5B%2233%22%5D%5D", IG, {"action": "dm", "text": "hello", "recipients": ["33"]}),
    ("ig-profile", "POST", "https://www.instagram.com/api/v1/web/accounts/edit/", "biography=Teacher", IG,
     {"action": "profile_update", "text": "Teacher"}),
    ("ig-read", "POST", "https://www.instagram.com/graphql/query",
     "fb_api_req_friendly_name=PolarisFeedTimelineRootV2Query&variables=%7B%7D", IG, {"action": "view"}),
    ("threads-post", "POST", "https://www.threads.com/api/v1/media/configure_text_only_post/",
     "caption=Books%21&text_post_app_info=%7B%22reply_control%22%3A0%7D&upload_id=99", IG,
     {"platform": "threads", "action": "post", "text": "Books!", "media": []}),
    ("threads-reply", "POST", "https://www.threads.net/api/v1/media/configure_text_only_post/",
     "caption=Yes&text_post_app_info=%7B%22reply_id%22%3A%2245%22%7D", IG, {"action": "reply"}),
    ("threads-media", "POST", "https://www.threads.com/api/v1/media/configure_text_post_app_feed/",
     "caption=Corner&upload_id=88", IG, {"action": "post", "media": ["upload:88"]}),
    ("li-post", "POST", "https://www.linkedin.com/voyager/api/graphql?action=execute&queryId=voyagerContentcreationDashShares.abc",
     {"variables": {"post": {"commentary": {"text": "Hiring"}}}}, {}, {"platform": "linkedin", "action": "post", "text": "Hiring"}),
    ("li-share", "POST", "https://www.linkedin.com/voyager/api/contentcreation/normShares",
     {"commentaryV2": {"text": "Award"}}, {}, {"action": "post", "text": "Award"}),
    ("li-comment", "POST", "https://www.linkedin.com/voyager/api/voyagerSocialDashNormComments?decorationId=x",
     {"commentary": {"text": "Great"}, "threadUrn": "urn:li:activity:1"}, {}, {"action": "comment", "text": "Great"}),
    ("li-dm-textplain", "POST", "https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage",
     json.dumps({"message": {"body": {"text": "About the panel"}}, "mailboxUrn": "urn:li:fsd_profile:ME",
                 "hostRecipientUrns": ["urn:li:fsd_profile:YOU"]}), {"content-type": "text/plain;charset=UTF-8"},
     {"action": "dm", "text": "About the panel", "recipients": ["YOU"], "account": {"id": "ME", "handle": None}}),
    ("li-dm-legacy", "POST", "https://www.linkedin.com/voyager/api/messaging/conversations?action=create",
     {"conversationCreate": {"eventCreate": {"value": {"com.linkedin.voyager.messaging.create.MessageCreate":
                                                       {"attributedBody": {"text": "Old style"}}}},
                             "recipients": ["R1"]}}, {}, {"action": "dm", "text": "Old style", "recipients": ["R1"]}),
    ("li-connect", "POST", "https://www.linkedin.com/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2",
     {"invitee": {"inviteeUnion": {"memberProfile": "urn:li:fsd_profile:P2"}}, "customMessage": "Hi"}, {},
     {"action": "friend_request", "recipients": ["P2"], "text": "Hi"}),
    ("li-track", "POST", "https://www.linkedin.com/li/track", [{"eventBody": {"text": "x"}}], {}, {"action": "other"}),
    ("bsky-post", "POST", "https://pds.example.org/xrpc/com.atproto.repo.createRecord",
     {"repo": "did:plc:me", "collection": "app.bsky.feed.post", "record": {"text": "Hi @a.bsky.social",
      "embed": {"images": [{"image": {"ref": {"$link": "bafk"}}}]}}}, BSKY,
     {"platform": "bluesky", "action": "post", "recipients": ["@a.bsky.social"], "media": ["upload:bafk"],
      "account": {"id": "did:plc:me", "handle": None}}),
    ("bsky-reply-apply", "POST", "https://x.host.bsky.network/xrpc/com.atproto.repo.applyWrites",
     {"repo": "did:plc:me", "writes": [{"collection": "app.bsky.feed.post", "value": {"text": "Reply",
      "reply": {"parent": {"uri": "at://p"}}}}, {"collection": "app.bsky.feed.threadgate", "value": {}}]}, BSKY,
     {"action": "reply", "text": "Reply"}),
    ("bsky-follow", "POST", "https://bsky.social/xrpc/com.atproto.repo.createRecord",
     {"collection": "app.bsky.graph.follow", "record": {"subject": "did:plc:other"}}, BSKY,
     {"action": "follow", "recipients": ["did:plc:other"], "account": {"id": "did:plc:abc", "handle": None}}),
    ("bsky-like", "POST", "https://bsky.social/xrpc/com.atproto.repo.createRecord",
     {"collection": "app.bsky.feed.like", "record": {}}, BSKY, {"action": "other"}),
    ("bsky-profile", "POST", "https://bsky.social/xrpc/com.atproto.repo.putRecord",
     {"collection": "app.bsky.actor.profile", "record": {"description": "Teacher at Upland"}}, BSKY,
     {"action": "profile_update", "text": "Teacher at Upland"}),
    ("bsky-dm", "POST", "https://bsky.social/xrpc/chat.bsky.convo.sendMessage",
     {"convoId": "c1", "message": {"text": "Swap slots?"}}, BSKY, {"action": "dm", "text": "Swap slots?"}),
    ("bsky-seen", "POST", "https://bsky.social/xrpc/app.bsky.notification.updateSeen", {"seenAt": "now"}, BSKY,
     {"action": "other"}),
    ("masto-public", "POST", "https://toot.example/api/v1/statuses",
     {"status": "Hello #GethinApRhys", "visibility": "public", "media_ids": ["5"]}, MASTO,
     {"platform": "mastodon", "action": "post", "media": ["upload:5"]}),
    ("masto-direct-form", "POST", "https://toot.example/api/v1/statuses",
     "status=%40kw%40mastodon.social+hi&visibility=direct", {**MASTO, **FORM},
     {"action": "dm", "recipients": ["@kw@mastodon.social"]}),
    ("masto-reply", "POST", "https://mastodon.social/api/v1/statuses", {"status": "Yes", "in_reply_to_id": "8"},
     MASTO, {"action": "reply"}),
    ("masto-follow", "POST", "https://mastodon.social/api/v1/accounts/123/follow", None, MASTO,
     {"action": "follow", "recipients": ["123"]}),
    ("masto-profile", "PATCH", "https://mastodon.social/api/v1/accounts/update_credentials",
     {"note": "Head of PE"}, MASTO, {"action": "profile_update", "text": "Head of PE"}),
    ("masto-markers", "POST", "https://mastodon.social/api/v1/markers", {"home": {"last_read_id": "1"}}, MASTO,
     {"action": "other"}),
    ("reddit-graphql-post", "POST", "https://www.reddit.com/svc/shreddit/graphql",
     {"operation": "CreatePost", "variables": {"input": {"title": "Open evening", "content": {"markdown": "Doors at 6"}}}},
     {}, {"platform": "reddit", "action": "post", "text": "Open evening\nDoors at 6"}),
    ("reddit-comment", "POST", "https://old.reddit.com/api/comment", "thing_id=t3_1&text=Agree", FORM,
     {"action": "comment", "text": "Agree"}),
    ("reddit-shreddit-comment", "POST", "https://www.reddit.com/svc/shreddit/t3_abc/create-comment",
     "content=%7B%22document%22%3A%5B%7B%22c%22%3A%5B%7B%22e%22%3A%22text%22%2C%22t%22%3A%22Nice+one%22%7D%5D%7D%5D%7D&mode=richText",
     FORM, {"action": "comment", "text": "Nice one"}),
    ("reddit-submit", "POST", "https://old.reddit.com/api/submit", "kind=self&sr=Teachers&title=T&text=Body", FORM,
     {"action": "post", "text": "T\nBody"}),
    ("reddit-pm", "POST", "https://www.reddit.com/api/compose", "to=someone&subject=S&text=Msg", FORM,
     {"action": "dm", "recipients": ["u/someone"]}),
    ("reddit-events", "POST", "https://www.reddit.com/svc/shreddit/events", {"info": [{"action": "view"}]}, {},
     {"action": "other"}),
    ("yt-comment", "POST", "https://www.youtube.com/youtubei/v1/comment/create_comment?prettyPrint=false",
     {"context": {}, "commentText": "Great drill", "createCommentParams": "Eg"}, {"x-goog-pageid": "UC1"},
     {"platform": "youtube", "action": "comment", "text": "Great drill", "account": {"id": "UC1", "handle": None}}),
    ("yt-reply", "POST", "https://www.youtube.com/youtubei/v1/comment/create_comment_reply",
     {"commentText": "Thanks"}, {}, {"action": "reply"}),
    ("yt-live", "POST", "https://www.youtube.com/youtubei/v1/live_chat/send_message",
     {"richMessage": {"textSegments": [{"text": "Hi"}, {"text": "all"}]}}, {}, {"action": "comment", "text": "Hi\nall"}),
    ("yt-community", "POST", "https://www.youtube.com/youtubei/v1/backstage/create_post", {"commentText": "News"}, {},
     {"action": "post", "text": "News"}),
    ("yt-subscribe", "POST", "https://www.youtube.com/youtubei/v1/subscription/subscribe", {"channelIds": ["UCx"]}, {},
     {"action": "follow", "recipients": ["UCx"]}),
    ("yt-search", "POST", "https://www.youtube.com/youtubei/v1/search", {"query": "fractions"}, {}, {"action": "view"}),
    ("yt-log", "POST", "https://www.youtube.com/youtubei/v1/log_event", {"events": []}, {}, {"action": "other"}),
    ("tiktok-comment-query", "POST", "https://www.tiktok.com/api/comment/publish/?aweme_id=1&text=So%20true&text_extra=%5B%5D",
     None, FORM, {"platform": "tiktok", "action": "comment", "text": "So true"}),
    ("tiktok-comment-form", "POST", "https://www.tiktok.com/api/comment/publish/", "aweme_id=1&text=Form+text", FORM,
     {"action": "comment", "text": "Form text"}),
    ("tiktok-follow", "POST", "https://www.tiktok.com/api/commit/follow/user/?user_id=77&type=1", None, FORM,
     {"action": "follow", "recipients": ["77"]}),
    ("pin-create", "POST", "https://www.pinterest.co.uk/resource/PinResource/create/",
     "source_url=%2F&data=%7B%22options%22%3A%7B%22title%22%3A%22Art+week%22%2C%22description%22%3A%22Collages%22%7D%7D",
     FORM, {"platform": "pinterest", "action": "post", "text": "Art week\nCollages"}),
    ("pin-comment", "POST", "https://www.pinterest.com/resource/AggregatedCommentResource/create/",
     "data=%7B%22options%22%3A%7B%22text%22%3A%22Lovely%22%7D%7D", FORM, {"action": "comment", "text": "Lovely"}),
    ("pin-dm", "POST", "https://www.pinterest.com/resource/ConversationsResource/create/",
     "data=%7B%22options%22%3A%7B%22text%22%3A%22Hi%22%2C%22user_ids%22%3A%5B%229%22%5D%7D%7D", FORM,
     {"action": "dm", "recipients": ["9"]}),
    ("pin-follow", "POST", "https://www.pinterest.com/resource/UserFollowResource/create/",
     "data=%7B%22options%22%3A%7B%22user_id%22%3A%229%22%7D%7D", FORM, {"action": "follow", "recipients": ["9"]}),
    ("tumblr-post", "POST", "https://www.tumblr.com/api/v2/blog/myblog/posts",
     {"content": [{"type": "text", "text": "Robotics won"}], "state": "published"}, {},
     {"platform": "tumblr", "action": "post", "text": "Robotics won", "account": {"id": "myblog", "handle": None}}),
    ("tumblr-dm", "POST", "https://www.tumblr.com/api/v2/conversations/messages",
     {"message": "hey", "participant": "a.tumblr.com", "participants": ["b.tumblr.com"]},
     {}, {"action": "dm", "recipients": ["b"], "account": {"id": "a", "handle": None}}),
    ("tumblr-follow", "POST", "https://www.tumblr.com/api/v2/user/follow", {"url": "other.tumblr.com"}, {},
     {"action": "follow"}),
    ("discord-message", "POST", "https://discord.com/api/v9/channels/123/messages", {"content": "Hello <@456>"},
     {"authorization": "MTIzNDU2.x.y"}, {"platform": "discord", "action": "post", "text": "Hello <@456>",
                                          "recipients": ["456"], "account": {"id": "123456", "handle": None}}),
    ("discord-reply", "POST", "https://discord.com/api/v10/channels/1/messages",
     {"content": "Re", "message_reference": {"message_id": "9"}}, {}, {"action": "reply"}),
    ("discord-friend", "POST", "https://discord.com/api/v9/users/@me/relationships", {"username": "pupil1"}, {},
     {"action": "friend_request", "recipients": ["@pupil1"]}),
    ("whatsapp-socket", "GET", "wss://web.whatsapp.com/ws/chat", None, {}, {"platform": "whatsapp", "action": "other"}),
    ("whatsapp-media", "POST", "https://mmg.whatsapp.net/mms/image/abc?auth=1", b"\x86\xf7\xba\x04" * 50,
     {"content-type": "application/octet-stream"}, {"platform": "whatsapp", "action": "upload", "text": "", "media": []}),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_extracts(pipeline, case):
    _, method, url, body, headers, want = case
    ins = pipeline.inspect(make_flow(method, url, body, headers), "s.hart")
    assert ins is not None
    got = ins.record()
    for key, value in want.items():
        assert got[key] == value, (key, got)


def test_every_platform_has_cases(pmap):
    covered = {c[5].get("platform") for c in CASES} | {c[0].split("-")[0] for c in CASES}
    aliases = {"fb": "facebook", "ig": "instagram", "li": "linkedin", "bsky": "bluesky", "masto": "mastodon",
               "yt": "youtube", "pin": "pinterest"}
    covered |= {aliases.get(c, c) for c in covered}
    assert set(pmap.platforms) <= covered


@pytest.mark.parametrize("method,url,headers", [
    ("POST", "https://www.bbc.co.uk/api/v1/statuses", {}),                  # Mastodon path, no token
    ("POST", "https://secure.lloydsbank.co.uk/personal/a/make_payment/api/payments", {}),
    ("GET", "https://pbs.twimg.com/media/abc.jpg", {}),
    ("POST", "https://x.com.evil.test/i/api/graphql/q/CreateTweet", {}),
])
def test_unrelated_requests_are_not_monitored(pipeline, method, url, headers):
    flow = make_flow(method, url, {"status": "hello", "text": "x"}, headers)
    assert pipeline.inspect(flow, None) is None


def test_fallback_reads_generic_text_fields(pipeline):
    flow = make_flow("POST", "https://www.facebook.com/api/graphql/",
                     "fb_api_req_friendly_name=CometGroupPostCreateMutation&variables=%7B%22input%22%3A%7B%22message%22%3A%7B%22text%22%3A%22Bake+sale%22%7D%7D%7D",
                     FB)
    ins = pipeline.inspect(flow, None)
    assert ins.extracted.fallback and ins.action == "post" and "Bake sale" in ins.extracted.text


def test_ids_resolve_from_earlier_responses(pipeline):
    lookup = make_flow("GET", "https://x.com/i/api/graphql/q/UserByScreenName?variables=%7B%7D", None, X_AUTH)
    lookup.response = http.Response.make(200, json.dumps({"data": {"user": {"result": {
        "rest_id": "42", "core": {"screen_name": "kai_b"}}}}}), {"content-type": "application/json"})
    pipeline.learn(lookup, pipeline.inspect(lookup, None))
    ins = pipeline.inspect(make_flow("POST", "https://x.com/i/api/1.1/friendships/create.json", "user_id=42",
                                     {**X_AUTH, **FORM}), None)
    assert ins.extracted.recipients == ["@kai_b"]


def test_bluesky_conversation_members_resolve(pipeline):
    convo = make_flow("GET", "https://bsky.social/xrpc/chat.bsky.convo.getConvoForMembers?members=did:plc:b",
                      None, BSKY)
    convo.response = http.Response.make(200, json.dumps({"convo": {"id": "c1", "members": [
        {"did": "did:plc:abc", "handle": "me.bsky.social"}, {"did": "did:plc:b", "handle": "b.bsky.social"}]}}))
    pipeline.learn(convo, pipeline.inspect(convo, None))
    ins = pipeline.inspect(make_flow("POST", "https://bsky.social/xrpc/chat.bsky.convo.sendMessage",
                                     {"convoId": "c1", "message": {"text": "hi"}}, BSKY), None)
    assert ins.extracted.recipients == ["@b.bsky.social"]
    assert ins.extracted.account_handle == "@me.bsky.social"


def test_x_chunked_upload_is_judged_once_whole_and_attached(pipeline):
    segments = [JPEG[:70], JPEG[70:200], JPEG[200:]]
    for i, seg in enumerate(segments):
        body, ctype = multipart([("media", "blob", "application/octet-stream", seg)])
        ins = pipeline.inspect(make_flow("POST", f"https://upload.x.com/i/media/upload.json?command=APPEND&media_id=9&segment_index={i}",
                                         body, {**X_AUTH, "content-type": ctype}), None)
        assert ins.action == "other" and not ins.images
    import hashlib
    fin = pipeline.inspect(make_flow("POST", "https://upload.x.com/i/media/upload.json?command=FINALIZE&media_id=9"
                                     f"&original_md5={hashlib.md5(JPEG).hexdigest()}", None, X_AUTH), None)
    assert fin.action == "upload" and fin.unchecked is None
    assert [i.data for i in fin.images] == [JPEG] and fin.media_refs() == ["upload:9"]
    post = pipeline.inspect(make_flow("POST", "https://x.com/i/api/graphql/q/CreateTweet",
                                      {"variables": {"tweet_text": "Look", "media": {"media_entities": [{"media_id": "9"}]}}},
                                      X_AUTH), None)
    assert [i.data for i in post.images] == [JPEG]


def test_upload_id_from_the_response(pipeline):
    body, ctype = multipart([("file", "pitch.jpg", "image/jpeg", JPEG), ("description", None, None, b"A pitch")])
    flow = make_flow("POST", "https://mastodon.social/api/v2/media", body, {**MASTO, "content-type": ctype})
    ins = pipeline.inspect(flow, None)
    assert ins.action == "upload" and ins.media_refs() == [] and ins.images
    flow.response = http.Response.make(200, json.dumps({"id": "1176"}), {"content-type": "application/json"})
    pipeline.learn(flow, ins)
    assert ins.media_refs() == ["upload:1176"]
    post = pipeline.inspect(make_flow("POST", "https://mastodon.social/api/v1/statuses",
                                      {"status": "Frost", "media_ids": ["1176"]}, MASTO), None)
    assert [i.data for i in post.images] == [JPEG]


def test_rupload_raw_bytes_and_resume(pipeline):
    params = json.dumps({"upload_id": "171", "media_type": 1})
    h = {**IG, "content-type": "image/jpeg", "x-instagram-rupload-params": params,
         "x-entity-length": str(len(JPEG)), "offset": "0"}
    first = pipeline.inspect(make_flow("POST", "https://www.instagram.com/rupload_igphoto/fb_uploader_171",
                                       JPEG[:100], h), None)
    assert first.action == "other" and "partial_upload" in first.notes
    second = pipeline.inspect(make_flow("POST", "https://www.instagram.com/rupload_igphoto/fb_uploader_171",
                                        JPEG[100:], {**h, "offset": "100"}), None)
    assert second.action == "upload" and [i.data for i in second.images] == [JPEG]


MALFORMED = [
    ("gzip-garbage", b"\x1f\x8b\x08garbage", {"content-encoding": "gzip", "content-type": "application/json"}),
    ("br-truncated", b"\x8b\x05\x80", {"content-encoding": "br"}),
    ("zstd-garbage", b"\x28\xb5\x2f\xfd\x00", {"content-encoding": "zstd"}),
    ("unknown-encoding", b"abc", {"content-encoding": "snappy"}),
    ("truncated-json", b'{"variables": {"tweet_text": "cut', {"content-type": "application/json"}),
    ("invalid-utf8", b'{"status": "\xff\xfe\xfd"}', {"content-type": "application/json"}),
    ("lone-surrogate", b'{"status": "\\ud800 x"}', {"content-type": "application/json"}),
    ("deep-json", b"[" * 50_000, {"content-type": "application/json"}),
    ("truncated-multipart", b"--B\r\nContent-Disposition: form-data; name=\"media\"\r\n\r\nabc",
     {"content-type": "multipart/form-data; boundary=B"}),
    ("multipart-no-boundary", b"xyz", {"content-type": "multipart/form-data"}),
    ("bad-form", b"%%%=&&&=%zz", {"content-type": "application/x-www-form-urlencoded"}),
    ("json-wrong-types", b'{"variables": [1, {"tweet_text": 5}], "text": null}', {"content-type": "application/json"}),
    ("binary", bytes(range(256)) * 4, {"content-type": "application/octet-stream"}),
]
ENDPOINTS = [
    "https://x.com/i/api/graphql/q/CreateTweet",
    "https://x.com/i/api/1.1/dm/new2.json",
    "https://upload.x.com/i/media/upload.json?command=APPEND&media_id=1&segment_index=0",
    "https://upload.x.com/i/media/upload.json?command=FINALIZE&media_id=1&original_md5=zz",
    "https://www.facebook.com/api/graphql/",
    "https://www.instagram.com/rupload_igphoto/fb_uploader_1",
    "https://www.instagram.com/api/v1/media/configure/",
    "https://www.threads.com/api/v1/media/configure_text_only_post/",
    "https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage",
    "https://bsky.social/xrpc/com.atproto.repo.createRecord",
    "https://mastodon.social/api/v2/media",
    "https://old.reddit.com/api/submit",
    "https://www.youtube.com/youtubei/v1/comment/create_comment",
    "https://www.tiktok.com/api/comment/publish/?text=%ZZ",
    "https://www.pinterest.com/resource/PinResource/create/",
    "https://www.tumblr.com/api/v2/blog/b/posts",
    "https://discord.com/api/v9/channels/1/messages",
    "https://mmg.whatsapp.net/mms/image/x",
]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("name,body,headers", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_bodies_never_raise(pipeline, endpoint, name, body, headers):
    ins = pipeline.inspect(make_flow("POST", endpoint, body, {**headers, "authorization": "Bearer t"}), None)
    assert ins is not None
    assert pipeline.judge(ins)["decision"] == "allow"
    if name in ("gzip-garbage", "br-truncated", "zstd-garbage", "unknown-encoding"):
        assert ins.unchecked in ("bad_encoding", "unknown_encoding")
    if name in ("truncated-json", "invalid-utf8", "deep-json", "truncated-multipart", "multipart-no-boundary"):
        assert ins.unchecked in ("bad_json", "bad_multipart") and ins.unreadable
    if name in ("json-wrong-types", "lone-surrogate", "binary"):
        assert not ins.unreadable
