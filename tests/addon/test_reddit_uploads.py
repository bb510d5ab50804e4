"""Reddit images: a lease pairs an S3 key with a media id, the bytes go to the S3 bucket under
the key, and the post names the media id (or, on old Reddit, the S3 URL): the image is
judged with the post, as X, Instagram, Bluesky and Mastodon uploads are."""
import json

import pytest
from mitmproxy import http

from addon.uploads import UploadStore

from .conftest import JPEG, FixedEngine, make_flow, multipart

REDDIT = {"cookie": "reddit_session=67358899%2C2026-10-24T20%3A29%3A27%2Cbc22; csrf_token=a1b2",
          "content-type": "application/json"}
S3 = "https://reddit-uploaded-media.s3-accelerate.amazonaws.com/"
KEY = "rte_images/0cq3kx7f0hwd1"


def lease(pipeline, url: str, body, headers, doc) -> None:
    flow = make_flow("POST", url, body, headers)
    ins = pipeline.inspect(flow, None)
    assert ins.action == "other"
    flow.response = http.Response.make(200, json.dumps(doc), {"content-type": "application/json"})
    pipeline.learn(flow, ins)


def s3_upload(pipeline, key: str, data: bytes = JPEG):
    body, ctype = multipart([("acl", None, None, b"private"), ("key", None, None, key.encode()),
                             ("x-amz-algorithm", None, None, b"AWS4-HMAC-SHA256"),
                             ("file", "photo.jpg", "image/jpeg", data)])
    return pipeline.inspect(make_flow("POST", S3, body, {"content-type": ctype, "origin": "https://www.reddit.com"}),
                            None)


def graphql_lease(pipeline, key: str = KEY, media_id: str = "0cq3kx7f0hwd1") -> None:
    lease(pipeline, "https://www.reddit.com/svc/shreddit/graphql",
          {"operation": "CreateMediaUploadLease", "variables": {"input": {"mimetype": "JPEG"}}, "csrf_token": "a1b2"},
          REDDIT, {"data": {"createMediaUploadLease": {
              "mediaId": media_id, "ok": True,
              "uploadLease": {"uploadLeaseUrl": "//reddit-uploaded-media.s3-accelerate.amazonaws.com",
                              "uploadLeaseHeaders": [{"header": "acl", "value": "private"},
                                                     {"header": "key", "value": key}]}}}})


def create_post(pipeline, media_id: str):
    return pipeline.inspect(make_flow("POST", "https://www.reddit.com/svc/shreddit/graphql", {
        "operation": "CreatePost", "csrf_token": "a1b2",
        "variables": {"input": {"subredditId": "t5_2qh1i", "title": "Sports day", "postType": "IMAGE",
                                "gallery": {"items": [{"mediaId": media_id}]}}}}, REDDIT), None)


def test_shreddit_lease_upload_and_post(pipeline):
    graphql_lease(pipeline)
    up = s3_upload(pipeline, KEY)
    assert up.platform == "reddit" and up.action == "upload" and up.unchecked is None
    assert [i.data for i in up.images] == [JPEG]
    assert up.media_refs() == ["upload:0cq3kx7f0hwd1"]   # named as the post will name it
    post = create_post(pipeline, "0cq3kx7f0hwd1")
    assert post.action == "post" and post.record()["media"] == ["upload:0cq3kx7f0hwd1"]
    assert [i.data for i in post.images] == [JPEG]


def test_the_post_is_judged_with_its_image(pipeline):
    engine = FixedEngine("allow")
    pipeline.engine = engine
    graphql_lease(pipeline)
    s3_upload(pipeline, KEY)
    pipeline.judge(create_post(pipeline, "0cq3kx7f0hwd1"))
    assert [(p.action, [i.data for i in p.images]) for p in engine.posts] == [("post", [JPEG])]


def test_old_reddit_asset_lease_and_image_submit_by_url(pipeline):
    form = {**REDDIT, "content-type": "application/x-www-form-urlencoded"}
    lease(pipeline, "https://old.reddit.com/api/media/asset.json", "filepath=photo.jpg&mimetype=image%2Fjpeg", form,
          {"args": {"action": "//reddit-uploaded-media.s3-accelerate.amazonaws.com",
                    "fields": [{"name": "acl", "value": "private"}, {"name": "key", "value": KEY}]},
           "asset": {"asset_id": "0cq3kx7f0hwd1", "websocket_url": "wss://ws.example/x"}})
    assert [i.data for i in s3_upload(pipeline, KEY).images] == [JPEG]
    submit = pipeline.inspect(make_flow(
        "POST", "https://old.reddit.com/api/submit",
        f"kind=image&sr=Teachers&title=Sports+day&url=https%3A%2F%2Freddit-uploaded-media.s3-accelerate.amazonaws.com%2F"
        f"{KEY.replace('/', '%2F')}", form), None)
    assert submit.action == "post" and submit.record()["media"] == [f"upload:{KEY}"]
    assert [i.data for i in submit.images] == [JPEG]


def test_gallery_submit_names_asset_ids(pipeline):
    graphql_lease(pipeline, key="k1", media_id="m1")
    s3_upload(pipeline, "k1")
    ins = pipeline.inspect(make_flow("POST", "https://www.reddit.com/api/submit_gallery_post.json", {
        "sr": "Teachers", "title": "Art week", "items": [{"caption": "Year 4", "media_id": "m1"}]}, REDDIT), None)
    assert ins.action == "post" and "Year 4" in ins.extracted.text and [i.data for i in ins.images] == [JPEG]


def test_without_the_lease_the_post_says_the_media_was_not_seen(pipeline):
    s3_upload(pipeline, "unleased-key")
    post = create_post(pipeline, "some-media-id")
    assert post.images == [] and "media_not_seen:some-media-id" in post.notes


def test_a_key_equal_to_the_media_id_needs_no_lease(pipeline):
    s3_upload(pipeline, "0cq3kx7f0hwd1")
    assert [i.data for i in create_post(pipeline, "0cq3kx7f0hwd1").images] == [JPEG]


@pytest.mark.parametrize("arrives", ["before", "after"])
def test_store_pairs_a_leased_key_with_its_id(arrives):
    s = UploadStore()
    if arrives == "before":
        s.put("reddit", "key/1", b"abc")
    s.expect("reddit", "key/1", "m1")
    if arrives == "after":
        s.put("reddit", s.resolve("reddit", "key/1"), b"abc")
    assert s.get("reddit", "m1").data == b"abc" and s.get("reddit", "key/1").data == b"abc"
    assert s.resolve("reddit", "other") == "other" and s.get("x", "m1") is None
