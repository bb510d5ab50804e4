import gzip
import zlib

import brotli
import pytest
import zstandard

from addon.bodies import BodyError, decode_content, image_type, parse, parse_multipart

from .conftest import JPEG, multipart

PAYLOAD = '{"status": "héllo 📚"}'.encode()
ENCODERS = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": brotli.compress,
    "zstd": lambda b: zstandard.ZstdCompressor().compress(b),
}


@pytest.mark.parametrize("coding", sorted(ENCODERS))
def test_decodes_each_encoding(coding):
    assert decode_content(ENCODERS[coding](PAYLOAD), coding, 1024) == PAYLOAD


def test_raw_deflate_and_chained_encodings():
    raw = zlib.compressobj(wbits=-15)
    body = raw.compress(PAYLOAD) + raw.flush()
    assert decode_content(body, "deflate", 1024) == PAYLOAD
    assert decode_content(brotli.compress(gzip.compress(PAYLOAD)), "gzip, br", 1024) == PAYLOAD


@pytest.mark.parametrize("coding", sorted(ENCODERS))
def test_bomb_stops_at_the_bound(coding):
    bomb = ENCODERS[coding](b"\0" * (20 * 1024 * 1024))
    with pytest.raises(BodyError) as e:
        decode_content(bomb, coding, 1024 * 1024)
    assert e.value.reason == "decoded_too_large"


@pytest.mark.parametrize("coding", sorted(ENCODERS))
def test_truncated_or_garbage_is_bad_encoding(coding):
    good = ENCODERS[coding](PAYLOAD * 50)
    for body in (good[: len(good) // 2], b"\x00garbage\xff" * 3):
        with pytest.raises(BodyError) as e:
            decode_content(body, coding, 1024 * 1024)
        assert e.value.reason == "bad_encoding"


def test_unknown_encoding_and_wire_size():
    with pytest.raises(BodyError, match="unknown_encoding"):
        decode_content(b"abc", "compress", 100)
    with pytest.raises(BodyError, match="too_large"):
        decode_content(b"a" * 101, None, 100)


def test_multipart_keeps_binary_parts_byte_exact():
    body, ctype = multipart([("media", "blob", "application/octet-stream", JPEG),
                             ("caption", None, None, "Café\r\nline two".encode())])
    parsed = parse(body, ctype)
    assert parsed.kind == "multipart"
    assert parsed.files[0].data == JPEG and parsed.files[0].filename == "blob"
    assert parsed.tree["caption"] == "Café\r\nline two"


@pytest.mark.parametrize("cut", [10, 60, -30, -3])
def test_truncated_multipart_is_an_error(cut):
    body, _ = multipart([("media", "blob", "application/octet-stream", JPEG)], "BOUND")
    with pytest.raises(BodyError) as e:
        parse_multipart(body[:cut], b"BOUND")
    assert e.value.reason == "bad_multipart"


def test_multipart_part_count_is_bounded():
    body, ctype = multipart([(f"f{i}", None, None, b"x") for i in range(600)])
    with pytest.raises(BodyError, match="too_many_fields"):
        parse(body, ctype)


@pytest.mark.parametrize("body,ctype,kind", [
    (b'{"a": 1}', "application/json", "json"),
    (b'{"message": {"body": {"text": "hi"}}}', "text/plain;charset=UTF-8", "json"),   # LinkedIn
    (b"caption=Hello+there&upload_id=1", "application/x-www-form-urlencoded", "form"),
    (b"a=1&b=2", None, "form"),
    (JPEG, "image/jpeg", "binary"),
    (b"just words", "text/plain", "text"),
    (b"", "application/json", "empty"),
    (b"{not json", "application/x-www-form-urlencoded", "form"),   # said to be a form: no JSON promised
    (b"not json at all", "application/json", "text"),
])
def test_sniffing_does_not_trust_content_type(body, ctype, kind):
    assert parse(body, ctype).kind == kind


@pytest.mark.parametrize("body,ctype,reason", [
    (b'{"variables": {"tweet_text": "cut', "application/json", "bad_json"),
    (b'{"message": {"body": {"text": "cut', "text/plain;charset=UTF-8", "bad_json"),   # LinkedIn's JSON
    (b'[{"a": 1}, {"b": ', None, "bad_json"),
    (b'{"status": "ok"}', "application/activity+json", None),
    (b'{"status": "\\u00ff caf\xc3\xa9"}', "application/json", None),                     # escapes, UTF-8
    (b'{"status": "' + bytes([0xff, 0xfe]) + b'"}', "application/json", "bad_json"),   # not UTF-8
    (b"a=1", "multipart/form-data", "bad_multipart"),                                  # no boundary
    (b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx", "multipart/form-data; boundary=B",
     "bad_multipart"),                                                                  # cut short
])
def test_a_body_that_is_not_what_it_says_cannot_be_read(body, ctype, reason):
    """Its fields cannot be read, so it is a BodyError (the fail mode decides), not text."""
    if reason is None:
        assert parse(body, ctype).kind == "json"
        return
    with pytest.raises(BodyError) as e:
        parse(body, ctype)
    assert e.value.reason == reason


def test_deeply_nested_json_is_unreadable_not_a_crash():
    body = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(BodyError) as e:
        parse(body, "application/json")
    assert e.value.reason == "bad_json"
    assert parse(body, "application/x-www-form-urlencoded").kind in ("text", "binary", "form")


def test_json_past_the_parse_bound_is_unreadable():
    from addon.bodies import JSON_MAX_BYTES
    body = b'{"text": "' + b"a" * JSON_MAX_BYTES + b'"}'
    with pytest.raises(BodyError) as e:
        parse(body, "application/json")
    assert e.value.reason == "too_large"


def test_form_lists_and_json_fields():
    tree = parse(b"media_ids[]=1&media_ids[]=2&variables=%7B%22a%22%3A1%7D", None).tree
    assert tree["media_ids"] == ["1", "2"]
    assert tree["variables"] == '{"a":1}'


@pytest.mark.parametrize("data,mime", [(JPEG, "image/jpeg"), (b"\x89PNG\r\n\x1a\n....", "image/png"),
                                       (b"RIFF0000WEBPVP8 ", "image/webp"), (b"hello", None)])
def test_image_type(data, mime):
    assert image_type(data) == mime
