"""The messages in one client WebSocket frame of a chat socket the platform map describes.

Messenger and Instagram send a non-end-to-end-encrypted direct message as MQTT PUBLISH to
`/ls_req` whose payload is JSON with JSON strings nested inside (addon/mqtt.py reads the
packets). Where the messages and their fields sit is data (`socket_messages` in the
platform file), read with the same field paths as request bodies, so a change of shape is
an edit to the map, not to this module. Anything that is not such a message gives nothing:
the frame is then forwarded as it is and only counted.
"""
from __future__ import annotations

from typing import Any

from addon.bodies import loads_json
from addon.extract import Extracted
from addon.fields import RequestView, scalar
from addon.mqtt import publishes
from addon.platformmap import Platform, SocketMessages


def socket_spec(platform: Platform, rule: str | None) -> SocketMessages | None:
    """The platform's readable socket messages, if the handshake matched one of its sockets."""
    spec = platform.socket_messages
    if spec is None or rule is None or rule not in spec.sockets:
        return None
    return spec


def read_frame(platform: Platform, spec: SocketMessages, frame: bytes | str,
               account_id: str | None, account_handle: str | None) -> list[Extracted]:
    """One Extracted per message in the frame, in order; [] when it holds none."""
    if isinstance(frame, str) or spec.framing != "mqtt":
        return []   # a text frame is not MQTT
    out: list[Extracted] = []
    for packet in publishes(frame, spec.max_frame):
        if packet.topic != spec.topic:
            continue
        doc = loads_json(packet.payload)
        if not isinstance(doc, dict):
            continue
        for kind in spec.messages:
            for item in _view(doc).values(kind.items):
                if not isinstance(item, dict):
                    continue
                ex = _message(platform, kind, item)
                if not (ex.text or ex.recipients or ex.media):
                    continue   # the shape of a message with none of its fields: not one
                ex.account_id, ex.account_handle = account_id, account_handle
                out.append(ex)
    return out


def _message(platform: Platform, kind, item: dict) -> Extracted:
    view = _view(item)
    ex = Extracted(platform.id, kind.action, kind.name)
    ex.text = "\n".join(s for spec in kind.text for v in view.values(spec)
                        if (s := scalar(v)) and s.strip())
    ex.recipients = _unique(s for spec in kind.recipients for v in view.values(spec)
                            if (s := scalar(v)))
    ex.media = _unique(s for spec in kind.media for v in view.values(spec) if (s := scalar(v)))
    ex.reply_to = next((s for spec in kind.reply_to for v in view.values(spec)
                        if (s := scalar(v))), None)
    return ex


def _view(body: Any) -> RequestView:
    return RequestView(method="WS", host="", path="", query={}, headers={}, cookies={}, body=body)


def _unique(values) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        seen.setdefault(v, None)
    return list(seen)
