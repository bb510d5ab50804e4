"""`postwarden replay` reads the chat messages in a recorded WebSocket's client frames.

Chrome and mitmproxy export a socket's frames as `_webSocketMessages` on its handshake entry
(binary data base64). A Messenger or Instagram socket carries direct messages as MQTT PUBLISH
to /ls_req (platforms.md section 2); the replay line of that entry reports them as `dm`, each
judged on its own, with the strictest verdict. WhatsApp's frames stay opaque. The entries are
loaded by mitmproxy's own HAR loader, as the replay does."""
import base64
import io
import json

from addon.pipeline import Pipeline
from addon.replay import replay

from .test_chat_messages import MARK_READ, WordEngine, dm_frame, send_task
from .test_mqtt import CONNECT, SUBSCRIBE


def frame(data: bytes | str, send: bool = True, t: float = 1795000000.5) -> dict:
    if isinstance(data, str):
        return {"type": "send" if send else "receive", "time": t, "opcode": 1, "data": data}
    return {"type": "send" if send else "receive", "time": t, "opcode": 2, "data": base64.b64encode(data).decode()}


def socket_entry(url: str, cookie: str, frames: list[dict]) -> dict:
    return {"startedDateTime": "2026-11-21T19:00:00.000Z", "time": 10,
            "request": {"method": "GET", "url": url, "httpVersion": "HTTP/1.1",
                        "headers": [{"name": "cookie", "value": cookie}, {"name": "upgrade", "value": "websocket"},
                                    {"name": "connection", "value": "Upgrade"}],
                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
            "response": {"status": 101, "statusText": "Switching Protocols", "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "upgrade", "value": "websocket"}], "content": {"size": 0}},
            "_resourceType": "websocket", "_webSocketMessages": frames}


def lines(pmap, entries, engine=None) -> list[dict]:
    out = io.StringIO()
    assert replay(entries, Pipeline(pmap, engine or WordEngine()), out) == 0
    return [json.loads(x) for x in out.getvalue().splitlines()]


def test_messenger_socket_entry_reports_its_messages_as_one_dm_line(pmap):
    frames = [frame(CONNECT), frame(b"\x20\x02\x00\x00", send=False), frame(SUBSCRIBE),
              frame(dm_frame(MARK_READ)),
              frame(dm_frame(send_task("See you at the gate", thread="555"))),
              frame(dm_frame(send_task("Careful with the forbidden word", thread="555"))),
              frame(dm_frame(send_task("not ours: a server frame")), send=False),
              frame("a text frame is never MQTT")]
    [line] = lines(pmap, [socket_entry("wss://edge-chat.facebook.com/chat?region=lla", "c_user=1000111; xs=1", frames)])
    assert (line["platform"], line["action"], line["account"]["id"]) == ("facebook", "dm", "1000111")
    assert line["text"] == "See you at the gate\nCareful with the forbidden word"
    assert line["recipients"] == ["555"]
    assert line["verdict"]["decision"] == "block"   # the strictest of allow and block
    assert [f["category"] for f in line["verdict"]["findings"]] == ["offensive"]


def test_instagram_socket_under_mitmproxys_https_url(pmap):
    frames = [frame(CONNECT), frame(dm_frame(send_task("Thanks!", thread="340282366")))]
    [line] = lines(pmap, [socket_entry("https://gateway.instagram.com/ws/lightspeed",
                                       "ds_user_id=2210; sessionid=2210%3Aabc", frames)])
    assert (line["platform"], line["action"], line["text"], line["account"]["id"]) == (
        "instagram", "dm", "Thanks!", "2210")
    assert line["verdict"] == {"decision": "allow", "findings": []}


def test_sockets_without_readable_messages_keep_their_handshake_line(pmap):
    only_reads = [frame(CONNECT), frame(dm_frame(MARK_READ)),
                  {"type": "send", "time": 1795000000.5, "opcode": 2, "data": "%%% not base64 %%%"}]
    whatsapp = [frame(b"WA\x06\x03" + bytes(40)), frame(bytes(range(200)))]
    got = lines(pmap, [socket_entry("wss://edge-chat.messenger.com/chat", "c_user=1000111", only_reads),
                       socket_entry("wss://web.whatsapp.com/ws/chat", "", whatsapp)])
    assert [(g["platform"], g["action"], g["text"]) for g in got] == [("facebook", "other", ""),
                                                                    ("whatsapp", "other", "")]
