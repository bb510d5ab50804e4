"""Messenger and Instagram direct messages (non-end-to-end-encrypted) are read out of their
WebSocket frames (MQTT PUBLISH to /ls_req, JSON strings inside JSON), judged one by one,
logged once each, and the frame is dropped when a message must not go.

The flows are real mitmproxy WebSocket flows driven through the hooks in mitmproxy's order
(request, response 101, websocket_message per frame, websocket_end); the frames are MQTT bytes
built as platforms.md documents the payload."""
import json
import shutil

import pytest
from mitmproxy.test import taddons, tflow
from mitmproxy.websocket import WebSocketMessage
from wsproto.frame_protocol import Opcode

from addon.platformmap import DEFAULT_DIR, PlatformMap, PlatformMapError
from addon.warden import Postwarden
from policies.model import Decision, Finding, Verdict

from .conftest import FixedEngine, make_flow
from .test_mqtt import CONNECT, PINGREQ, SUBSCRIBE, publish

FB = {"cookie": "c_user=1000111; xs=1"}
IG = {"cookie": "ds_user_id=2210; sessionid=2210%3Aabc"}
MESSENGER = ("https://edge-chat.messenger.com/chat?region=lla&sid=1", FB, "facebook", "1000111")
INSTAGRAM = ("https://edge-chat.instagram.com/chat?sid=2", IG, "instagram", "2210")
SOCKETS = [MESSENGER,
           ("https://edge-chat.facebook.com/chat?region=lla", FB, "facebook", "1000111"),
           ("https://gateway.facebook.com/ws/lightspeed", FB, "facebook", "1000111"),
           INSTAGRAM,
           ("https://gateway.instagram.com/ws/lightspeed", IG, "instagram", "2210")]


def send_task(text: str, thread: str = "100200300", attachments=(), reply: str | None = None) -> dict:
    """A label-46 (send message) task; its payload is a JSON string."""
    payload = {"thread_id": thread, "otid": "7011111111111111111", "source": 65537, "send_type": 1,
               "sync_group": 1, "text": text, "initiating_source": 1, "skip_url_preview_gen": 0,
               "attachment_fbids": list(attachments)}
    if reply:
        payload["reply_metadata"] = {"reply_source_id": reply, "reply_source_type": 1, "reply_type": 0}
    return {"failure_count": None, "label": "46", "payload": json.dumps(payload),
            "queue_name": thread, "task_id": 1}


MARK_READ = {"failure_count": None, "label": "21", "queue_name": "100200300", "task_id": 2,
             "payload": json.dumps({"thread_id": "100200300", "last_read_watermark_ts": 1795000000000})}


def ls_req(*tasks: dict, app_id: str = "2220391788200892") -> bytes:
    """The /ls_req PUBLISH payload: {app_id, payload: "<json of {tasks[]}>", request_id, type: 3}."""
    inner = {"epoch_id": 7, "tasks": list(tasks), "version_id": "9"}
    return json.dumps({"app_id": app_id, "payload": json.dumps(inner), "request_id": 12, "type": 3}).encode()


def dm_frame(*tasks: dict, qos: int = 1) -> bytes:
    return publish("/ls_req", ls_req(*tasks), qos=qos, packet_id=12)


class WordEngine(FixedEngine):
    """The policy engine stand-in: block a text with "forbidden", warn on "careful"."""

    def check(self, post) -> Verdict:
        self.posts.append(post)
        if self.explode:
            raise RuntimeError("engine exploded")
        decision = "block" if "forbidden" in post.text else "warn" if "careful" in post.text else None
        if decision is None:
            return Verdict(Decision.ALLOW)
        return Verdict.from_findings([Finding(
            category="offensive", rule="test/1", severity="high", clause="Policy 1.1", message="No.",
            evidence="x", decision=Decision(decision), signal="word", score=1.0, explanation=("t",))])


@pytest.fixture
def proxy(tmp_path):
    made = []

    def make(engine=None, **options):
        a = Postwarden()
        engine = engine or WordEngine()
        a.engine_factory = lambda path: engine
        tctx = taddons.context(a)
        tctx.__enter__()
        options.setdefault("postwarden_content_log", "full")
        tctx.configure(a, postwarden_config=str(tmp_path / "school.yaml"),
                       postwarden_data_dir=str(tmp_path / f"data{len(made)}"), **options)
        made.append((a, tctx))
        return a, engine
    yield make
    for a, tctx in made:
        a.done()
        tctx.__exit__(None, None, None)


async def open_socket(a: Postwarden, url: str, headers: dict):
    """A WebSocket flow after its handshake went through the addon's request and response."""
    ws = tflow.twebsocketflow()
    ws.request = make_flow("GET", url, None, headers).request
    ws.live = True
    ws.websocket.messages.clear()
    switching, ws.response = ws.response, None   # the 101 arrives after the request hook
    await a.request(ws)
    ws.response = switching
    await a.response(ws)
    return ws


