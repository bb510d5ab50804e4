"""MQTT 3.1/3.1.1 PUBLISH packets out of a WebSocket frame, and nothing else.

Messenger's and Instagram's non-end-to-end-encrypted chat send each message as an MQTT
PUBLISH inside a binary WebSocket frame. The proxy only needs the PUBLISH packets a client
sends (topic and payload), so this is not an MQTT client: every other packet type (CONNECT,
PINGREQ, SUBSCRIBE, ...) is skipped over by its length, and anything that is not
well-formed ends the parse. Frames come from the network, so the parser never raises, never
reads past the frame, and ignores frames over a size limit.
"""
from __future__ import annotations

from dataclasses import dataclass

PUBLISH = 3
#: Chat frames are a few kilobytes; a bigger frame is not read at all.
MAX_FRAME = 1024 * 1024
#: The remaining length is at most 4 bytes of 7 bits (MQTT 3.1.1 section 2.2.3).
MAX_LENGTH_BYTES = 4


@dataclass(frozen=True)
class Publish:
    topic: str
    payload: bytes
    qos: int
    packet_id: int | None      # only when qos > 0


def publishes(frame: bytes, max_frame: int = MAX_FRAME) -> list[Publish]:
    """The complete, well-formed PUBLISH packets in `frame`, in order.

    A frame may hold several packets. Parsing stops at the first packet that is truncated
    or malformed (bad length, QoS 3, a topic that is not UTF-8); the packets before it are
    kept. A frame over `max_frame` bytes, or not bytes at all, gives []."""
    if not isinstance(frame, (bytes, bytearray, memoryview)) or len(frame) > max_frame:
        return []
    data = memoryview(frame)
    out: list[Publish] = []
    pos = 0
    while pos < len(data):
        header = _fixed_header(data, pos)
        if header is None:
            break
        kind, flags, start, length = header
        end = start + length
        if end > len(data):
            break   # truncated
        if kind == PUBLISH:
            packet = _publish(data[start:end], flags)
            if packet is None:
                break
            out.append(packet)
        pos = end
    return out


def _fixed_header(data: memoryview, pos: int) -> tuple[int, int, int, int] | None:
    """(packet type, flags, where the rest starts, its length), or None if malformed."""
    first = data[pos]
    kind = first >> 4
    if kind == 0 or kind == 15:   # reserved in MQTT 3.1.1
        return None
    length = 0
    for i in range(MAX_LENGTH_BYTES):
        at = pos + 1 + i
        if at >= len(data):
            return None
        byte = data[at]
        length |= (byte & 0x7F) << (7 * i)
        if not byte & 0x80:
            return kind, first & 0x0F, at + 1, length
    return None   # a fifth length byte


def _publish(body: memoryview, flags: int) -> Publish | None:
    qos = (flags >> 1) & 0x03
    if qos == 3 or len(body) < 2:
        return None
    topic_len = int.from_bytes(body[:2], "big")
    pos = 2 + topic_len
    if pos > len(body):
        return None
    try:
        topic = bytes(body[2:pos]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    packet_id = None
    if qos:
        if pos + 2 > len(body):
            return None
        packet_id = int.from_bytes(body[pos:pos + 2], "big")
        pos += 2
    return Publish(topic, bytes(body[pos:]), qos, packet_id)

