#!/usr/bin/env python3
"""Build the fourth probe replay corpus: the platforms and shapes the first three probes sent least.

    .venv/bin/python tests/heldout_har4/make_probe4.py    # rewrite every NAME.har + NAME.expect.jsonl

Why: the hidden HAR sets are other sessions (issue #4). The first three probes lean on X,
Facebook and Instagram posts; this one spends its labels on the rest: Threads (replies, photo
posts after a rupload, reads by POST), Instagram stories, reels and comment replies with a
resumed rupload, Facebook Messenger (an attachment upload, then the MQTT send that attaches it;
an E2EE socket), Pinterest on a localised host (pin after its image upload, comment, both DM
resources, edit, follows), Tumblr (a multipart photo post whose caption sits in the JSON part,
replies, messages), TikTok (comments with text in the query or the form, replies, the protobuf
IM), YouTube (comments, replies, community posts, live chat, subscriptions, reads by POST),
LinkedIn (comments and comment replies, reactions, messages old and new, a connection request
with a note, an image uploaded in pieces and attached later), WhatsApp Web (the Noise socket,
media on mmg), Reddit new and old (shreddit comments, a batched GraphQL request, a post whose
image goes to S3 first, the legacy PM, Matrix chat and its media), Bluesky (applyWrites replies,
quotes with media, DMs through the PDS proxy, api.bsky.chat and sendMessageBatch) and Mastodon-API
servers on odd hosts (a port, a trailing slash, form bodies, v1 media).

Encodings and exporter quirks among them: request bodies compressed with gzip, br and zstd
(stored decoded with Content-Encoding kept, as mitmproxy's HAR export does, or base64 of the
bytes on the wire); JSON labelled text/plain; JSON in a form field; multipart with a caption;
HTTP/2 pseudo-headers (Chrome); base64 postData; postData without mimeType; entries with no
response at all.

Label decisions (CONTRACT.md section 4; the dev corpus's README for the rest):
- reads sent by POST (YouTube next/browse/get_live_chat, Threads and Facebook feed queries,
  a Reddit feed query) are labelled `view`, so both their platform and their action are checked;
- a reply to a post is a `reply` (Threads, Tumblr's post/reply, Bluesky, Mastodon's
  in_reply_to_id), a reply inside a comment thread is a `comment` (Instagram
  replied_to_comment_id, TikTok reply_id, LinkedIn threadUrn of a comment, Reddit t1_ parent),
  except YouTube's own create_comment_reply, a `reply` as the earlier probes label it; YouTube
  live chat and a Pinterest comment are `comment`; a YouTube community post is a `post`;
  a YouTube subscription is a `follow`; a LinkedIn connection request is a `friend_request`;
- an upload in pieces is labelled once, on the request that completes it (the last resumed
  rupload piece; the S3, Matrix, Tumblr-free, LinkedIn PUT or Messenger upload.php request that
  carries the bytes); the lease or metadata requests before it are not labelled;
- E2EE or undecodable channels (WhatsApp Web, Messenger E2EE socket, TikTok's protobuf IM) carry
  only `platform`;
- likes, reactions, votes, typing, read receipts and beacons are not labelled.
The school (Kestrel Moor Primary, pack `triumph-learning-trust`, with a directed-time rule: the
sessions fall outside directed time), roster and staff are invented here; texts and ids too.

Where platforms.md is silent the shape follows the real web client as far as I know it, marked
"[web client]" in a comment; where it is a guess it says so.

Pre-fix score (before any change made for this probe, 2026-11-22), round a (p4_01-p4_06):
    replay: 72/76 labels met (0.947), 0 false extractions
    MISS p4_02#12 (youtube/comment): findings lack ['offensive'] ("Bloody brilliant rocket
         launch" in live chat): no fix; the label was wrong and is corrected (the dev set allows
         "bloody" as an intensifier: "Bloody freezing on playground duty" has must [])
    MISS p4_04#8 (reddit/post): action 'view', no text (a batched GraphQL request, an array of a
         read and CreateProfilePost: the array was read as one unknown body)
    MISS p4_04#17 (reddit/dm): findings lack ['pupil_contact'] (old Reddit's /api/compose to a
         pupil's handle: extracted as recipients ["u/rhodri_vj"], but the roster handle
         "@rhodri_vj" is looked up with only "@" stripped, so Reddit's "u/" form never matches:
         the engine's handle key, policies/schooldata/school.py, not this corpus's to change)
    MISS p4_05#15 (tumblr/reply): action 'comment' (Tumblr's post/reply was mapped to comment;
         a reply to a post is a `reply` as on X, Threads and Bluesky)
Round b (p4_07, written after round a was scored and fixed, before any fix for it):
    15/16 labels met, 0 false extractions
    MISS p4_07#13 (linkedin/comment): action 'other', no text (a server-driven SDUI action: its
         operation is named only in the sduiid query / the body's requestId)
After the fixes (batched GraphQL read operation by operation in addon/extract.py and the
extension's pagemap.js; Tumblr post/reply a `reply` and LinkedIn SDUI operation names in
addon/platforms/; also a Tumblr follow's recipient is the blog's name, not its URL):
91/92 labels met, 0 false extractions; p4_04#17 waits on the engine's handle key learning
Reddit's "u/" prefix (reported to the lead).
"""
import base64
import datetime
import gzip
import io
import json
import pathlib
import random
import sys
import urllib.parse

import brotli
import zstandard
from PIL import Image, ImageDraw

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "heldout_har"))
# The first probe's encoders, label helper and MQTT framing (their random helpers draw from the
# first probe's own stream; tok and digits here draw from this probe's).
from make_probe import (ENCODERS, MQTT_CONNECT, MQTT_SUBSCRIBE, b64url, charset_for, form,  # noqa: E402
                        jdump, lab, ls_req, mark_read_task, mqtt_publish, multipart, qs)

HERE = pathlib.Path(__file__).resolve().parent
R = random.Random("kestrel-moor-probe4-2026")
UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/142.0.0.0 Safari/537.36")

ROSTER = """first_name,last_name,preferred_name,year_group,date_of_birth,photo_consent,name_consent,social_handles
Ines,Carvalho,,Year 6,2015-03-11,yes,full,@ines.carv
Tobiah,Okonkwo-Reed,Toby,Year 5,2016-07-22,no,none,@tobyreed_draws
Saoirse,Maguire,,Year 6,2015-09-30,yes,first_name_initial,
Ravi,Chandrasekar,,Year 4,2017-02-14,yes,full,
Elspeth,Marchbanks,,Year 3,2018-06-05,yes,full,
Dawit,Tesfaye,,Year 6,2015-12-19,no,none,@dawit_t
Maisie,Threlfall,,Year 5,2016-01-28,yes,full,
Kacper,Wiśniewski,,Year 4,2017-10-08,yes,full,@kacper.w
Amara,Nwachukwu,,Year 2,2019-04-17,yes,full,
Rhodri,Vaughan-Jones,,Year 6,2015-05-02,yes,full,@rhodri_vj
"""

STAFF = """username,first_name,last_name,role
c.harwood,Celia,Harwood,Headteacher
n.ferris,Noel,Ferris,Class Teacher
b.adeyinka,Bisi,Adeyinka,Class Teacher
g.mcphail,Gregor,McPhail,SENCo
h.lund,Hanne,Lund,Teaching Assistant
"""

CONFIG = """# Fourth probe replay corpus (tests/heldout_har4): an invented school on the Triumph Learning
# Trust pack (which has a directed-time rule; the sessions fall outside directed time).
# Paths are relative to this file.
pack: triumph-learning-trust
school:
  name: Kestrel Moor Primary School
  aliases: [Kestrel Moor Primary, Kestrel Moor, "@KestrelMoorPS"]
roster: roster.csv
staff: staff.csv
logos: []
official_accounts:
  - {platform: x, handle: "@KestrelMoorPS"}
timetable:
  timezone: Europe/London
  directed:
    mon-fri: ["08:45-10:30", "10:45-12:10", "13:05-15:15"]
  terms:
    - {start: 2026-09-03, end: 2026-10-23}
    - {start: 2026-11-02, end: 2026-12-18}
  closures: []
declarations: []
holds: []
"""


# --------------------------------------------------------------------------------------------
# helpers

def tok(n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + tok(n - 1, "0123456789")


def hexs(n):
    return tok(n, "0123456789abcdef")


def webkit_boundary():
    return "----WebKitFormBoundary" + tok(16)


def picture(seed, size=(120, 80)):
    """A small JPEG of plain shapes (no people, text or logos)."""
    rnd = random.Random(seed)
    img = Image.new("RGB", size, tuple(rnd.randint(40, 210) for _ in range(3)))
    d = ImageDraw.Draw(img)
    for _ in range(6):
        x, y = rnd.randint(0, size[0] - 20), rnd.randint(0, size[1] - 20)
        d.rectangle([x, y, x + rnd.randint(6, 20), y + rnd.randint(6, 20)],
                    fill=tuple(rnd.randint(0, 255) for _ in range(3)))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=75)
    return out.getvalue()


def jwt(claims):
    head = b64url(jdump({"typ": "at+jwt", "alg": "ES256K"}).encode())
    return f"{head}.{b64url(jdump(claims).encode())}.{b64url(bytes(R.getrandbits(8) for _ in range(64)))}"


def pb_string(field, text):
    """One protobuf length-delimited field (wire type 2)."""
    data = text.encode() if isinstance(text, str) else text
    n, length = len(data), bytearray()
    while True:
        n, byte = divmod(n, 128)
        length.append(byte | (0x80 if n else 0))
        if not n:
            break
    return bytes([(field << 3) | 2]) + bytes(length) + data


