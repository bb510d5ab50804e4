#!/usr/bin/env python3
"""Build the second probe replay corpus: the same request shapes, written by other HAR exporters,
inside directed time and under other identities.

    .venv/bin/python tests/heldout_har2/make_probe2.py    # rewrite every NAME.har + NAME.expect.jsonl

Why: the dev corpus and tests/heldout_har are written as Chrome DevTools and mitmproxy write HAR,
outside directed time, with the account in a Cookie header. Other sessions come from other
exporters and other moments. Each session here mixes ordinary traffic, reads and writes in one
exporter's conventions:

- p2_01 Firefox: capitalised header names with `Host`, no pseudo-headers, `HTTP/2`, local time
  with its offset (BST, +01:00), form bodies with `params` beside `text`, request bodies decoded as
  UTF-8 (so a multipart comment's "ó" is one character, not Latin-1 mojibake), one postData without
  `mimeType`, a 301 redirect, a WebSocket without `_webSocketMessages`. Friday 23 October, 10:02
  BST, inside directed time (09:02 UTC would be outside: the offset matters).
- p2_02 proxy capture (Fiddler-like): `CONNECT` tunnel entries carrying `Proxy-Authorization`
  (the staff member; the requests inside the tunnel do not carry it), HTTP/1.1, seven-digit
  fractions of a second, form bodies with only `params` (HAR 1.2 makes `text` and `params`
  exclusive), a binary upload body base64-encoded (`encoding: "base64"`), cookies listed only in
  `cookies` (no Cookie header), an entry without `time`, an aborted request with an empty response.
  The user has after-school directed time (a staff override) that the default timetable lacks.
- p2_03 mitmproxy's own `savehar`: microsecond UTC stamps, `params` beside `text`, base64 image
  responses, `_webSocketMessages` under an `https://` URL. The head switches between a personal X
  account and the school's, and posts as the school's Facebook Page (`av`), during a posting hold.
- p2_04 a recorder that stores compressed response bodies as they came over the wire (base64 of
  the gzip bytes, `Content-Encoding` kept) and cookies only in `cookies`; entries ordered by when
  they finished, not when they started; large binary uploads. An INSET day (no directed time).
- p2_05 Chrome DevTools as Chrome really writes bodies (UTF-8 text, pseudo-headers, `Z` stamps) on
  the first Monday of British Summer Time: 08:20 UTC is 09:20 BST, inside directed time.

Labels follow the dev corpus's conventions (../../../shared/acceptance/har/README.md); `must`
uses only the Upland Primary pack's categories and lists what a request clearly earns, including
`directed_time` for personal-account writes inside directed time and `posting_hold` for the
official accounts' writes during the hold. The school, staff and pupils are the first probe's
invented ones (config.yaml points at ../heldout_har). Request shapes come from
/work/shared/reference/platforms.md via the first probe's helpers. Deterministic: the helpers'
random source is reseeded here.
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
from zoneinfo import ZoneInfo

from PIL import Image

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout_har"))
import make_probe as mp  # noqa: E402  (helpers: tok, digits, jdump, form, qs, multipart, jpeg, lab, ...)
from make_probe import b64url, digits, form, jdump, jpeg, lab, multipart, qs, tok  # noqa: E402

LONDON = ZoneInfo("Europe/London")
UA_CHROME = mp.UA
UA_FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:144.0) Gecko/20100101 Firefox/144.0"


def title_case(name):
    return "-".join(w.capitalize() for w in name.split("-"))


def noise_jpeg(seed, size):
    """A large JPEG of coloured noise (no people, text or logos): a body of a few hundred KB."""
    rnd = random.Random(seed)
    img = Image.frombytes("RGB", size, bytes(rnd.getrandbits(8) for _ in range(size[0] * size[1] * 3)))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=95)
    return out.getvalue()


class Session:
    """One HAR written in one exporter's style:
    firefox   - Title-Case headers with Host, HTTP/2, local-offset ms stamps, UTF-8 body text
    proxy     - Title-Case headers, HTTP/1.1, local-offset 7-digit stamps, CONNECT tunnels
    mitmproxy - mitmproxy savehar: lowercase headers, HTTP/2.0, microsecond UTC stamps
    wire      - lowercase headers, ms UTC stamps with +00:00, compressed responses kept as sent
    chrome    - DevTools: pseudo-headers, lowercase, ms Z stamps, UTF-8 body text
    Per-entry options: post= "text" (default) | "params" (params only) | "base64" | "nomime";
    cookies= "header" (default: header and array) | "array" (array only)."""

    def __init__(self, name, title, start, style):
        self.name, self.title, self.style = name, title, style
        self.t = datetime.datetime.fromisoformat(start).astimezone(datetime.timezone.utc)
        self.start = self.t
        self.entries, self.labels = [], []

    def stamp(self, t):
        if self.style == "firefox":
            return t.astimezone(LONDON).isoformat(timespec="milliseconds")
        if self.style == "proxy":
            s = t.astimezone(LONDON).isoformat(timespec="microseconds")
            return s[:26] + "0" + s[26:]          # seven digits, as .NET writes them
        if self.style == "mitmproxy":
            return t.isoformat()
        if self.style == "wire":
            return t.isoformat(timespec="milliseconds")
        return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def version(self):
        return {"firefox": "HTTP/2", "proxy": "HTTP/1.1", "mitmproxy": "HTTP/2.0", "wire": "HTTP/2.0"}.get(
            self.style, "http/2.0")

    def add(self, method, url, headers=(), body=None, ctype=None, resp=None,
            resp_type="application/json; charset=utf-8", status=200, label=None, encoding=None, gap=2.0,
            ws=None, post="text", cookies="header", resp_wire=False, duration=120.5, no_time=False,
            aborted=False, location=None, extra=()):
        self.t += datetime.timedelta(seconds=gap + mp.R.randint(0, 900) / 1000)
        parts = urllib.parse.urlsplit(url)
        index = len(self.entries)
        wire = mp.ENCODERS[encoding](body) if encoding and body is not None else body
        ua = UA_FIREFOX if self.style == "firefox" else UA_CHROME
        hdrs = []
        if self.style == "chrome":
            path = parts.path + (("?" + parts.query) if parts.query else "")
            hdrs += [(":authority", parts.netloc), (":method", method), (":path", path), (":scheme", "https")]
        if self.style in ("firefox", "proxy"):
            hdrs.append(("Host", parts.netloc))
        hdrs += [("user-agent", ua), ("accept-language", "en-GB,en;q=0.9")] + list(headers) + list(extra)
        if ctype:
            hdrs.append(("content-type", ctype))
        if wire is not None and method != "GET":
            hdrs.append(("content-length", str(len(wire))))
        if encoding:
            hdrs.append(("content-encoding", encoding))
        cookie = "; ".join(v for k, v in hdrs if k.lower() == "cookie")
        if cookies == "array":
            hdrs = [(k, v) for k, v in hdrs if k.lower() != "cookie"]
        if self.style in ("firefox", "proxy"):
            hdrs = [(k if k.startswith(":") else title_case(k), v) for k, v in hdrs]
        request = {
            "method": method, "url": url, "httpVersion": self.version(),
            "headers": [{"name": k, "value": v} for k, v in hdrs],
            "queryString": [{"name": k, "value": v}
                            for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)],
            "cookies": [{"name": c.split("=", 1)[0].strip(), "value": c.split("=", 1)[1] if "=" in c else ""}
                        for c in cookie.split(";") if c.strip()],
            "headersSize": -1, "bodySize": len(wire) if wire is not None else 0,
        }
        if body is not None and method != "GET":
            request["postData"] = self.post_data(body, ctype, post, encoding, wire)
        resp_bytes = (jdump(resp).encode() if isinstance(resp, (dict, list))
                      else resp.encode() if isinstance(resp, str) else resp or b"")
        content = {"size": len(resp_bytes), "mimeType": resp_type}
        rh = [("date", self.t.strftime("%a, %d %b %Y %H:%M:%S GMT"))]
        if status == 101:
            rh += [("upgrade", "websocket"), ("connection", "Upgrade"), ("sec-websocket-accept", tok(27) + "=")]
        elif location:
            rh += [("location", location), ("content-length", "0")]
        elif status != 204 and not aborted:
            rh += [("content-type", resp_type)]
        if resp_bytes and resp_wire:
            # the body as it came over the wire: gzip bytes, base64, Content-Encoding kept
            squeezed = gzip.compress(resp_bytes, mtime=0)
            rh += [("content-encoding", "gzip"), ("content-length", str(len(squeezed)))]
            content.update({"text": base64.b64encode(squeezed).decode(), "encoding": "base64",
                            "compression": 0})
        elif resp_bytes and resp_type.startswith("image/"):
            if self.style in ("mitmproxy", "wire", "chrome"):
                content.update({"text": base64.b64encode(resp_bytes).decode(), "encoding": "base64"})
            # Firefox and the proxy leave image bodies out
        elif resp_bytes:
            content["text"] = resp_bytes.decode("utf-8")
        if self.style in ("firefox", "proxy"):
            rh = [(title_case(k), v) for k, v in rh]
        response = {"status": status, "statusText": {101: "Switching Protocols", 204: "No Content",
                                                      301: "Moved Permanently", 302: "Found",
                                                      200: "OK" if method != "CONNECT" else "Connection Established"
                                                      }.get(status, "OK"),
                    "httpVersion": self.version(), "headers": [{"name": k, "value": v} for k, v in rh],
                    "cookies": [], "content": content, "redirectURL": location or "", "headersSize": -1,
                    "bodySize": len(resp_bytes)}
        if aborted:
            response = {"status": 0, "statusText": "", "httpVersion": "", "headers": [], "cookies": [],
                        "content": {"size": 0, "mimeType": "x-unknown"}, "redirectURL": "", "headersSize": -1,
                        "bodySize": -1, "_error": "net::ERR_ABORTED"}
        entry = {"startedDateTime": self.stamp(self.t), "time": duration, "request": request,
                 "response": response, "cache": {},
                 "timings": {"blocked": 1.0, "dns": -1, "ssl": -1, "connect": -1, "send": 0.5,
                             "wait": duration - 10.5, "receive": 9.0}}
        if self.style in ("firefox", "chrome"):
            entry = {"pageref": "page_1", **entry}
        if no_time:
            del entry["time"], entry["timings"]
        if ws is not None:
            entry["_resourceType"] = "websocket"
            if self.style != "firefox":
                entry["_webSocketMessages"] = ws
        self.entries.append(entry)
        if label is not None:
            self.labels.append({"index": index, **label})
        return index

    def post_data(self, body, ctype, post, encoding, wire):
        utf8_text = self.style in ("firefox", "chrome", "proxy")
        out = {"mimeType": ctype or ""}
        is_form = (ctype or "").startswith("application/x-www-form-urlencoded")
        if post == "base64":
            out.update({"text": base64.b64encode(body).decode(), "encoding": "base64"})
        elif post == "params" and is_form:
            out["params"] = [{"name": k, "value": v}
                             for k, v in urllib.parse.parse_qsl(body.decode("ascii"), keep_blank_values=True)]
        else:
            out["text"] = body.decode("utf-8") if utf8_text else body.decode(mp.charset_for(ctype))
            if is_form and self.style in ("firefox", "mitmproxy"):
                out["params"] = [{"name": k, "value": v}
                                 for k, v in urllib.parse.parse_qsl(body.decode("ascii"), keep_blank_values=True)]
            elif self.style == "mitmproxy":
                out["params"] = []
        if post == "nomime":
            del out["mimeType"]
        if encoding:
            out["comment"] = (f"Sent with Content-Encoding: {encoding} ({len(wire)} bytes on the wire); "
                              "text holds the decoded body.")
        return out

    def page(self, url, title, **kw):
        html = f"<!DOCTYPE html><html lang=\"en\"><head><title>{title}</title></head><body>{title}</body></html>"
        return self.add("GET", url, [("accept", "text/html,application/xhtml+xml,*/*;q=0.8")],
                        resp=html, resp_type="text/html; charset=utf-8", gap=kw.pop("gap", 4), **kw)

    def connect(self, host, user, password="x"):
        """A CONNECT tunnel as a proxy records it, carrying the staff member's proxy credentials."""
        auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        return self.add("CONNECT", f"https://{host}:443/", [("proxy-connection", "keep-alive"),
                                                            ("proxy-authorization", auth)], gap=0.3,
                        resp=b"", resp_type="", duration=15.0)

    def finish_by_end_time(self):
        """Order entries by when they finished (some recorders do), keeping labels on their entries."""
        def end(e):
            return datetime.datetime.fromisoformat(e["startedDateTime"]) + datetime.timedelta(
                milliseconds=e.get("time", 0))
        order = sorted(range(len(self.entries)), key=lambda i: (end(self.entries[i]), i))
        where = {old: new for new, old in enumerate(order)}
        self.entries = [self.entries[i] for i in order]
        self.labels = sorted(({**lb, "index": where[lb["index"]]} for lb in self.labels), key=lambda x: x["index"])

    def har(self):
        creator = {"firefox": {"name": "Firefox", "version": "144.0"},
                   "proxy": {"name": "Fiddler", "version": "5.0.20253.3311", "comment": "http://www.telerik.com/fiddler"},
                   "mitmproxy": {"name": "mitmproxy", "version": "12.2.1", "comment": ""},
                   "wire": {"name": "recorder", "version": "1.0"},
                   "chrome": {"name": "WebInspector", "version": "537.36"}}[self.style]
        log = {"version": "1.2", "creator": creator, "entries": self.entries}
        if self.style == "firefox":
            log["browser"] = {"name": "Firefox", "version": "144.0"}
        if self.style in ("firefox", "chrome"):
            log["pages"] = [{"startedDateTime": self.stamp(self.start), "id": "page_1", "title": self.title,
                             "pageTimings": {"onContentLoad": 800.0, "onLoad": 1600.0}}]
        return {"log": log}

    def write(self, folder):
        (folder / f"{self.name}.har").write_text(json.dumps(self.har(), ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        (folder / f"{self.name}.expect.jsonl").write_text(
            "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in self.labels), encoding="utf-8")


# --------------------------------------------------------------------------------------------
# shared shapes

def x_create(s, h, text, label, reply_to=None, gap=20):
    variables = {"tweet_text": text, "dark_request": False,
                 "media": {"media_entities": [], "possibly_sensitive": False}, "semantic_annotation_ids": []}
    if reply_to:
        variables["reply"] = {"in_reply_to_tweet_id": reply_to, "exclude_reply_user_ids": []}
    return mp.x_graphql(s, h, "x.com", "CreateTweet", variables, label=label, gap=gap,
                        resp={"data": {"create_tweet": {"tweet_results": {"result": {"rest_id": digits(19)}}}}})


def x_profile(s, h, uid, handle, name):
    q = qs([("variables", jdump({"screen_name": handle})), ("features", jdump({"a": True}))])
    return s.add("GET", f"https://x.com/i/api/graphql/{tok(22)}/UserByScreenName?{q}", h,
                 resp=mp.x_user(uid, handle, name), gap=6)


def fb_post_vars(text, actor):
    return {"input": {"composer_entry_point": "inline_composer", "composer_source_surface": "newsfeed",
                      "source": "WWW", "attachments": [],
                      "audience": {"privacy": {"allow": [], "base_state": "EVERYONE", "deny": [],
                                               "tag_expansion_state": "UNSPECIFIED"}},
                      "message": {"ranges": [], "text": text}, "actor_id": actor, "client_mutation_id": "1"},
            "feedLocation": "NEWSFEED", "isFeed": True}


def fb_call(s, uid, friendly, variables, label=None, av=None, multipart_body=False, post="text", gap=20):
    hdrs = [("cookie", f"datr={tok(24)}; c_user={uid}; xs={digits(2)}%3A{tok(14)}; fr={tok(30)}"),
            ("origin", "https://www.facebook.com"), ("referer", "https://www.facebook.com/"),
            ("x-fb-friendly-name", friendly), ("x-fb-lsd", tok(22))]
    fields = mp.fb_fields(uid, friendly, variables, av or uid)
    if multipart_body:
        b = mp.boundary()
        body, ctype = multipart(b, [(k, v, None, None) for k, v in fields]), f"multipart/form-data; boundary={b}"
    else:
        body, ctype = form(fields), "application/x-www-form-urlencoded"
    return s.add("POST", "https://www.facebook.com/api/graphql/", hdrs, body, ctype,
                 resp={"data": {}}, label=label, gap=gap, post=post)


def whatsapp_socket(s, url, label):
    frames = []
    t = s.t.timestamp() + 1.0
    for n in range(3):
        frames.append({"type": "send", "time": round(t + n, 3), "opcode": 2,
                       "data": base64.b64encode(bytes(mp.R.getrandbits(8) for _ in range(60))).decode()})
        frames.append({"type": "receive", "time": round(t + n + 0.2, 3), "opcode": 2,
                       "data": base64.b64encode(bytes(mp.R.getrandbits(8) for _ in range(40))).decode()})
    hdrs = [("origin", "https://web.whatsapp.com"), ("upgrade", "websocket"), ("connection", "Upgrade"),
            ("sec-websocket-version", "13"),
            ("sec-websocket-key", base64.b64encode(bytes(mp.R.getrandbits(8) for _ in range(16))).decode())]
    return s.add("GET", url, hdrs, status=101, resp=None, resp_type="x-unknown", ws=frames, label=label, gap=5)


# --------------------------------------------------------------------------------------------
# p2_01: Firefox, Friday 23 October 2026 10:02 BST (term; inside 08:45-10:30)

def session_firefox():
    s = Session("p2_01_firefox_directed", "BBC News", "2026-10-23T10:02:00+01:00", "firefox")
    uid, ct0 = "1611223344556677889", tok(160, "0123456789abcdef")
    hx = mp.x_headers(uid, ct0, "x.com")
    s.page("https://www.bbc.co.uk/news", "BBC News", gap=1)
    s.add("GET", "https://twitter.com/home", [("accept", "text/html")], status=301,
          location="https://x.com/home", resp=b"", resp_type="text/html", gap=8)
    s.page("https://x.com/home", "Home / X", gap=1)
    mp.x_graphql(s, hx, "x.com", "HomeTimeline", {"count": 20, "includePromotedContent": True,
                                                   "latestControlAvailable": True}, gap=2)
    x_create(s, hx, "Break duty done, kettle on, back to the fractions unit after this cuppa",
             lab("x", "post", "back to the fractions unit", account=uid, must=["directed_time"]))
    mp.x_graphql(s, hx, "x.com", "FavoriteTweet", {"tweet_id": "1849999999999999999"}, gap=4)
    pupil = ("1788001122334455667", "odhran_kb", "Odhran")
    x_profile(s, hx, *pupil)
    s.add("POST", "https://x.com/i/api/1.1/friendships/create.json", hx,
          form([("include_profile_interstitial_type", "1"), ("skip_status", "true"), ("user_id", pupil[0])]),
          "application/x-www-form-urlencoded", resp={"id_str": pupil[0], "screen_name": pupil[1]},
          label=lab("x", "follow", recipients=["@odhran_kb"], account=uid, must=["pupil_contact", "directed_time"]))
    fbuid = "100077665544332"
    s.page("https://www.facebook.com/", "Facebook", gap=10)
    comment = {"input": {"feedback_id": base64.b64encode(b"feedback:" + digits(16).encode()).decode(),
                         "message": {"ranges": [], "text": "Zofia Wróblewska read her poem beautifully in assembly "
                                                           "today, so proud of her!"},
                         "actor_id": fbuid, "attachments": None, "client_mutation_id": "2"},
               "feedLocation": "NEWSFEED", "useDefaultActor": False}
    fb_call(s, fbuid, "useCometUFICreateCommentMutation", comment, multipart_body=True,
            label=lab("facebook", "comment", "Zofia Wróblewska read her poem", account=fbuid,
                      must=["pupil_name", "directed_time"]))
    fb_call(s, fbuid, "ComposerStoryCreateMutation",
            fb_post_vars("Anyone got a foolproof flapjack recipe? Mine always crumble.", fbuid), post="nomime",
            label=lab("facebook", "post", "foolproof flapjack recipe", account=fbuid, must=["directed_time"]))
    whatsapp_socket(s, "wss://web.whatsapp.com/ws/chat", lab("whatsapp"))
    s.page("https://www.theguardian.com/uk", "UK news | The Guardian", gap=20)
    return s


# --------------------------------------------------------------------------------------------
# p2_02: proxy capture, Wednesday 18 November 2026 16:05 GMT: r.castell's after-school club is
# directed time (a staff override); the default timetable ends at 15:15

def session_proxy():
    s = Session("p2_02_proxy_tunnels", "proxy capture", "2026-11-18T16:05:00+00:00", "proxy")
    user = "r.castell"
    s.connect("www.bbc.co.uk", user)
    s.page("https://www.bbc.co.uk/sport", "BBC Sport", gap=1)
    s.connect("old.reddit.com", user)
    s.page("https://old.reddit.com/r/Teachers/", "Teachers", gap=1)
    modhash = tok(40).lower()
    rcookie = f"reddit_session={digits(8)}%2C2026-11-18T16%3A00%3A00%2C{tok(40)}; loid={tok(20)}"
    s.add("POST", "https://old.reddit.com/api/comment",
          [("cookie", rcookie), ("origin", "https://old.reddit.com"), ("x-modhash", modhash),
           ("x-requested-with", "XMLHttpRequest")],
          form([("thing_id", "t3_1h2k3l4"), ("text", "We do a silent-reading start every afternoon, it resets "
                                                     "the room after lunch."),
                ("id", "#form-t3_1h2k3l4" + tok(3).lower()), ("r", "Teachers"), ("uh", modhash),
                ("renderstyle", "html")]),
          "application/x-www-form-urlencoded; charset=UTF-8", post="params",
          resp={"json": {"errors": [], "data": {"things": []}}},
          label=lab("reddit", "comment", "silent-reading start every afternoon", must=["directed_time"]), gap=40)
    s.connect("www.instagram.com", user)
    iguid, app = "48811223344", "936619743392459"
    ih = mp.meta_headers(iguid, "www.instagram.com", app)
    s.add("POST", "https://www.instagram.com/graphql/query", ih,
          form([("av", "17841400000000000"), ("__user", "0"), ("fb_api_req_friendly_name", "PolarisFeedTimelineQuery"),
                ("variables", jdump({"first": 12})), ("doc_id", digits(16))]),
          "application/x-www-form-urlencoded", resp={"data": {}}, no_time=True, gap=3)
    upload_id = digits(13)
    img = jpeg("p2-02-ig")
    params = {"media_type": 1, "upload_id": upload_id, "upload_media_height": 64, "upload_media_width": 96}
    name = f"fb_uploader_{upload_id}"
    s.add("POST", f"https://www.instagram.com/rupload_igphoto/{name}",
          ih + [("offset", "0"), ("x-entity-length", str(len(img))), ("x-entity-name", name),
                ("x-entity-type", "image/jpeg"), ("x-instagram-rupload-params", jdump(params))],
          img, "image/jpeg", post="base64", resp={"upload_id": upload_id, "status": "ok"},
          label=lab("instagram", "upload", account=iguid), gap=20)
    s.add("POST", "https://www.instagram.com/api/v1/media/configure/", ih,
          form([("archive_only", "false"), ("caption", "After-school gardening club planted 200 bulbs today"),
                ("clips_share_preview_to_feed", "1"), ("disable_comments", "0"), ("like_and_view_counts_disabled", "0"),
                ("source_type", "library"), ("upload_id", upload_id)]),
          "application/x-www-form-urlencoded", post="params",
          resp={"media": {"pk": digits(19), "code": tok(11)}, "status": "ok"},
          label=lab("instagram", "post", "planted 200 bulbs today", account=iguid, must=["directed_time"]), gap=25)
    s.add("POST", f"https://www.instagram.com/api/v1/web/comments/{digits(19)}/add/", ih,
          form([("comment_text", "This is brilliant, stealing it for our class display"),
                ("jazoest", "22" + digits(3))]),
          "application/x-www-form-urlencoded", cookies="array", post="nomime",
          resp={"id": digits(17), "status": "ok"},
          label=lab("instagram", "comment", "stealing it for our class display", account=iguid,
                    must=["directed_time"]), gap=30)
    s.add("POST", "https://www.google-analytics.com/g/collect?v=2&tid=G-" + tok(10), [], b"", "text/plain",
          aborted=True, gap=2)
    s.connect("online.lloydsbank.co.uk", user)
    s.page("https://online.lloydsbank.co.uk/personal/a/account_overview_personal/", "Lloyds Bank", gap=2)
    s.add("POST", "https://online.lloydsbank.co.uk/personal/a/payments/confirm",
          [("cookie", f"LBGSESSION={tok(30)}")],
          form([("payee", "Window cleaner"), ("amount", "15.00"), ("reference", "November")]),
          "application/x-www-form-urlencoded", post="params", resp={"ok": True}, gap=30)
    return s


# --------------------------------------------------------------------------------------------
# p2_03: mitmproxy savehar, Wednesday 2 December 2026 12:15 GMT (lunch), during a posting hold;
# the head switches X accounts and posts as the school's Facebook Page

def session_mitmproxy():
    s = Session("p2_03_mitmproxy_official_hold", "mitmproxy", "2026-12-02T12:15:00+00:00", "mitmproxy")
    me, school = "1500112233445566778", "1390000111222333444"
    ct0 = tok(160, "0123456789abcdef")
    hp = mp.x_headers(me, ct0, "x.com")
    mp.ordinary_traffic(s, 2)
    s.page("https://x.com/home", "Home / X", gap=6)
    x_create(s, hp, "Lovely to see so many families at the carol service rehearsal, what a sound",
             lab("x", "post", "carol service rehearsal", account=me))
    x_profile(s, hp, school, "HarboursidePri", "Harbourside Primary School")
    ho = mp.x_headers(school, ct0, "x.com")     # switched to the school's account
    s.page("https://x.com/home", "Home / X", gap=8, extra=[("cookie", f"twid=u%3D{school}")])
    mp.x_graphql(s, ho, "x.com", "HomeTimeline", {"count": 20}, gap=2)
    x_create(s, ho, "Reminder: Christmas jumper day is this Friday, donations to the hospice",
             lab("x", "post", "Christmas jumper day is this Friday", account=school, must=["posting_hold"]))
    x_create(s, ho, "Congratulations to Tendai Moyo, our Year 6 spelling bee champion!",
             lab("x", "reply", "spelling bee champion", account=school, must=["posting_hold", "pupil_name"]),
             reply_to="1865555555555555555")
    s.add("GET", "https://pbs.twimg.com/media/Gd" + tok(13) + "?format=jpg&name=small", [("referer", "https://x.com/")],
          resp=jpeg("p2-03-img"), resp_type="image/jpeg", gap=1)
    fbuid, page = "100088877766655", "109988776655443"
    s.page("https://www.facebook.com/", "Facebook", gap=20)
    fb_call(s, fbuid, "ComposerStoryCreateMutation",
            fb_post_vars("Our nativity tickets go on sale on Monday at the school office", page), av=page,
            label=lab("facebook", "post", "nativity tickets go on sale", account=page, must=["posting_hold"]))
    fb_call(s, fbuid, "ComposerStoryCreateMutation",
            fb_post_vars("Finally put the tree up at home, the cat is already plotting", fbuid),
            label=lab("facebook", "post", "the cat is already plotting", account=fbuid))
    whatsapp_socket(s, "https://web.whatsapp.com/ws/chat", lab("whatsapp"))
    x_create(s, hp, "Back on my own account: anyone else's lanyard snapped this term?",
             lab("x", "post", "lanyard snapped this term", account=me), gap=30)
    mp.ordinary_traffic(s, 1)
    return s


# --------------------------------------------------------------------------------------------
# p2_04: compressed responses kept as sent, cookies only in `cookies`, entries ordered by end time,
# large uploads; Friday 27 November 2026 10:30 GMT, an INSET day (closure: no directed time)

def session_wire():
    s = Session("p2_04_wire_bluesky_mastodon", "recorder", "2026-11-27T10:30:00+00:00", "wire")
    did, pds = "did:plc:h7t2mbq5xw3kz9rn4ydfc6sa", "porcini.us-east.host.bsky.network"
    token = mp.jwt({"scope": "com.atproto.appPass", "sub": did, "iat": 1795600000, "exp": 1795607200,
                    "aud": f"did:web:{pds}"})
    bh = [("authorization", f"Bearer {token}"), ("origin", "https://bsky.app"), ("referer", "https://bsky.app/")]

    def now():
        return s.t.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def xrpc(method, nsid, body=None, label=None, gap=15, **kw):
        return s.add(method, f"https://{pds}/xrpc/{nsid}", bh, jdump(body).encode() if body is not None else None,
                     "application/json" if body is not None else None, label=label, gap=gap, **kw)

    s.page("https://www.theguardian.com/education", "Education | The Guardian", gap=1)
    xrpc("GET", "app.bsky.feed.getTimeline?limit=30", resp={"feed": []}, gap=3, resp_wire=True)
    other = ("did:plc:c3r8vn2qk5wz7mtx4hbd9yle", "tidepool-science.bsky.social")
    xrpc("GET", f"app.bsky.actor.getProfile?actor={other[1]}",
         resp={"did": other[0], "handle": other[1], "displayName": "Tidepool Science"}, resp_wire=True, gap=5)
    xrpc("POST", "com.atproto.repo.createRecord",
         {"collection": "app.bsky.graph.follow", "repo": did,
          "record": {"$type": "app.bsky.graph.follow", "subject": other[0], "createdAt": now()}},
         resp={"uri": f"at://{did}/app.bsky.graph.follow/3l{tok(11).lower()}", "cid": "bafyrei" + tok(52).lower()},
         label=lab("bluesky", "follow", recipients=["@" + other[1]], account=did), gap=4)
    big = noise_jpeg("p2-04-bs", (360, 300))
    link = "bafkrei" + tok(52, "abcdefghijklmnopqrstuvwxyz234567")
    s.add("POST", f"https://{pds}/xrpc/com.atproto.repo.uploadBlob", bh, big, "image/jpeg", post="base64",
          resp={"blob": {"$type": "blob", "ref": {"$link": link}, "mimeType": "image/jpeg", "size": len(big)}},
          label=lab("bluesky", "upload"), gap=10, duration=6500.0)
    xrpc("GET", "app.bsky.notification.listNotifications?limit=40", resp={"notifications": []}, gap=1,
         duration=300.0)
    xrpc("POST", "com.atproto.repo.createRecord",
         {"collection": "app.bsky.feed.post", "repo": did, "record": {
             "$type": "app.bsky.feed.post", "createdAt": now(), "langs": ["en"],
             "text": "INSET day reading: the new assessment framework, with a very large coffee",
             "embed": {"$type": "app.bsky.embed.images", "images": [{"alt": "Colourful abstract pattern",
                       "image": {"$type": "blob", "ref": {"$link": link}, "mimeType": "image/jpeg", "size": len(big)},
                       "aspectRatio": {"width": 360, "height": 300}}]}}},
         resp={"uri": f"at://{did}/app.bsky.feed.post/3l{tok(11).lower()}", "cid": link},
         label=lab("bluesky", "post", "the new assessment framework", account=did), gap=12)
    mhost = "mastodon.online"
    mh = [("authorization", "Bearer " + tok(43)), ("origin", f"https://{mhost}"),
          ("cookie", f"_mastodon_session={tok(60)}")]
    s.add("GET", f"https://{mhost}/api/v1/accounts/verify_credentials", mh, cookies="array",
          resp={"id": "109555666777888", "acct": "tpennick", "username": "tpennick"}, resp_wire=True, gap=8)
    s.add("POST", f"https://{mhost}/api/v1/statuses", mh + [("idempotency-key", tok(36))],
          jdump({"status": "Ffion Pritchard's dinosaur drawings have taken over the whole corridor wall",
                 "in_reply_to_id": None, "media_ids": [], "sensitive": False, "spoiler_text": "",
                 "visibility": "public", "poll": None, "language": "en"}).encode(), "application/json",
          cookies="array", resp={"id": "113000000000000001"}, resp_wire=True,
          label=lab("mastodon", "post", "dinosaur drawings have taken over", must=["pupil_name"]), gap=20)
    media = noise_jpeg("p2-04-md", (300, 260))
    b = mp.boundary()
    s.add("POST", f"https://{mhost}/api/v2/media", mh,
          multipart(b, [("file", media, "corridor.jpg", "image/jpeg"), ("description", "Abstract shapes", None, None)]),
          f"multipart/form-data; boundary={b}", post="base64", cookies="array",
          resp={"id": "113000000000000099", "type": "image"}, label=lab("mastodon", "upload"), gap=15,
          duration=4200.0)
    s.add("POST", f"https://{mhost}/api/v1/statuses", mh + [("idempotency-key", tok(36))],
          jdump({"status": "@kelp_forest_kate@scicomm.xyz here is the display I mentioned, ideas welcome",
                 "in_reply_to_id": None, "media_ids": ["113000000000000099"], "sensitive": False,
                 "spoiler_text": "", "visibility": "direct", "poll": None, "language": "en"}).encode(),
          "application/json", cookies="array", resp={"id": "113000000000000002"},
          label=lab("mastodon", "dm", "here is the display I mentioned", ["@kelp_forest_kate@scicomm.xyz"]), gap=25)
    tth = [("cookie", f"sessionid={tok(32).lower()}; tt_csrf_token={tok(30)}"), ("origin", "https://www.tiktok.com"),
           ("tt-csrf-token", tok(30))]
    common = [("aid", "1988"), ("app_name", "tiktok_web"), ("device_platform", "web_pc"), ("msToken", tok(107))]
    s.add("POST", "https://www.tiktok.com/api/comment/publish/?" + qs(common + [
        ("aweme_id", "7311111111111111112"), ("text", "Saving this for our rock-pool week"), ("text_extra", "[]")]),
        tth, b"", "application/x-www-form-urlencoded", cookies="array", resp={"status_code": 0}, resp_wire=True,
        label=lab("tiktok", "comment", "Saving this for our rock-pool week"), gap=30)
    s.page("https://www.bbc.co.uk/weather", "BBC Weather", gap=10)
    s.finish_by_end_time()
    return s


# --------------------------------------------------------------------------------------------
# p2_05: Chrome DevTools (UTF-8 body text), Monday 29 March 2027, the first day of BST:
# 08:20 UTC is 09:20 BST (directed); a lunchtime post at 12:10 BST

def session_chrome_bst():
    s = Session("p2_05_chrome_bst_monday", "Google", "2027-03-29T08:20:00+00:00", "chrome")
    s.page("https://www.google.co.uk/search?q=ks2+science+week+ideas", "ks2 science week ideas - Google Search", gap=1)
    lh = [("cookie", f'li_at={tok(150)}; JSESSIONID="ajax:{digits(19)}"'), ("csrf-token", f"ajax:{digits(19)}"),
          ("x-restli-protocol-version", "2.0.0"), ("origin", "https://www.linkedin.com")]
    s.add("GET", "https://www.linkedin.com/voyager/api/me", lh,
          resp={"plainId": 88776655, "miniProfile": {"publicIdentifier": "nadia-farouk-ed"}}, gap=4)
    s.add("POST", "https://www.linkedin.com/voyager/api/contentcreation/normShares", lh,
          jdump({"visibleToConnectionsOnly": False, "externalAudienceProviders": [],
                 "commentaryV2": {"text": "Science week planning underway: egg drops, bottle rockets and a lot of "
                                          "bicarbonate of soda", "attributes": []},
                 "origin": "FEED", "allowedCommentersScope": "ALL", "postState": "PUBLISHED", "media": []}).encode(),
          "application/json", resp={"data": {}},
          label=lab("linkedin", "post", "egg drops, bottle rockets", must=["directed_time"]), gap=30)
    yh = [("authorization", f"SAPISIDHASH {digits(10)}_{tok(40, '0123456789abcdef')}"), ("x-goog-authuser", "0"),
          ("origin", "https://www.youtube.com"), ("x-youtube-client-name", "1")]
    ctx = {"client": {"hl": "en-GB", "gl": "GB", "clientName": "WEB", "clientVersion": "2.20270320.01.00"}}
    s.add("POST", "https://www.youtube.com/youtubei/v1/next?prettyPrint=false", yh,
          jdump({"context": ctx, "videoId": tok(11)}).encode(), "application/json", resp={"contents": {}}, gap=10)
    s.add("POST", "https://www.youtube.com/youtubei/v1/comment/create_comment?prettyPrint=false", yh,
          jdump({"context": ctx, "createCommentParams": b64url(bytes(mp.R.getrandbits(8) for _ in range(40))),
                 "commentText": "Priya Venkataraman watched this three times and built her own volcano"}).encode(),
          "application/json", resp={"actions": []},
          label=lab("youtube", "comment", "built her own volcano", must=["pupil_name", "directed_time"]), gap=40)
    tuid = "57122334455"
    th = mp.meta_headers(tuid, "www.threads.com", "238260118697367")
    s.add("POST", "https://www.threads.com/api/v1/media/configure_text_only_post/", th,
          form([("caption", "Monday morning and the clocks went forward. Nobody in Year 4 noticed."),
                ("publish_mode", "text_post"), ("text_post_app_info", jdump({"reply_control": 0})),
                ("upload_id", digits(13))]),
          "application/x-www-form-urlencoded", resp={"media": {"pk": digits(19)}, "status": "ok"},
          label=lab("threads", "post", "the clocks went forward", account=tuid, must=["directed_time"]), gap=30)
    mhost = "mastodon.social"
    mh = [("authorization", "Bearer " + tok(43)), ("origin", f"https://{mhost}")]
    b = mp.boundary()
    s.add("POST", f"https://{mhost}/api/v1/statuses", mh,
          multipart(b, [("status", "Science week kick-off: Zofia Wróblewska's bottle rocket reached the roof!",
                         None, None), ("visibility", "public", None, None), ("language", "en", None, None)]),
          f"multipart/form-data; boundary={b}", resp={"id": "114000000000000001"},
          label=lab("mastodon", "post", "Zofia Wróblewska's bottle rocket", must=["pupil_name", "directed_time"]),
          gap=25)
    uid, ct0 = "1722334455667788990", tok(160, "0123456789abcdef")
    hx = mp.x_headers(uid, ct0, "x.com")
    s.page("https://x.com/home", "Home / X", gap=2 * 3600 + 50 * 60 - 180)   # to 12:10 BST (11:10 UTC)
    x_create(s, hx, "Lunch on the field, first sunny day of the year", lab("x", "post", "first sunny day of the year",
                                                                            account=uid))
    s.page("https://www.bbc.co.uk/news", "BBC News", gap=30)
    return s


SESSIONS = (session_firefox, session_proxy, session_mitmproxy, session_wire, session_chrome_bst)


def main():
    for make in SESSIONS:
        mp.R.seed(f"harbourside-probe2-{make.__name__}")
        make().write(HERE)


if __name__ == "__main__":
    main()