async def send(a: Postwarden, ws, content: bytes | str, from_client: bool = True) -> WebSocketMessage:
    kind = Opcode.TEXT if isinstance(content, str) else Opcode.BINARY
    msg = WebSocketMessage(kind, from_client, content.encode() if isinstance(content, str) else content)
    ws.websocket.messages.append(msg)
    await a.websocket_message(ws)   # must never raise into mitmproxy
    return msg


def events(a: Postwarden) -> list[dict]:
    a.spool.flush()
    return [e for _, e in a.spool.pending()]


def dm_events(a: Postwarden) -> list[dict]:
    return [e for e in events(a) if e["action"] == "dm"]


@pytest.mark.parametrize("url,headers,platform,account", SOCKETS)
async def test_an_allowed_message_is_forwarded_and_logged_once(proxy, url, headers, platform, account):
    a, engine = proxy()
    ws = await open_socket(a, url, headers)
    msg = await send(a, ws, dm_frame(send_task("See you at parents' evening", reply="mid.$abc")))
    assert not msg.dropped
    [ev] = dm_events(a)
    assert (ev["platform"], ev["effect"], ev["decision"], ev["status"]) == (platform, "forwarded", "allow", "checked")
    assert ev["recipients"] == ["100200300"]
    assert ev["account"]["id"] == account
    assert ev["content"]["text"] == "See you at parents' evening"
    assert "websocket:mqtt" in ev["notes"]
    [post] = engine.posts
    assert (post.platform, post.action, post.text, post.recipients) == (
        platform, "dm", "See you at parents' evening", ("100200300",))
    a.websocket_end(ws)   # the socket's own usage event, once it closes
    closing = events(a)[-1]
    assert closing["action"] == "other" and "websocket_frames:1" in closing["notes"]


@pytest.mark.parametrize("url,headers,platform,account", [MESSENGER, INSTAGRAM])
async def test_a_blocked_message_drops_its_frame(proxy, url, headers, platform, account):
    a, _ = proxy()
    ws = await open_socket(a, url, headers)
    msg = await send(a, ws, dm_frame(send_task("this is forbidden", thread="555")))
    assert msg.dropped
    [ev] = dm_events(a)
    assert (ev["platform"], ev["effect"], ev["decision"]) == (platform, "blocked", "block")
    assert ev["recipients"] == ["555"] and ev["findings"][0]["clause"] == "Policy 1.1"
    assert ws.response.status_code == 101   # nothing is answered on the socket's handshake


@pytest.mark.parametrize("mode,dropped,effect", [("hold", True, "held"), ("log", False, "passed_with_warning")])
async def test_a_warning_follows_the_warn_mode(proxy, mode, dropped, effect):
    a, _ = proxy(postwarden_warn_mode=mode)
    ws = await open_socket(a, *MESSENGER[:2])
    msg = await send(a, ws, dm_frame(send_task("be careful what you say")))
    assert msg.dropped is dropped
    [ev] = dm_events(a)
    assert (ev["decision"], ev["effect"]) == ("warn", effect)


NOT_MESSAGES = [
    CONNECT, PINGREQ, SUBSCRIBE, b"", b"\x00\x01\x02garbage", b"\x30",
    dm_frame(send_task("forbidden"))[:-5],                        # truncated
    publish("/ls_req", b"{not json forbidden"),
    publish("/ls_req", b"\xff\xfe forbidden"),                    # not UTF-8
    publish("/ls_req", b'["forbidden"]'),
    publish("/ls_resp", ls_req(send_task("forbidden"))),          # another topic
    publish("/ls_req", ls_req(MARK_READ)),                        # another task
    publish("/ls_req", json.dumps({"payload": "forbidden {", "type": 3}).encode()),
    publish("/ls_req", json.dumps({"payload": json.dumps({"tasks": [{"label": "46", "payload": 5}]})}).encode()),
    b"\x36" + dm_frame(send_task("forbidden"))[1:],               # QoS 3: malformed
    json.dumps({"text": "forbidden"}),                            # a text frame
]


@pytest.mark.parametrize("fail_mode", ["open", "closed"])
async def test_frames_that_are_not_messages_are_forwarded_and_counted(proxy, fail_mode):
    a, engine = proxy(postwarden_fail_mode=fail_mode)
    ws = await open_socket(a, *MESSENGER[:2])
    sent = [await send(a, ws, frame) for frame in NOT_MESSAGES]
    assert not any(m.dropped for m in sent)
    assert dm_events(a) == [] and engine.posts == []
    assert ws.metadata["postwarden"]["frames"] == len(NOT_MESSAGES)