class Session:
    """Entries and labels of one HAR with a running clock. style "chrome" writes as DevTools
    does (HTTP/2 pseudo-headers, UTF-8 body text), "mitmproxy" as savehar does (bodies decoded
    by their implied charset). Per entry: `encoding` compresses the body on the wire (the header
    is kept); `store` is "text" (decoded body), "wire64" (base64 of the bytes as sent, compressed
    or not, `encoding: base64`), or "nomime" (postData without mimeType); `no_response` leaves
    the entry without a response key (a tool that never saw one)."""

    def __init__(self, name, title, start, style="chrome"):
        self.name, self.title, self.style = name, title, style
        self.t = datetime.datetime.fromisoformat(start).astimezone(datetime.timezone.utc)
        self.start = self.t
        self.entries, self.labels = [], []

    def add(self, method, url, headers=(), body=None, ctype=None, resp=None,
            resp_type="application/json; charset=utf-8", status=200, label=None, gap=2.0,
            ws=None, encoding=None, store="text", no_response=False):
        self.t += datetime.timedelta(seconds=gap + R.randint(0, 800) / 1000)
        parts = urllib.parse.urlsplit(url)
        index = len(self.entries)
        wire = ENCODERS[encoding](body) if encoding and body is not None else body
        hdrs = []
        if self.style == "chrome":
            path = parts.path + (("?" + parts.query) if parts.query else "")
            hdrs += [(":authority", parts.netloc), (":method", method), (":path", path), (":scheme", "https")]
        hdrs += [("accept", "*/*"), ("accept-encoding", "gzip, deflate, br, zstd"),
                 ("accept-language", "en-GB,en;q=0.9"), ("user-agent", UA)]
        hdrs += list(headers)
        if ctype:
            hdrs.append(("content-type", ctype))
        if wire is not None and method not in ("GET", "HEAD"):
            hdrs.append(("content-length", str(len(wire))))
        if encoding:
            hdrs.append(("content-encoding", encoding))
        version = "http/2.0" if self.style == "chrome" else "HTTP/2.0"
        cookie = "; ".join(v for k, v in hdrs if k == "cookie")
        request = {
            "method": method, "url": url, "httpVersion": version,
            "headers": [{"name": k, "value": v} for k, v in hdrs],
            "queryString": [{"name": k, "value": v}
                            for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)],
            "cookies": [{"name": c.split("=", 1)[0].strip(), "value": c.split("=", 1)[1] if "=" in c else ""}
                        for c in cookie.split(";") if c.strip()],
            "headersSize": -1, "bodySize": len(wire) if wire is not None else 0,
        }
        if body is not None and method not in ("GET", "HEAD"):
            request["postData"] = self.post_data(body, wire, ctype, encoding, store)
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
        text = {101: "Switching Protocols", 201: "Created", 204: "No Content"}
        response = {"status": status, "statusText": "" if self.style == "chrome" else text.get(status, "OK"),
                    "httpVersion": version, "headers": [{"name": k, "value": v} for k, v in rh],
                    "cookies": [], "content": content, "redirectURL": "", "headersSize": -1,
                    "bodySize": len(resp_bytes)}
        entry = {"startedDateTime": self.stamp(), "time": 88.5, "request": request, "response": response,
                 "cache": {}, "timings": {"blocked": 0.6, "dns": -1, "ssl": -1, "connect": -1, "send": 0.2,
                                          "wait": 75.0, "receive": 12.7}}
        if self.style == "chrome":
            entry = {"_initiator": {"type": "script"}, "_priority": "High",
                     "_resourceType": "websocket" if ws is not None else "fetch", "pageref": "page_1", **entry}
        if ws is not None:
            entry["_webSocketMessages"] = ws
        if no_response:
            del entry["response"]
        self.entries.append(entry)
        if label is not None:
            self.labels.append({"index": index, **label})
        return index

    def stamp(self):
        if self.style == "chrome":
            return self.t.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        return self.t.isoformat()

    def post_data(self, body, wire, ctype, encoding, store):
        if store == "wire64":
            out = {"mimeType": ctype or "", "text": base64.b64encode(wire).decode(), "encoding": "base64"}
        else:
            if self.style == "chrome":
                try:
                    text = body.decode("utf-8")
                except UnicodeDecodeError:
                    text = body.decode("latin-1")
            else:
                text = body.decode(charset_for(ctype))
            out = {"mimeType": ctype or "", "text": text}
            if (ctype or "").startswith("application/x-www-form-urlencoded"):
                out["params"] = [{"name": k, "value": v} for k, v in
                                 urllib.parse.parse_qsl(body.decode("ascii"), keep_blank_values=True)]
            if encoding:
                out["comment"] = (f"Sent with Content-Encoding: {encoding} ({len(wire)} bytes on the wire); "
                                  "text holds the decoded body.")
        if store == "nomime":
            del out["mimeType"]
        return out

    def page(self, url, title, gap=3):
        html = f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{title}</body></html>"
        return self.add("GET", url, [("accept", "text/html,application/xhtml+xml,*/*;q=0.8")], resp=html,
                        resp_type="text/html; charset=utf-8", gap=gap)

    def har(self):
        creator = ({"name": "WebInspector", "version": "537.36"} if self.style == "chrome"
                   else {"name": "mitmproxy", "version": "12.2.1", "comment": ""})
        return {"log": {"version": "1.2", "creator": creator,
                        "pages": [{"startedDateTime": self.start.isoformat(timespec="milliseconds")
                                   .replace("+00:00", "Z"), "id": "page_1", "title": self.title,
                                   "pageTimings": {"onContentLoad": 850.0, "onLoad": 1650.0}}],
                        "entries": self.entries}}

    def write(self, folder):
        (folder / f"{self.name}.har").write_text(json.dumps(self.har(), ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        (folder / f"{self.name}.expect.jsonl").write_text(
            "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in self.labels), encoding="utf-8")


def other_sites(s, which):
    """Non-social traffic: no replay line at all."""
    if which == 0:
        s.page("https://www.bbc.co.uk/sport", "BBC Sport")
        s.add("POST", "https://www.bbc.co.uk/comments/api/v1/comment", [("cookie", "ckns_policy=111")],
              jdump({"text": "Not a monitored platform", "status": "new"}).encode(), "application/json", status=204)
    elif which == 1:
        s.page("https://www.ebay.co.uk/", "eBay")
        s.add("POST", "https://www.ebay.co.uk/ws/message", body=form([("message", "Is this still available?"),
                                                                      ("caption", "not social")]),
              ctype="application/x-www-form-urlencoded", resp={"ok": True})
    else:
        s.page("https://www.metoffice.gov.uk/", "Met Office")
        s.add("POST", "https://www.google-analytics.com/g/collect?v=2&en=page_view", body=b"",
              ctype="text/plain;charset=UTF-8", status=204)


def meta_form(friendly, variables, extra=()):
    """A Relay GraphQL form body as Meta's web clients send it."""
    return form([("av", "17841400" + digits(7)), ("__user", "0"), ("__a", "1"), ("__comet_req", "29"),
                 ("fb_dtsg", "NAf" + tok(40)), ("jazoest", digits(5)), ("lsd", tok(22)),
                 ("fb_api_caller_class", "RelayModern"), ("fb_api_req_friendly_name", friendly),
                 ("variables", jdump(variables)), ("server_timestamps", "true"), ("doc_id", digits(16)), *extra])


# --------------------------------------------------------------------------------------------
# p4_01: Meta on a Sunday evening: Threads, Instagram stories/reels/comment replies, Messenger

def session_meta():
    s = Session("p4_01_threads_instagram_messenger", "Threads", "2026-11-22T19:05:00+00:00")
    iuid = "7311224466"
    csrf = tok(32)
    cookie = f"csrftoken={csrf}; ds_user_id={iuid}; sessionid={iuid}%3A{tok(14)}%3A11%3A{tok(30)}; mid={tok(26)}"
    th = [("cookie", cookie), ("x-csrftoken", csrf), ("x-ig-app-id", "238260118697367"),
          ("x-asbd-id", "359341"), ("origin", "https://www.threads.com"), ("referer", "https://www.threads.com/")]
    other_sites(s, 0)
    s.page("https://www.threads.com/", "Threads")
    # a feed read sent by POST: `view`
    s.add("POST", "https://www.threads.com/graphql/query", th + [("x-fb-friendly-name", "BarcelonaFeedPaginationQuery")],
          meta_form("BarcelonaFeedPaginationQuery", {"data": {"pagination_source": "text_post_feed_threads",
                                                               "cursor": tok(30)}, "first": 10}),
          "application/x-www-form-urlencoded", resp={"data": {}}, label=lab("threads", "view"))
    # a text post (JSON in the text_post_app_info field)
    s.add("POST", "https://www.threads.com/api/v1/media/configure_text_only_post/", th,
          form([("caption", "Sunday planning done by 7pm for once. Small wins."), ("publish_mode", "text_post"),
                ("text_post_app_info", jdump({"reply_control": 0, "text_with_entities": {"entities": []}})),
                ("upload_id", "1763838" + digits(6))]),
          "application/x-www-form-urlencoded", resp={"media": {"pk": digits(19)}, "status": "ok"},
          label=lab("threads", "post", "Sunday planning done by 7pm", account=iuid), gap=12)
    # a reply naming a pupil in full, whose entry has no response at all (the tool never saw one)
    s.add("POST", "https://www.threads.com/api/v1/media/configure_text_only_post/", th,
          form([("caption", "Honestly Maisie Threlfall's speech at the remembrance assembly was better than mine"),
                ("publish_mode", "text_post"),
                ("text_post_app_info", jdump({"reply_control": 0, "reply_id": digits(19),
                                              "text_with_entities": {"entities": []}})),
                ("upload_id", "1763838" + digits(6))]),
          "application/x-www-form-urlencoded", no_response=True,
          label=lab("threads", "reply", "remembrance assembly was better than mine", account=iuid,
                    must=["pupil_name"]), gap=20)
    # a photo post: rupload on the Threads host, then configure_text_post_app_feed
    img = picture("p4-threads-leaves")
    up = "1763839" + digits(6)
    name = f"{up}_0_{digits(10)}"
    s.add("POST", f"https://www.threads.com/rupload_igphoto/{name}", th + [
        ("offset", "0"), ("x-entity-length", str(len(img))), ("x-entity-name", name), ("x-entity-type", "image/jpeg"),
        ("x-instagram-rupload-params", jdump({"media_type": 1, "upload_id": up, "upload_media_height": 80,
                                              "upload_media_width": 120}))],
          img, "image/jpeg", resp={"upload_id": up, "status": "ok"}, label=lab("threads", "upload", account=iuid))
    s.add("POST", "https://www.threads.com/api/v1/media/configure_text_post_app_feed/", th,
          form([("caption", "Leaf rubbings drying on every radiator in the house"), ("publish_mode", "text_post"),
                ("text_post_app_info", jdump({"reply_control": 1})), ("upload_id", up),
                ("custom_accessibility_caption", "Paper leaf rubbings on a radiator")]),
          "application/x-www-form-urlencoded", resp={"media": {"pk": digits(19)}, "status": "ok"},
          label=lab("threads", "post", "Leaf rubbings drying", account=iuid))
    s.add("POST", "https://www.threads.com/api/graphql", th + [("x-fb-friendly-name", "useBarcelonaLikeMutationLikeMutation")],
          meta_form("useBarcelonaLikeMutationLikeMutation", {"mediaID": digits(19)}),
          "application/x-www-form-urlencoded", resp={"data": {}})

    # Instagram
    ih = [("cookie", cookie), ("x-csrftoken", csrf), ("x-ig-app-id", "936619743392459"),
          ("x-requested-with", "XMLHttpRequest"), ("origin", "https://www.instagram.com"),
          ("referer", "https://www.instagram.com/")]
    s.page("https://www.instagram.com/", "Instagram")
    s.add("POST", "https://www.instagram.com/graphql/query", ih + [("x-fb-friendly-name", "PolarisFeedTimelineRootV2Query")],
          meta_form("PolarisFeedTimelineRootV2Query", {"data": {"feed_view_info": "[]", "reason": "pagination"}}),
          "application/x-www-form-urlencoded", resp={"data": {}}, label=lab("instagram", "view"))
    # a story photo uploaded in two pieces (resumed with Offset), then configure_to_story with a caption
    img = picture("p4-ig-story", (200, 150))
    up = "1763840" + digits(6)
    name = f"fb_uploader_{up}"
    half = len(img) // 2
    rparams = jdump({"media_type": 1, "upload_id": up, "upload_media_height": 150, "upload_media_width": 200})
    s.add("POST", f"https://i.instagram.com/rupload_igphoto/{name}", ih + [
        ("offset", "0"), ("x-entity-length", str(len(img))), ("x-entity-name", name), ("x-entity-type", "image/jpeg"),
        ("x-instagram-rupload-params", rparams)],
          img[:half], "application/octet-stream", status=500, resp={"status": "fail", "message": "transcode"})
    s.add("GET", f"https://i.instagram.com/rupload_igphoto/{name}", ih + [
        ("x-entity-name", name), ("x-instagram-rupload-params", rparams)], resp={"offset": half})
    s.add("POST", f"https://i.instagram.com/rupload_igphoto/{name}", ih + [
        ("offset", str(half)), ("x-entity-length", str(len(img))), ("x-entity-name", name),
        ("x-entity-type", "image/jpeg"), ("x-instagram-rupload-params", rparams)],
          img[half:], "application/octet-stream", resp={"upload_id": up, "status": "ok"},
          label=lab("instagram", "upload", account=iuid))
    s.add("POST", "https://www.instagram.com/api/v1/media/configure_to_story/", ih,
          form([("caption", "Bonfire toffee batch two, the kids next door approved"), ("configure_mode", "1"),
                ("source_type", "4"), ("upload_id", up), ("share_to_facebook", "")]),
          "application/x-www-form-urlencoded", resp={"media": {"pk": digits(19)}, "status": "ok"},
          label=lab("instagram", "post", "Bonfire toffee batch two", account=iuid))
    # a reel caption sent gzip-compressed (page JS may compress; platforms.md 0.2)
    vid = picture("p4-reel", (320, 240)) * 3
    up2 = "1763841" + digits(6)
    name2 = f"{up2}_0_{digits(10)}"
    s.add("POST", f"https://i.instagram.com/rupload_igvideo/{name2}", ih + [
        ("offset", "0"), ("x-entity-length", str(len(vid))), ("x-entity-name", name2), ("x-entity-type", "video/mp4"),
        ("x-instagram-rupload-params", jdump({"is_clips_video": True, "media_type": 2, "upload_id": up2}))],
          vid, "application/octet-stream", resp={"status": "ok"}, label=lab("instagram", "upload", account=iuid))
    s.add("POST", "https://i.instagram.com/api/v1/media/configure_to_clips/", ih,
          form([("caption", "Time-lapse of the allotment shed rebuild, three weekends in 40 seconds"),
                ("clips_share_preview_to_feed", "1"), ("source_type", "library"), ("upload_id", up2)]),
          "application/x-www-form-urlencoded", encoding="gzip",
          resp={"media": {"pk": digits(19)}, "status": "ok"},
          label=lab("instagram", "post", "allotment shed rebuild", account=iuid))
    # a reply in a comment thread, tagging a pupil's handle
    media = digits(19)
    s.add("POST", f"https://www.instagram.com/api/v1/web/comments/{media}/add/", ih,
          form([("comment_text", "@ines.carv this is exactly the bird feeder you built!"),
                ("replied_to_comment_id", digits(18))]),
          "application/x-www-form-urlencoded", resp={"id": digits(18), "status": "ok"},
          label=lab("instagram", "comment", "exactly the bird feeder you built", recipients=["@ines.carv"],
                    account=iuid, must=["pupil_contact"]))
    s.add("POST", f"https://www.instagram.com/api/v1/web/comments/like/{digits(18)}/", ih, b"",
          "application/x-www-form-urlencoded", resp={"status": "ok"})

    # Facebook Messenger: a feed read by POST, an attachment, then the MQTT send that attaches it
    fuid = "100007788990011"
    fcookie = f"c_user={fuid}; xs=31%3A{tok(14)}%3A2%3A1763800000%3A-1%3A-1; datr={tok(24)}; fr={tok(40)}"
    fh = [("cookie", fcookie), ("origin", "https://www.facebook.com"), ("referer", "https://www.facebook.com/")]
    s.page("https://www.facebook.com/", "Facebook")
    s.add("POST", "https://www.facebook.com/api/graphql/", fh + [("x-fb-friendly-name", "CometNewsFeedPaginationQuery")],
          form([("av", fuid), ("__user", fuid), ("fb_dtsg", "NAf" + tok(40)), ("fb_api_caller_class", "RelayModern"),
                ("fb_api_req_friendly_name", "CometNewsFeedPaginationQuery"),
                ("variables", jdump({"count": 3, "cursor": tok(40), "feedLocation": "NEWSFEED"})),
                ("doc_id", digits(16))]), "application/x-www-form-urlencoded",
          resp='for (;;);{"data":{}}', resp_type="text/html; charset=utf-8", label=lab("facebook", "view"))
    s.page("https://www.messenger.com/t/" + digits(16), "Messenger")
    pic = picture("p4-msgr-rota")
    b = webkit_boundary()
    fbid = digits(16)
    # [web client] messenger.com's own upload host; platforms.md names upload.facebook.com
    s.add("POST", f"https://upload.messenger.com/ajax/mercury/upload.php?__a=1&__user={fuid}&fb_dtsg={tok(20)}",
          [("cookie", fcookie), ("origin", "https://www.messenger.com")],
          multipart(b, [("upload_1024", pic, "rota.jpg", "image/jpeg"), ("voice_clip", "false", None, None)]),
          f"multipart/form-data; boundary={b}",
          resp='for (;;);{"payload":{"metadata":{"0":{"image_id":' + fbid + ',"filename":"rota.jpg"}}}}',
          resp_type="application/x-javascript; charset=utf-8",
          label=lab("facebook", "upload", account=fuid))
    thread = digits(16)
    t0 = s.t.timestamp() + 2
    task = {"failure_count": None, "label": "46", "queue_name": thread, "task_id": 2,
            "payload": jdump({"thread_id": thread, "otid": digits(19), "source": 65537, "send_type": 3,
                              "sync_group": 1, "text": "Rota for the Christmas fair stalls attached. Can you ring "
                                                       "Mrs Oduya on 07700 900614 about the raffle?",
                              "attachment_fbids": [fbid], "initiating_source": 1})}
    sent = [MQTT_CONNECT, MQTT_SUBSCRIBE,
            mqtt_publish("/ls_req", ls_req("772021112871879", [mark_read_task(thread, 1)], 5), 5),
            mqtt_publish("/ls_req", ls_req("772021112871879", [task], 6), 6)]
    frames = []
    for data in sent:
        frames.append({"type": "send", "time": round(t0, 3), "opcode": 2, "data": base64.b64encode(data).decode()})
        frames.append({"type": "receive", "time": round(t0 + 0.07, 3), "opcode": 2,
                       "data": base64.b64encode(b"\x20\x02\x00\x00").decode()})
        t0 += 1.3
    ws_h = [("cookie", fcookie), ("origin", "https://www.messenger.com"), ("upgrade", "websocket"),
            ("connection", "Upgrade"), ("sec-websocket-version", "13"),
            ("sec-websocket-key", base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode()),
            ("sec-websocket-protocol", "mqtt")]
    s.add("GET", f"wss://edge-chat.messenger.com/chat?region=lla&sid={digits(15)}&cid={tok(36)}", ws_h,
          status=101, resp=None, resp_type="x-unknown", ws=frames,
          label=lab("facebook", "dm", "Rota for the Christmas fair stalls", account=fuid, must=["personal_data"]))
    # an end-to-end encrypted thread: only the use of the platform can be reported ([web client]
    # messenger.com's twin of platforms.md's web-chat-e2ee.facebook.com)
    e2ee = [{"type": "send", "time": round(t0 + 3, 3), "opcode": 2,
             "data": base64.b64encode(bytes(R.getrandbits(8) for _ in range(90))).decode()},
            {"type": "receive", "time": round(t0 + 3.2, 3), "opcode": 2,
             "data": base64.b64encode(bytes(R.getrandbits(8) for _ in range(50))).decode()}]
    s.add("GET", "wss://web-chat-e2ee.messenger.com/ws/chat", ws_h, status=101, resp=None,
          resp_type="x-unknown", ws=e2ee, label=lab("facebook"), gap=6)
    return s


# --------------------------------------------------------------------------------------------
# p4_02: YouTube and TikTok on a Saturday afternoon (mitmproxy's savehar)

def session_video():
    s = Session("p4_02_youtube_tiktok", "YouTube", "2026-11-21T14:30:00+00:00", style="mitmproxy")
    yh = [("authorization", f"SAPISIDHASH 1763735400_{hexs(40)}"), ("x-goog-authuser", "0"),
          ("x-youtube-client-name", "1"), ("x-youtube-client-version", "2.20261118.01.00"),
          ("cookie", f"SAPISID={tok(34)}; __Secure-3PSID={tok(70)}; PREF=f6=40000000&hl=en-GB"),
          ("origin", "https://www.youtube.com")]
    ctx = {"client": {"clientName": "WEB", "clientVersion": "2.20261118.01.00", "hl": "en-GB", "gl": "GB"},
           "user": {"lockedSafetyMode": False}, "request": {"useSsl": True}}
    video = tok(11)

    def yt(path, payload, label=None, **kw):
        return s.add("POST", f"https://www.youtube.com/youtubei/v1/{path}?prettyPrint=false", yh,
                     jdump({"context": ctx, **payload}).encode(), "application/json", resp={"responseContext": {}},
                     label=label, **kw)

    other_sites(s, 1)
    s.page(f"https://www.youtube.com/watch?v={video}", "YouTube")
    yt("player", {"videoId": video, "playbackContext": {"contentPlaybackContext": {"html5Preference": "HTML5_PREF_WANTS"}}},
       label=lab("youtube", "view"))
    yt("next", {"videoId": video, "racyCheckOk": False}, label=lab("youtube", "view"))
    yt("browse", {"browseId": "FEwhat_to_watch"}, label=lab("youtube", "view"))
    # a comment, and a reply in its thread
    yt("comment/create_comment", {"createCommentParams": b64url(pb_string(2, video) + b"\x2a\x02\x08\x00"),
                                  "commentText": "We used this for our Year 4 water cycle lesson, thank you"},
       label=lab("youtube", "comment", "Year 4 water cycle lesson"), gap=30)
    yt("comment/create_comment_reply", {"createReplyParams": b64url(pb_string(2, video) + pb_string(4, "Ugz" + tok(20))),
                                        "commentText": "Rhodri Vaughan-Jones from Kestrel Moor asked me to say he made the model too!"},
       label=lab("youtube", "reply", "asked me to say he made the model too", must=["pupil_name"]), gap=25)
    yt("like/like", {"target": {"videoId": video}})
    # subscribing to a channel
    yt("subscription/subscribe", {"channelIds": ["UC" + tok(22)], "params": "EgIIAhgA"},
       label=lab("youtube", "follow"))
    # live chat: its polling is a read by POST; a message, sent gzip-compressed and stored as sent
    live = tok(11)
    s.page(f"https://www.youtube.com/live_chat?continuation={tok(60)}", "Live chat")
    yt("live_chat/get_live_chat", {"continuation": tok(80)}, label=lab("youtube", "view"))
    yt("live_chat/send_message", {"richMessage": {"textSegments": [{"text": "Hello from a Year 6 class in Cumbria! "
                                                                             "Bloody brilliant rocket launch"}]},
                                  "params": b64url(pb_string(1, pb_string(1, "UC" + tok(22)) + pb_string(2, live))),
                                  "clientMessageId": tok(24)},
       # Label corrected after the pre-fix score (had must offensive): the dev set allows "bloody"
       # as an intensifier ("Bloody freezing on playground duty", must []), so it earns nothing.
       label=lab("youtube", "comment", "Year 6 class in Cumbria"),
       encoding="gzip", store="wire64", gap=15)
    yt("live_chat/get_live_chat", {"continuation": tok(80)})
    # a community post with an image (the image is uploaded first, its blob id attached)
    blob = tok(40)
    s.add("POST", "https://www.youtube.com/channel_image_upload/posts?authuser=0", yh,
          picture("p4-yt-community"), "image/jpeg", resp={"encryptedBlobId": blob})
    yt("backstage/create_post", {"commentText": "New video on Friday: our school's wildflower meadow, one year on",
                                 "createBackstagePostParams": b64url(pb_string(1, "UC" + tok(22))),
                                 "imagesAttachment": {"imagesData": [{"encryptedBlobId": blob}]}},
       label=lab("youtube", "post", "wildflower meadow, one year on"), gap=20)
    s.add("POST", "https://www.youtube.com/youtubei/v1/log_event?alt=json", yh,
          jdump({"events": [{"eventTimeMs": 1763736000000, "foregroundHeartbeat": {"clientDocumentNonce": tok(16)}}]}).encode(),
          "application/json", encoding="gzip", resp={})

    # TikTok
    tcookie = f"sessionid={hexs(32)}; sid_tt={hexs(32)}; tt_csrf_token={tok(16)}; msToken={tok(100)}"
    tkh = [("cookie", tcookie), ("tt-csrf-token", tok(36)), ("origin", "https://www.tiktok.com"),
           ("referer", "https://www.tiktok.com/foryou")]
    common = [("WebIdLastTime", "1763700000"), ("aid", "1988"), ("app_language", "en-GB"), ("app_name", "tiktok_web"),
              ("browser_language", "en-GB"), ("browser_platform", "Win32"), ("channel", "tiktok_web"),
              ("device_platform", "web_pc"), ("region", "GB"), ("msToken", tok(100))]
    aweme = "74" + digits(17)
    s.page("https://www.tiktok.com/foryou", "TikTok")
    s.add("GET", "https://www.tiktok.com/api/recommend/item_list/?" + qs(common + [("count", "8")]), tkh,
          resp={"itemList": []}, label=lab("tiktok", "view"))
    # a comment with its text in the query string and an empty body
    s.add("POST", "https://www.tiktok.com/api/comment/publish/?" + qs(
        common + [("aweme_id", aweme), ("text", "Trying this paper-plane challenge with my class on Monday"),
                  ("text_extra", "[]"), ("X-Bogus", tok(28)), ("_signature", tok(40))]),
          tkh, b"", "application/x-www-form-urlencoded",
          resp={"status_code": 0, "comment": {"cid": digits(19)}},
          label=lab("tiktok", "comment", "paper-plane challenge with my class"), gap=20)
    # a reply in a comment thread with the fields in the form body only, tagging a pupil's handle
    s.add("POST", "https://www.tiktok.com/api/comment/publish/?" + qs(common + [("X-Bogus", tok(28))]), tkh,
          form([("aweme_id", aweme), ("text", "@dawit_t you'd smash this one"),
                ("text_extra", jdump([{"start": 0, "end": 8, "type": 0, "user_id": digits(19),
                                       "hashtag_name": "", "sec_uid": "MS4wLjAB" + tok(40)}])),
                ("reply_id", digits(19)), ("reply_to_reply_id", "0")]),
          "application/x-www-form-urlencoded", resp={"status_code": 0},
          label=lab("tiktok", "comment", "you'd smash this one", recipients=["@dawit_t"], must=["pupil_contact"]))
    s.add("POST", "https://www.tiktok.com/api/commit/item/digg/?" + qs(common + [("aweme_id", aweme), ("type", "1")]),
          tkh, b"", "application/x-www-form-urlencoded", resp={"status_code": 0})
    s.add("POST", "https://www.tiktok.com/api/commit/follow/user/?" + qs(
        common + [("user_id", digits(19)), ("type", "1"), ("from", "18"), ("from_pre", "0"), ("channel_id", "0")]),
          tkh, b"", "application/x-www-form-urlencoded", resp={"status_code": 0, "follow_status": 1},
          label=lab("tiktok", "follow"))
    # a DM over the web IM: protobuf [platforms.md: log only]
    msg = pb_string(1, b"\x08\x64") + pb_string(8, pb_string(1, "0:1:" + digits(19) + ":" + digits(19))
                                                  + pb_string(4, jdump({"aweType": 0, "text": "see you at the match"})))
    s.add("POST", "https://im-api-sg.tiktok.com/v1/message/send?" + qs([("aid", "1988"), ("version_code", "1.0.0")]),
          [("cookie", tcookie), ("origin", "https://www.tiktok.com")], msg, "application/x-protobuf",
          resp=b"\x08\x00", resp_type="application/x-protobuf", label=lab("tiktok"), store="wire64")
    return s


# --------------------------------------------------------------------------------------------
# p4_03: LinkedIn and WhatsApp Web after school

def session_linkedin_whatsapp():
    s = Session("p4_03_linkedin_whatsapp", "LinkedIn", "2026-11-18T17:40:00+00:00")
    jsid = "ajax:" + digits(19)
    lh = [("cookie", f'li_at={tok(150)}; JSESSIONID="{jsid}"; lang=v=2&lang=en-us'), ("csrf-token", jsid),
          ("x-restli-protocol-version", "2.0.0"), ("x-li-lang", "en_US"), ("origin", "https://www.linkedin.com"),
          ("referer", "https://www.linkedin.com/feed/")]
    me = "ACoAAC" + tok(30)
    s.page("https://www.linkedin.com/feed/", "Feed | LinkedIn")
    s.add("GET", "https://www.linkedin.com/voyager/api/me", lh,
          resp={"miniProfile": {"entityUrn": f"urn:li:fs_miniProfile:{me}", "publicIdentifier": "gregor-mcphail"}})
    activity = "urn:li:activity:" + digits(19)
    # a comment, compressed with br and stored as the bytes on the wire
    s.add("POST", "https://www.linkedin.com/voyager/api/voyagerSocialDashNormComments?decorationId="
                  "com.linkedin.voyager.dash.deco.social.NormComment-43", lh,
          jdump({"commentary": {"text": "Really useful framework for SEND reviews, sharing with our team",
                                "attributesV2": [], "$type": "com.linkedin.voyager.dash.common.text.TextViewModel"},
                 "threadUrn": activity}).encode(), "application/json; charset=UTF-8",
          encoding="br", store="wire64", resp={"data": {}}, status=201,
          label=lab("linkedin", "comment", "framework for SEND reviews"), gap=20)
    # a reply in that comment thread: threadUrn is the comment's URN
    s.add("POST", "https://www.linkedin.com/voyager/api/voyagerSocialDashNormComments?decorationId="
                  "com.linkedin.voyager.dash.deco.social.NormComment-43", lh,
          jdump({"commentary": {"text": "Happy to send you our annual review template, message me",
                                "attributesV2": []},
                 "threadUrn": f"urn:li:comment:({activity},{digits(19)})"}).encode(),
          "application/json; charset=UTF-8", resp={"data": {}}, status=201,
          label=lab("linkedin", "comment", "annual review template"))
    # a reaction: not a post action [web client]
    s.add("POST", f"https://www.linkedin.com/voyager/api/voyagerSocialDashReactions?threadUrn={urllib.parse.quote(activity)}",
          lh, jdump({"reactionType": "EMPATHY"}).encode(), "application/json; charset=UTF-8", status=201, resp={})
    # a message labelled text/plain (platforms.md section 5)
    s.page("https://www.linkedin.com/messaging/", "Messaging | LinkedIn")
    s.add("POST", "https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerConversations?action=typing", lh,
          jdump({"conversationUrn": f"urn:li:msg_conversation:(urn:li:fsd_profile:{me},2-{tok(40)}==)"}).encode(),
          "text/plain;charset=UTF-8", status=204)
    s.add("POST", "https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage", lh,
          jdump({"message": {"body": {"attributes": [], "text": "Saoirse Maguire's EHCP annual review is on the 3rd, "
                                                                "her mum's email is jmaguire.home@outlook.example"},
                             "renderContentUnions": [],
                             "conversationUrn": f"urn:li:msg_conversation:(urn:li:fsd_profile:{me},2-{tok(40)}==)",
                             "originToken": tok(36)},
                 "mailboxUrn": f"urn:li:fsd_profile:{me}", "trackingId": tok(16),
                 "dedupeByClientGeneratedToken": False}).encode(), "text/plain;charset=UTF-8",
          resp={"value": {}}, label=lab("linkedin", "dm", "EHCP annual review is on the 3rd",
                                       must=["pupil_name", "personal_data"]), gap=25)
    # the older messaging path: an event in an existing conversation
    conv = "2-" + tok(40) + "=="
    s.add("POST", f"https://www.linkedin.com/voyager/api/messaging/conversations/{urllib.parse.quote(conv)}/events?action=create",
          lh, jdump({"eventCreate": {"originToken": tok(36), "value": {
              "com.linkedin.voyager.messaging.create.MessageCreate": {
                  "attributedBody": {"text": "Thanks for the cluster meeting notes, see you in January", "attributes": []},
                  "attachments": []}}},
              "dedupeByClientGeneratedToken": False}).encode(), "application/json; charset=UTF-8",
          resp={"value": {}}, status=201, label=lab("linkedin", "dm", "cluster meeting notes"))
    # a connection request with a note
    s.add("POST", "https://www.linkedin.com/voyager/api/voyagerRelationshipsDashMemberRelationships"
                  "?action=verifyQuotaAndCreateV2&decorationId=com.linkedin.voyager.dash.deco.relationships.InvitationCreationResultWithInvitee-2",
          lh, jdump({"invitee": {"inviteeUnion": {"memberProfile": f"urn:li:fsd_profile:ACoAAD{tok(30)}"}},
                     "customMessage": "We met at the trust SENCo conference, would love to stay in touch"}).encode(),
          "application/json; charset=UTF-8", resp={"value": {}},
          label=lab("linkedin", "friend_request", "trust SENCo conference"))
    # an image uploaded in pieces and attached later: metadata, PUT of the bytes, then the post
    img = picture("p4-li-poster", (160, 120))
    asset = "urn:li:digitalmediaAsset:D4E10AQ" + tok(24)
    put_url = f"https://www.linkedin.com/dms-uploads/sp/v2/D4E10AQ{tok(24)}/uploaded-image/0?ca=vector_feedshare&cn=uploads&sync=0&v=beta&ut={tok(40)}"
    s.add("POST", "https://www.linkedin.com/voyager/api/voyagerVideoDashMediaUploadMetadata?action=upload", lh,
          jdump({"mediaUploadType": "IMAGE_SHARING", "fileSize": len(img), "filename": "autism-awareness-poster.jpg"}).encode(),
          "application/json; charset=UTF-8",
          resp={"value": {"urn": asset, "singleUploadUrl": put_url, "type": "SINGLE"}})
    s.add("PUT", put_url, [("cookie", lh[0][1]), ("csrf-token", jsid), ("origin", "https://www.linkedin.com")],
          img, "image/jpeg", status=201, resp="", label=lab("linkedin", "upload"))
    s.add("POST", "https://www.linkedin.com/voyager/api/graphql?action=execute&queryId=voyagerContentcreationDashShares."
                  + hexs(32), lh,
          jdump({"variables": {"post": {"allowedCommentersScope": "ALL", "intendedShareLifeCycleState": "PUBLISHED",
                                        "origin": "FEED", "visibilityDataUnion": {"visibilityType": "ANYONE"},
                                        "commentary": {"text": "Our neurodiversity celebration week poster, free to "
                                                               "download for any school", "attributesV2": []},
                                        "media": {"category": "IMAGE", "mediaUrn": asset, "tapTargets": [],
                                                  "altText": "A colourful poster"}}},
                 "queryId": "voyagerContentcreationDashShares." + hexs(32), "includeWebMetadata": True}).encode(),
          "application/json; charset=UTF-8", resp={"data": {}},
          label=lab("linkedin", "post", "neurodiversity celebration week poster"))
    s.add("POST", "https://www.linkedin.com/li/track", lh, jdump([{"eventInfo": {"eventName": "FeedImpressionEvent"}}]).encode(),
          "application/json", status=204)
    other_sites(s, 2)

    # WhatsApp Web: the Noise socket, and media uploaded pre-encrypted to mmg
    s.page("https://web.whatsapp.com/", "WhatsApp")
    frames, t0 = [], s.t.timestamp() + 1
    hello = b"WA\x06\x03" + bytes(R.getrandbits(8) for _ in range(40))
    for i in range(6):
        data = hello if i == 0 else bytes(R.getrandbits(8) for _ in range(R.randint(60, 300)))
        frames.append({"type": "send" if i % 2 == 0 else "receive", "time": round(t0 + i * 0.6, 3), "opcode": 2,
                       "data": base64.b64encode(data).decode()})
    s.add("GET", "wss://web.whatsapp.com/ws/chat", [("origin", "https://web.whatsapp.com"), ("upgrade", "websocket"),
                                                    ("connection", "Upgrade"), ("sec-websocket-version", "13"),
                                                    ("sec-websocket-key", base64.b64encode(bytes(16)).decode())],
          status=101, resp=None, resp_type="x-unknown", ws=frames, label=lab("whatsapp"))
    enc = bytes(R.getrandbits(8) for _ in range(2048))
    s.add("POST", f"https://mmg.whatsapp.net/mms/document/{b64url(bytes(R.getrandbits(8) for _ in range(32)))}"
                  f"?auth={tok(40)}&token={tok(43)}", [("origin", "https://web.whatsapp.com")],
          enc, "application/octet-stream", resp={"url": "https://mmg.whatsapp.net/v/t62.7119-24/" + digits(8)},
          label=lab("whatsapp"), store="wire64")
    return s


# --------------------------------------------------------------------------------------------
# p4_04: Reddit, new and old, with chat

def session_reddit():
    s = Session("p4_04_reddit", "Reddit", "2026-11-20T20:50:00+00:00")
    csrf = hexs(32)
    rcookie = f"reddit_session={tok(60)}; token_v2={tok(120)}; csrf_token={csrf}; loid={tok(20)}"
    rh = [("cookie", rcookie), ("origin", "https://www.reddit.com"), ("referer", "https://www.reddit.com/r/Teachers/")]

    def gql(body, label=None, resp=None, **kw):
        return s.add("POST", "https://www.reddit.com/svc/shreddit/graphql", rh, jdump(body).encode(),
                     "application/json", resp=resp or {"data": {}}, label=label, **kw)

    s.page("https://www.reddit.com/r/Teachers/", "r/Teachers")
    gql({"operation": "SubredditFeedElements", "variables": {"subredditName": "Teachers", "sort": "HOT",
                                                              "range": "DAY"}, "csrf_token": csrf},
        label=lab("reddit", "view"))
    # a shreddit comment: form body whose `content` is rich-text JSON
    post_id = "t3_1gz" + tok(4).lower()
    rich = {"document": [{"e": "par", "c": [{"e": "text", "t": "We do a silent disco for the Year 6 leavers and it costs almost nothing"}]}]}
    s.add("POST", f"https://www.reddit.com/svc/shreddit/{post_id}/create-comment", rh,
          form([("content", jdump(rich)), ("mode", "richText"), ("richTextMedia", "[]"), ("csrf_token", csrf)]),
          "application/x-www-form-urlencoded", resp="<shreddit-comment></shreddit-comment>",
          resp_type="text/html; charset=utf-8",
          label=lab("reddit", "comment", "silent disco for the Year 6 leavers"), gap=25)
    # a reply in a comment thread (t1_ parent)
    rich = {"document": [{"e": "par", "c": [{"e": "text", "t": "Honestly our head would never sign that off, she's a nightmare"}]}]}
    s.add("POST", f"https://www.reddit.com/svc/shreddit/t1_{tok(7).lower()}/create-comment", rh,
          form([("content", jdump(rich)), ("mode", "richText"), ("richTextMedia", "[]"), ("csrf_token", csrf)]),
          "application/x-www-form-urlencoded", resp="<shreddit-comment></shreddit-comment>",
          resp_type="text/html; charset=utf-8",
          label=lab("reddit", "comment", "our head would never sign that off"))
    s.add("POST", "https://www.reddit.com/svc/shreddit/events", rh,
          jdump({"info": [{"action": "view", "noun": "screen", "source": "post"}]}).encode(), "text/plain;charset=UTF-8",
          status=204)
    # an image post: media lease, the bytes to S3, then CreatePost with the mediaId, gzip-compressed
    img = picture("p4-reddit-display", (160, 100))
    media_id = tok(13).lower()
    gql({"operation": "CreateMediaUploadLease", "variables": {"input": {"mimetype": "JPEG"}}, "csrf_token": csrf},
        resp={"data": {"createMediaUploadLease": {"mediaId": media_id, "uploadLease": {
            "uploadLeaseUrl": "https://reddit-uploaded-media.s3-accelerate.amazonaws.com"}}}})
    b = webkit_boundary()
    s.add("POST", "https://reddit-uploaded-media.s3-accelerate.amazonaws.com/", [("origin", "https://www.reddit.com")],
          multipart(b, [("acl", "private", None, None), ("key", f"rte_images/{media_id}", None, None),
                        ("X-Amz-Credential", "AKIA" + tok(16) + "/20261120/us-east-1/s3/aws4_request", None, None),
                        ("x-amz-meta-ext", "jpeg", None, None), ("policy", tok(200), None, None),
                        ("X-Amz-Signature", hexs(64), None, None), ("Content-Type", "image/jpeg", None, None),
                        ("file", img, "display.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}", status=201,
          resp=f"<PostResponse><Key>rte_images/{media_id}</Key></PostResponse>", resp_type="application/xml",
          label=lab("reddit", "upload"))
    gql({"operation": "CreatePost", "variables": {"input": {
        "subredditId": "t5_2qh" + tok(3).lower(), "title": "Finally finished our Year 3 Viking longship display",
        "postType": "IMAGE", "content": {"markdown": "Cardboard, paint and about forty glue sticks."},
        "gallery": {"items": [{"mediaId": media_id, "caption": ""}]}, "isNsfw": False, "isSpoiler": False,
        "correlationId": tok(32)}}, "csrf_token": csrf},
        label=lab("reddit", "post", "Viking longship display"), encoding="gzip", gap=20)
    # a batched GraphQL request (an array of operations, Apollo-style: the standard
    # GraphQL-over-HTTP batching convention; whether shreddit batches is a guess): a read and a post
    gql([{"operation": "GetUserPreferences", "variables": {}, "csrf_token": csrf},
         {"operation": "CreateProfilePost", "variables": {"input": {
             "title": "Looking for a Year 5 teacher to swap WW2 resources",
             "content": {"markdown": "Ours are good on evacuees, weak on the Blitz."}, "postType": "TEXT"}},
          "csrf_token": csrf}],
        label=lab("reddit", "post", "swap WW2 resources"))
    # Reddit chat over Matrix: typing, a text message, media and an image message, a receipt
    room = "!" + tok(18) + ":reddit.com"
    mh = [("authorization", "Bearer " + tok(120)), ("origin", "https://chat.reddit.com")]
    base = "https://matrix.redditspace.com/_matrix/client/v3/rooms/" + urllib.parse.quote(room)
    s.add("GET", "https://matrix.redditspace.com/_matrix/client/v3/sync?timeout=30000&since=" + tok(20), mh,
          resp={"next_batch": tok(20)})
    s.add("PUT", base + "/typing/" + urllib.parse.quote("@t2_" + tok(8).lower() + ":reddit.com"), mh,
          jdump({"typing": True, "timeout": 25000}).encode(), "application/json", resp={})
    s.add("PUT", base + "/send/m.room.message/m" + digits(13), mh,
          jdump({"msgtype": "m.text", "body": "Can you cover my duty on Thursday? I'll take your Friday"}).encode(),
          "application/json", resp={"event_id": "$" + tok(43)},
          label=lab("reddit", "dm", "cover my duty on Thursday"), gap=15)
    pic = picture("p4-matrix-pic")
    s.add("POST", "https://matrix.redditspace.com/_matrix/media/v3/upload?filename=rota.jpg", mh, pic, "image/jpeg",
          resp={"content_uri": "mxc://reddit.com/" + tok(24)}, label=lab("reddit", "upload"))
    s.add("POST", base + "/receipt/m.read/" + urllib.parse.quote("$" + tok(43)), mh, b"{}", "application/json", resp={})

    # old Reddit: a comment with a markdown `text`, and a private message
    oh = [("cookie", rcookie), ("x-modhash", tok(40)), ("origin", "https://old.reddit.com"),
          ("x-requested-with", "XMLHttpRequest")]
    s.page("https://old.reddit.com/r/UKTeachers/", "UK Teachers")
    s.add("POST", "https://old.reddit.com/api/comment", oh,
          form([("thing_id", "t3_1h" + tok(5).lower()), ("text", "Kacper Wiśniewski in my class does exactly this with his reading log"),
                ("id", "#form-t3_x"), ("r", "UKTeachers"), ("uh", tok(40)), ("renderstyle", "html")]),
          "application/x-www-form-urlencoded; charset=UTF-8", resp={"jquery": []},
          label=lab("reddit", "comment", "does exactly this with his reading log", must=["pupil_name"]), gap=20)
    s.add("POST", "https://old.reddit.com/api/vote", oh, form([("id", "t1_" + tok(7).lower()), ("dir", "1"),
                                                               ("vh", tok(20)), ("uh", tok(40))]),
          "application/x-www-form-urlencoded; charset=UTF-8", resp={})
    s.add("POST", "https://old.reddit.com/api/compose", oh,
          form([("to", "rhodri_vj"), ("subject", "Your project"),
                ("text", "Bring your volcano model in on Monday and we'll test it"), ("uh", tok(40)),
                ("api_type", "json")]),
          "application/x-www-form-urlencoded; charset=UTF-8", resp={"json": {"errors": []}},
          label=lab("reddit", "dm", "Bring your volcano model in", recipients=["u/rhodri_vj"],
                    must=["pupil_contact"]))
    other_sites(s, 0)
    return s


# --------------------------------------------------------------------------------------------
# p4_05: Pinterest on a localised host and Tumblr (mitmproxy's savehar)

def session_pinterest_tumblr():
    s = Session("p4_05_pinterest_tumblr", "Pinterest", "2026-11-19T21:10:00+00:00", style="mitmproxy")
    csrf = tok(32)
    ph = [("cookie", f"_pinterest_sess={tok(200)}; csrftoken={csrf}; _auth=1"), ("x-csrftoken", csrf),
          ("x-requested-with", "XMLHttpRequest"), ("x-app-version", hexs(7)), ("x-pinterest-appstate", "active"),
          ("origin", "https://www.pinterest.co.uk"), ("referer", "https://www.pinterest.co.uk/")]
    host = "https://www.pinterest.co.uk"

    def res(name, verb, options, label=None, path="/resource", source="/", **kw):
        return s.add("POST", f"{host}{path}/{name}/{verb}/", ph,
                     form([("source_url", source), ("data", jdump({"options": options, "context": {}}))]),
                     "application/x-www-form-urlencoded; charset=UTF-8",
                     resp={"resource_response": {"status": "success", "data": {"id": digits(18)}}}, label=label, **kw)

    s.page(host + "/", "Pinterest")
    s.add("GET", f"{host}/resource/UserHomefeedResource/get/?" + qs([("source_url", "/"),
                                                                       ("data", jdump({"options": {"field_set_key": "hf_grid"}, "context": {}}))]),
          ph, resp={"resource_response": {"data": []}}, label=lab("pinterest", "view"))
    # an image uploaded first (multipart `img`), then the pin that names its image_url
    img = picture("p4-pin-wreath", (140, 180))
    b = webkit_boundary()
    image_url = "https://i.pinimg.com/originals/" + hexs(2) + "/" + hexs(2) + "/" + hexs(32) + ".jpg"
    s.add("POST", f"{host}/upload-image/?img=wreath.jpg", ph,
          multipart(b, [("img", img, "wreath.jpg", "image/jpeg")]), f"multipart/form-data; boundary={b}",
          resp={"success": True, "image_url": image_url}, label=lab("pinterest", "upload"))
    res("PinResource", "create", {"board_id": digits(18), "field_set_key": "create_success", "skip_pin_create_log": True,
                                  "title": "Paper-plate wreaths", "description": "Year 2 made these in one afternoon, "
                                  "template on the board", "link": "", "image_url": image_url,
                                  "method": "uploaded", "alt_text": "Green paper-plate wreaths"},
        label=lab("pinterest", "post", "Year 2 made these in one afternoon"), source="/pin-creation-tool/", gap=15)
    # an edit of the pin
    res("PinResource", "update", {"id": digits(18), "description": "Year 2 made these in one afternoon, "
                                  "template and glitter-free version on the board", "title": "Paper-plate wreaths"},
        label=lab("pinterest", "post", "glitter-free version"))
    # a comment through the _ngjs resource path, the JSON field stored base64 by the exporter
    res("AggregatedCommentResource", "create", {"objectId": digits(18), "pinId": digits(18),
                                                "text": "Ravi Chandrasekar would love this one, he's obsessed with origami"},
        label=lab("pinterest", "comment", "obsessed with origami", must=["pupil_name"]), path="/_ngjs/resource",
        store="wire64")
    # a new conversation and a message in an existing one
    res("ConversationsResource", "create", {"user_ids": [digits(18)], "text": "Do you have the printable version of "
                                            "the advent maths calendar?", "pin": None},
        label=lab("pinterest", "dm", "advent maths calendar"))
    res("ConversationMessagesResource", "create", {"conversation_id": digits(18),
                                                   "text": "Thanks! Our class will love it", "pin": digits(18)},
        label=lab("pinterest", "dm", "Our class will love it"), encoding="br")
    res("UserFollowResource", "create", {"user_id": digits(18)}, label=lab("pinterest", "follow"))
    res("BoardFollowResource", "create", {"board_id": digits(18)}, label=lab("pinterest", "follow"))
    res("PinLikeResource", "create", {"pin_id": digits(18), "reaction_type": 1})

    # Tumblr
    bearer = tok(50)
    th = [("authorization", "Bearer " + bearer), ("x-csrf", tok(24)), ("x-version", "redpop/3/0//redpop/"),
          ("cookie", f"pfp={tok(40)}; pfs={tok(40)}; logged_in=1"), ("origin", "https://www.tumblr.com"),
          ("referer", "https://www.tumblr.com/dashboard")]
    blog = "mrs-ferris-draws"
    s.page("https://www.tumblr.com/dashboard", "Tumblr")
    s.add("GET", "https://www.tumblr.com/api/v2/timeline/dashboard?fields%5Bblogs%5D=name", th, resp={"response": {}},
          label=lab("tumblr", "view"))
    # a photo post: multipart with the NPF JSON part (the caption) and the image part [NPF docs]
    b = webkit_boundary()
    npf = {"content": [{"type": "image", "media": [{"type": "image/jpeg", "identifier": "pic1"}],
                        "alt_text": "Charcoal sketch of a heron"},
                       {"type": "text", "text": "Charcoal heron from the nature reserve trip, not bad for a maths teacher"}],
           "layout": [], "state": "published", "tags": "art,charcoal"}
    s.add("POST", f"https://www.tumblr.com/api/v2/blog/{blog}/posts", th,
          multipart(b, [("json", jdump(npf), None, "application/json"),
                        ("pic1", picture("p4-heron"), "heron.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}", status=201, resp={"meta": {"status": 201}},
          label=lab("tumblr", "post", "Charcoal heron from the nature reserve"), gap=20)
    # a text post compressed with zstd, stored as the bytes on the wire
    s.add("POST", f"https://www.tumblr.com/api/v2/blog/{blog}/posts", th,
          jdump({"content": [{"type": "text", "text": "Report-writing season. Send help, and biscuits."}],
                 "layout": [], "state": "published", "tags": ""}).encode(), "application/json; charset=utf-8",
          encoding="zstd", store="wire64", status=201, resp={"meta": {"status": 201}},
          label=lab("tumblr", "post", "Report-writing season"))
    # a reply to a post [platforms.md: inferred]
    s.add("POST", f"https://www.tumblr.com/api/v2/blog/{blog}/post/reply", th,
          jdump({"post_id": digits(12), "reblog_key": tok(8), "reply_text": "This made my whole week, thank you"}).encode(),
          "application/json; charset=utf-8", resp={"meta": {"status": 200}},
          label=lab("tumblr", "reply", "This made my whole week"))
    # a message [platforms.md: inferred]
    s.add("POST", "https://www.tumblr.com/api/v2/conversations/messages", th,
          jdump({"participant": f"{blog}.tumblr.com", "participants": ["sketchbook-swap.tumblr.com"],
                 "message": "Happy to swap sketchbooks in the new year, what size do you use?", "type": "TEXT"}).encode(),
          "application/json; charset=utf-8", resp={"meta": {"status": 200}},
          label=lab("tumblr", "dm", "swap sketchbooks in the new year"))
    s.add("POST", "https://www.tumblr.com/api/v2/user/like", th,
          jdump({"id": digits(12), "reblog_key": tok(8)}).encode(), "application/json; charset=utf-8",
          resp={"meta": {"status": 200}})
    s.add("POST", "https://www.tumblr.com/api/v2/user/follow", th,
          jdump({"url": "https://heron-watch.tumblr.com"}).encode(), "application/json; charset=utf-8",
          resp={"meta": {"status": 200}}, label=lab("tumblr", "follow"))
    other_sites(s, 1)
    return s


# --------------------------------------------------------------------------------------------
# p4_06: Bluesky and Mastodon-API servers on a Sunday afternoon

def session_fediverse():
    s = Session("p4_06_bluesky_mastodon", "Bluesky", "2026-11-15T15:20:00+00:00")
    did = "did:plc:k3v9wq2xm7tbz4rh6yjd5nca"
    pds = "lionsmane.us-east.host.bsky.network"
    bh = [("authorization", "Bearer " + jwt({"scope": "com.atproto.appPass", "sub": did, "aud": "did:web:" + pds})),
          ("origin", "https://bsky.app"), ("referer", "https://bsky.app/")]
    s.page("https://bsky.app/", "Bluesky")
    s.add("GET", f"https://{pds}/xrpc/app.bsky.feed.getTimeline?limit=30", bh + [
        ("atproto-proxy", "did:web:api.bsky.app#bsky_appview")], resp={"feed": []}, label=lab("bluesky", "view"))
    s.add("POST", f"https://{pds}/xrpc/app.bsky.notification.updateSeen", bh,
          jdump({"seenAt": "2026-11-15T15:21:00.000Z"}).encode(), "application/json", status=200, resp="")
    parent = f"at://did:plc:{tok(24).lower()}/app.bsky.feed.post/3lb{tok(10).lower()}"
    # a reply through applyWrites, with its threadgate, br-compressed (stored decoded)
    rkey = "3lc" + tok(10).lower()
    s.add("POST", f"https://{pds}/xrpc/com.atproto.repo.applyWrites", bh,
          jdump({"repo": did, "validate": True, "writes": [
              {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "rkey": rkey,
               "value": {"$type": "app.bsky.feed.post", "text": "Agree completely, phonics screening data tells you so little",
                         "createdAt": "2026-11-15T15:24:00.000Z", "langs": ["en"],
                         "reply": {"root": {"cid": "bafyrei" + tok(52).lower(), "uri": parent},
                                   "parent": {"cid": "bafyrei" + tok(52).lower(), "uri": parent}}}}]}).encode(),
          "application/json", encoding="br", resp={"results": []},
          label=lab("bluesky", "reply", "phonics screening data tells you so little", account=did), gap=20)
    # an image: uploadBlob (raw bytes, base64 postData), then a quote post with the image
    img = picture("p4-bsky-frost", (150, 100))
    cid = "bafkrei" + tok(52).lower()
    s.add("POST", f"https://{pds}/xrpc/com.atproto.repo.uploadBlob", bh, img, "image/jpeg", store="wire64",
          resp={"blob": {"$type": "blob", "ref": {"$link": cid}, "mimeType": "image/jpeg", "size": len(img)}},
          label=lab("bluesky", "upload", account=did))
    s.add("POST", f"https://{pds}/xrpc/com.atproto.repo.createRecord", bh,
          jdump({"repo": did, "collection": "app.bsky.feed.post", "record": {
              "$type": "app.bsky.feed.post", "text": "This, but with our frosty outdoor classroom",
              "createdAt": "2026-11-15T15:30:00.000Z", "langs": ["en"],
              "embed": {"$type": "app.bsky.embed.recordWithMedia",
                        "record": {"$type": "app.bsky.embed.record", "record": {"uri": parent, "cid": "bafyrei" + tok(52).lower()}},
                        "media": {"$type": "app.bsky.embed.images", "images": [
                            {"alt": "Frost on picnic benches", "image": {"$type": "blob", "ref": {"$link": cid},
                                                                        "mimeType": "image/jpeg", "size": len(img)}}]}}}}).encode(),
          "application/json", resp={"uri": f"at://{did}/app.bsky.feed.post/3lc{tok(10).lower()}"},
          label=lab("bluesky", "post", "frosty outdoor classroom", account=did))
    s.add("POST", f"https://{pds}/xrpc/com.atproto.repo.createRecord", bh,
          jdump({"repo": did, "collection": "app.bsky.feed.like", "record": {
              "$type": "app.bsky.feed.like", "subject": {"uri": parent, "cid": "bafyrei" + tok(52).lower()},
              "createdAt": "2026-11-15T15:31:00.000Z"}}).encode(), "application/json", resp={"uri": "at://x"})
    # DMs: through the PDS with atproto-proxy, then straight to api.bsky.chat, then a batch
    chat = bh + [("atproto-proxy", "did:web:api.bsky.chat#bsky_chat")]
    convo = tok(13).lower()
    s.add("POST", f"https://{pds}/xrpc/chat.bsky.convo.sendMessage", chat,
          jdump({"convoId": convo, "message": {"text": "Are you going to the trust moderation day on the 4th?",
                                               "facets": []}}).encode(),
          "application/json", resp={"id": tok(13)}, label=lab("bluesky", "dm", "trust moderation day", account=did))
    s.add("POST", f"https://{pds}/xrpc/chat.bsky.convo.updateRead", chat,
          jdump({"convoId": convo}).encode(), "application/json", resp={"convo": {}})
    s.add("POST", "https://api.bsky.chat/xrpc/chat.bsky.convo.sendMessage",
          [("authorization", "Bearer " + jwt({"iss": did, "aud": "did:web:api.bsky.chat", "lxm": "chat.bsky.convo.sendMessage"})),
           ("origin", "https://bsky.app")],
          jdump({"convoId": tok(13).lower(), "message": {"text": "Yes! Car share from the Kestrel Moor car park at 8?"}}).encode(),
          "application/json", resp={"id": tok(13)}, label=lab("bluesky", "dm", "Car share from the Kestrel Moor car park"))
    s.add("POST", f"https://{pds}/xrpc/chat.bsky.convo.sendMessageBatch", chat,
          jdump({"items": [{"convoId": tok(13).lower(), "message": {"text": "Sharing the moderation timetable with you both"}},
                           {"convoId": tok(13).lower(), "message": {"text": "Sharing the moderation timetable with you both"}}]}).encode(),
          "application/json", resp={"items": []}, label=lab("bluesky", "dm", "moderation timetable", account=did))

    # Mastodon-API servers on odd hosts: a port, a trailing slash, form bodies, v1 media
    mhost = "social.northpennines-teachers.org.uk:8443"
    mh = [("authorization", "Bearer " + tok(43)), ("origin", f"https://{mhost}")]
    s.page(f"https://{mhost}/home", "Mastodon")
    s.add("GET", f"https://{mhost}/api/v1/timelines/home?limit=20", mh, resp=[], label=lab("mastodon", "view"))
    b = webkit_boundary()
    s.add("POST", f"https://{mhost}/api/v1/media", mh,
          multipart(b, [("file", picture("p4-masto-pond"), "pond.jpg", "image/jpeg"),
                        ("description", "Ice on the school pond", None, None)]),
          f"multipart/form-data; boundary={b}", resp={"id": "113550000000000001", "type": "image"},
          label=lab("mastodon", "upload"))
    s.add("POST", f"https://{mhost}/api/v1/statuses", mh + [("idempotency-key", tok(32))],
          form([("status", "Pond dipping cancelled, pond is a skating rink"), ("visibility", "public"),
                ("media_ids[]", "113550000000000001"), ("sensitive", "false"), ("spoiler_text", "")]),
          "application/x-www-form-urlencoded; charset=UTF-8", resp={"id": "113550000000000010"},
          label=lab("mastodon", "post", "pond is a skating rink"), gap=15)
    # a reply as a form body whose postData has no mimeType
    s.add("POST", f"https://{mhost}/api/v1/statuses/", mh + [("idempotency-key", tok(32))],
          form([("status", "@wildlifewatch@mastodon.scot thank you, the kids loved the otter video"),
                ("in_reply_to_id", "113549999999999999"), ("visibility", "unlisted")]),
          "application/x-www-form-urlencoded", store="nomime", resp={"id": "113550000000000011"},
          label=lab("mastodon", "reply", "the kids loved the otter video"))
    # a direct message (visibility=direct: the recipients are the mentions)
    s.add("POST", f"https://{mhost}/api/v1/statuses", mh + [("idempotency-key", tok(32))],
          form([("status", "@bisi_a@mastodon.online Dawit Tesfaye's mum says he has a new address: 41 Fellside Road, "
                           "Alston CA9 3QP"), ("visibility", "direct")]),
          "application/x-www-form-urlencoded; charset=UTF-8", resp={"id": "113550000000000012"},
          label=lab("mastodon", "dm", "41 Fellside Road", recipients=["@bisi_a@mastodon.online"],
                    must=["personal_data"]))
    s.add("POST", f"https://{mhost}/api/v1/statuses/113550000000000002/favourite", mh, b"",
          "application/x-www-form-urlencoded", resp={"id": "113550000000000002"})
    # an edit sent as a form PUT
    s.add("PUT", f"https://{mhost}/api/v1/statuses/113550000000000010", mh,
          form([("status", "Pond dipping cancelled, the pond is officially a skating rink"),
                ("media_ids[]", "113550000000000001")]),
          "application/x-www-form-urlencoded; charset=UTF-8", resp={"id": "113550000000000010"},
          label=lab("mastodon", "post", "officially a skating rink"))
    other_sites(s, 2)
    return s


# --------------------------------------------------------------------------------------------
# Round b (written after round a was scored and fixed, before any fix for it; its own pre-fix
# score is in the docstring): chat sockets on the other hosts platforms.md names, multi-segment live
# chat, a TikTok form sent as text/plain, more reads by POST, pieces of uploads that are not
# posts (alt-text updates, polling), a Bluesky video, a Reddit gallery, Mastodon polls and a DM
# to a pupil's handle on another instance.

def session_round_b():
    s = Session("p4_07_round_b", "Mixed", "2026-11-29T18:15:00+00:00")
    iuid = "7311224466"
    csrf = tok(32)
    cookie = f"csrftoken={csrf}; ds_user_id={iuid}; sessionid={iuid}%3A{tok(14)}%3A11%3A{tok(30)}"

    def socket(url, origin, app_id, thread, text, label, reply_to=None):
        t0 = s.t.timestamp() + 2
        payload = {"thread_id": thread, "otid": digits(19), "source": 65537, "send_type": 1, "sync_group": 1,
                   "text": text, "initiating_source": 1, "skip_url_preview_gen": 0}
        if reply_to:
            payload["reply_metadata"] = {"reply_source_id": reply_to, "reply_source_type": 1, "reply_type": 0}
        task = {"failure_count": None, "label": "46", "queue_name": thread, "task_id": 2, "payload": jdump(payload)}
        sent = [MQTT_CONNECT, MQTT_SUBSCRIBE, mqtt_publish("/ls_req", ls_req(app_id, [task], 7), 7)]
        frames = []
        for data in sent:
            frames.append({"type": "send", "time": round(t0, 3), "opcode": 2, "data": base64.b64encode(data).decode()})
            frames.append({"type": "receive", "time": round(t0 + 0.05, 3), "opcode": 2,
                           "data": base64.b64encode(b"\x20\x02\x00\x00").decode()})
            t0 += 1.1
        hdrs = [("cookie", cookie if "instagram" in url else fcookie), ("origin", origin), ("upgrade", "websocket"),
                ("connection", "Upgrade"), ("sec-websocket-version", "13"),
                ("sec-websocket-key", base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode())]
        return s.add("GET", url, hdrs, status=101, resp=None, resp_type="x-unknown", ws=frames, label=label, gap=5)

    # Instagram DM over the lightspeed gateway; Messenger inside facebook.com, a reply in a thread
    fuid = "100007788990011"
    fcookie = f"c_user={fuid}; xs=31%3A{tok(14)}%3A2%3A1763800000%3A-1%3A-1; datr={tok(24)}"
    s.page("https://www.instagram.com/direct/inbox/", "Inbox • Direct")
    socket("wss://gateway.instagram.com/ws/lightspeed?" + qs([("appid", "936619743392459"), ("type", "client")]),
           "https://www.instagram.com", "936619743392459", digits(17),
           "Elspeth Marchbanks left her PE kit at after-school club, I have it in my car",
           lab("instagram", "dm", "left her PE kit at after-school club", account=iuid, must=["pupil_name"]))
    s.page("https://www.facebook.com/messages/t/" + digits(16), "Messenger | Facebook")
    socket("wss://gateway.facebook.com/ws/lightspeed?" + qs([("x-dgw-appid", "2220391788200892"), ("x-dgw-version", "5")]),
           "https://www.facebook.com", "2220391788200892", digits(16),
           "Yes I'll bring the gazebo for the Christmas fair", lab("facebook", "dm", "bring the gazebo", account=fuid),
           reply_to="mid.$" + tok(30))
    # a read by POST inside Messenger: the lightspeed sync query
    s.add("POST", "https://www.facebook.com/api/graphql/", [("cookie", fcookie), ("origin", "https://www.facebook.com"),
                                                           ("x-fb-friendly-name", "LSPlatformGraphQLLightspeedRequestQuery")],
          form([("av", fuid), ("__user", fuid), ("fb_dtsg", "NAf" + tok(40)), ("fb_api_caller_class", "RelayModern"),
                ("fb_api_req_friendly_name", "LSPlatformGraphQLLightspeedRequestQuery"),
                ("variables", jdump({"deviceId": tok(36), "requestId": 4, "requestPayload": jdump(
                    {"database": 1, "epoch_id": 0, "last_applied_cursor": None, "sync_params": "{}", "version": 1}),
                    "requestType": 1})), ("doc_id", digits(16))]), "application/x-www-form-urlencoded",
          resp='for (;;);{"data":{}}', resp_type="text/html; charset=utf-8", label=lab("facebook", "view"))

    # YouTube: reads by POST; a live chat message in several segments (an emoji between them)
    yh = [("authorization", f"SAPISIDHASH 1764440000_{hexs(40)}"), ("x-goog-authuser", "1"),
          ("origin", "https://www.youtube.com")]
    ctx = {"client": {"clientName": "WEB", "clientVersion": "2.20261125.01.00", "hl": "en-GB"}}
    s.page("https://www.youtube.com/results?search_query=school+nativity", "YouTube")
    s.add("POST", "https://www.youtube.com/youtubei/v1/search?prettyPrint=false", yh,
          jdump({"context": ctx, "query": "school nativity songs", "webSearchboxStatsUrl": "/search?oq=school"}).encode(),
          "application/json", resp={}, label=lab("youtube", "view"))
    s.add("POST", "https://www.youtube.com/youtubei/v1/guide?prettyPrint=false", yh,
          jdump({"context": ctx}).encode(), "application/json", resp={}, label=lab("youtube", "view"))
    s.add("POST", "https://www.youtube.com/youtubei/v1/live_chat/send_message?prettyPrint=false", yh,
          jdump({"context": ctx, "richMessage": {"textSegments": [
              {"text": "Go on "}, {"emojiId": "UCkszU2WH9gy1mb0dV-11UJg/" + tok(20)},
              {"text": " Ines Carvalho, the whole of Kestrel Moor is watching!"}]},
                 "params": b64url(pb_string(1, pb_string(1, "UC" + tok(22)))), "clientMessageId": tok(24)}).encode(),
          "application/json", resp={}, label=lab("youtube", "comment", "the whole of Kestrel Moor is watching",
                                                 must=["pupil_name"]), gap=20)
    s.add("POST", "https://www.youtube.com/youtubei/v1/feedback?prettyPrint=false", yh,
          jdump({"context": ctx, "feedbackTokens": [tok(60)], "isFeedbackTokenUnencrypted": False}).encode(),
          "application/json", resp={})

    # TikTok: a comment whose form body is sent as text/plain (a string body through fetch) [guess]
    tcookie = f"sessionid={hexs(32)}; sid_tt={hexs(32)}; tt_csrf_token={tok(16)}"
    s.page("https://www.tiktok.com/@sciencewithsam/video/74" + digits(17), "TikTok")
    s.add("POST", "https://www.tiktok.com/api/comment/publish/?" + qs([("aid", "1988"), ("app_name", "tiktok_web"),
                                                                     ("X-Bogus", tok(28))]),
          [("cookie", tcookie), ("tt-csrf-token", tok(36)), ("origin", "https://www.tiktok.com")],
          form([("aweme_id", "74" + digits(17)), ("text", "Showing this to Year 5 tomorrow, they will lose their minds"),
                ("text_extra", "[]")]), "text/plain;charset=UTF-8", resp={"status_code": 0},
          label=lab("tiktok", "comment", "Showing this to Year 5 tomorrow"))

    # LinkedIn: a comment through a server-driven (SDUI) action [guess at the body; platforms.md
    # says to read SDUI bodies with the generic text walker]
    jsid = "ajax:" + digits(19)
    lh = [("cookie", f'li_at={tok(150)}; JSESSIONID="{jsid}"'), ("csrf-token", jsid),
          ("origin", "https://www.linkedin.com")]
    s.page("https://www.linkedin.com/feed/", "Feed | LinkedIn")
    s.add("POST", "https://www.linkedin.com/flagship-web/rsc-action/actions/server-request?sduiid="
                  "com.linkedin.sdui.requests.feed.createComment", lh,
          jdump({"requestId": "com.linkedin.sdui.requests.feed.createComment", "serverRequest": {
              "requestedArguments": {"payload": {"commentary": {"text": "Congratulations Noel, thoroughly deserved!"},
                                                 "threadUrn": "urn:li:activity:" + digits(19)}}},
              "states": [], "requestedArguments": {}}).encode(), "application/json",
          resp={"value": {}}, label=lab("linkedin", "comment", "thoroughly deserved"))

    # Bluesky: a video upload on video.bsky.app (service-auth token), then the post embedding it
    did = "did:plc:k3v9wq2xm7tbz4rh6yjd5nca"
    pds = "lionsmane.us-east.host.bsky.network"
    bh = [("authorization", "Bearer " + jwt({"scope": "com.atproto.appPass", "sub": did, "aud": "did:web:" + pds})),
          ("origin", "https://bsky.app")]
    vid = picture("p4-bsky-video", (240, 160)) * 3
    s.add("POST", "https://video.bsky.app/xrpc/app.bsky.video.uploadVideo?" + qs([("did", did), ("name", "choir.mp4")]),
          [("authorization", "Bearer " + jwt({"iss": did, "aud": "did:web:" + pds, "lxm": "com.atproto.repo.uploadBlob"})),
           ("origin", "https://bsky.app")], vid, "video/mp4",
          resp={"jobId": tok(20), "did": did, "state": "JOB_STATE_CREATED"}, label=lab("bluesky", "upload"))
    s.add("GET", "https://video.bsky.app/xrpc/app.bsky.video.getJobStatus?jobId=" + tok(20),
          [("authorization", bh[0][1])], resp={"jobStatus": {"state": "JOB_STATE_COMPLETED"}})
    s.add("POST", f"https://{pds}/xrpc/com.atproto.repo.createRecord", bh,
          jdump({"repo": did, "collection": "app.bsky.feed.post", "record": {
              "$type": "app.bsky.feed.post", "text": "Community choir rehearsal, first time with the brass band",
              "createdAt": "2026-11-29T18:40:00.000Z",
              "embed": {"$type": "app.bsky.embed.video", "alt": "Choir singing in a hall",
                        "video": {"$type": "blob", "ref": {"$link": "bafkrei" + tok(52).lower()},
                                  "mimeType": "video/mp4", "size": len(vid)}}}}).encode(),
          "application/json", resp={"uri": "at://x"}, label=lab("bluesky", "post", "first time with the brass band",
                                                               account=did))

    # Reddit: a gallery of two images through S3, then the post with its captions
    csrf_r = hexs(32)
    rh = [("cookie", f"reddit_session={tok(60)}; csrf_token={csrf_r}"), ("origin", "https://www.reddit.com")]
    ids = []
    for n in range(2):
        media_id = tok(13).lower()
        ids.append(media_id)
        s.add("POST", "https://www.reddit.com/svc/shreddit/graphql", rh,
              jdump({"operation": "CreateMediaUploadLease", "variables": {"input": {"mimetype": "JPEG"}},
                     "csrf_token": csrf_r}).encode(), "application/json",
              resp={"data": {"createMediaUploadLease": {"mediaId": media_id}}})
        b = webkit_boundary()
        s.add("POST", "https://reddit-uploaded-media.s3-accelerate.amazonaws.com/", [("origin", "https://www.reddit.com")],
              multipart(b, [("key", f"rte_images/{media_id}", None, None), ("Content-Type", "image/jpeg", None, None),
                            ("file", picture(f"p4-gallery-{n}"), f"g{n}.jpg", "image/jpeg")]),
              f"multipart/form-data; boundary={b}", status=201, resp="<PostResponse/>", resp_type="application/xml",
              label=lab("reddit", "upload"))
    s.add("POST", "https://www.reddit.com/svc/shreddit/graphql", rh,
          jdump({"operation": "CreatePost", "variables": {"input": {
              "subredditId": "t5_2" + tok(5).lower(), "title": "Before and after: our reading corner makeover",
              "postType": "IMAGE", "content": {"markdown": ""},
              "gallery": {"items": [{"mediaId": ids[0], "caption": "Before"}, {"mediaId": ids[1], "caption": "After"}]}}},
                 "csrf_token": csrf_r}).encode(), "application/json", resp={"data": {}},
          label=lab("reddit", "post", "reading corner makeover"))

    # Mastodon: an alt-text update of uploaded media (not a post), a poll as a form body, a DM to
    # a pupil's handle on another instance
    mhost = "toot.cumbria-schools.net"
    mh = [("authorization", "Bearer " + tok(43)), ("origin", f"https://{mhost}")]
    b = webkit_boundary()
    s.add("POST", f"https://{mhost}/api/v2/media", mh,
          multipart(b, [("file", picture("p4-masto-2"), "snow.jpg", "image/jpeg")]), f"multipart/form-data; boundary={b}",
          status=202, resp={"id": "113600000000000101", "url": None}, label=lab("mastodon", "upload"))
    s.add("GET", f"https://{mhost}/api/v1/media/113600000000000101", mh, resp={"id": "113600000000000101"})
    s.add("PUT", f"https://{mhost}/api/v1/media/113600000000000101", mh,
          form([("description", "Snowman built by the staff team in the car park"), ("focus", "0.0,0.0")]),
          "application/x-www-form-urlencoded; charset=UTF-8", resp={"id": "113600000000000101"})
    s.add("POST", f"https://{mhost}/api/v1/statuses", mh,
          form([("status", "Which do you prefer for a staff social?"), ("visibility", "private"),
                ("poll[options][]", "Bowling"), ("poll[options][]", "Quiz night"), ("poll[expires_in]", "86400"),
                ("poll[multiple]", "false")]),
          "application/x-www-form-urlencoded; charset=UTF-8", resp={"id": "113600000000000102"},
          label=lab("mastodon", "post", "for a staff social"))
    s.add("POST", f"https://{mhost}/api/v1/statuses", mh,
          jdump({"status": "@dawit_t@mastodon.social great to see you at the chess club final!",
                 "visibility": "direct", "media_ids": [], "in_reply_to_id": None}).encode(),
          "application/json", resp={"id": "113600000000000103"},
          label=lab("mastodon", "dm", "chess club final", recipients=["@dawit_t@mastodon.social"],
                    must=["pupil_contact"]))
    return s


SESSIONS_B = (session_round_b,)


SESSIONS = (session_meta, session_video, session_linkedin_whatsapp, session_reddit, session_pinterest_tumblr,
            session_fediverse)


def request_text(req):
    """Everything a label's text or account may sit in, decoded as the scorer's reader would."""
    blob = urllib.parse.unquote_plus(req["url"]) + " ".join(h["value"] for h in req["headers"])
    post = req.get("postData") or {}
    if post.get("encoding") == "base64":
        raw = base64.b64decode(post["text"])
        enc = next((h["value"] for h in req["headers"] if h["name"] == "content-encoding"), None)
        raw = {"gzip": gzip.decompress, "br": brotli.decompress,
               "zstd": lambda b: zstandard.ZstdDecompressor().decompressobj().decompress(b)}.get(enc, bytes)(raw)
        body = raw.decode("utf-8", "replace")
    else:
        body = post.get("text", "")
    blob += urllib.parse.unquote_plus(body) + body
    try:
        blob += json.dumps(json.loads(body), ensure_ascii=False)
    except ValueError:
        pass
    for frame in req.get("_frames", []):
        blob += frame
    return blob


def check(session):
    """Every label names an entry whose request carries its text and account."""
    for label in session.labels:
        entry = session.entries[label["index"]]
        req = dict(entry["request"])
        frames = []
        for m in entry.get("_webSocketMessages") or []:
            raw = base64.b64decode(m["data"])
            frames.append(raw.decode("latin-1").replace("\\\\", "\\").replace('\\"', '"'))
        req["_frames"] = frames
        blob = request_text(req)
        blob = blob + json.loads(json.dumps(blob))
        for key in ("text_contains", "account_id"):
            if key in label and label[key] not in blob:
                if key == "account_id" and label[key].startswith("did:"):
                    continue       # in the bearer JWT's sub for api.bsky.chat
                raise AssertionError((session.name, label))


def main():
    (HERE / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (HERE / "staff.csv").write_text(STAFF, encoding="utf-8")
    (HERE / "config.yaml").write_text(CONFIG, encoding="utf-8")
    total = 0
    for build in SESSIONS + SESSIONS_B:
        s = build()
        check(s)
        s.write(HERE)
        total += len(s.labels)
        print(f"{s.name}: {len(s.entries)} entries, {len(s.labels)} labels")
    print(f"total labels: {total}")


if __name__ == "__main__":
    main()
