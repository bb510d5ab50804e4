"""Messenger and Instagram direct messages go over WebSockets (MQTT, or Signal when end-to-end
encrypted): the platform map names those sockets, and the addon counts their frames as it
does WhatsApp's, with one usage event when the socket closes."""
import pytest
from mitmproxy.test import taddons, tflow

from addon.warden import Postwarden

from .conftest import FixedEngine, make_flow

FB = {"cookie": "c_user=1000111; xs=1"}
IG = {"cookie": "ds_user_id=2210; sessionid=2210%3Aabc"}

SOCKETS = [
    ("https://edge-chat.facebook.com/chat?region=lla&sid=1", FB, "facebook", False),
    ("https://edge-chat.messenger.com/chat?region=lla", FB, "facebook", False),
    ("https://gateway.facebook.com/ws/lightspeed?x=1", FB, "facebook", False),
    ("https://web-chat-e2ee.facebook.com/ws/chat", FB, "facebook", True),
    ("https://edge-chat.instagram.com/chat?sid=2", IG, "instagram", False),
    ("https://gateway.instagram.com/ws/lightspeed", IG, "instagram", False),
    ("https://web-chat-e2ee.instagram.com/ws/chat", IG, "instagram", True),
]


@pytest.mark.parametrize("url,headers,platform,opaque", SOCKETS)
def test_the_map_names_the_chat_sockets(pipeline, url, headers, platform, opaque):
    ins = pipeline.inspect(make_flow("GET", url, None, headers), None)
    assert (ins.platform, ins.action, ins.extracted.opaque) == (platform, "other", opaque)
    assert ins.extracted.rule == ("chat_socket_e2ee" if opaque else "chat_socket")
    assert ins.extracted.account_id == ("1000111" if platform == "facebook" else "2210")


@pytest.mark.parametrize("url", ["https://www.facebook.com/chat", "https://edge-chat.facebook.com/other",
                                 "https://edge-chat.facebook.com.evil.test/chat"])
def test_other_paths_and_hosts_are_not_chat_sockets(pipeline, url):
    ins = pipeline.inspect(make_flow("GET", url, None, FB), None)
    assert ins is None or ins.extracted.rule is None


@pytest.mark.parametrize("url,headers,platform,opaque", SOCKETS[::3])
async def test_frames_are_counted_and_logged_once_the_socket_closes(tmp_path, url, headers, platform, opaque):
    a = Postwarden()
    a.engine_factory = lambda path: FixedEngine()
    with taddons.context(a) as tctx:
        tctx.configure(a, postwarden_config=str(tmp_path / "school.yaml"), postwarden_data_dir=str(tmp_path))
        ws = tflow.tflow(req=make_flow("GET", url, None, headers).request, ws=True)
        await a.request(ws)
        sent = [m for m in ws.websocket.messages if m.from_client]
        for _ in range(5):
            ws.websocket.messages.append(sent[0])
            await a.websocket_message(ws)
        a.websocket_end(ws)
        a.spool.flush()
        logged = [e for _, e in a.spool.pending()]
        a.done()
    assert [(e["platform"], e["action"], e["opaque"]) for e in logged] == [(platform, "other", opaque)] * 2
    assert "websocket_frames:5" in logged[-1]["notes"]
    assert f"websocket_bytes:{5 * len(sent[0].content)}" in logged[-1]["notes"]
    assert logged[-1]["content"] is None   # nothing of the messages themselves is kept