async def test_two_publishes_in_one_frame_are_two_messages(proxy):
    a, engine = proxy()
    ws = await open_socket(a, *INSTAGRAM[:2])
    both = CONNECT + dm_frame(send_task("first", thread="1")) + PINGREQ + dm_frame(send_task("second", thread="2"), qos=0)
    msg = await send(a, ws, both + dm_frame(send_task("cut off", thread="3"))[:-3])
    assert not msg.dropped
    assert [(e["content"]["text"], e["recipients"], e["effect"]) for e in dm_events(a)] == [
        ("first", ["1"], "forwarded"), ("second", ["2"], "forwarded")]
    assert [p.text for p in engine.posts] == ["first", "second"]


async def test_one_stopped_message_drops_the_frame_and_the_others_say_so(proxy):
    a, _ = proxy()
    ws = await open_socket(a, *MESSENGER[:2])
    one_publish_two_tasks = dm_frame(send_task("hello", thread="1"), MARK_READ, send_task("forbidden", thread="2"))
    msg = await send(a, ws, one_publish_two_tasks)
    assert msg.dropped
    logged = dm_events(a)
    assert [(e["decision"], e["effect"]) for e in logged] == [("allow", "blocked"), ("block", "blocked")]
    assert "dropped_with_its_frame" in logged[0]["notes"] and "dropped_with_its_frame" not in logged[1]["notes"]


async def test_frames_from_the_server_are_not_read(proxy):
    a, engine = proxy()
    ws = await open_socket(a, *MESSENGER[:2])
    msg = await send(a, ws, dm_frame(send_task("forbidden")), from_client=False)
    assert not msg.dropped and engine.posts == [] and dm_events(a) == []
    assert "frames" not in ws.metadata["postwarden"]


async def test_end_to_end_encrypted_and_other_sockets_are_not_read(proxy):
    a, engine = proxy()
    for url, headers in (("https://web-chat-e2ee.facebook.com/ws/chat", FB),
                         ("https://web.whatsapp.com/ws/chat", {})):
        ws = await open_socket(a, url, headers)
        msg = await send(a, ws, dm_frame(send_task("forbidden")))
        assert not msg.dropped
    assert engine.posts == [] and dm_events(a) == []


async def test_attachments_and_unseen_media(proxy):
    a, engine = proxy()
    ws = await open_socket(a, *MESSENGER[:2])
    await send(a, ws, dm_frame(send_task("photo", attachments=["889900"])))
    [ev] = dm_events(a)
    assert ev["media"] == ["upload:889900"] and "media_not_seen:889900" in ev["notes"]


@pytest.mark.parametrize("mode,dropped,effect", [("open", False, "forwarded"), ("closed", True, "blocked")])
async def test_an_engine_failure_applies_the_fail_mode(proxy, mode, dropped, effect):
    a, _ = proxy(WordEngine(explode=True), postwarden_fail_mode=mode)
    ws = await open_socket(a, *MESSENGER[:2])
    msg = await send(a, ws, dm_frame(send_task("hello")))
    assert msg.dropped is dropped
    [ev] = dm_events(a)
    assert (ev["status"], ev["effect"]) == ("unchecked", effect) and ev["reason"].startswith("engine_error")


@pytest.mark.parametrize("mode,dropped,effect", [("open", False, "forwarded"), ("closed", True, "blocked")])
async def test_a_bug_in_the_addon_applies_the_fail_mode(proxy, mode, dropped, effect):
    """A bug in the addon's own code (injected into the upload store step) never escapes."""
    a, _ = proxy(postwarden_fail_mode=mode)

    def broken(*args):
        raise ValueError("bug")
    a.pipeline.attach = broken
    ws = await open_socket(a, *MESSENGER[:2])
    msg = await send(a, ws, dm_frame(send_task("photo", attachments=["1"])))
    assert msg.dropped is dropped
    [ev] = dm_events(a)
    assert (ev["status"], ev["effect"], ev["reason"]) == ("unchecked", effect, "error:ValueError")
    assert ev["recipients"] == ["100200300"] and ev["account"]["id"] == "1000111"
    ping = await send(a, ws, PINGREQ)
    assert not ping.dropped


def test_socket_messages_must_name_a_socket_rule(tmp_path):
    d = tmp_path / "platforms"
    shutil.copytree(DEFAULT_DIR, d)
    data = json.loads((d / "facebook.json").read_text())
    data["socket_messages"]["sockets"] = ["chat_sockets"]
    (d / "facebook.json").write_text(json.dumps(data))
    with pytest.raises(PlatformMapError, match="facebook: socket_messages.sockets names no rule: chat_sockets"):
        PlatformMap.load(d)
    data["socket_messages"]["sockets"] = ["chat_socket"]
    data["socket_messages"]["framing"] = "protobuf"
    (d / "facebook.json").write_text(json.dumps(data))
    with pytest.raises(PlatformMapError, match=r"facebook.json(.|\n)*framing"):
        PlatformMap.load(d)
