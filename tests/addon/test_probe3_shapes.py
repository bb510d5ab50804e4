"""Request shapes the third probe corpus (tests/heldout_har3) found misread, through the real
pipeline on real mitmproxy flows.

- Discord: editing a message is a PATCH of it (the message again: a post, or a dm in a DM
  channel), and a forum thread is created with its title and first message in one request;
  a bare message write without a rule fell to the generic fallback, which read "messages" as a dm.
- Instagram rupload with no body bytes (a recording that left a Blob body out): it was taken for
  the first piece of a resumable upload and reported as `other`; it is the upload it says it
  is, left unchecked.
The whole corpus is scored in test_heldout_replay.py.
"""
import json

from mitmproxy import http

from .conftest import JPEG, make_flow

DISCORD = {"authorization": "ODQ1Njc4OTAxMjM0NTY3ODkw.abc.def", "content-type": "application/json"}
IG = {"cookie": "csrftoken=t; ds_user_id=6612; sessionid=6612%3Aabc", "x-ig-app-id": "936619743392459"}


def test_discord_message_edit_is_a_post_in_a_guild_and_a_dm_in_a_dm_channel(pipeline):
    edit = make_flow("PATCH", "https://discord.com/api/v9/channels/1210011223344556677/messages/99",
                     {"content": "Slides are pinned (updated) <@823456789012345678>"}, DISCORD)
    ins = pipeline.inspect(edit, None)
    assert (ins.platform, ins.action, ins.extracted.account_id) == ("discord", "post", "845678901234567890")
    assert ins.extracted.text == "Slides are pinned (updated) <@823456789012345678>"
    assert ins.extracted.recipients == ["823456789012345678"]

    opened = make_flow("POST", "https://discord.com/api/v9/users/@me/channels",
                       {"recipients": ["823456789012345678"]}, DISCORD)
    found = pipeline.inspect(opened, None)
    opened.response = http.Response.make(200, json.dumps(
        {"id": "1200", "type": 1, "recipients": [{"id": "823456789012345678", "username": "mq_maths"}]}),
        {"content-type": "application/json"})
    pipeline.learn(opened, found)
    in_dm = make_flow("PATCH", "https://discord.com/api/v9/channels/1200/messages/7", {"content": "typo fixed"},
                      DISCORD)
    ins = pipeline.inspect(in_dm, None)
    assert (ins.action, ins.extracted.text, ins.extracted.recipients) == ("dm", "typo fixed", ["@mq_maths"])


def test_discord_thread_carries_its_title_and_first_message(pipeline):
    for path in ("/api/v9/channels/1210/threads?use_nested_fields=true", "/api/v10/channels/1210/messages/55/threads"):
        flow = make_flow("POST", "https://discord.com" + path,
                         {"name": "Spring term topic swap", "auto_archive_duration": 4320,
                          "message": {"content": "Who wants to swap Romans for Anglo-Saxons?"}}, DISCORD)
        ins = pipeline.inspect(flow, None)
        assert (ins.platform, ins.action) == ("discord", "post"), path
        assert ins.extracted.text == "Spring term topic swap\nWho wants to swap Romans for Anglo-Saxons?"


def test_discord_reactions_typing_and_acks_are_not_posts(pipeline):
    for method, path, body in (
            ("PUT", "/api/v9/channels/1/messages/2/reactions/%F0%9F%91%8D/%40me", None),
            ("POST", "/api/v9/channels/1/typing", b""),
            ("POST", "/api/v9/channels/1/messages/2/ack", {"token": None, "last_viewed": 3520})):
        ins = pipeline.inspect(make_flow(method, "https://discord.com" + path, body, DISCORD), None)
        assert ins.action in ("view", "other"), path


def rupload(body: bytes, length: int):
    headers = {**IG, "content-type": "image/jpeg", "offset": "0", "x-entity-length": str(length),
               "x-entity-name": "fb_uploader_1764318000001",
               "x-instagram-rupload-params": json.dumps({"media_type": 1, "upload_id": "1764318000001"})}
    return make_flow("POST", "https://www.instagram.com/rupload_igphoto/fb_uploader_1764318000001", body, headers)


def test_rupload_without_its_body_is_still_an_upload_left_unchecked(pipeline):
    ins = pipeline.inspect(rupload(b"", 5120), None)
    assert (ins.platform, ins.action, ins.extracted.account_id) == ("instagram", "upload", "6612")
    assert ins.unchecked == "upload_empty_body"


def test_rupload_first_piece_of_a_resumable_upload_is_still_other_until_whole(pipeline):
    whole = JPEG * 2
    first = pipeline.inspect(rupload(whole[:100], len(whole)), None)
    assert first.action == "other" and "partial_upload" in first.notes and first.unchecked is None
    flow = rupload(whole[100:], len(whole))
    flow.request.headers["offset"] = "100"
    rest = pipeline.inspect(flow, None)
    assert (rest.action, rest.unchecked, rest.extracted.media) == ("upload", None, ["1764318000001"])
