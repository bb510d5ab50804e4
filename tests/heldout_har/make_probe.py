#!/usr/bin/env python3
"""Build the probe replay corpus: HAR 1.2 sessions with request shapes the dev HARs do not use.

    .venv/bin/python tests/heldout_har/make_probe.py    # rewrite every NAME.har + NAME.expect.jsonl

Why: the dev corpus (../../../shared/acceptance/har) exercises one or two shapes per platform;
the project is also scored on other sessions. Each shape here is one that
/work/shared/reference/platforms.md documents (host, path, body encoding, field names) and the
dev sessions do not send: other GraphQL operation names and hosts, Pinterest, Tumblr, Discord,
Threads and Instagram variants, LinkedIn's connection request and older messaging paths, a
Mastodon instance that is not on the host list, Bluesky threads, quotes and DMs straight to
api.bsky.chat, Reddit's new UI, YouTube community posts and live chat, TikTok form bodies, and
bodies compressed with br and zstd. Reads sent by POST, likes, typing indicators and beacons sit
between them and must not be reported as post actions.

The labels use the dev corpus's format and conventions (its README.md): one line per write
action keyed by the entry's index; the request that completes an upload is labelled `upload`;
`account_id` only where the request itself carries the account. The school, staff and pupils
(config.yaml, roster.csv, staff.csv) are invented; texts and ids are invented.

postData.text holds the body decoded with the charset its Content-Type implies (UTF-8 for JSON
and declared charsets, Latin-1 otherwise), as mitmproxy's HAR export writes it; a body sent
compressed is stored decoded with its Content-Encoding header kept (HAR has no field for a
request body's encoding), which mitmproxy's loader re-encodes. Deterministic: fixed seed and clock.
"""
import base64
import datetime
import gzip
import io
import json
import pathlib
import random
import re
import urllib.parse

import brotli
import zstandard
from PIL import Image, ImageDraw

HERE = pathlib.Path(__file__).resolve().parent
R = random.Random("harbourside-probe-har-2026")
UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36"


# --------------------------------------------------------------------------------------------
# small deterministic helpers

def tok(n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + tok(n - 1, "0123456789")


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jdump(obj, ascii_only=False):
    """JSON as JSON.stringify writes it (compact, non-ASCII kept unless `ascii_only`, as some
    clients escape it)."""
    return json.dumps(obj, ensure_ascii=ascii_only, separators=(",", ":"))


def form(pairs):
    """application/x-www-form-urlencoded, as URLSearchParams writes it."""
    return urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote).replace("%20", "+").encode("ascii")


def qs(pairs):
    return urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote)


def multipart(boundary, parts):
    """parts: (name, value bytes|str, filename or None, content type or None)."""
    out = b""
    for name, value, filename, ctype in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
        out += f"--{boundary}\r\nContent-Disposition: {disp}\r\n".encode()
        if ctype:
            out += f"Content-Type: {ctype}\r\n".encode()
        out += b"\r\n" + (value.encode("utf-8") if isinstance(value, str) else value) + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def boundary():
    return "----WebKitFormBoundary" + tok(16)


def charset_for(ctype):
    ct = (ctype or "").lower()
    m = re.search(r"charset=\"?([\w.-]+)", ct)
    if m:
        return m.group(1)
    if any(k in ct for k in ("json", "html", "xml", "javascript")):
        return "utf-8"
    return "latin-1"


def jpeg(seed):
    """A small JPEG of plain shapes (no people, text or logos)."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (96, 64), tuple(rnd.randint(60, 200) for _ in range(3)))
    d = ImageDraw.Draw(img)
    for _ in range(4):
        x, y = rnd.randint(0, 70), rnd.randint(0, 40)
        d.rectangle([x, y, x + rnd.randint(8, 24), y + rnd.randint(8, 20)],
                    fill=tuple(rnd.randint(0, 255) for _ in range(3)))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def jwt(claims):
    head = b64url(jdump({"typ": "at+jwt", "alg": "ES256K"}).encode())
    return f"{head}.{b64url(jdump(claims).encode())}.{b64url(bytes(R.getrandbits(8) for _ in range(64)))}"


def lab(platform, action=None, text=None, recipients=None, account=None, must=None):
    out = {"platform": platform}
    for key, value in (("action", action), ("text_contains", text), ("recipients", recipients),
                       ("account_id", account), ("must", must)):
        if value:
            out[key] = value
    return out


# Meta's chat sockets: MQTT 3.1 ("MQIsdp") inside binary WebSocket frames; a direct message is a
# PUBLISH to /ls_req whose JSON payload holds JSON strings (platforms.md section 2).
MQTT_CONNECT = bytes([0x10, 0x12]) + b"\x00\x06MQIsdp\x03\xc2\x00\x3c" + b"\x00\x04mqtt"
MQTT_SUBSCRIBE = bytes([0x82, 0x0d]) + b"\x00\x01" + b"\x00\x08/ls_resp" + b"\x00"


def mqtt_publish(topic, payload, packet_id):
    t = topic.encode()
    body = len(t).to_bytes(2, "big") + t + packet_id.to_bytes(2, "big") + payload
    n, length = len(body), bytearray()
    while True:
        n, byte = divmod(n, 128)
        length.append(byte | (0x80 if n else 0))
        if not n:
            break
    return bytes([0x32]) + bytes(length) + body   # PUBLISH, QoS 1


def ls_req(app_id, tasks, request_id):
    inner = {"epoch_id": int(digits(18)), "tasks": tasks, "version_id": digits(16)}
    return jdump({"app_id": app_id, "payload": jdump(inner), "request_id": request_id, "type": 3}).encode()


def send_message_task(thread, text, task_id):
    payload = {"thread_id": thread, "otid": digits(19), "source": 65537, "send_type": 1, "sync_group": 1,
               "text": text, "initiating_source": 1, "skip_url_preview_gen": 0}
    return {"failure_count": None, "label": "46", "payload": jdump(payload), "queue_name": thread,
            "task_id": task_id}


def mark_read_task(thread, task_id):
    return {"failure_count": None, "label": "21", "queue_name": thread, "task_id": task_id,
            "payload": jdump({"thread_id": thread, "last_read_watermark_ts": 1795000000000})}


def chat_socket(s, url, cookie, app_id, thread, text, label):
    """The socket's handshake with its frames: CONNECT, SUBSCRIBE, a mark-read task and one
    send-message task from the client, the server's replies between them."""
    t = s.t.timestamp() + 2.5
    sent = [MQTT_CONNECT, MQTT_SUBSCRIBE,
            mqtt_publish("/ls_req", ls_req(app_id, [mark_read_task(thread, 1)], 3), 3),
            mqtt_publish("/ls_req", ls_req(app_id, [send_message_task(thread, text, 2)], 4), 4)]
    frames = []
    for data in sent:
        frames.append({"type": "send", "time": round(t, 3), "opcode": 2, "data": base64.b64encode(data).decode()})
        frames.append({"type": "receive", "time": round(t + 0.08, 3), "opcode": 2,
                       "data": base64.b64encode(b"\x20\x02\x00\x00").decode()})
        t += 1.7
    hdrs = [("cookie", cookie), ("origin", "https://www.facebook.com" if "facebook" in url else "https://www.instagram.com"),
            ("upgrade", "websocket"), ("connection", "Upgrade"), ("sec-websocket-version", "13"),
            ("sec-websocket-key", base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode()),
            ("sec-websocket-protocol", "mqtt")]
    return s.add("GET", url, hdrs, status=101, resp=None, resp_type="x-unknown", ws=frames, label=label, gap=4)


ENCODERS = {"gzip": lambda b: gzip.compress(b, mtime=0), "br": brotli.compress,
            "zstd": lambda b: zstandard.ZstdCompressor().compress(b)}


# --------------------------------------------------------------------------------------------
# one HAR file

