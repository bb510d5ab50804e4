"""The MQTT PUBLISH reader: complete, well-formed PUBLISH packets out of a WebSocket frame,
anything else skipped or ending the parse, never an exception. Frames are built byte by byte
here (MQTT 3.1.1 sections 2.2 and 3.3), independently of the reader."""
import random
import struct

import pytest

from addon.mqtt import MAX_FRAME, Publish, publishes


def remaining_length(n: int) -> bytes:
    out = bytearray()
    while True:
        n, byte = divmod(n, 128)
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def publish(topic: str | bytes, payload: bytes, qos: int = 0, packet_id: int = 1,
            dup: bool = False, retain: bool = False) -> bytes:
    t = topic.encode() if isinstance(topic, str) else topic
    body = struct.pack(">H", len(t)) + t + (struct.pack(">H", packet_id) if qos else b"") + payload
    first = 0x30 | (0x08 if dup else 0) | qos << 1 | (0x01 if retain else 0)
    return bytes([first]) + remaining_length(len(body)) + body


#: Messenger's CONNECT (protocol name "MQIsdp", level 3), a PINGREQ and a SUBSCRIBE.
CONNECT = bytes([0x10, 0x12]) + b"\x00\x06MQIsdp\x03\xc2\x00\x3c" + b"\x00\x04mqtt"
PINGREQ = b"\xc0\x00"
SUBSCRIBE = bytes([0x82, 0x0d]) + b"\x00\x01" + b"\x00\x08/ls_resp" + b"\x00"


def test_a_publish_written_out_byte_by_byte():
    frame = b"\x30\x0b\x00\x07/ls_req{}"
    assert publishes(frame) == [Publish("/ls_req", b"{}", 0, None)]


def test_qos_packet_id_and_flags():
    assert publishes(publish("/ls_req", b"x", qos=1, packet_id=513, dup=True)) == [
        Publish("/ls_req", b"x", 1, 513)]
    assert publishes(publish("/t", b"y", qos=2, packet_id=7, retain=True)) == [Publish("/t", b"y", 2, 7)]


@pytest.mark.parametrize("size", [0, 127, 128, 16_383, 16_384, 200_000])
def test_remaining_length_of_one_to_three_bytes(size):
    payload = bytes(range(256)) * (size // 256) + b"p" * (size % 256)
    assert publishes(publish("/ls_req", payload)) == [Publish("/ls_req", payload, 0, None)]


def test_several_packets_in_one_frame_and_other_types_skipped():
    frame = (CONNECT + publish("/ls_req", b"one") + PINGREQ + SUBSCRIBE
             + publish("/ls_req", b"two", qos=1, packet_id=2) + publish("/other", b"three"))
    assert publishes(frame) == [Publish("/ls_req", b"one", 0, None), Publish("/ls_req", b"two", 1, 2),
                                Publish("/other", b"three", 0, None)]


@pytest.mark.parametrize("frame", [
    CONNECT, PINGREQ, SUBSCRIBE, b"", b"\x30", b"\x30\x80", b"\x30\x05\x00",
    b"\x30\xff\xff\xff\xff\x7f",                    # a fifth length byte
    b"\x00\x00", b"\xf0\x00",                        # reserved packet types
    b"\x36\x05\x00\x01/\x00\x01",                    # QoS 3
    b"\x30\x05\x00\x09/ls",                          # topic longer than the packet
    b"\x32\x05\x00\x03/ls",                          # QoS 1 without a packet id
    b"\x30\x06\x00\x02\xff\xfe{}",                   # topic not UTF-8
    "\x30\x0b\x00\x07/ls_req{}",                     # not bytes (a text frame)
])
def test_anything_else_gives_no_packets(frame):
    assert publishes(frame) == []


def test_a_truncated_or_malformed_packet_ends_the_parse_keeping_those_before():
    good = publish("/ls_req", b'{"a":1}')
    assert publishes(good + good[:-1]) == [Publish("/ls_req", b'{"a":1}', 0, None)]
    assert publishes(good + b"\x36\x05\x00\x01/\x00\x01" + good) == [Publish("/ls_req", b'{"a":1}', 0, None)]


def test_every_cut_of_a_frame_parses_without_raising():
    frame = CONNECT + publish("/ls_req", b"x" * 300, qos=1) + PINGREQ + publish("/ls_req", b"y")
    for cut in range(len(frame) + 1):
        got = publishes(frame[:cut])
        assert all(p.topic == "/ls_req" for p in got)
    assert len(publishes(frame)) == 2


def test_random_bytes_never_raise():
    rng = random.Random(4)
    for _ in range(3000):
        frame = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64)))
        for p in publishes(frame):
            assert isinstance(p.topic, str) and isinstance(p.payload, bytes)


def test_frames_over_the_limit_are_not_read():
    frame = publish("/ls_req", b"z" * 100)
    assert publishes(frame, max_frame=len(frame) - 1) == []
    assert len(publishes(frame, max_frame=len(frame))) == 1
    assert publishes(publish("/ls_req", b"z" * MAX_FRAME)) == []