class Session:
    """Entries and labels of one HAR, in browser order with a running clock. style "chrome"
    mimics DevTools' export (HTTP/2 pseudo-headers), "mitmproxy" mitmproxy's savehar."""

    def __init__(self, name, title, start, style="chrome"):
        self.name, self.title, self.style = name, title, style
        self.t = datetime.datetime.fromisoformat(start).astimezone(datetime.timezone.utc)
        self.start = self.t
        self.entries, self.labels = [], []

    def add(self, method, url, headers=(), body=None, ctype=None, resp=None,
            resp_type="application/json; charset=utf-8", status=200, label=None, encoding=None, gap=2.0,
            ws=None):
        """Append one entry (and its label); return its index."""
        self.t += datetime.timedelta(seconds=gap + R.randint(0, 900) / 1000)
        parts = urllib.parse.urlsplit(url)
        index = len(self.entries)
        wire = ENCODERS[encoding](body) if encoding and body is not None else body
        hdrs = []
        if self.style == "chrome":
            path = parts.path + (("?" + parts.query) if parts.query else "")
            hdrs += [(":authority", parts.netloc), (":method", method), (":path", path), (":scheme", "https")]
        hdrs += [("accept-language", "en-GB,en;q=0.9"), ("user-agent", UA)] + list(headers)
        if ctype:
            hdrs.append(("content-type", ctype))
        if wire is not None:
            hdrs.append(("content-length", str(len(wire))))
        if encoding:
            hdrs.append(("content-encoding", encoding))
        version = "http/2.0" if self.style == "chrome" else "HTTP/2.0"
        cookie = next((v for k, v in hdrs if k.lower() == "cookie"), "")
        request = {
            "method": method, "url": url, "httpVersion": version,
            "headers": [{"name": k, "value": v} for k, v in hdrs],
            "queryString": [{"name": k, "value": v}
                            for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)],
            "cookies": [{"name": c.split("=", 1)[0].strip(), "value": c.split("=", 1)[1] if "=" in c else ""}
                        for c in cookie.split(";") if c.strip()],
            "headersSize": -1, "bodySize": len(wire) if wire is not None else 0,
        }
        if body is not None:
            post = {"mimeType": ctype or "", "text": body.decode(charset_for(ctype))}
            if (ctype or "").startswith("application/x-www-form-urlencoded"):
                post["params"] = [{"name": k, "value": v}
                                  for k, v in urllib.parse.parse_qsl(body.decode("ascii"), keep_blank_values=True)]
            if encoding:
                post["comment"] = (f"Sent with Content-Encoding: {encoding} ({len(wire)} bytes on the wire); "
                                   "text holds the decoded body.")
            request["postData"] = post
        if isinstance(resp, (dict, list)):
            resp_bytes = jdump(resp).encode()
        elif isinstance(resp, str):
            resp_bytes = resp.encode()
        else:
            resp_bytes = resp or b""
        content = {"size": len(resp_bytes), "mimeType": resp_type}
        if resp_bytes:
            content["text"] = resp_bytes.decode("utf-8")
        rh = [("date", self.t.strftime("%a, %d %b %Y %H:%M:%S GMT"))]
        if status == 101:
            rh += [("upgrade", "websocket"), ("connection", "Upgrade"), ("sec-websocket-accept", tok(27) + "=")]
        elif status != 204:
            rh += [("content-type", resp_type), ("content-length", str(len(resp_bytes)))]
        entry = {
            "pageref": "page_1",
            "startedDateTime": self.t.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "time": 120.5, "request": request,
            "response": {"status": status, "statusText": {101: "Switching Protocols", 204: "No Content"}.get(status, "OK"),
                         "httpVersion": version, "headers": [{"name": k, "value": v} for k, v in rh],
                         "cookies": [], "content": content, "redirectURL": "", "headersSize": -1,
                         "bodySize": len(resp_bytes)},
            "cache": {},
            "timings": {"blocked": 1.0, "dns": -1, "ssl": -1, "connect": -1, "send": 0.5, "wait": 110.0,
                        "receive": 9.0},
        }
        if ws is not None:
            entry["_resourceType"] = "websocket"
            entry["_webSocketMessages"] = ws
        self.entries.append(entry)
        if label is not None:
            self.labels.append({"index": index, **label})
        return index

    def page(self, url, title):
        html = f"<!DOCTYPE html><html lang=\"en\"><head><title>{title}</title></head><body>{title}</body></html>"
        return self.add("GET", url, [("accept", "text/html,application/xhtml+xml,*/*;q=0.8")],
                        resp=html, resp_type="text/html; charset=utf-8", gap=4)

    def har(self):
        creator = ({"name": "WebInspector", "version": "537.36"} if self.style == "chrome"
                   else {"name": "mitmproxy", "version": "12.2.1", "comment": ""})
        return {"log": {"version": "1.2", "creator": creator,
                        "pages": [{"startedDateTime": self.start.isoformat(timespec="milliseconds")
                                   .replace("+00:00", "Z"), "id": "page_1", "title": self.title,
                                   "pageTimings": {"onContentLoad": 800.0, "onLoad": 1600.0}}],
                        "entries": self.entries}}

    def write(self, folder):
        (folder / f"{self.name}.har").write_text(json.dumps(self.har(), ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        (folder / f"{self.name}.expect.jsonl").write_text(
            "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in self.labels), encoding="utf-8")


def ordinary_traffic(s, which):
    """Non-social pages and a form POST: they must produce no replay line at all."""
    if which == 0:
        s.page("https://www.bbc.co.uk/news", "BBC News")
        s.add("POST", "https://www.bbc.co.uk/userorigin/comments/submit", [("cookie", "ckns_policy=111")],
              jdump({"comment": "not a monitored platform", "status": "new"}).encode(), "application/json",
              resp={"ok": True})
    elif which == 1:
        s.page("https://www.google.co.uk/search?q=tide+times+today", "tide times today - Google Search")
        s.add("POST", "https://www.google.co.uk/gen_204?atyp=i&ei=" + tok(22), body=b"", ctype="text/plain",
              status=204)
    else:
        s.page("https://www.tesco.com/groceries/en-GB/", "Tesco Groceries")
        s.add("POST", "https://www.tesco.com/groceries/en-GB/trolley/items", [("x-csrf-token", tok(32))],
              jdump({"items": [{"id": digits(9), "newValue": 2, "message": "Add to basket"}]}).encode(),
              "application/json", resp={"ok": True})


# --------------------------------------------------------------------------------------------
# probe01: X variants (twitter.com and api.x.com hosts, note tweets, quotes, polls, scheduled
# posts, GraphQL DMs, a DM image upload, a br-compressed reply) and reads/likes between them

X_BEARER = "Bearer AAAAAAAAAAAAAAAAAAAAANRILgAAAAAAnNwIzUejRCOuH5E6I8xnZz4puTs%3D1Zv7ttfk8LF81IUq16cHjhLTvJu4FA33AGWWjCpTnA"


def x_headers(uid, ct0, host):
    return [("authorization", X_BEARER), ("cookie", f"auth_token={tok(40)}; ct0={ct0}; twid=u%3D{uid}; lang=en"),
            ("origin", f"https://{host}"), ("referer", f"https://{host}/home"), ("x-csrf-token", ct0),
            ("x-twitter-active-user", "yes"), ("x-twitter-auth-type", "OAuth2Session"),
            ("x-client-transaction-id", b64url(bytes(R.getrandbits(8) for _ in range(40))))]


def x_graphql(s, h, host, op, variables, resp=None, label=None, prefix="/i/api", encoding=None, gap=20):
    qid = tok(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
    body = {"variables": variables, "features": {"responsive_web_edit_tweet_api_enabled": True}, "queryId": qid}
    return s.add("POST", f"https://{host}{prefix}/graphql/{qid}/{op}", h, jdump(body).encode(), "application/json",
                 resp=resp or {"data": {}}, label=label, encoding=encoding, gap=gap)


def x_user(uid, handle, name):
    return {"data": {"user": {"result": {"__typename": "User", "rest_id": uid,
                                         "core": {"screen_name": handle, "name": name},
                                         "legacy": {"screen_name": handle, "name": name}}}}}


def session_x():
    s = Session("probe01_x_variants", "X", "2026-11-18T20:05:00+00:00")
    uid, ct0 = "1529384756102938475", tok(160, "0123456789abcdef")
    ht, hx, ha = x_headers(uid, ct0, "twitter.com"), x_headers(uid, ct0, "x.com"), x_headers(uid, ct0, "x.com")
    ordinary_traffic(s, 0)
    s.page("https://twitter.com/home", "Home / X")
    # a read sent by GET with its variables in the query string
    q = qs([("variables", jdump({"userId": uid, "count": 20})), ("features", jdump({"a": True}))])
    s.add("GET", f"https://twitter.com/i/api/graphql/{tok(22)}/UserTweets?{q}", ht, resp={"data": {}})
    # long post (CreateNoteTweet) on twitter.com
    x_graphql(s, ht, "twitter.com", "CreateNoteTweet",
              {"tweet_text": "Long thread-free note on our reading-for-pleasure push: we swapped the book corner for "
                             "a rota of pupil-led recommendation cards and borrowing went up by a third.",
               "media": {"media_entities": [], "possibly_sensitive": False},
               "richtext_options": {"richtext_tags": []}, "semantic_annotation_ids": []},
              label=lab("x", "post", "pupil-led recommendation cards", account=uid))
    # quote post on api.x.com without the /i/api prefix
    x_graphql(s, ha, "api.x.com", "CreateTweet",
              {"tweet_text": "This is exactly the approach we tried with times tables",
               "attachment_url": "https://x.com/mathsdaily/status/1861111111111111111",
               "media": {"media_entities": [], "possibly_sensitive": False}, "semantic_annotation_ids": []},
              prefix="", label=lab("x", "post", "approach we tried with times tables", account=uid))
    # a like and a bookmark: not posts
    x_graphql(s, hx, "x.com", "FavoriteTweet", {"tweet_id": "1861111111111111111"}, gap=5)
    x_graphql(s, hx, "x.com", "CreateBookmark", {"tweet_id": "1861111111111111111"}, gap=5)
    # poll: the card (not a post by itself), then the post that carries it
    card = {"twitter:card": "poll2choice_text_only", "twitter:api:api:endpoint": "1",
            "twitter:long:duration_minutes": 1440, "twitter:string:choice1_label": "Paper plans",
            "twitter:string:choice2_label": "Digital plans"}
    s.add("POST", "https://caps.x.com/v2/cards/create.json", hx, form([("card_data", jdump(card))]),
          "application/x-www-form-urlencoded", resp={"card_uri": "card://1862222222222222222"})
    x_graphql(s, hx, "x.com", "CreateTweet",
              {"tweet_text": "Teacher poll: how do you keep weekly planning?", "card_uri": "card://1862222222222222222",
               "media": {"media_entities": [], "possibly_sensitive": False}, "semantic_annotation_ids": []},
              label=lab("x", "post", "how do you keep weekly planning", account=uid))
    # scheduled post
    x_graphql(s, hx, "x.com", "CreateScheduledTweet",
              {"post_tweet_request": {"auto_populate_reply_metadata": False,
                                      "status": "Reminder: the Harbourside Primary winter fair opens at 3pm Friday",
                                      "exclude_reply_user_ids": [], "media_ids": []},
               "execute_at": 1795000000},
              resp={"data": {"tweet": {"rest_id": digits(19)}}},
              label=lab("x", "post", "winter fair opens at 3pm", account=uid))
    # profile lookup, then a DM by the GraphQL mutation to that user
    friend = ("1433221100998877665", "ms_ryder_teach", "Amy Ryder")
    q = qs([("variables", jdump({"screen_name": friend[1]})), ("features", jdump({"a": True}))])
    s.add("GET", f"https://x.com/i/api/graphql/{tok(22)}/UserByScreenName?{q}", hx, resp=x_user(*friend))
    x_graphql(s, hx, "x.com", "useSendMessageMutation",
              {"message": {"text": {"text": "Can you cover my playground duty on Thursday?"}},
               "requestId": tok(36), "target": {"participant_ids": [friend[0]]}},
              label=lab("x", "dm", "cover my playground duty", ["@ms_ryder_teach"], uid))
    # a DM image: INIT / APPEND / FINALIZE (dm_image), then a legacy DM on api.x.com carrying it
    img = jpeg("probe01-dm")
    media_id = digits(19)
    up = [("cookie", f"twid=u%3D{uid}; ct0={ct0}"), ("x-csrf-token", ct0), ("authorization", X_BEARER),
          ("origin", "https://x.com")]
    s.add("POST", f"https://upload.x.com/i/media/upload.json?command=INIT&total_bytes={len(img)}"
                  f"&media_type=image%2Fjpeg&media_category=dm_image", up, resp={"media_id_string": media_id})
    b = boundary()
    s.add("POST", f"https://upload.x.com/i/media/upload.json?command=APPEND&media_id={media_id}&segment_index=0",
          up, multipart(b, [("media", img, "blob", "application/octet-stream")]), f"multipart/form-data; boundary={b}",
          status=204)
    s.add("POST", f"https://upload.x.com/i/media/upload.json?command=FINALIZE&media_id={media_id}", up,
          resp={"media_id_string": media_id, "size": len(img)}, label=lab("x", "upload"))
    s.add("POST", "https://api.x.com/1.1/dm/new2.json?include_cards=1", ha,
          jdump({"conversation_id": f"{friend[0]}-{uid}", "recipient_ids": False, "request_id": tok(36),
                 "text": "Photo of the rota board", "cards_platform": "Web-12", "include_cards": 1,
                 "media_id": media_id, "dm_users": False}).encode(), "application/json",
          resp={"entries": []}, label=lab("x", "dm", "Photo of the rota board", ["@ms_ryder_teach"], uid))
    # a reply sent br-compressed, naming a pupil
    tid = "1863333333333333333"
    x_graphql(s, hx, "x.com", "CreateTweet",
              {"tweet_text": "Proud of Odhran Kilbride for reading his poem to the whole hall",
               "reply": {"in_reply_to_tweet_id": tid, "exclude_reply_user_ids": []},
               "media": {"media_entities": [], "possibly_sensitive": False}, "semantic_annotation_ids": []},
              encoding="br", label=lab("x", "reply", "reading his poem to the whole hall", account=uid,
                                       must=["pupil_name"]))
    # a search read sent by GET, then ordinary traffic
    q = qs([("variables", jdump({"rawQuery": "phonics", "count": 20, "querySource": "typed_query"}))])
    s.add("GET", f"https://x.com/i/api/graphql/{tok(22)}/SearchTimeline?{q}", hx, resp={"data": {}})
    ordinary_traffic(s, 1)
    return s


# --------------------------------------------------------------------------------------------
# probe02: Facebook Page and group posts, photo and Messenger uploads, a comment reply, a
# reaction; Instagram carousel, story and follow on i.instagram.com; Threads on threads.net

def fb_fields(uid, friendly, variables, av):
    return [("av", av), ("__user", uid), ("__a", "1"), ("__req", tok(2).lower()), ("__comet_req", "15"),
            ("fb_dtsg", "NAft" + tok(40)), ("jazoest", "25" + digits(3)), ("lsd", tok(22)),
            ("fb_api_caller_class", "RelayModern"), ("fb_api_req_friendly_name", friendly),
            ("variables", jdump(variables)), ("server_timestamps", "true"), ("doc_id", digits(16))]


def fb_graphql(s, uid, friendly, variables, label=None, av=None, host="www.facebook.com", resp=None, gap=20):
    hdrs = [("cookie", f"datr={tok(24)}; c_user={uid}; xs={digits(2)}%3A{tok(14)}; fr={tok(30)}"),
            ("origin", f"https://{host}"), ("referer", f"https://{host}/"), ("x-fb-friendly-name", friendly),
            ("x-fb-lsd", tok(22))]
    return s.add("POST", f"https://{host}/api/graphql/", hdrs, form(fb_fields(uid, friendly, variables, av or uid)),
                 "application/x-www-form-urlencoded", resp=resp or {"data": {}}, label=label, gap=gap)


def meta_headers(uid, host, app_id):
    return [("cookie", f"csrftoken={tok(32)}; ds_user_id={uid}; sessionid={uid}%3A{tok(14)}%3A12%3AAY{tok(30)}"),
            ("origin", f"https://{host}"), ("referer", f"https://{host}/"), ("x-csrftoken", tok(32)),
            ("x-ig-app-id", app_id), ("x-requested-with", "XMLHttpRequest")]


def rupload(s, uid, host, app_id, upload_id, img, label):
    params = {"media_type": 1, "upload_id": upload_id, "is_sidecar": "1", "upload_media_height": 64,
              "upload_media_width": 96}
    name = f"fb_uploader_{upload_id}"
    hdrs = meta_headers(uid, host, app_id) + [("offset", "0"), ("x-entity-length", str(len(img))),
                                              ("x-entity-name", name), ("x-entity-type", "image/jpeg"),
                                              ("x-instagram-rupload-params", jdump(params))]
    return s.add("POST", f"https://{host}/rupload_igphoto/{name}", hdrs, img, "image/jpeg",
                 resp={"upload_id": upload_id, "status": "ok"}, label=label, gap=10)


def session_meta():
    s = Session("probe02_meta_variants", "Facebook", "2026-10-10T09:40:00+01:00")
    uid, page = "100089231234567", "104455667788990"
    ordinary_traffic(s, 2)
    s.page("https://web.facebook.com/", "Facebook")
    fb_graphql(s, uid, "ProfileCometHovercardQueryRendererQuery", {"actorID": uid, "entryPoint": "FEED"},
               host="web.facebook.com", gap=3)
    # photo for a Page post (upload.facebook.com, multipart farr), then the post as the Page
    b = boundary()
    photo_id = digits(15)
    s.add("POST", "https://upload.facebook.com/ajax/react_composer/attachments/photo/upload?av=" + page,
          [("cookie", f"c_user={uid}; xs={tok(20)}"), ("origin", "https://www.facebook.com")],
          multipart(b, [("source", "8", None, None), ("profile_id", page, None, None),
                        ("farr", jpeg("probe02-fb"), "harvest.jpg", "image/jpeg"),
                        ("upload_id", "jsc_c_" + tok(2).lower(), None, None)]),
          f"multipart/form-data; boundary={b}",
          resp="for (;;);" + jdump({"payload": {"photoID": photo_id, "imageSrc": "https://scontent.xx.fbcdn.net/x.jpg"}}),
          resp_type="application/x-javascript; charset=utf-8", label=lab("facebook", "upload"))
    fb_graphql(s, uid, "ComposerStoryCreateMutation",
               {"input": {"composer_entry_point": "inline_composer", "source": "WWW",
                          "attachments": [{"photo": {"id": photo_id}}],
                          "audience": {"privacy": {"allow": [], "base_state": "EVERYONE", "deny": [],
                                                   "tag_expansion_state": "UNSPECIFIED"}},
                          "message": {"ranges": [], "text": "Harvest assembly donations are now with the food bank"},
                          "actor_id": page, "client_mutation_id": "1"}},
               av=page, label=lab("facebook", "post", "donations are now with the food bank", account=page))
    # a group post (audience.to_id), on www
    fb_graphql(s, uid, "ComposerStoryCreateMutation",
               {"input": {"composer_entry_point": "hosted_inline_composer", "source": "WWW", "attachments": [],
                          "audience": {"to_id": "2233445566778899"},
                          "message": {"ranges": [], "text": "Does anyone have a spare set of tuned percussion?"},
                          "actor_id": uid, "client_mutation_id": "2"}},
               label=lab("facebook", "post", "spare set of tuned percussion", account=uid))
    # a reaction: not a post
    fb_graphql(s, uid, "CometUFIFeedbackReactMutation",
               {"input": {"feedback_id": base64.b64encode(b"feedback:2233445566").decode(),
                          "feedback_reaction_id": "1635855486666999", "actor_id": uid, "client_mutation_id": "3"}},
               gap=4)
    # a reply to a comment (the friendly name varies between builds; it contains CreateComment)
    fb_graphql(s, uid, "CometUFICreateCommentMutation",
               {"input": {"feedback_id": base64.b64encode(b"feedback:9988776655").decode(),
                          "reply_comment_parent_fbid": "9988776655_1234",
                          "message": {"ranges": [], "text": "Tendai Moyo was brilliant in the relay, well done"},
                          "actor_id": uid, "client_mutation_id": "4", "attachments": None}},
               label=lab("facebook", "comment", "brilliant in the relay", account=uid, must=["pupil_name"]))
    # Messenger attachment upload (upload.facebook.com, multipart upload_1024)
    b = boundary()
    s.add("POST", "https://upload.facebook.com/ajax/mercury/upload.php?__a=1&fb_dtsg=" + tok(20),
          [("cookie", f"c_user={uid}; xs={tok(20)}"), ("origin", "https://www.facebook.com")],
          multipart(b, [("upload_1024", jpeg("probe02-msg"), "image.jpg", "image/jpeg"), ("voice_clip", "true", None, None)]),
          f"multipart/form-data; boundary={b}",
          resp="for (;;);" + jdump({"payload": {"metadata": [{"image_id": digits(15), "filetype": "image/jpeg"}]}}),
          resp_type="application/x-javascript; charset=utf-8", label=lab("facebook", "upload"))
    # a Messenger message over the (non-E2EE) MQTT chat socket
    chat_socket(s, "wss://edge-chat.facebook.com/chat?region=lla&sid=" + digits(15),
                f"c_user={uid}; xs={tok(20)}", "2220391788200892", "100088776655443",
                "Lowenna Trebilcock's mum says she can't do the trip on Friday",
                lab("facebook", "dm", "can't do the trip on Friday", account=uid, must=["pupil_name"]))
    # Instagram on i.instagram.com: profile, follow by the older friendships/create path
    ig, app = "5566778899", "936619743392459"
    ih = meta_headers(ig, "www.instagram.com", app)
    s.add("GET", "https://i.instagram.com/api/v1/users/web_profile_info/?username=harbourside.makers", ih,
          resp={"data": {"user": {"id": "4433221100", "username": "harbourside.makers", "full_name": "Makers Club"}},
                "status": "ok"})
    s.add("POST", "https://i.instagram.com/api/v1/friendships/create/4433221100/", ih,
          form([("container_module", "profile"), ("user_id", "4433221100")]), "application/x-www-form-urlencoded",
          resp={"friendship_status": {"following": True}, "status": "ok"},
          label=lab("instagram", "follow", recipients=["@harbourside.makers"], account=ig))
    # a like: not a post
    s.add("POST", "https://www.instagram.com/api/v1/web/likes/3344556677889900112/like/", ih, b"",
          "application/x-www-form-urlencoded", resp={"status": "ok"}, gap=3)
    # carousel: two rupload_igphoto (is_sidecar) then configure_sidecar with children_metadata
    u1, u2 = str(1795000000000 + R.randint(0, 999)), str(1795000001000 + R.randint(0, 999))
    rupload(s, ig, "i.instagram.com", app, u1, jpeg("probe02-c1"), lab("instagram", "upload", account=ig))
    rupload(s, ig, "i.instagram.com", app, u2, jpeg("probe02-c2"), lab("instagram", "upload", account=ig))
    s.add("POST", "https://i.instagram.com/api/v1/media/configure_sidecar/", ih,
          jdump({"caption": "Rock-pool survey day, two sites compared",
                 "children_metadata": [{"upload_id": u1}, {"upload_id": u2}], "client_sidecar_id": tok(13, "0123456789"),
                 "disable_comments": "0", "like_and_view_counts_disabled": False, "source_type": "library"}).encode(),
          "application/json", resp={"status": "ok"},
          label=lab("instagram", "post", "Rock-pool survey day", account=ig))
    # a story
    u3 = str(1795000002000 + R.randint(0, 999))
    rupload(s, ig, "www.instagram.com", app, u3, jpeg("probe02-st"), lab("instagram", "upload", account=ig))
    s.add("POST", "https://www.instagram.com/api/v1/media/configure_to_story/", ih,
          form([("caption", "Wet-weather PE in the hall today"), ("upload_id", u3), ("source_type", "library"),
                ("configure_mode", "1")]), "application/x-www-form-urlencoded", resp={"status": "ok"},
          label=lab("instagram", "post", "Wet-weather PE", account=ig))
    # Threads on threads.net: a reply limited to followed profiles, a photo post, a follow, a like
    th, tapp = "6677889900", "238260118697367"
    thh = meta_headers(th, "www.threads.net", tapp)
    s.add("POST", "https://www.threads.net/api/v1/media/configure_text_only_post/", thh,
          form([("caption", "Agree, the new spelling scheme is far better"), ("publish_mode", "text_post"),
                ("text_post_app_info", jdump({"reply_control": 1, "reply_id": "3456789012345678901"})),
                ("upload_id", str(1795000003000 + R.randint(0, 999)))]),
          "application/x-www-form-urlencoded", resp={"status": "ok"},
          label=lab("threads", "reply", "new spelling scheme is far better", account=th))
    u4 = str(1795000004000 + R.randint(0, 999))
    rupload(s, th, "www.threads.net", tapp, u4, jpeg("probe02-th"), lab("threads", "upload", account=th))
    s.add("POST", "https://www.threads.net/api/v1/media/configure_text_post_app_feed/", thh,
          form([("caption", "Autumn leaves collage from the art table"), ("publish_mode", "text_post"),
                ("text_post_app_info", jdump({"reply_control": 0})), ("upload_id", u4)]),
          "application/x-www-form-urlencoded", resp={"status": "ok"},
          label=lab("threads", "post", "Autumn leaves collage", account=th))
    s.add("POST", "https://www.threads.net/graphql/query", thh + [("x-fb-friendly-name", "BarcelonaProfileRootQuery")],
          form(fb_fields(th, "BarcelonaProfileRootQuery", {"userID": "7788990011"}, th)),
          "application/x-www-form-urlencoded",
          resp={"data": {"user": {"pk": "7788990011", "username": "coastal.science.hub"}}}, gap=3)
    s.add("POST", "https://www.threads.net/api/graphql", thh + [("x-fb-friendly-name", "useBarcelonaFollowMutation")],
          form(fb_fields(th, "useBarcelonaFollowMutation", {"target_user_id": "7788990011",
                                                            "container_module": "ig_text_feed_profile"}, th)),
          "application/x-www-form-urlencoded", resp={"data": {"follow": {"friendship_status": {"following": True}}}},
          label=lab("threads", "follow", account=th))
    s.add("POST", "https://www.threads.net/api/graphql", thh + [("x-fb-friendly-name", "useBarcelonaLikeMutation")],
          form(fb_fields(th, "useBarcelonaLikeMutation", {"mediaID": "3456789012345678901"}, th)),
          "application/x-www-form-urlencoded", resp={"data": {}}, gap=3)
    return s


# --------------------------------------------------------------------------------------------
# probe03: Reddit's new UI (shreddit GraphQL, S3 upload lease, richtext comment, Matrix chat,
# legacy PM), Pinterest and Tumblr; a br-compressed shreddit beacon

def session_reddit_pinterest_tumblr():
    s = Session("probe03_reddit_pinterest_tumblr", "Reddit", "2026-11-21T19:15:00+00:00", style="mitmproxy")
    rcookie = f"reddit_session={digits(8)}%2C2026-11-21T19%3A00%3A00%2C{tok(40)}; token_v2={tok(60)}; csrf_token=abc{tok(29)}"
    rh = [("cookie", rcookie), ("origin", "https://www.reddit.com"), ("referer", "https://www.reddit.com/r/Teachers/")]
    csrf = tok(32, "0123456789abcdef")

    def shreddit(op, variables, resp=None, label=None, gap=15):
        return s.add("POST", "https://www.reddit.com/svc/shreddit/graphql", rh,
                     jdump({"operation": op, "variables": variables, "csrf_token": csrf}).encode(),
                     "application/json", resp=resp or {"data": {}}, label=label, gap=gap)

    s.page("https://www.reddit.com/r/Teachers/", "r/Teachers")
    shreddit("PostFeedAndPageInfo", {"subredditName": "Teachers", "sort": "HOT", "range": "DAY"}, gap=3)
    # image post: lease, S3 upload, then CreatePost naming the media
    key = f"rte_images/{tok(13).lower()}"
    media_id = tok(13).lower()
    shreddit("CreateMediaUploadLease", {"input": {"mimetype": "JPEG"}},
             resp={"data": {"createMediaUploadLease": {"mediaId": media_id, "uploadLease": {
                 "uploadLeaseUrl": "https://reddit-uploaded-media.s3-accelerate.amazonaws.com",
                 "uploadLeaseHeaders": [{"header": "acl", "value": "private"}, {"header": "key", "value": key},
                                        {"header": "Content-Type", "value": "image/jpeg"}]}}}})
    b = boundary()
    s.add("POST", "https://reddit-uploaded-media.s3-accelerate.amazonaws.com/", [("origin", "https://www.reddit.com")],
          multipart(b, [("acl", "private", None, None), ("key", key, None, None),
                        ("Content-Type", "image/jpeg", None, None),
                        ("file", jpeg("probe03-rd"), "display.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}", status=204, label=lab("reddit", "upload"))
    shreddit("CreatePost", {"input": {"subredditId": "t5_2qqqq", "title": "Working-wall display that finally stuck",
                                      "postType": "IMAGE", "content": {"markdown": "Laminated strips, velcro, done."},
                                      "gallery": {"items": [{"mediaId": media_id, "caption": ""}]},
                                      "isNsfw": False, "isSpoiler": False, "correlationId": tok(36)}},
             label=lab("reddit", "post", "Working-wall display that finally stuck"))
    # text post
    shreddit("CreatePost", {"input": {"subredditId": "t5_2qqqq", "title": "Parents evening tips?", "postType": "TEXT",
                                      "content": {"markdown": "First year running them. Priyanka Venkataraman's dad "
                                                              "already asked for a double slot."},
                                      "isNsfw": False, "isSpoiler": False}},
             label=lab("reddit", "post", "already asked for a double slot", must=["pupil_name"]))
    # richtext comment on the new UI
    content = {"document": [{"e": "par", "c": [{"e": "text", "t": "We use a visual timetable strip for this."}]}]}
    s.add("POST", "https://www.reddit.com/svc/shreddit/t3_1abcde2/create-comment", rh,
          form([("content", jdump(content)), ("mode", "richText"), ("richTextMedia", "[]"), ("csrf_token", csrf)]),
          "application/x-www-form-urlencoded", resp="<faceplate-partial></faceplate-partial>",
          resp_type="text/html; charset=utf-8", label=lab("reddit", "comment", "visual timetable strip"))
    # a beacon, br-compressed: not a post
    s.add("POST", "https://www.reddit.com/svc/shreddit/events", rh,
          jdump({"info": [{"action": "click", "noun": "comment_submit", "source": "post_detail"}]}).encode(),
          "application/json", encoding="br", resp={"ok": True}, gap=1)
    # Reddit chat over Matrix
    room = "!" + tok(18) + ":reddit.com"
    s.add("PUT", f"https://matrix.redditspace.com/_matrix/client/v3/rooms/{urllib.parse.quote(room)}/send/m.room.message/m{digits(13)}.0",
          [("authorization", "Bearer " + tok(40)), ("origin", "https://chat.reddit.com")],
          jdump({"msgtype": "m.text", "body": "Happy to share the display templates, DM me an email"}).encode(),
          "application/json", resp={"event_id": "$" + tok(43)},
          label=lab("reddit", "dm", "share the display templates"))
    # old Reddit private message
    s.add("POST", "https://old.reddit.com/api/compose", [("cookie", rcookie), ("x-modhash", tok(40))],
          form([("to", "coastal_teacher_22"), ("subject", "Display templates"),
                ("text", "Here is the link to the templates folder"), ("uh", tok(40)), ("api_type", "json")]),
          "application/x-www-form-urlencoded", resp={"json": {"errors": []}},
          label=lab("reddit", "dm", "link to the templates folder", ["u/coastal_teacher_22"]))
    ordinary_traffic(s, 0)
    # Pinterest on a localised host: upload, pin, comment, profile read, DM, follow
    ph = [("cookie", f"_pinterest_sess={tok(60)}; csrftoken={tok(32)}"), ("x-csrftoken", tok(32)),
          ("x-requested-with", "XMLHttpRequest"), ("origin", "https://www.pinterest.co.uk")]

    def resource(name, options, source_url, resp=None, label=None, gap=15):
        return s.add("POST", f"https://www.pinterest.co.uk/resource/{name}/create/", ph,
                     form([("source_url", source_url), ("data", jdump({"options": options, "context": {}}))]),
                     "application/x-www-form-urlencoded", resp=resp or {"resource_response": {"status": "success"}},
                     label=label, gap=gap)

    s.page("https://www.pinterest.co.uk/", "Pinterest")
    b = boundary()
    img_url = f"https://i.pinimg.com/originals/{tok(2).lower()}/{tok(32, '0123456789abcdef')}.jpg"
    s.add("POST", "https://www.pinterest.co.uk/upload-image/?img=display.jpg", ph,
          multipart(b, [("img", jpeg("probe03-pin"), "display.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}", resp={"success": True, "image_url": img_url},
          label=lab("pinterest", "upload"))
    resource("PinResource", {"board_id": digits(18), "title": "Seaside sensory tray",
                             "description": "Sand, shells and blue rice for Reception", "link": "",
                             "image_url": img_url, "method": "uploaded"}, "/pin-creation-tool/",
             label=lab("pinterest", "post", "Sand, shells and blue rice"))
    resource("AggregatedCommentResource", {"objectId": digits(18), "pinId": digits(18),
                                           "text": "We did this with coloured pasta too"}, "/pin/123/",
             label=lab("pinterest", "comment", "coloured pasta"))
    s.add("GET", "https://www.pinterest.co.uk/resource/UserResource/get/?" + qs([
        ("source_url", "/tidepoolteacher/"), ("data", jdump({"options": {"username": "tidepoolteacher"}, "context": {}}))]),
        ph, resp={"resource_response": {"data": {"id": "889900112233445566", "username": "tidepoolteacher"}}}, gap=3)
    resource("ConversationsResource", {"user_ids": ["889900112233445566"], "emails": [],
                                       "text": "Love your tray ideas, do you sell the printables?"}, "/tidepoolteacher/",
             label=lab("pinterest", "dm", "do you sell the printables"))
    resource("UserFollowResource", {"user_id": "889900112233445566"}, "/tidepoolteacher/",
             label=lab("pinterest", "follow"))
    # Tumblr: a text post on a secondary blog, a photo post (multipart json + image), a follow
    th = [("authorization", "Bearer " + tok(50)), ("x-csrf", tok(20)), ("cookie", f"sid={tok(40)}"),
          ("origin", "https://www.tumblr.com")]
    s.add("GET", "https://www.tumblr.com/api/v2/user/dashboard?limit=10", th, resp={"response": {"posts": []}}, gap=4)
    s.add("POST", "https://www.tumblr.com/api/v2/blog/harbourside-reading-corner/posts", th,
          jdump({"content": [{"type": "text", "text": "This week's class read-aloud: a lighthouse adventure"}],
                 "layout": [], "state": "published", "tags": "reading,ks2"}).encode(), "application/json",
          resp={"response": {"id": digits(18)}}, label=lab("tumblr", "post", "class read-aloud"))
    b = boundary()
    npf = {"content": [{"type": "image", "media": [{"type": "image/jpeg", "identifier": "shore0"}],
                        "alt_text": "Shell sorting trays"},
                       {"type": "text", "text": "Shell sorting in maths today"}], "state": "published"}
    s.add("POST", "https://www.tumblr.com/api/v2/blog/harbourside-reading-corner/posts", th,
          multipart(b, [("json", jdump(npf), None, "application/json"),
                        ("shore0", jpeg("probe03-tb"), "shells.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}", resp={"response": {"id": digits(18)}},
          label=lab("tumblr", "post", "Shell sorting in maths today"))
    s.add("POST", "https://www.tumblr.com/api/v2/user/follow", th,
          jdump({"url": "https://www.tumblr.com/coastalclassroom"}).encode(), "application/json",
          resp={"response": {}}, label=lab("tumblr", "follow"))
    return s


# --------------------------------------------------------------------------------------------
# probe04: Discord (guild post, DM after opening a channel, reply, files, friend request,
# typing, science), YouTube (reply, live chat, community post, subscribe, reads), TikTok
# (comment in the form body, reply, follow, reads)

def session_discord_youtube_tiktok():
    s = Session("probe04_discord_youtube_tiktok", "Discord", "2026-12-05T11:20:00+00:00")
    me = "802233445566778899"
    token = b64url(me.encode()) + "." + tok(6) + "." + tok(38)
    dh = [("authorization", token), ("origin", "https://discord.com"), ("referer", "https://discord.com/channels/@me"),
          ("x-super-properties", base64.b64encode(jdump({"os": "Windows", "browser": "Chrome"}).encode()).decode()),
          ("x-discord-locale", "en-GB")]
    guild_ch = "1122334455667788990"
    s.page("https://discord.com/channels/@me", "Discord")
    s.add("GET", "https://discord.com/api/v9/users/@me", dh, resp={"id": me, "username": "mr_castell"}, gap=2)
    s.add("POST", f"https://discord.com/api/v9/channels/{guild_ch}/typing", dh, status=204, gap=3)
    s.add("POST", f"https://discord.com/api/v9/channels/{guild_ch}/messages", dh,
          jdump({"mobile_network_type": "unknown", "content": "Anyone tried the new KS2 coding unit yet?",
                 "nonce": digits(19), "tts": False, "flags": 0}).encode(), "application/json",
          resp={"id": digits(19), "channel_id": guild_ch, "author": {"id": me, "username": "mr_castell"}},
          label=lab("discord", "post", "new KS2 coding unit", account=me))
    s.add("POST", f"https://discord.com/api/v9/channels/{guild_ch}/messages", dh,
          jdump({"content": "Yes, lesson 3 is the best one", "nonce": digits(19), "tts": False, "flags": 0,
                 "message_reference": {"guild_id": "998877665544332211", "channel_id": guild_ch,
                                       "message_id": "1133557799113355779"}}).encode(), "application/json",
          resp={"id": digits(19)}, label=lab("discord", "reply", "lesson 3 is the best one", account=me))
    # a message with a file: multipart payload_json + files[0]
    b = boundary()
    s.add("POST", f"https://discord.com/api/v9/channels/{guild_ch}/messages", dh,
          multipart(b, [("payload_json", jdump({"content": "Our unplugged sorting activity", "nonce": digits(19),
                                                "attachments": [{"id": "0", "filename": "sorting.jpg"}]}), None, None),
                        ("files[0]", jpeg("probe04-dc"), "sorting.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}", resp={"id": digits(19)},
          label=lab("discord", "post", "unplugged sorting activity", account=me))
    # open a DM channel, then message it
    dm_ch, friend = "1199887766554433221", ("733445566778899001", "jo_pennant")
    s.add("POST", "https://discord.com/api/v9/users/@me/channels", dh, jdump({"recipients": [friend[0]]}).encode(),
          "application/json", resp={"id": dm_ch, "type": 1, "recipients": [{"id": friend[0], "username": friend[1]}]})
    s.add("POST", f"https://discord.com/api/v9/channels/{dm_ch}/messages", dh,
          jdump({"content": "Could you send me the unit slides?", "nonce": digits(19), "tts": False,
                 "flags": 0}).encode(), "application/json", resp={"id": digits(19)},
          label=lab("discord", "dm", "send me the unit slides", ["@jo_pennant"], me))
    s.add("POST", "https://discord.com/api/v9/users/@me/relationships", dh,
          jdump({"username": "coastal_coder", "discriminator": None}).encode(), "application/json", status=204,
          label=lab("discord", "friend_request", recipients=["@coastal_coder"], account=me))
    s.add("POST", "https://discord.com/api/v9/science", dh,
          jdump({"token": tok(20), "events": [{"type": "channel_opened", "properties": {}}]}).encode(),
          "application/json", status=204, gap=1)
    ordinary_traffic(s, 1)
    # YouTube
    yh = [("authorization", f"SAPISIDHASH {digits(10)}_{tok(40, '0123456789abcdef')}"), ("x-goog-authuser", "0"),
          ("origin", "https://www.youtube.com"), ("x-youtube-client-name", "1"),
          ("x-youtube-client-version", "2.20261201.01.00")]
    ctx = {"client": {"hl": "en-GB", "gl": "GB", "clientName": "WEB", "clientVersion": "2.20261201.01.00"},
           "user": {"lockedSafetyMode": False}}

    def yt(endpoint, payload, label=None, resp=None, gap=15):
        return s.add("POST", f"https://www.youtube.com/youtubei/v1/{endpoint}?prettyPrint=false", yh,
                     jdump({"context": ctx, **payload}).encode(), "application/json", resp=resp or {"responseContext": {}},
                     label=label, gap=gap)

    s.page("https://www.youtube.com/watch?v=" + tok(11), "YouTube")
    yt("player", {"videoId": tok(11), "contentCheckOk": True}, gap=2)
    yt("browse", {"browseId": "FEwhat_to_watch"}, gap=2)
    yt("comment/create_comment_reply", {"createReplyParams": b64url(bytes(R.getrandbits(8) for _ in range(40))),
                                        "commentText": "Thanks, we used this for our Year 5 river topic"},
       label=lab("youtube", "reply", "Year 5 river topic"))
    yt("live_chat/send_message", {"richMessage": {"textSegments": [{"text": "Greetings from a Year 4 class watching live!"}]},
                                  "params": b64url(bytes(R.getrandbits(8) for _ in range(30))),
                                  "clientMessageId": tok(26)},
       label=lab("youtube", "comment", "Year 4 class watching live"))
    yt("backstage/create_post", {"commentText": "New video on tide pools is up on the channel this weekend",
                                 "createBackstagePostParams": b64url(bytes(R.getrandbits(8) for _ in range(24)))},
       label=lab("youtube", "post", "tide pools is up on the channel"))
    yt("subscription/subscribe", {"channelIds": ["UC" + tok(22)], "params": "EgIIAhgA"},
       label=lab("youtube", "follow"))
    yt("like/like", {"target": {"videoId": tok(11)}}, gap=3)
    yt("get_transcript", {"params": b64url(bytes(R.getrandbits(8) for _ in range(30)))}, gap=3)
    # TikTok
    tt_uid = "7012345678901234567"
    tth = [("cookie", f"sessionid={tok(32).lower()}; sid_tt={tok(32).lower()}; multi_sids={tt_uid}%3A{tok(32).lower()}; "
                      f"tt_csrf_token={tok(30)}"), ("origin", "https://www.tiktok.com"),
           ("referer", "https://www.tiktok.com/@oceanexplainers/video/7300000000000000001"),
           ("tt-csrf-token", tok(30))]
    common = [("aid", "1988"), ("app_language", "en-GB"), ("app_name", "tiktok_web"), ("device_platform", "web_pc"),
              ("msToken", tok(107)), ("X-Bogus", "DFSzswVL" + tok(20)), ("_signature", "_02B4Z6wo" + tok(30))]
    s.add("GET", "https://www.tiktok.com/api/user/detail/?" + qs(common + [("uniqueId", "oceanexplainers")]), tth,
          resp={"userInfo": {"user": {"id": "6987654321098765432", "uniqueId": "oceanexplainers"}}}, gap=3)
    s.add("GET", "https://www.tiktok.com/api/comment/list/?" + qs(common + [("aweme_id", "7300000000000000001"),
                                                                             ("count", "20"), ("cursor", "0")]),
          tth, resp={"comments": []}, gap=2)
    s.add("POST", "https://www.tiktok.com/api/comment/publish/?" + qs(common), tth,
          form([("aweme_id", "7300000000000000001"), ("text", "Showing this to my class after lunch"),
                ("text_extra", "[]")]), "application/x-www-form-urlencoded",
          resp={"status_code": 0, "comment": {"cid": digits(19)}},
          label=lab("tiktok", "comment", "Showing this to my class after lunch"))
    s.add("POST", "https://www.tiktok.com/api/comment/publish/?" + qs(common + [
        ("aweme_id", "7300000000000000001"), ("text", "Which beach was this filmed at?"),
        ("reply_id", "7311111111111111111"), ("reply_to_reply_id", "0"), ("text_extra", "[]")]), tth, b"",
        "application/x-www-form-urlencoded", resp={"status_code": 0},
        label=lab("tiktok", "comment", "Which beach was this filmed at"))
    s.add("POST", "https://www.tiktok.com/api/commit/follow/user/?" + qs(common + [
        ("user_id", "6987654321098765432"), ("type", "1"), ("from", "18"), ("channel_id", "3")]), tth, b"",
        "application/x-www-form-urlencoded", resp={"status_code": 0, "follow_status": 1},
        label=lab("tiktok", "follow", recipients=["@oceanexplainers"]))
    return s


# --------------------------------------------------------------------------------------------
# probe05: Bluesky on a self-hosted PDS (images, quote, applyWrites thread, reply, DM straight
# to api.bsky.chat, zstd body), LinkedIn (connection request, older messaging paths, REST post
# with an image), Mastodon on an unlisted instance (form-data status, follow, reply, edit)

def session_bluesky_linkedin_mastodon():
    s = Session("probe05_bluesky_linkedin_mastodon", "Bluesky", "2026-11-29T18:10:00+00:00", style="mitmproxy")
    did, pds = "did:plc:q4v7xkz2mbnw6hrtye3sdl5c", "pds.harbour-town.net"
    token = jwt({"scope": "com.atproto.appPass", "sub": did, "iat": 1795900000, "exp": 1795907200,
                 "aud": f"did:web:{pds}"})
    bh = [("authorization", f"Bearer {token}"), ("origin", "https://bsky.app"), ("referer", "https://bsky.app/")]

    def now():
        return s.t.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def xrpc(method, nsid, body=None, resp=None, label=None, encoding=None, host=pds, headers=(), gap=15):
        return s.add(method, f"https://{host}/xrpc/{nsid}", bh + list(headers),
                     jdump(body).encode() if body is not None else None, "application/json" if body is not None else None,
                     resp=resp or {}, label=label, encoding=encoding, gap=gap)

    xrpc("GET", "app.bsky.feed.getTimeline?limit=30", resp={"feed": []}, headers=[
        ("atproto-proxy", "did:web:api.bsky.app#bsky_appview")], gap=3)
    img = jpeg("probe05-bs")
    link = "bafkrei" + tok(52, "abcdefghijklmnopqrstuvwxyz234567")
    s.add("POST", f"https://{pds}/xrpc/com.atproto.repo.uploadBlob", bh, img, "image/jpeg",
          resp={"blob": {"$type": "blob", "ref": {"$link": link}, "mimeType": "image/jpeg", "size": len(img)}},
          label=lab("bluesky", "upload"), gap=10)
    xrpc("POST", "com.atproto.repo.createRecord",
         {"collection": "app.bsky.feed.post", "repo": did, "record": {
             "$type": "app.bsky.feed.post", "createdAt": now(), "langs": ["en"],
             "text": "Beach clean with the eco-council this afternoon",
             "embed": {"$type": "app.bsky.embed.images", "images": [{"alt": "Bags of litter on the sand",
                       "image": {"$type": "blob", "ref": {"$link": link}, "mimeType": "image/jpeg", "size": len(img)},
                       "aspectRatio": {"width": 96, "height": 64}}]}}},
         resp={"uri": f"at://{did}/app.bsky.feed.post/3l{tok(11).lower()}", "cid": link},
         label=lab("bluesky", "post", "Beach clean with the eco-council", account=did))
    # a quote post
    xrpc("POST", "com.atproto.repo.createRecord",
         {"collection": "app.bsky.feed.post", "repo": did, "record": {
             "$type": "app.bsky.feed.post", "createdAt": now(), "langs": ["en"],
             "text": "Great summary of retrieval practice research",
             "embed": {"$type": "app.bsky.embed.record", "record": {
                 "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3lkq2x7yz4c2s",
                 "cid": "bafyrei" + tok(52, "abcdefghijklmnopqrstuvwxyz234567")}}}},
         label=lab("bluesky", "post", "retrieval practice research", account=did))
    # a thread of two posts in one applyWrites (the second replies to the first): a new post
    root_rkey, second_rkey = "3m" + tok(11, "abcdefghijklmnopqrstuvwxyz234567"), "3m" + tok(11, "abcdefghijklmnopqrstuvwxyz234567")
    root_uri = f"at://{did}/app.bsky.feed.post/{root_rkey}"
    root_cid = "bafyrei" + tok(52, "abcdefghijklmnopqrstuvwxyz234567")
    xrpc("POST", "com.atproto.repo.applyWrites",
         {"repo": did, "validate": True, "writes": [
             {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "rkey": root_rkey,
              "value": {"$type": "app.bsky.feed.post", "createdAt": now(), "langs": ["en"],
                        "text": "Thread: five things our outdoor learning day taught us (1/2)"}},
             {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "rkey": second_rkey,
              "value": {"$type": "app.bsky.feed.post", "createdAt": now(), "langs": ["en"],
                        "text": "Waterproofs matter more than the lesson plan (2/2)",
                        "reply": {"root": {"uri": root_uri, "cid": root_cid},
                                  "parent": {"uri": root_uri, "cid": root_cid}}}},
             {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.threadgate",
              "rkey": root_rkey, "value": {"$type": "app.bsky.feed.threadgate", "post": root_uri, "allow": [],
                                           "createdAt": now()}}]},
         label=lab("bluesky", "post", "outdoor learning day taught us", account=did))
    # a reply, sent zstd-compressed
    parent = "at://did:plc:zyxwvutsrqponmlkjihgfedc/app.bsky.feed.post/3lm4n5b6v7c8x"
    pcid = "bafyrei" + tok(52, "abcdefghijklmnopqrstuvwxyz234567")
    xrpc("POST", "com.atproto.repo.createRecord",
         {"collection": "app.bsky.feed.post", "repo": did, "record": {
             "$type": "app.bsky.feed.post", "createdAt": now(), "langs": ["en"],
             "text": "Ffion Pritchard painted the banner for it",
             "reply": {"root": {"uri": parent, "cid": pcid}, "parent": {"uri": parent, "cid": pcid}}}},
         encoding="zstd", label=lab("bluesky", "reply", "painted the banner", account=did, must=["pupil_name"]))
    # a DM sent straight to api.bsky.chat after looking up the conversation
    other = ("did:plc:m2n3b4v5c6x7z8l9k0j1h2g3", "seaglass-sci.bsky.social")
    convo = tok(13, "abcdefghijklmnopqrstuvwxyz234567")
    s.add("GET", f"https://api.bsky.chat/xrpc/chat.bsky.convo.getConvoForMembers?members={other[0]}", bh,
          resp={"convo": {"id": convo, "rev": tok(13).lower(), "members": [
              {"did": did, "handle": "r-castell.bsky.social"}, {"did": other[0], "handle": other[1]}]}}, gap=3)
    xrpc("POST", "chat.bsky.convo.sendMessage", {"convoId": convo, "message": {"text": "Would you run a rock-pool "
         "session for our Year 3s in spring?", "facets": []}}, host="api.bsky.chat",
         label=lab("bluesky", "dm", "rock-pool session for our Year 3s", [f"@{other[1]}"], did))
    xrpc("POST", "app.bsky.notification.updateSeen", {"seenAt": now()}, gap=2)
    ordinary_traffic(s, 2)
    # an Instagram direct message over the lightspeed gateway socket (mitmproxy writes https://)
    chat_socket(s, "https://gateway.instagram.com/ws/lightspeed", "ds_user_id=5566778899; sessionid=5566778899%3Aabc",
                "936619743392459", "340282366841710300949128",
                "Thanks for the tide-table photos, printing them for class",
                lab("instagram", "dm", "printing them for class", account="5566778899"))
    # LinkedIn
    lh = [("cookie", f'li_at={tok(80)}; JSESSIONID="ajax:{digits(19)}"'), ("csrf-token", f"ajax:{digits(19)}"),
          ("x-restli-protocol-version", "2.0.0"), ("x-li-lang", "en_US"), ("origin", "https://www.linkedin.com")]
    me_urn = "ACoAAB" + tok(20)
    s.add("GET", "https://www.linkedin.com/voyager/api/me", lh,
          resp={"data": {"*miniProfile": f"urn:li:fs_miniProfile:{me_urn}"},
                "included": [{"dashEntityUrn": f"urn:li:fsd_profile:{me_urn}", "publicIdentifier": "rhodri-castell"}]}, gap=3)
    target = "ACoAAC" + tok(20)
    s.add("GET", "https://www.linkedin.com/voyager/api/identity/dash/profiles?q=memberIdentity&memberIdentity=coastal-ed-lead",
          lh, resp={"included": [{"entityUrn": f"urn:li:fsd_profile:{target}", "publicIdentifier": "coastal-ed-lead"}]}, gap=3)
    s.add("POST", "https://www.linkedin.com/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2&decorationId=com.linkedin.voyager.dash.deco.relationships.InvitationCreationResultWithInvitee-2",
          lh, jdump({"invitee": {"inviteeUnion": {"memberProfile": f"urn:li:fsd_profile:{target}"}},
                     "customMessage": "We met at the coastal schools conference, keen to keep in touch"}).encode(),
          "application/json", resp={"value": {}},
          label=lab("linkedin", "friend_request", "coastal schools conference", ["coastal-ed-lead"]))
    # older messaging: a new conversation, then an event in an existing one
    mc = "com.linkedin.voyager.messaging.create.MessageCreate"
    s.add("POST", "https://www.linkedin.com/voyager/api/messaging/conversations?action=create", lh,
          jdump({"keyVersion": "LEGACY_INBOX", "conversationCreate": {
              "eventCreate": {"value": {mc: {"attributedBody": {"text": "Thanks for connecting, here are our trip notes",
                                                                "attributes": []}, "attachments": []}}},
              "recipients": [target], "subtype": "MEMBER_TO_MEMBER"}}).encode(), "application/json",
          resp={"value": {"conversationUrn": "urn:li:fs_conversation:2-" + tok(20)}},
          label=lab("linkedin", "dm", "here are our trip notes"))
    s.add("POST", f"https://www.linkedin.com/voyager/api/messaging/conversations/2-{tok(20)}/events?action=create", lh,
          jdump({"eventCreate": {"value": {mc: {"attributedBody": {"text": "And the risk assessment template",
                                                                    "attributes": []}, "attachments": []}}},
                 "dedupeByClientGeneratedToken": False}).encode(), "application/json", resp={"value": {}},
          label=lab("linkedin", "dm", "risk assessment template"))
    # an image: upload metadata, PUT the bytes, then a REST post with the asset
    asset = f"urn:li:digitalmediaAsset:D4E{tok(20)}"
    put_path = f"/dms-uploads/sp/v2/D4E{tok(20)}/uploaded-image/0?ca=vector_feedshare&cn=uploads&sync=0&v=beta"
    s.add("POST", "https://www.linkedin.com/voyager/api/voyagerVideoDashMediaUploadMetadata?action=upload", lh,
          jdump({"mediaUploadType": "IMAGE_SHARING", "fileSize": 4000, "filename": "harbour.jpg"}).encode(),
          "application/json", resp={"value": {"urn": asset, "singleUploadUrl": "https://www.linkedin.com" + put_path}})
    s.add("PUT", "https://www.linkedin.com" + put_path, lh, jpeg("probe05-li"), "image/jpeg", status=201,
          label=lab("linkedin", "upload"))
    s.add("POST", "https://www.linkedin.com/voyager/api/contentcreation/normShares", lh,
          jdump({"visibleToConnectionsOnly": False, "externalAudienceProviders": [],
                 "commentaryV2": {"text": "Our harbour study week in one picture", "attributes": []},
                 "origin": "FEED", "allowedCommentersScope": "ALL", "postState": "PUBLISHED",
                 "media": [{"category": "IMAGE", "mediaUrn": asset, "tapTargets": []}]}).encode(),
          "application/json", resp={"data": {}}, label=lab("linkedin", "post", "harbour study week"))
    s.add("POST", "https://www.linkedin.com/li/track", lh, jdump([{"eventInfo": {"eventName": "FeedImpressionEvent"}}]).encode(),
          "application/json", status=204, gap=1)
    # Mastodon on an instance that is not on the host list
    mhost = "toot.harbourcoast.org"
    mh = [("authorization", "Bearer " + tok(43)), ("origin", f"https://{mhost}"), ("cookie", f"_mastodon_session={tok(60)}")]
    s.add("GET", f"https://{mhost}/api/v1/accounts/verify_credentials", mh,
          resp={"id": "109876543210", "acct": "rcastell", "username": "rcastell"}, gap=3)
    s.add("GET", f"https://{mhost}/api/v1/accounts/lookup?acct=tidewatch@fediscience.org", mh,
          resp={"id": "110223344556677", "acct": "tidewatch@fediscience.org", "username": "tidewatch"}, gap=3)
    s.add("POST", f"https://{mhost}/api/v1/accounts/110223344556677/follow", mh, jdump({"reblogs": True}).encode(),
          "application/json", resp={"id": "110223344556677", "following": True},
          label=lab("mastodon", "follow", recipients=["@tidewatch@fediscience.org"]))
    b = boundary()
    s.add("POST", f"https://{mhost}/api/v1/statuses", mh,
          multipart(b, [("status", "Low tide at 4pm: perfect for tomorrow's rock-pool trip", None, None),
                        ("visibility", "public", None, None), ("language", "en", None, None)]),
          f"multipart/form-data; boundary={b}",
          resp={"id": "111000000000000001", "account": {"id": "109876543210", "acct": "rcastell"}},
          label=lab("mastodon", "post", "perfect for tomorrow's rock-pool trip"))
    s.add("POST", f"https://{mhost}/api/v1/statuses", mh + [("idempotency-key", tok(36))],
          jdump({"status": "@tidewatch@fediscience.org thank you, the class loved the tide tables",
                 "in_reply_to_id": "111222333444555666", "media_ids": [], "sensitive": False, "spoiler_text": "",
                 "visibility": "unlisted", "poll": None, "language": "en"}).encode(), "application/json",
          resp={"id": "111000000000000002"},
          label=lab("mastodon", "reply", "the class loved the tide tables", ["@tidewatch@fediscience.org"]))
    s.add("PUT", f"https://{mhost}/api/v1/statuses/111000000000000001", mh,
          jdump({"status": "Low tide at 4.20pm: perfect for tomorrow's rock-pool trip (corrected)",
                 "spoiler_text": "", "sensitive": False, "media_ids": [], "language": "en"}).encode(),
          "application/json", resp={"id": "111000000000000001"},
          label=lab("mastodon", "post", "Low tide at 4.20pm"))
    s.add("POST", f"https://{mhost}/api/v1/markers", mh, jdump({"home": {"last_read_id": "111000000000000002"}}).encode(),
          "application/json", resp={}, gap=2)
    return s


# --------------------------------------------------------------------------------------------
# probe06: more variants: X variables sent as a JSON string, an edit, a follow on
# api.twitter.com, a video upload; Facebook on business.facebook.com as multipart with a
# comment photo; Bluesky with DPoP auth, a video upload and a follow by applyWrites; LinkedIn
# post mentioning a member; Discord's two-step attachment upload; Reddit chat media and old
# Reddit comment on oauth.reddit.com; Mastodon direct message with a poll; TikTok DM (opaque)

def session_more_variants():
    s = Session("probe06_more_variants", "Mixed", "2026-12-12T19:45:00+00:00")
    ordinary_traffic(s, 1)
    # X
    uid, ct0 = "1290011223344556677", tok(160, "0123456789abcdef")
    hx = x_headers(uid, ct0, "x.com")
    qid = tok(22)
    s.add("POST", f"https://x.com/i/api/graphql/{qid}/CreateTweet", hx,
          jdump({"variables": jdump({"tweet_text": "Science week timetable is out, see the newsletter",
                                     "media": {"media_entities": [], "possibly_sensitive": False},
                                     "semantic_annotation_ids": []}),
                 "features": jdump({"a": True}), "queryId": qid}).encode(), "application/json", resp={"data": {}},
          label=lab("x", "post", "Science week timetable is out", account=uid), gap=20)
    x_graphql(s, hx, "x.com", "CreateTweet",
              {"tweet_text": "Science week timetable is out, see the newsletter (room change for Y4)",
               "edit_options": {"previous_tweet_id": "1866666666666666666"},
               "media": {"media_entities": [], "possibly_sensitive": False}, "semantic_annotation_ids": []},
              label=lab("x", "post", "room change for Y4", account=uid))
    x_graphql(s, hx, "x.com", "DeleteTweet", {"tweet_id": "1866666666666666666", "dark_request": False}, gap=4)
    target = ("1477889900112233445", "coast_guard_edu", "Coastguard Education")
    q = qs([("variables", jdump({"screen_name": target[1]})), ("features", jdump({"a": True}))])
    s.add("GET", f"https://x.com/i/api/graphql/{tok(22)}/UserByScreenName?{q}", hx, resp=x_user(*target))
    s.add("POST", "https://api.twitter.com/1.1/friendships/create.json", x_headers(uid, ct0, "twitter.com"),
          form([("include_profile_interstitial_type", "1"), ("skip_status", "1"), ("user_id", target[0])]),
          "application/x-www-form-urlencoded", resp={"id_str": target[0], "screen_name": target[1]},
          label=lab("x", "follow", recipients=["@coast_guard_edu"], account=uid))
    video = jpeg("probe06-vid") * 3   # stands in for video bytes: only the reassembly is probed
    media_id = digits(19)
    up = [("cookie", f"twid=u%3D{uid}; ct0={ct0}"), ("x-csrf-token", ct0), ("authorization", X_BEARER)]
    s.add("POST", f"https://upload.twitter.com/i/media/upload.json?command=INIT&total_bytes={len(video)}"
                  f"&media_type=video%2Fmp4&media_category=tweet_video", up, resp={"media_id_string": media_id})
    half = len(video) // 2
    for i, chunk in enumerate((video[:half], video[half:])):
        b = boundary()
        s.add("POST", f"https://upload.twitter.com/i/media/upload.json?command=APPEND&media_id={media_id}&segment_index={i}",
              up, multipart(b, [("media", chunk, "blob", "application/octet-stream")]),
              f"multipart/form-data; boundary={b}", status=204)
    s.add("POST", f"https://upload.twitter.com/i/media/upload.json?command=FINALIZE&media_id={media_id}", up,
          resp={"media_id_string": media_id, "processing_info": {"state": "pending"}}, label=lab("x", "upload"))
    s.add("GET", f"https://upload.twitter.com/i/media/upload.json?command=STATUS&media_id={media_id}", up,
          resp={"media_id_string": media_id, "processing_info": {"state": "succeeded"}}, gap=3)
    # Facebook on business.facebook.com: a comment photo, then the comment sent as multipart
    fb = "100077889900112"
    b = boundary()
    fbid = digits(15)
    s.add("POST", "https://business.facebook.com/ajax/ufi/upload/", [("cookie", f"c_user={fb}; xs={tok(20)}")],
          multipart(b, [("profile_id", fb, None, None), ("target_id", digits(15), None, None), ("source", "19", None, None),
                        ("file", jpeg("probe06-fbc"), "poster.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}", resp="for (;;);" + jdump({"payload": {"fbid": fbid}}),
          resp_type="application/x-javascript; charset=utf-8", label=lab("facebook", "upload"))
    fields = fb_fields(fb, "useCometUFICreateCommentMutation",
                       {"input": {"feedback_id": base64.b64encode(b"feedback:5566778899").decode(),
                                  "attachments": [{"media": {"id": fbid}}],
                                  "message": {"ranges": [], "text": "Poster for the Year 6 leavers' disco attached"},
                                  "actor_id": fb, "client_mutation_id": "1"}}, fb)
    b = boundary()
    s.add("POST", "https://business.facebook.com/api/graphql/",
          [("cookie", f"c_user={fb}; xs={tok(20)}"), ("x-fb-friendly-name", "useCometUFICreateCommentMutation")],
          multipart(b, [(k, v, None, None) for k, v in fields]), f"multipart/form-data; boundary={b}",
          resp={"data": {}}, label=lab("facebook", "comment", "leavers' disco attached", account=fb))
    # Bluesky: DPoP session on a bsky.network PDS; follow by applyWrites; a video upload
    did, pds = "did:plc:h7j8k9l0z1x2c3v4b5n6m7q8", "morel.us-east.host.bsky.network"
    dpop = [("authorization", "DPoP " + jwt({"sub": did, "iat": 1796000000, "exp": 1796003600,
                                             "aud": f"did:web:{pds}", "scope": "atproto transition:generic"})),
            ("dpop", tok(120)), ("origin", "https://bsky.app")]
    s.add("GET", f"https://{pds}/xrpc/app.bsky.actor.getProfile?actor=tidepool-trust.org", dpop +
          [("atproto-proxy", "did:web:api.bsky.app#bsky_appview")],
          resp={"did": "did:plc:t1d2e3p4o5o6l7t8r9u0s1t2", "handle": "tidepool-trust.org"}, gap=3)
    s.add("POST", f"https://{pds}/xrpc/com.atproto.repo.applyWrites", dpop,
          jdump({"repo": did, "writes": [{"$type": "com.atproto.repo.applyWrites#create",
                                          "collection": "app.bsky.graph.follow",
                                          "value": {"$type": "app.bsky.graph.follow",
                                                    "subject": "did:plc:t1d2e3p4o5o6l7t8r9u0s1t2",
                                                    "createdAt": "2026-12-12T19:52:00.000Z"}}]}).encode(),
          "application/json", resp={"results": []},
          label=lab("bluesky", "follow", recipients=["@tidepool-trust.org"], account=did))
    s.add("POST", f"https://{pds}/xrpc/com.atproto.repo.createRecord", dpop,
          jdump({"repo": did, "collection": "app.bsky.feed.post", "record": {
              "$type": "app.bsky.feed.post", "createdAt": "2026-12-12T19:53:00.000Z", "langs": ["en"],
              "text": "Thanks @tidepool-trust.org for the shore visit kits"}}).encode(), "application/json",
          resp={"uri": f"at://{did}/app.bsky.feed.post/3m{tok(11).lower()}"},
          label=lab("bluesky", "post", "shore visit kits", ["@tidepool-trust.org"], did))
    svc = jwt({"iss": did, "aud": "did:web:video.bsky.app", "lxm": "com.atproto.repo.uploadBlob", "exp": 1796003600})
    s.add("POST", f"https://video.bsky.app/xrpc/app.bsky.video.uploadVideo?did={urllib.parse.quote(did)}&name=clip.mp4",
          [("authorization", f"Bearer {svc}"), ("origin", "https://bsky.app")], jpeg("probe06-bv") * 2, "video/mp4",
          resp={"jobStatus": {"jobId": tok(16), "did": did, "state": "JOB_STATE_CREATED"}},
          label=lab("bluesky", "upload"))
    # LinkedIn: a post mentioning a member seen in a profile response
    lh = [("cookie", f'li_at={tok(80)}; JSESSIONID="ajax:{digits(19)}"'), ("csrf-token", f"ajax:{digits(19)}"),
          ("x-restli-protocol-version", "2.0.0")]
    member = "ACoAAD" + tok(20)
    s.add("GET", "https://www.linkedin.com/voyager/api/identity/dash/profiles?q=memberIdentity&memberIdentity=marine-ed-officer",
          lh, resp={"included": [{"entityUrn": f"urn:li:fsd_profile:{member}", "publicIdentifier": "marine-ed-officer"}]}, gap=3)
    qid = "voyagerContentcreationDashShares." + tok(32, "0123456789abcdef")
    s.add("POST", f"https://www.linkedin.com/voyager/api/graphql?action=execute&queryId={qid}", lh,
          jdump({"variables": {"post": {"allowedCommentersScope": "ALL", "intendedShareLifeCycleState": "PUBLISHED",
                                        "origin": "FEED", "visibilityDataUnion": {"visibilityType": "ANYONE"},
                                        "commentary": {"text": "Thank you to our visiting marine education officer",
                                                       "attributesV2": [{"start": 34, "length": 25, "detailData": {
                                                           "profileMention": {"entityUrn": f"urn:li:fsd_profile:{member}"}}}]}}},
                 "queryId": qid, "includeWebMetadata": True}).encode(), "application/json", resp={"data": {}},
          label=lab("linkedin", "post", "visiting marine education officer", ["marine-ed-officer"]))
    # Discord: attachment slots, the PUT to the upload bucket, then the message naming it
    me = "812233445566778800"
    dh = [("authorization", b64url(me.encode()) + "." + tok(6) + "." + tok(38)), ("origin", "https://discord.com")]
    ch = "1144556677889900112"
    up_name = f"{tok(8).lower()}-{tok(4).lower()}/worksheet.jpg"
    upload_url = f"https://discord-attachments-uploads-prd.storage.googleapis.com/{up_name}?upload_id={tok(40)}"
    s.add("POST", f"https://discord.com/api/v9/channels/{ch}/attachments", dh,
          jdump({"files": [{"filename": "worksheet.jpg", "file_size": 4000, "id": "7", "is_clip": False}]}).encode(),
          "application/json", resp={"attachments": [{"id": 7, "upload_url": upload_url, "upload_filename": up_name}]})
    s.add("PUT", upload_url, [("origin", "https://discord.com")], jpeg("probe06-dc"), "image/jpeg",
          label=lab("discord", "upload"))
    s.add("POST", f"https://discord.com/api/v9/channels/{ch}/messages", dh,
          jdump({"content": "Worksheet for Tuesday's session", "nonce": digits(19), "channel_id": ch, "type": 0,
                 "sticker_ids": [], "attachments": [{"id": "0", "filename": "worksheet.jpg",
                                                     "uploaded_filename": up_name}]}).encode(),
          "application/json", resp={"id": digits(19)},
          label=lab("discord", "post", "Worksheet for Tuesday's session", account=me))
    # Reddit: chat image upload (Matrix) and an old-API comment on oauth.reddit.com with richtext
    mh = [("authorization", "Bearer " + tok(40)), ("origin", "https://chat.reddit.com")]
    s.add("POST", "https://matrix.redditspace.com/_matrix/media/v3/upload?filename=plan.jpg", mh,
          jpeg("probe06-rc"), "image/jpeg", resp={"content_uri": "mxc://reddit.com/" + tok(24)},
          label=lab("reddit", "upload"))
    s.add("POST", "https://oauth.reddit.com/api/comment?raw_json=1", [("authorization", "Bearer " + tok(40))],
          form([("api_type", "json"), ("thing_id", "t1_k" + tok(6).lower()), ("return_rtjson", "true"),
                ("richtext_json", jdump({"document": [{"e": "par", "c": [{"e": "text", "t": "Seconding the laminated "
                                                                                            "visual timetable idea"}]}]})),
                ("text", "")]),
          "application/x-www-form-urlencoded", resp={"json": {"errors": []}},
          label=lab("reddit", "comment", "laminated visual timetable"))
    # Mastodon (a listed instance): a direct message with a poll
    mhost = "mastodon.online"
    mm = [("authorization", "Bearer " + tok(43)), ("origin", f"https://{mhost}")]
    s.add("POST", f"https://{mhost}/api/v1/statuses", mm,
          jdump({"status": "@dee_marsh which date suits for the staff social?", "visibility": "direct",
                 "poll": {"options": ["Friday 9th", "Saturday 10th"], "expires_in": 86400, "multiple": False},
                 "media_ids": [], "sensitive": False, "spoiler_text": "", "language": "en"}).encode(),
          "application/json", resp={"id": "112000000000000001"},
          label=lab("mastodon", "dm", "Saturday 10th", ["@dee_marsh@mastodon.online"]))
    # TikTok web IM: protobuf, not readable; only the platform
    s.add("POST", "https://im-api-va.tiktok.com/v1/message/send?" + qs([("aid", "1988"), ("device_platform", "web_pc")]),
          [("origin", "https://www.tiktok.com"), ("cookie", f"sessionid={tok(32).lower()}")],
          bytes(R.getrandbits(8) for _ in range(180)), "application/x-protobuf", resp="",
          resp_type="application/x-protobuf", label=lab("tiktok"))
    ordinary_traffic(s, 0)
    return s


SESSIONS = (session_x, session_meta, session_reddit_pinterest_tumblr, session_discord_youtube_tiktok,
            session_bluesky_linkedin_mastodon, session_more_variants)


def main():
    for make in SESSIONS:
        s = make()
        s.write(HERE)
        print(f"{s.name}: {len(s.entries)} entries, {len(s.labels)} labels")


if __name__ == "__main__":
    main()
