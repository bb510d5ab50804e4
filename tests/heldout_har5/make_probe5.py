#!/usr/bin/env python3
"""Build the fifth probe replay corpus: edits, deletes, quotes, profile updates and DMs on the
platforms the first four probes sent least.

    .venv/bin/python tests/heldout_har5/make_probe5.py    # rewrite every NAME.har + NAME.expect.jsonl

Why: the hidden HAR sets are other sessions (issue #4). The earlier probes covered X, Meta
posts, uploads and first messages well; this one spends its labels on what a real evening of
use adds: Discord (guild posts, a GCS attachment upload then the message that attaches it, a
multipart message, replies, edits of a guild message and of a DM, deletes, a DM channel opened
with a pupil, typing, acks, science telemetry), Bluesky (createRecord replies, applyWrites
quotes, a base64-stored uploadBlob, a like, a repost, a deleteRecord, a profile putRecord,
chat through the PDS proxy to a pupil), Mastodon on an instance no list names (a poll, a
scheduled post, an edit, a delete, a reply sent as form params with no text, a follow after a
lookup, a profile update, a direct message), Threads (a quote post, replies with and without a
photo, an edit, a delete, a repost, a POSTed feed read), Instagram (a comment reply tagging a
pupil, a profile edit, the Lightspeed socket DM, a POSTed read, a like), Facebook (a post edit,
a comment reply naming a pupil, a delete, a reaction, Falco telemetry, a POSTed read), YouTube
(comment, comment edit, reply, community post, reads and telemetry by POST, a base64 body),
TikTok (a comment in the form body, a reply in the query, a follow of a pupil after a profile
read, a delete, a like, the protobuf IM), Reddit (shreddit richtext comment, comment edit,
delete, vote, a GraphQL post, Matrix DM, events beacon), LinkedIn (a reply inside a comment
thread, a scheduled post, a new-thread message, a reaction, li/track), Pinterest on a localised
host (an image upload, the pin, a pin edit, a comment, a new conversation, a follow, a delete,
a tracking beacon) and X (an edit, a delete, a scheduled post, a DM) with WhatsApp Web.

Label decisions (CONTRACT.md section 4, the dev corpus's README, the earlier probes' rules):
- an edit is labelled with the action of what it edits (a post edit `post`, a comment edit
  `comment`, a DM edit `dm`); a delete is labelled `other` (so its action is checked); reads
  sent by POST are labelled `view`;
- a reply to a post is a `reply`; a reply inside a comment thread is a `comment` (Instagram
  replied_to_comment_id, Facebook reply_comment_parent_fbid, TikTok reply_id, LinkedIn comment
  threadUrn), except YouTube's create_comment_reply, a `reply` as the earlier probes label it;
- a quote post is a `post`; a scheduled post is a `post`; a YouTube community post is a `post`;
- a profile edit (Bluesky app.bsky.actor.profile, Mastodon update_credentials, Instagram
  accounts/edit) is a `profile_update`;
- an upload is labelled on the request that carries its bytes (Discord's PUT to its GCS bucket,
  Bluesky uploadBlob, Pinterest upload-image, Threads rupload); the lease before it is not;
- likes, reposts, reactions, votes, typing, acks, read markers, DM channel opening and
  telemetry are not labelled (so reporting any of them as a post action is a false extraction);
- E2EE or undecodable channels (WhatsApp Web, TikTok's protobuf IM) carry only `platform`.
The school (Hollin Bank Academy, pack `trust-academies-2016`, with a directed-time rule: the
sessions fall outside directed time), roster and staff are invented here; texts and ids too.
Shapes follow /work/shared/reference/platforms.md; where it is silent, the real web client as
far as I know it ("[web client]" in a comment), or a guess marked as one.

Round a (p5_01-p5_06) was written from platforms.md, the contract and the dev README before
reading the extractor or the platform map. Pre-fix score (before any change made for this
probe, 2026-11-22; also in /work/notes/har5_prefix.txt):
    replay: 68/73 labels met (0.932), 0 false extractions
    MISS p5_03#5 (threads/post): action 'other', no text (an edit through
         /api/v1/media/<id>/edit_media/ with caption_text: no rule, on Threads or Instagram)
    MISS p5_03#17 (facebook/other): action 'view' (useCometFeedStoryDeleteMutation: the
         generic read words ("feed") matched a mutation's name, so a delete passed for a read)
    MISS p5_05#3 (reddit/comment): action 'other', no text (old Reddit's /api/editusertext)
    MISS p5_05#19 (pinterest/follow): recipients ['lowenna.trev'] (Pinterest handles were
         written without the contract's "@")
    MISS p5_06#4 (x/dm): recipients [an id] (a DM to a conversation the session never read:
         only the DM's own response names the other user)
Round b (p5_07, written after round a was scored and fixed, having read addon/extract.py and
the platform files of Threads, Instagram, Facebook, Reddit, Pinterest and X, so its cases aim at
the other platforms' files, unread: Rest.li partial-update edits on LinkedIn, Tumblr edit,
reblog and delete, Discord friend request by name and a group DM, Bluesky OAuth (DPoP) and
video upload, Mastodon multipart DM on an explicit port, WhatsApp on a cdn host), before any
fix for it: 12/12 labels met, 0 false extractions.
Round c (p5_08, written after round b, having read addon/extract.py but not the upload code:
photos reaching the posts that attach them through each platform's upload flow, a face
earning pupil_image, the school's crest school_branding), before any fix for it:
    102/103 labels met, 0 false extractions (the first run, 99/103, had this probe's own bug:
    its config listed no logo; fixed in the config, no code changed)
    MISS p5_08#12 (linkedin/post): findings lack ['school_branding'] (the image PUT to
         /dms-uploads/ was judged, but stored under its path while the share names the asset
         URN: the upload metadata response that pairs them was not read)
Round d (p5_09, written after round c was fixed, having read the upload code too: Messenger's
upload.php then an MQTT send attaching it, Reddit's S3 lease, an Instagram carousel with a
resumed rupload, Mastodon v1 media, a Facebook comment photo, an X post with two photos), before
any fix for it: 116/117 labels met, 0 false extractions
    MISS p5_09#1 (facebook/dm): findings lack ['pupil_image'] (upload.php's answer keys
         `metadata` by index as a JSON object, {"0": {...}}; the upload id was read only from a
         list, so the upload was judged but never named by the id the message sends)
After the fixes (edit_media rules for Threads and Instagram, editusertext for Reddit (a t3_
thing is a post), Pinterest handles with "@", in addon/platforms/; the generic read words never
name a mutation, in addon/platforms/_generic.json (the extension reads the same); a replay
line's recipients still named by an id take the handle the request's own response gives, in
addon/replay.py, the verdict being the one given before the response, as live; LinkedIn's
upload metadata answer leases the upload URL's path to the asset URN, with field paths now
reading an http(s) URL met before the last step as {host, path, query}, in addon/fields.py;
a `*` step also reads any item of a list (addon/fields.py and the extension's fields.js), so
Messenger's upload id is read from `payload.metadata.*.image_id` whether metadata is a list or
an object keyed by index): 117/117 labels met, 0 false extractions. (Rounds c and d were then
rewritten with smaller photos, the face 320 and the crest's photo 400 pixels wide, to keep the
HARs small: the same 117/117.)
"""
import base64
import io
import json
import pathlib
import random
import sys
import urllib.parse
import uuid

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout_har"))
sys.path.insert(0, str(HERE.parent / "heldout_har4"))
import make_probe4  # noqa: E402  (the Session writer and encoders; its random stream is replaced below)
from make_probe import (MQTT_CONNECT, MQTT_SUBSCRIBE, X_BEARER, b64url, form, jdump, lab,  # noqa: E402
                        mark_read_task, mqtt_publish, multipart, qs)
from make_probe4 import Session, pb_string, picture, request_text  # noqa: E402

R = random.Random("hollin-bank-probe5-2026")
make_probe4.R = R      # the Session's clock jitter and tokens draw from this probe's stream

ROSTER = """first_name,last_name,preferred_name,year_group,date_of_birth,photo_consent,name_consent,social_handles
Lowenna,Trevithick,,Year 9,2012-04-03,yes,full,@lowenna.trev
Caspian,Oduya,Cas,Year 10,2011-08-19,no,none,@caspian_od
Ffion,Llewellyn-Bragg,,Year 8,2013-01-25,yes,full,
Mateusz,Zieliński,,Year 11,2010-11-02,yes,full,@mati.zielinski
Zainab,Haidari,,Year 7,2014-05-30,yes,first_name_initial,@zainabh.bsky.social
Oisin,Whelan-Grant,,Year 9,2012-10-14,yes,full,
Priya,Ramdhanie,,Year 10,2011-03-09,no,none,@priya_ramdh
Jago,Penhallow,,Year 8,2013-07-07,yes,full,@jagopen@schoolsin.social
Theodora,Vasquez-Lund,Teddie,Year 11,2010-02-21,yes,full,
"""

STAFF = """username,first_name,last_name,role
r.tregunna,Rosen,Tregunna,Principal
e.kowalczyk,Edyta,Kowalczyk,Head of Science
d.fairbairn,Duncan,Fairbairn,PE Teacher
s.osei,Serwa,Osei,Head of Year 9
l.marsh,Lydia,Marsh,Teaching Assistant
"""

CONFIG = """# Fifth probe replay corpus (tests/heldout_har5): an invented secondary academy on the Trust
# Academies 2016 pack (which has a directed-time rule; the sessions fall outside directed time).
# Paths are relative to this file.
pack: trust-academies-2016
school:
  name: Hollin Bank Academy
  aliases: [Hollin Bank, "@HollinBankAcad"]
roster: roster.csv
staff: staff.csv
logos: [hollin_crest.png]
official_accounts:
  - {platform: x, handle: "@HollinBankAcad"}
timetable:
  timezone: Europe/London
  directed:
    mon-fri: ["08:35-10:35", "10:55-12:50", "13:35-15:10"]
  terms:
    - {start: 2026-09-02, end: 2026-10-23}
    - {start: 2026-11-02, end: 2026-12-18}
  closures: []
declarations: []
holds: []
"""


def tok(n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + tok(n - 1, "0123456789")


def jwt(claims):
    head = b64url(jdump({"typ": "at+jwt", "alg": "ES256K"}).encode())
    return f"{head}.{b64url(jdump(claims).encode())}.{b64url(bytes(R.getrandbits(8) for _ in range(64)))}"


class Probe5Session(Session):
    """The fourth probe's writer plus one more exporter quirk: store="params" writes a form
    body as postData.params only, with no text (HAR 1.2 allows either; some exporters do)."""

    def post_data(self, body, wire, ctype, encoding, store):
        if store == "params":
            return {"mimeType": ctype, "params": [{"name": k, "value": v} for k, v in
                                                  urllib.parse.parse_qsl(body.decode("ascii"), keep_blank_values=True)]}
        return super().post_data(body, wire, ctype, encoding, store)


def json_post(s, url, headers, obj, label=None, resp=None, method="POST", **kw):
    return s.add(method, url, headers, jdump(obj).encode(), "application/json", resp=resp if resp is not None else {},
                 label=label, **kw)


def google(s):
    s.page("https://www.google.co.uk/search?q=weather+this+weekend", "Google Search")
    s.add("POST", "https://www.google.co.uk/gen_204?atyp=csi&ei=" + tok(22), body=b"", ctype="text/plain;charset=UTF-8",
          status=204)


def shopping(s):
    s.page("https://www.johnlewis.com/", "John Lewis")
    s.add("POST", "https://www.johnlewis.com/api/basket/items", [("cookie", "jl_session=" + tok(20))],
          jdump({"productId": digits(8), "quantity": 1, "message": "Gift wrap please"}).encode(), "application/json",
          resp={"ok": True})


# --------------------------------------------------------------------------------------------
# 1. Discord (Chrome export)

def session_discord():
    s = Probe5Session("p5_01_discord", "Discord", "2026-11-28T19:10:00+00:00")
    me = "1098877665544332211"
    token = b64url(me.encode()) + "." + tok(6) + "." + tok(38)
    props = base64.b64encode(jdump({"os": "Windows", "browser": "Chrome", "release_channel": "stable",
                                    "client_build_number": 351234}).encode()).decode()
    h = [("authorization", token), ("origin", "https://discord.com"),
         ("referer", "https://discord.com/channels/@me"), ("x-super-properties", props),
         ("x-discord-locale", "en-GB"), ("x-discord-timezone", "Europe/London"),
         ("cookie", f"__dcfduid={tok(32)}; __sdcfduid={tok(64)}; locale=en-GB")]
    api = "https://discord.com/api/v9"
    guild, general, fixtures = digits(19), digits(19), digits(19)
    pupil_id, colleague_id = digits(19), digits(19)
    colleague_dm = digits(19)
    google(s)
    s.page("https://discord.com/channels/@me", "Discord")
    s.add("GET", f"{api}/users/@me", h, resp={"id": me, "username": "mr.fairbairn", "global_name": "Duncan"})
    s.add("GET", f"{api}/users/@me/channels", h,
          resp=[{"id": colleague_dm, "type": 1, "last_message_id": digits(19),
                 "recipients": [{"id": colleague_id, "username": "serwa.osei", "global_name": "Serwa"}]}])
    json_post(s, f"{api}/science", h, {"token": tok(40), "events": [
        {"type": "channel_opened", "properties": {"channel_id": general, "guild_id": guild,
                                                  "client_track_timestamp": 1795000000000}}]}, status=204)
    s.add("POST", f"{api}/channels/{general}/typing", h, status=204)
    json_post(s, f"{api}/channels/{general}/messages", h,
              {"mobile_network_type": "unknown", "content": "Reminder: the fixtures coach leaves the bus bay at 7:45 sharp",
               "nonce": digits(19), "tts": False, "flags": 0},
              label=lab("discord", "post", "fixtures coach leaves the bus bay", account=me),
              resp={"id": digits(19), "channel_id": general, "content": "..."})
    # a photo: the attachment lease, the bytes PUT to Google Cloud Storage, then the message
    img = picture("p5-pitch")
    upname = f"{uuid.UUID(int=R.getrandbits(128))}/pitch.jpg"
    upurl = (f"https://discord-attachments-uploads-prd.storage.googleapis.com/{upname}"
             f"?upload_id={tok(60)}")
    json_post(s, f"{api}/channels/{fixtures}/attachments", h,
              {"files": [{"filename": "pitch.jpg", "file_size": len(img), "id": "0", "is_clip": False}]},
              resp={"attachments": [{"id": 0, "upload_url": upurl, "upload_filename": upname}]})
    s.add("PUT", upurl, [("origin", "https://discord.com")], img, "image/jpeg", resp=b"", resp_type="text/plain",
          label=lab("discord", "upload"))
    json_post(s, f"{api}/channels/{fixtures}/messages", h,
              {"content": "Muddy pitch but a brilliant away fixture for the U14s", "nonce": digits(19),
               "channel_id": fixtures, "type": 0, "sticker_ids": [],
               "attachments": [{"id": "0", "filename": "pitch.jpg", "uploaded_filename": upname}]},
              label=lab("discord", "post", "brilliant away fixture for the U14s"))
    # a message with its file inline: multipart payload_json + files[0]
    b = make_probe4.webkit_boundary()
    body = multipart(b, [("files[0]", picture("p5-kit"), "kitlist.jpg", "image/jpeg"),
                         ("payload_json", jdump({"content": "Kit list for Saturday's tournament attached",
                                                 "nonce": digits(19), "channel_id": fixtures, "type": 0,
                                                 "attachments": [{"id": "0", "filename": "kitlist.jpg"}]}),
                          None, None)])
    s.add("POST", f"{api}/channels/{fixtures}/messages", h, body, f"multipart/form-data; boundary={b}",
          resp={"id": digits(19)}, label=lab("discord", "post", "Kit list for Saturday's tournament"))
    parent = digits(19)
    reply_id = digits(19)
    json_post(s, f"{api}/channels/{fixtures}/messages", h,
              {"content": "Lowenna Trevithick smashed her 800m personal best today, so proud",
               "nonce": digits(19), "tts": False, "flags": 0,
               "message_reference": {"guild_id": guild, "channel_id": fixtures, "message_id": parent},
               "allowed_mentions": {"parse": ["users", "roles", "everyone"], "replied_user": True}},
              resp={"id": reply_id, "type": 19},
              label=lab("discord", "reply", "smashed her 800m personal best", must=["pupil_name"]))
    s.add("PUT", f"{api}/channels/{fixtures}/messages/{parent}/reactions/%F0%9F%91%8F/%40me?location=Message"
          "&type=0", h, status=204)
    json_post(s, f"{api}/channels/{general}/messages/{reply_id}", h,
              {"content": "Correction: the coach now leaves the bus bay at 8:00, not 7:45"}, method="PATCH",
              label=lab("discord", "post", "the coach now leaves the bus bay at 8:00"))
    s.add("DELETE", f"{api}/channels/{fixtures}/messages/{digits(19)}", h, status=204, label=lab("discord", "other"))
    # a DM channel opened with a pupil, then a message in it
    pupil_dm = digits(19)
    json_post(s, f"{api}/users/@me/channels", h, {"recipients": [pupil_id]},
              resp={"id": pupil_dm, "type": 1, "last_message_id": None, "flags": 0,
                    "recipients": [{"id": pupil_id, "username": "mati.zielinski", "global_name": "Mati",
                                    "discriminator": "0"}]})
    json_post(s, f"{api}/channels/{pupil_dm}/messages", h,
              {"content": "Hi Mati, message me here about the trip money whenever", "nonce": digits(19),
               "tts": False, "flags": 0},
              label=lab("discord", "dm", "about the trip money", ["@mati.zielinski"], must=["pupil_contact"]))
    json_post(s, f"{api}/channels/{pupil_dm}/messages/{digits(19)}/ack", h, {"token": None, "last_viewed": 3012})
    msg = digits(19)
    json_post(s, f"{api}/channels/{colleague_dm}/messages", h,
              {"content": "Can you cover my duty Monday? Ffion Llewellyn-Bragg's mum rang, her asthma has got "
                          "much worse and she needs her inhaler on the field", "nonce": digits(19), "tts": False},
              resp={"id": msg},
              label=lab("discord", "dm", "her asthma has got much worse", ["@serwa.osei"],
                        must=["pupil_name", "personal_data"]))
    json_post(s, f"{api}/channels/{colleague_dm}/messages/{msg}", h,
              {"content": "Can you cover my duty Monday? Ffion's mum rang again, sorry"}, method="PATCH",
              label=lab("discord", "dm", "Ffion's mum rang again", ["@serwa.osei"]))
    shopping(s)
    return s


# --------------------------------------------------------------------------------------------
# 2. Bluesky and Mastodon (mitmproxy export)

def session_bluesky_mastodon():
    s = Probe5Session("p5_02_bluesky_mastodon", "Bluesky", "2026-11-29T20:30:00+00:00", style="mitmproxy")
    did = "did:plc:" + tok(24, "abcdefghijklmnopqrstuvwxyz234567")
    pupil_did = "did:plc:" + tok(24, "abcdefghijklmnopqrstuvwxyz234567")
    pds = "https://porcini.us-east.host.bsky.network"
    bearer = jwt({"scope": "com.atproto.appPass", "sub": did, "iat": 1795000000, "exp": 1795007200,
                  "aud": "did:web:porcini.us-east.host.bsky.network"})
    h = [("authorization", f"Bearer {bearer}"), ("origin", "https://bsky.app"), ("referer", "https://bsky.app/")]
    x = pds + "/xrpc/"

    def rkey():
        return tok(13, "234567abcdefghijklmnopqrstuvwxyz")

    def cid():
        return "bafyrei" + tok(52, "abcdefghijklmnopqrstuvwxyz234567")

    s.add("GET", x + "app.bsky.feed.getTimeline?limit=30", h, resp={"feed": [], "cursor": tok(10)})
    other = "did:plc:" + tok(24, "abcdefghijklmnopqrstuvwxyz234567")
    root = {"uri": f"at://{other}/app.bsky.feed.post/{rkey()}", "cid": cid()}
    json_post(s, x + "com.atproto.repo.createRecord", h,
              {"collection": "app.bsky.feed.post", "repo": did,
               "record": {"$type": "app.bsky.feed.post", "text": "Well done to every runner at the county "
                          "cross-country championships", "createdAt": "2026-11-29T20:31:12.000Z", "langs": ["en"],
                          "reply": {"root": root, "parent": root}}},
              resp={"uri": f"at://{did}/app.bsky.feed.post/{rkey()}", "cid": cid()},
              label=lab("bluesky", "reply", "every runner at the county cross-country", account=did))
    quoted = {"uri": f"at://{other}/app.bsky.feed.post/{rkey()}", "cid": cid()}
    json_post(s, x + "com.atproto.repo.applyWrites", h,
              {"repo": did, "validate": True, "writes": [
                  {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "rkey": rkey(),
                   "value": {"$type": "app.bsky.feed.post", "createdAt": "2026-11-29T20:33:40.000Z", "langs": ["en"],
                             "text": "This is exactly why we run lunchtime science club",
                             "embed": {"$type": "app.bsky.embed.record", "record": quoted}}}]},
              resp={"commit": {"cid": cid(), "rev": tok(13)}, "results": []},
              label=lab("bluesky", "post", "why we run lunchtime science club", account=did))
    json_post(s, x + "com.atproto.repo.createRecord", h,
              {"collection": "app.bsky.feed.like", "repo": did,
               "record": {"$type": "app.bsky.feed.like", "subject": quoted, "createdAt": "2026-11-29T20:34:00.000Z"}})
    json_post(s, x + "com.atproto.repo.createRecord", h,
              {"collection": "app.bsky.feed.repost", "repo": did,
               "record": {"$type": "app.bsky.feed.repost", "subject": root, "createdAt": "2026-11-29T20:34:30.000Z"}})
    img = picture("p5-bsky")
    blob_cid = "bafkrei" + tok(52, "abcdefghijklmnopqrstuvwxyz234567")
    s.add("POST", x + "com.atproto.repo.uploadBlob", h, img, "image/jpeg", store="wire64",
          resp={"blob": {"$type": "blob", "ref": {"$link": blob_cid}, "mimeType": "image/jpeg", "size": len(img)}},
          label=lab("bluesky", "upload", account=did))
    json_post(s, x + "com.atproto.repo.createRecord", h,
              {"collection": "app.bsky.feed.post", "repo": did,
               "record": {"$type": "app.bsky.feed.post", "text": "Frost on the chemistry garden this morning",
                          "createdAt": "2026-11-29T20:36:00.000Z", "langs": ["en"],
                          "embed": {"$type": "app.bsky.embed.images", "images": [
                              {"alt": "frosty raised beds", "aspectRatio": {"width": 120, "height": 80},
                               "image": {"$type": "blob", "ref": {"$link": blob_cid}, "mimeType": "image/jpeg",
                                         "size": len(img)}}]}}},
              resp={"uri": f"at://{did}/app.bsky.feed.post/{rkey()}", "cid": cid()},
              label=lab("bluesky", "post", "Frost on the chemistry garden", account=did))
    json_post(s, x + "com.atproto.repo.deleteRecord", h,
              {"repo": did, "collection": "app.bsky.feed.post", "rkey": rkey()}, label=lab("bluesky", "other"))
    json_post(s, x + "com.atproto.repo.putRecord", h,
              {"repo": did, "collection": "app.bsky.actor.profile", "rkey": "self",
               "record": {"$type": "app.bsky.actor.profile", "displayName": "Ms Kowalczyk",
                          "description": "Head of Science at Hollin Bank Academy. Rocks, rockets and revision."}},
              resp={"uri": f"at://{did}/app.bsky.actor.profile/self", "cid": cid()},
              label=lab("bluesky", "profile_update", "Rocks, rockets and revision", account=did))
    chat = h + [("atproto-proxy", "did:web:api.bsky.chat#bsky_chat")]
    s.add("GET", x + "app.bsky.actor.getProfile?actor=zainabh.bsky.social", h,
          resp={"did": pupil_did, "handle": "zainabh.bsky.social", "displayName": "Zainab"})
    convo = tok(13, "234567abcdefghijklmnopqrstuvwxyz")
    s.add("GET", x + "chat.bsky.convo.getConvoForMembers?" + qs([("members", pupil_did)]), chat,
          resp={"convo": {"id": convo, "rev": tok(13), "members": [
              {"did": did, "handle": "ekowalczyk.bsky.social"},
              {"did": pupil_did, "handle": "zainabh.bsky.social", "displayName": "Zainab"}], "muted": False,
              "unreadCount": 0}})
    json_post(s, x + "chat.bsky.convo.sendMessage", chat,
              {"convoId": convo, "message": {"text": "Great question in class today, message me any time x"}},
              resp={"id": tok(13), "rev": tok(13), "text": "...", "sender": {"did": did}},
              label=lab("bluesky", "dm", "message me any time", ["@zainabh.bsky.social"], did, ["pupil_contact"]))
    json_post(s, x + "chat.bsky.convo.updateRead", chat, {"convoId": convo},
              resp={"convo": {"id": convo}})
    json_post(s, x + "app.bsky.notification.updateSeen", h, {"seenAt": "2026-11-29T20:40:00.000Z"})
    # Mastodon on an instance no list names
    m = "https://schoolsin.social"
    mh = [("authorization", f"Bearer {tok(43)}"), ("origin", m), ("referer", m + "/home"),
          ("cookie", f"_mastodon_session={tok(60)}")]
    s.page(m + "/home", "Home - schoolsin.social")
    s.add("GET", m + "/api/v1/accounts/verify_credentials", mh,
          resp={"id": digits(18), "username": "ms_osei", "acct": "ms_osei"})
    s.add("GET", m + "/api/v1/timelines/home?limit=20", mh, resp=[])
    json_post(s, m + "/api/v1/statuses", mh + [("idempotency-key", str(uuid.UUID(int=R.getrandbits(128))))],
              {"status": "Which after-school revision slot suits you best, Year 11 families?", "in_reply_to_id": None,
               "media_ids": [], "sensitive": False, "spoiler_text": "", "visibility": "public",
               "poll": {"options": ["Tuesday 3:30", "Wednesday 3:30", "Thursday 3:30"], "expires_in": 86400,
                        "multiple": False}, "language": "en"},
              resp={"id": digits(18)}, label=lab("mastodon", "post", "revision slot suits you best"))
    json_post(s, m + "/api/v1/statuses", mh,
              {"status": "Open evening is next Thursday from 6pm, all welcome", "media_ids": [],
               "visibility": "public", "scheduled_at": "2026-12-01T08:00:00.000Z", "language": "en"},
              resp={"id": digits(6), "scheduled_at": "2026-12-01T08:00:00.000Z", "params": {}},
              label=lab("mastodon", "post", "Open evening is next Thursday"))
    sid = digits(18)
    json_post(s, m + f"/api/v1/statuses/{sid}", mh,
              {"status": "Which after-school revision slot suits you best, Year 11 families? (poll closes Friday)",
               "spoiler_text": "", "sensitive": False, "media_ids": [], "language": "en"}, method="PUT",
              resp={"id": sid}, label=lab("mastodon", "post", "poll closes Friday"))
    s.add("DELETE", m + f"/api/v1/statuses/{digits(18)}", mh, resp={"id": "1", "text": "old draft"},
          label=lab("mastodon", "other"))
    s.add("POST", m + f"/api/v1/statuses/{digits(18)}/favourite", mh, resp={"id": "2"})
    s.add("POST", m + "/api/v1/statuses", mh,
          form([("status", "Thanks, I'll bring the spare goggles to the lab"), ("in_reply_to_id", digits(18)),
                ("visibility", "unlisted")]),
          "application/x-www-form-urlencoded", store="params", resp={"id": digits(18)},
          label=lab("mastodon", "reply", "bring the spare goggles"))
    pupil_acct = digits(18)
    s.add("GET", m + "/api/v1/accounts/lookup?acct=jagopen", mh,
          resp={"id": pupil_acct, "username": "jagopen", "acct": "jagopen", "display_name": "Jago"})
    s.add("POST", m + f"/api/v1/accounts/{pupil_acct}/follow", mh, jdump({"reblogs": True}).encode(),
          "application/json", resp={"id": pupil_acct, "following": True},
          label=lab("mastodon", "follow", recipients=["@jagopen@schoolsin.social"], must=["pupil_contact"]))
    b = make_probe4.webkit_boundary()
    s.add("PATCH", m + "/api/v1/accounts/update_credentials", mh,
          multipart(b, [("display_name", "Ms Osei", None, None),
                        ("note", "Head of Year 9 at Hollin Bank Academy. Views my own.", None, None),
                        ("fields_attributes[0][name]", "Pronouns", None, None),
                        ("fields_attributes[0][value]", "she/her", None, None)]),
          f"multipart/form-data; boundary={b}", resp={"id": digits(18)},
          label=lab("mastodon", "profile_update", "Head of Year 9 at Hollin Bank"))
    json_post(s, m + "/api/v1/markers", mh, {"home": {"last_read_id": digits(18)}})
    json_post(s, m + "/api/v1/statuses", mh,
              {"status": "@d_fairbairn@mastodon.social Priya Ramdhanie's dad was on the phone about her "
                         "detention again, can we talk tomorrow?", "visibility": "direct", "media_ids": [],
               "in_reply_to_id": None, "language": "en"},
              resp={"id": digits(18)},
              label=lab("mastodon", "dm", "about her detention again", ["@d_fairbairn@mastodon.social"],
                        must=["pupil_name"]))
    google(s)
    return s


# --------------------------------------------------------------------------------------------
# 3. Threads, Instagram and Facebook (Chrome export)

def meta_headers(uid, host, app_id):
    return [("cookie", f"csrftoken={tok(32)}; ds_user_id={uid}; sessionid={uid}%3A{tok(14)}%3A12%3AAY{tok(30)}; "
                       f"mid={tok(28)}"),
            ("origin", f"https://{host}"), ("referer", f"https://{host}/"), ("x-csrftoken", tok(32)),
            ("x-ig-app-id", app_id), ("x-requested-with", "XMLHttpRequest"), ("x-asbd-id", "359341")]


def meta_graphql(s, h, host, path, friendly, variables, uid, label=None, resp=None):
    body = form([("av", "17841" + digits(10)), ("__user", "0"), ("__a", "1"), ("__comet_req", "29"),
                 ("fb_dtsg", "NAft" + tok(40)), ("jazoest", "2" + digits(4)), ("lsd", tok(22)),
                 ("fb_api_caller_class", "RelayModern"), ("fb_api_req_friendly_name", friendly),
                 ("variables", jdump(variables)), ("server_timestamps", "true"), ("doc_id", digits(16))])
    return s.add("POST", f"https://{host}{path}", h + [("x-fb-friendly-name", friendly)], body,
                 "application/x-www-form-urlencoded", resp=resp or {"data": {}}, label=label)


def fb_graphql(s, uid, friendly, variables, label=None, resp=None):
    h = [("cookie", f"datr={tok(24)}; c_user={uid}; xs={digits(2)}%3A{tok(14)}; fr={tok(30)}"),
         ("origin", "https://www.facebook.com"), ("referer", "https://www.facebook.com/"),
         ("x-fb-friendly-name", friendly), ("x-fb-lsd", tok(22))]
    body = form([("av", uid), ("__aaid", "0"), ("__user", uid), ("__a", "1"), ("__req", tok(2).lower()),
                 ("__comet_req", "15"), ("fb_dtsg", "NAft" + tok(40)), ("jazoest", "25" + digits(3)),
                 ("lsd", tok(22)), ("fb_api_caller_class", "RelayModern"), ("fb_api_req_friendly_name", friendly),
                 ("variables", jdump(variables)), ("server_timestamps", "true"), ("doc_id", digits(16))])
    return s.add("POST", "https://www.facebook.com/api/graphql/", h, body, "application/x-www-form-urlencoded",
                 resp=resp or {"data": {}}, label=label)


def session_meta():
    s = Probe5Session("p5_03_threads_instagram_facebook", "Threads", "2026-12-05T10:20:00+00:00")
    uid = "6" + digits(10)
    th = meta_headers(uid, "www.threads.com", "238260118697367")
    api = "https://www.threads.com/api/v1/media/"
    meta_graphql(s, th, "www.threads.com", "/graphql/query", "BarcelonaFeedPaginationDirectQuery",
                 {"first": 10, "after": tok(20), "data": {"pagination_source": "text_post_feed_threads"}}, uid,
                 label=lab("threads", "view"), resp={"data": {"feedData": {"edges": []}}})
    quoted = digits(19)
    s.add("POST", api + "configure_text_only_post/", th,
          form([("caption", "Every teacher should read this thread about feedback"), ("publish_mode", "text_post"),
                ("text_post_app_info", jdump({"reply_control": 0, "quoted_post_id": quoted,
                                              "text_with_entities": {"entities": []}})),
                ("upload_id", digits(13))]),
          "application/x-www-form-urlencoded", resp={"media": {"pk": digits(19)}, "status": "ok"},
          label=lab("threads", "post", "read this thread about feedback", account=uid))
    s.add("POST", api + "configure_text_only_post/", th,
          form([("caption", "That referee was fucking useless tonight"), ("publish_mode", "text_post"),
                ("text_post_app_info", jdump({"reply_control": 0, "reply_id": digits(19)})),
                ("upload_id", digits(13))]),
          "application/x-www-form-urlencoded", resp={"status": "ok"},
          label=lab("threads", "reply", "referee was fucking useless", account=uid, must=["offensive"]))
    upload_id = digits(13)
    img = picture("p5-threads")
    s.add("POST", f"https://www.threads.com/rupload_igphoto/fb_uploader_{upload_id}",
          th + [("x-entity-name", f"fb_uploader_{upload_id}"), ("x-entity-length", str(len(img))),
                ("x-entity-type", "image/jpeg"), ("offset", "0"),
                ("x-instagram-rupload-params", jdump({"media_type": 1, "upload_id": upload_id,
                                                      "upload_media_height": 80, "upload_media_width": 120}))],
          img, "image/jpeg", resp={"upload_id": upload_id, "status": "ok"},
          label=lab("threads", "upload", account=uid))
    s.add("POST", api + "configure_text_post_app_feed/", th,
          form([("caption", "Our solar oven actually worked!"), ("publish_mode", "text_post"),
                ("text_post_app_info", jdump({"reply_control": 0, "reply_id": digits(19)})),
                ("upload_id", upload_id), ("source_type", "library")]),
          "application/x-www-form-urlencoded", resp={"status": "ok"},
          label=lab("threads", "reply", "solar oven actually worked", account=uid))
    edited = digits(19)
    s.add("POST", api + f"{edited}_{uid}/edit_media/", th,   # [web client] guess: Instagram's edit_media shape
          form([("caption_text", "Every teacher should read this thread about feedback (and marking)"),
                ("text_post_app_info", jdump({"entities": []}))]),
          "application/x-www-form-urlencoded", resp={"status": "ok"},
          label=lab("threads", "post", "feedback (and marking)", account=uid))
    s.add("POST", api + f"{digits(19)}_{uid}/delete/?media_type=TEXT_POST", th, form([("media_id", digits(19))]),
          "application/x-www-form-urlencoded", resp={"status": "ok"}, label=lab("threads", "other"))
    meta_graphql(s, th, "www.threads.com", "/api/graphql", "useBarcelonaCreateRepostMutation",
                 {"input": {"post_id": digits(19)}}, uid)
    # Instagram
    ih = meta_headers(uid, "www.instagram.com", "936619743392459")
    meta_graphql(s, ih, "www.instagram.com", "/graphql/query", "PolarisProfilePostsTabContentQuery_connection",
                 {"data": {"count": 12}, "username": "hollinbank_pe"}, uid, label=lab("instagram", "view"))
    media = digits(19)
    s.add("POST", f"https://www.instagram.com/api/v1/web/likes/{media}/like/", ih, b"",
          "application/x-www-form-urlencoded", resp={"status": "ok"})
    s.add("POST", f"https://www.instagram.com/api/v1/web/comments/{media}/add/", ih,
          form([("comment_text", "@caspian_od brilliant effort in the final, keep it up"),
                ("replied_to_comment_id", digits(18)), ("jazoest", "2" + digits(4))]),
          "application/x-www-form-urlencoded", resp={"id": digits(18), "status": "ok"},
          label=lab("instagram", "comment", "brilliant effort in the final", ["@caspian_od"], uid, ["pupil_contact"]))
    s.add("POST", "https://www.instagram.com/api/v1/web/accounts/edit/", ih,
          form([("biography", "PE teacher at Hollin Bank Academy. Netball, fell running and bad puns."),
                ("chaining_enabled", "on"), ("email", "dfairbairn.pe@example.com"), ("external_url", ""),
                ("first_name", "Duncan F"), ("phone_number", ""), ("username", "mr_fairbairn_pe")]),
          "application/x-www-form-urlencoded", resp={"status": "ok"},
          label=lab("instagram", "profile_update", "Netball, fell running and bad puns", account=uid))
    thread = digits(17)
    t = s.t.timestamp() + 2.0
    task = {"failure_count": None, "label": "46", "queue_name": thread, "task_id": 2,
            "payload": jdump({"thread_id": int(thread), "otid": digits(19), "source": 65537, "send_type": 1,
                              "sync_group": 1, "text": "Can you send me the photos from Saturday's tournament?",
                              "initiating_source": 1, "skip_url_preview_gen": 0})}
    inner = {"epoch_id": int(digits(18)), "tasks": [mark_read_task(thread, 1), task], "version_id": digits(16)}
    req = jdump({"app_id": "936619743392459", "payload": jdump(inner), "request_id": 7, "type": 3}).encode()
    frames = []
    for data in (MQTT_CONNECT, MQTT_SUBSCRIBE, mqtt_publish("/ls_req", req, 7)):
        frames.append({"type": "send", "time": round(t, 3), "opcode": 2, "data": base64.b64encode(data).decode()})
        frames.append({"type": "receive", "time": round(t + 0.1, 3), "opcode": 2,
                       "data": base64.b64encode(b"\x20\x02\x00\x00").decode()})
        t += 1.3
    ck = next(v for k, v in ih if k == "cookie")
    s.add("GET", "wss://gateway.instagram.com/ws/lightspeed?cid=" + str(uuid.UUID(int=R.getrandbits(128))),
          [("cookie", ck), ("origin", "https://www.instagram.com"), ("upgrade", "websocket"),
           ("connection", "Upgrade"), ("sec-websocket-version", "13"),
           ("sec-websocket-key", base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode())],
          status=101, resp=None, resp_type="x-unknown", ws=frames,
          label=lab("instagram", "dm", "photos from Saturday's tournament", account=uid))
    # Facebook
    fuid = "1000" + digits(11)
    fb_graphql(s, fuid, "ProfileCometTimelineFeedRefetchQuery",
               {"count": 3, "cursor": tok(40), "id": fuid, "scale": 1}, label=lab("facebook", "view"))
    fb_graphql(s, fuid, "ComposerStoryEditMutation",
               {"input": {"story_id": b64url(f"S:_I{fuid}:{digits(16)}".encode()),
                          "message": {"ranges": [], "text": "Quiz night raised £420 for the library, thank you all!"},
                          "attachments": [], "actor_id": fuid, "client_mutation_id": "2"}},
               label=lab("facebook", "post", "Quiz night raised £420", account=fuid))
    fb_graphql(s, fuid, "useCometUFICreateCommentMutation",
               {"feedLocation": "NEWSFEED", "input": {
                   "attachments": None, "feedback_id": base64.b64encode(f"feedback:{digits(16)}".encode()).decode(),
                   "message": {"ranges": [], "text": "Oisin Whelan-Grant was the star of the show, what a voice"},
                   "reply_comment_parent_fbid": digits(16), "actor_id": fuid, "client_mutation_id": "4",
                   "is_tracking_encrypted": True}},
               label=lab("facebook", "comment", "was the star of the show", account=fuid, must=["pupil_name"]))
    fb_graphql(s, fuid, "CometUFIFeedbackReactMutation",
               {"input": {"feedback_id": tok(20), "feedback_reaction_id": "1635855486666999", "actor_id": fuid}})
    fb_graphql(s, fuid, "useCometFeedStoryDeleteMutation",
               {"input": {"story_id": tok(30), "story_location": "PERMALINK", "actor_id": fuid}},
               label=lab("facebook", "other"))
    s.add("POST", "https://www.facebook.com/ajax/bz?__a=1&__user=" + fuid,
          [("cookie", f"c_user={fuid}; xs={tok(20)}"), ("origin", "https://www.facebook.com")],
          form([("q", jdump([{"app_id": "2220391788200892", "posts": [["falco:comet_ufi", {"text": "typing"},
                                                                          1795000000000, 0]]}])),
                ("ts", "1795000000000")]),
          "application/x-www-form-urlencoded", resp="for (;;);{}", resp_type="application/x-javascript")
    return s


# --------------------------------------------------------------------------------------------
# 4. YouTube and TikTok (mitmproxy export)

def session_youtube_tiktok():
    s = Probe5Session("p5_04_youtube_tiktok", "YouTube", "2026-12-11T21:00:00+00:00", style="mitmproxy")
    yt = "https://www.youtube.com/youtubei/v1/"
    yh = [("authorization", f"SAPISIDHASH 1795000000_{tok(40, '0123456789abcdef')}"), ("x-goog-authuser", "0"),
          ("x-origin", "https://www.youtube.com"), ("origin", "https://www.youtube.com"),
          ("cookie", f"SID={tok(70)}; SAPISID={tok(30)}; __Secure-3PSID={tok(70)}"),
          ("x-youtube-client-name", "1"), ("x-youtube-client-version", "2.20261210.01.00")]
    ctx = {"client": {"clientName": "WEB", "clientVersion": "2.20261210.01.00", "hl": "en-GB", "gl": "GB"},
           "user": {"lockedSafetyMode": False}}
    video = tok(11)

    def yt_post(path, body, label=None, store="text", encoding=None):
        return s.add("POST", yt + path + "?prettyPrint=false", yh, jdump({"context": ctx, **body}).encode(),
                     "application/json", resp={"responseContext": {}}, label=label, store=store, encoding=encoding)

    yt_post("browse", {"browseId": "FEwhat_to_watch"}, label=lab("youtube", "view"))
    yt_post("player", {"videoId": video, "playbackContext": {"contentPlaybackContext": {"html5Preference": "X"}}},
            label=lab("youtube", "view"))
    params = base64.b64encode(pb_string(2, video) + b"\x28\x00").decode()
    yt_post("comment/create_comment",
            {"createCommentParams": params, "commentText": "Used this with my Year 10s today, the titration demo "
             "finally clicked"}, store="wire64",
            label=lab("youtube", "comment", "the titration demo finally clicked"))
    yt_post("comment/update_comment",
            {"updateCommentParams": base64.b64encode(pb_string(1, tok(26)) + pb_string(3, video)).decode(),
             "commentText": "Used this with my Year 10s today, the titration demo finally clicked. Thank you!"},
            label=lab("youtube", "comment", "finally clicked. Thank you"))
    yt_post("comment/perform_comment_action", {"actions": [base64.b64encode(pb_string(1, tok(20))).decode()]})
    yt_post("comment/create_comment_reply",
            {"createReplyParams": base64.b64encode(pb_string(2, video) + pb_string(4, tok(26))).decode(),
             "commentText": "Teddie Vasquez-Lund in my form got full marks on this topic"},
            label=lab("youtube", "reply", "got full marks on this topic", must=["pupil_name"]))
    yt_post("backstage/create_post",
            {"createBackstagePostParams": base64.b64encode(pb_string(1, "UC" + tok(22))).decode(),
             "commentText": "New revision playlist for GCSE chemistry is up now",
             "imageAttachment": {"encryptedBlobIds": [tok(40)]}},
            label=lab("youtube", "post", "New revision playlist for GCSE chemistry"))
    yt_post("log_event", {"events": [{"eventTimeMs": 1795000000000, "commentText": "telemetry",
                                      "visibilityAction": {"visible": True}}]}, encoding="gzip")
    s.add("POST", f"https://www.youtube.com/api/stats/qoe?fmt=251&cpn={tok(16)}&el=detailpage&docid={video}", yh,
          b"", "text/plain;charset=UTF-8", status=204)
    yt_post("subscription/unsubscribe", {"channelIds": ["UC" + tok(22)]})
    # TikTok
    th = [("cookie", f"sessionid={tok(32, '0123456789abcdef')}; sid_tt={tok(32, '0123456789abcdef')}; "
                     f"tt-target-idc=useast5; msToken={tok(40)}"),
          ("origin", "https://www.tiktok.com"), ("referer", "https://www.tiktok.com/foryou"),
          ("tt-csrf-token", tok(16) + "-" + tok(20))]
    sign = [("aid", "1988"), ("app_name", "tiktok_web"), ("device_platform", "web_pc"), ("msToken", tok(40)),
            ("X-Bogus", "DFSz" + tok(24)), ("_signature", "_02B4Z6wo" + tok(30))]
    tt = "https://www.tiktok.com/api/"
    s.add("GET", tt + "post/item_list/?" + qs(sign + [("count", "30"), ("secUid", "MS4w" + tok(40))]), th,
          resp={"itemList": []})
    aweme = digits(19)
    s.add("POST", tt + "comment/publish/?" + qs(sign), th,
          form([("aweme_id", aweme), ("text", "Showing this to my form group on Monday, genius idea"),
                ("text_extra", "[]"), ("is_self_see", "0")]),
          "application/x-www-form-urlencoded", resp={"status_code": 0, "comment": {"cid": digits(19)}},
          label=lab("tiktok", "comment", "Showing this to my form group on Monday"))
    s.add("POST", tt + "comment/publish/?" + qs(sign + [("aweme_id", aweme), ("text", "Ha, Lowenna Trevithick "
          "would love this one"), ("text_extra", "[]"), ("reply_id", digits(19)), ("reply_to_reply_id", "0")]),
          th, b"", "application/x-www-form-urlencoded", resp={"status_code": 0},
          label=lab("tiktok", "comment", "would love this one", must=["pupil_name"]))
    s.add("POST", tt + "comment/delete/?" + qs(sign + [("cid", digits(19))]), th, b"",
          "application/x-www-form-urlencoded", resp={"status_code": 0}, label=lab("tiktok", "other"))
    s.add("POST", tt + "commit/item/digg/?" + qs(sign + [("aweme_id", aweme), ("type", "1")]), th, b"",
          "application/x-www-form-urlencoded", resp={"status_code": 0})
    pupil_uid = digits(19)
    s.add("GET", tt + "user/detail/?" + qs(sign + [("uniqueId", "priya_ramdh")]), th,
          resp={"userInfo": {"user": {"id": pupil_uid, "uniqueId": "priya_ramdh", "nickname": "Priya",
                                      "secUid": "MS4w" + tok(40)}}, "statusCode": 0})
    s.add("POST", tt + "commit/follow/user/?" + qs(sign + [("user_id", pupil_uid), ("type", "1"),
                                                        ("from", "18"), ("channel_id", "0")]),
          th, b"", "application/x-www-form-urlencoded", resp={"status_code": 0, "follow_status": 1},
          label=lab("tiktok", "follow", recipients=["@priya_ramdh"], must=["pupil_contact"]))
    s.add("POST", "https://mcs.tiktokw.us/v1/list", [("origin", "https://www.tiktok.com")],
          jdump([{"events": [{"event": "comment_publish", "params": jdump({"text": "beacon"})}]}]).encode(),
          "application/json; charset=UTF-8", resp={"e": 0})
    im = pb_string(1, "100") + pb_string(8, pb_string(1, "0:1:" + pupil_uid + ":" + digits(19)) +
                                         pb_string(3, jdump({"aweme_type": 0, "text": "encrypted-ish"})))
    s.add("POST", "https://im-api-va.tiktok.com/v1/message/send", th, im, "application/x-protobuf",
          resp=b"", resp_type="application/x-protobuf", label=lab("tiktok"))
    shopping(s)
    return s


# --------------------------------------------------------------------------------------------
# 5. Reddit, LinkedIn and Pinterest (Chrome export)

def session_reddit_linkedin_pinterest():
    s = Probe5Session("p5_05_reddit_linkedin_pinterest", "Reddit", "2026-12-13T19:00:00+00:00")
    csrf = tok(32, "0123456789abcdef")
    rh = [("cookie", f"reddit_session={tok(60)}; token_v2={tok(80)}; csrf_token={csrf}; loid={tok(20)}"),
          ("origin", "https://www.reddit.com"), ("referer", "https://www.reddit.com/r/TeachingUK/")]
    s.page("https://www.reddit.com/r/TeachingUK/", "r/TeachingUK")
    post = "t3_" + tok(7, "abcdefghijklmnopqrstuvwxyz0123456789")
    doc = {"document": [{"e": "par", "c": [{"e": "text", "t": "Seating plans by ability never worked for my Year 8s, "
                                                             "mixed groups did"}]}]}
    s.add("POST", f"https://www.reddit.com/svc/shreddit/{post}/create-comment", rh,
          form([("content", jdump(doc)), ("mode", "richText"), ("richTextMedia", "[]"), ("csrf_token", csrf)]),
          "application/x-www-form-urlencoded", resp="<shreddit-comment></shreddit-comment>",
          resp_type="text/vnd.reddit.partial+html; charset=utf-8",
          label=lab("reddit", "comment", "mixed groups did"))
    s.add("POST", "https://www.reddit.com/svc/shreddit/events", rh,
          jdump({"info": [{"action": "click", "noun": "comment", "source": "post_detail",
                           "comment": {"body_text": "beacon copy"}}]}).encode(), "application/json", status=204)
    cmt = "t1_" + tok(7, "abcdefghijklmnopqrstuvwxyz0123456789")
    s.add("POST", "https://www.reddit.com/api/editusertext", rh,
          form([("thing_id", cmt), ("text", "Edit: seating plans by ability never worked; mixed-attainment groups "
                                            "and a visualiser did"), ("api_type", "json"), ("uh", tok(40))]),
          "application/x-www-form-urlencoded", resp={"json": {"errors": []}},
          label=lab("reddit", "comment", "mixed-attainment groups and a visualiser"))
    s.add("POST", "https://www.reddit.com/api/vote", rh, form([("id", post), ("dir", "1"), ("uh", tok(40))]),
          "application/x-www-form-urlencoded", resp={})
    s.add("POST", "https://www.reddit.com/api/del", rh, form([("id", cmt), ("uh", tok(40))]),
          "application/x-www-form-urlencoded", resp={}, label=lab("reddit", "other"))
    json_post(s, "https://www.reddit.com/svc/shreddit/graphql", rh,
              {"operation": "CreatePost", "variables": {"input": {
                  "subredditId": "t5_" + tok(5), "title": "Is it normal for SLT to keep this quiet?",
                  "postType": "TEXT", "isNsfw": False, "isSpoiler": False,
                  "content": {"markdown": "A colleague at my school has been suspended pending a disciplinary "
                                          "investigation and we've been told not to say anything to parents."},
                  "correlationId": str(uuid.UUID(int=R.getrandbits(128)))}}, "csrf_token": csrf},
              resp={"data": {"createSubredditPost": {"ok": True}}},
              label=lab("reddit", "post", "suspended pending a disciplinary investigation", must=["confidential"]))
    room = "!" + tok(18) + ":reddit.com"
    s.add("PUT", f"https://matrix.redditspace.com/_matrix/client/v3/rooms/{urllib.parse.quote(room)}/send/"
                 f"m.room.message/m{digits(13)}.0",
          [("authorization", f"Bearer {tok(80)}"), ("origin", "https://chat.reddit.com")],
          jdump({"msgtype": "m.text", "body": "Happy to share my KS3 electricity unit if you DM an email"}).encode(),
          "application/json", resp={"event_id": "$" + tok(43)},
          label=lab("reddit", "dm", "share my KS3 electricity unit"))
    # LinkedIn
    jsid = "ajax:" + digits(19)
    lh = [("cookie", f'li_at={tok(150)}; JSESSIONID="{jsid}"; lang=v=2&lang=en-us; bcookie="v=2&{tok(30)}"'),
          ("csrf-token", jsid), ("x-restli-protocol-version", "2.0.0"), ("x-li-lang", "en_US"),
          ("origin", "https://www.linkedin.com"), ("referer", "https://www.linkedin.com/feed/")]
    li = "https://www.linkedin.com/voyager/api/"
    me = "ACoAA" + tok(34)
    s.add("GET", li + "me", lh, resp={"miniProfile": {"entityUrn": f"urn:li:fs_miniProfile:{me}", "publicIdentifier":
                                                      "rosen-tregunna"}, "plainId": int(digits(9))})
    activity = digits(19)
    json_post(s, li + "voyagerSocialDashNormComments?decorationId=com.linkedin.voyager.dash.deco.social."
                      "NormComment-43", lh,
              {"commentary": {"text": "Agreed, our trust saw the same with retention of early career teachers",
                              "attributesV2": [], "$type": "com.linkedin.voyager.dash.common.text.TextViewModel"},
               "threadUrn": f"urn:li:comment:(urn:li:activity:{activity},{digits(19)})"},
              resp={"data": {"entityUrn": "urn:li:fsd_comment:x"}},
              label=lab("linkedin", "comment", "retention of early career teachers"))
    json_post(s, li + "voyagerSocialDashReactions?threadUrn=" + urllib.parse.quote(f"urn:li:activity:{activity}"),
              lh, {"reactionType": "EMPATHY"}, status=201)
    json_post(s, li + "graphql?action=execute&queryId=voyagerContentcreationDashShares.279996efa5064c01775d5aff003d9377",
              lh, {"variables": {"post": {"allowedCommentersScope": "ALL", "intendedShareLifeCycleState": "SCHEDULED",
                                          "origin": "FEED", "visibilityDataUnion": {"visibilityType": "ANYONE"},
                                          "commentary": {"text": "We are recruiting a Teacher of Physics for January, "
                                                                 "come and join us", "attributesV2": []},
                                          "scheduledAt": 1796000000000}},
                   "queryId": "voyagerContentcreationDashShares.279996efa5064c01775d5aff003d9377",
                   "includeWebMetadata": True},
              resp={"data": {}}, label=lab("linkedin", "post", "recruiting a Teacher of Physics"))
    s.add("POST", li + "voyagerMessagingDashMessengerMessages?action=createMessage", lh,
          jdump({"message": {"body": {"attributes": [], "text": "Thanks for the reference, the interview is on "
                                                                "Friday at 10"},
                             "renderContentUnions": [], "originToken": str(uuid.UUID(int=R.getrandbits(128)))},
                 "mailboxUrn": f"urn:li:fsd_profile:{me}", "trackingId": tok(16),
                 "dedupeByClientGeneratedToken": False,
                 "hostRecipientUrns": ["urn:li:fsd_profile:ACoAA" + tok(34)]}).encode(),
          "text/plain;charset=UTF-8", resp={"value": {}},
          label=lab("linkedin", "dm", "the interview is on Friday at 10"))
    s.add("POST", "https://www.linkedin.com/li/track", lh,
          jdump([{"eventInfo": {"eventName": "FeedImpressionEvent"}, "eventBody": {"text": "beacon"}}]).encode(),
          "application/json", status=204)
    # Pinterest on a localised host
    ph = [("cookie", f"_pinterest_sess={tok(120)}; csrftoken={tok(32)}; _auth=1"), ("x-csrftoken", tok(32)),
          ("x-requested-with", "XMLHttpRequest"), ("x-pinterest-appstate", "active"),
          ("origin", "https://www.pinterest.co.uk"), ("referer", "https://www.pinterest.co.uk/pin-creation-tool/")]
    pin = "https://www.pinterest.co.uk"

    def resource(name, op, options, source_url="/", label=None, resp=None):
        return s.add("POST", f"{pin}/resource/{name}/{op}/", ph,
                     form([("source_url", source_url), ("data", jdump({"options": options, "context": {}}))]),
                     "application/x-www-form-urlencoded; charset=UTF-8",
                     resp=resp or {"resource_response": {"status": "success", "data": {}}}, label=label)

    b = make_probe4.webkit_boundary()
    img_url = f"https://i.pinimg.com/originals/{tok(2, '0123456789abcdef')}/{tok(32, '0123456789abcdef')}.jpg"
    s.add("POST", pin + "/upload-image/?img=volcano.jpg", ph,
          multipart(b, [("img", picture("p5-pin"), "volcano.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}", resp={"success": True, "image_url": img_url},
          label=lab("pinterest", "upload"))
    pin_id = digits(18)
    resource("PinResource", "create", {"board_id": digits(18), "title": "Baking soda volcano",
                                       "description": "Year 7 science club volcanoes, recipe in the comments",
                                       "link": "", "image_url": img_url, "method": "uploaded", "section": None},
             "/pin-creation-tool/", label=lab("pinterest", "post", "science club volcanoes"),
             resp={"resource_response": {"status": "success", "data": {"id": pin_id}}})
    resource("PinResource", "update", {"id": pin_id, "description": "Year 7 science club volcanoes, recipe below",
                                       "title": "Baking soda volcano", "board_id": digits(18)},
             f"/pin/{pin_id}/", label=lab("pinterest", "post", "recipe below"))
    resource("AggregatedCommentResource", "create", {"objectId": digits(18), "pinId": digits(18),
                                                     "text": "Tried this with a Year 9 class, worked a treat"},
             f"/pin/{digits(18)}/", label=lab("pinterest", "comment", "worked a treat"))
    pupil_uid = digits(18)
    s.add("GET", f"{pin}/resource/UserResource/get/?" + qs([("source_url", "/lowenna.trev/"),
                                                             ("data", jdump({"options": {"username": "lowenna.trev"},
                                                                             "context": {}}))]), ph,
          resp={"resource_response": {"data": {"id": pupil_uid, "username": "lowenna.trev", "full_name": "Lowenna"}}})
    resource("UserFollowResource", "create", {"user_id": pupil_uid}, "/lowenna.trev/",
             label=lab("pinterest", "follow", recipients=["@lowenna.trev"], must=["pupil_contact"]))
    resource("ConversationsResource", "create", {"user_ids": [digits(18)], "emails": [],
                                                 "text": "This board has loads of ideas for the STEM fair",
                                                 "pin": pin_id},
             "/", label=lab("pinterest", "dm", "loads of ideas for the STEM fair"))
    resource("PinResource", "delete", {"id": digits(18)}, f"/pin/{digits(18)}/", label=lab("pinterest", "other"))
    s.add("POST", "https://ct.pinterest.com/v3/?" + qs([("event", "pagevisit"), ("tid", digits(13)),
                                                         ("pd", jdump({"np": "gtm"}))]), [("origin", pin)], b"",
          "text/plain", status=200, resp=b"", resp_type="image/gif")
    return s


# --------------------------------------------------------------------------------------------
# 6. X and WhatsApp Web (mitmproxy export)

def session_x_whatsapp():
    s = Probe5Session("p5_06_x_whatsapp", "X", "2026-12-14T20:15:00+00:00", style="mitmproxy")
    uid, ct0 = digits(19), tok(160, "0123456789abcdef")
    xh = [("authorization", X_BEARER), ("cookie", f"auth_token={tok(40)}; ct0={ct0}; twid=u%3D{uid}; lang=en-GB"),
          ("origin", "https://x.com"), ("referer", "https://x.com/home"), ("x-csrf-token", ct0),
          ("x-twitter-active-user", "yes"), ("x-twitter-auth-type", "OAuth2Session"),
          ("x-client-transaction-id", tok(94))]

    def gql(op, variables, label=None, resp=None):
        qid = tok(22)
        return json_post(s, f"https://x.com/i/api/graphql/{qid}/{op}", xh,
                         {"variables": variables, "features": {"responsive_web_edit_tweet_api_enabled": True},
                          "queryId": qid}, label=label, resp=resp or {"data": {}})

    gql("HomeLatestTimeline", {"count": 20, "includePromotedContent": True, "latestControlAvailable": True},
        label=lab("x", "view"))
    gql("CreateTweet", {"tweet_text": "Carol concert tickets on sale Monday, proceeds to the food bank",
                        "edit_options": {"previous_tweet_id": digits(19)}, "dark_request": False,
                        "media": {"media_entities": [], "possibly_sensitive": False}, "semantic_annotation_ids": []},
        label=lab("x", "post", "proceeds to the food bank", account=uid))
    gql("DeleteTweet", {"tweet_id": digits(19), "dark_request": False}, label=lab("x", "other"))
    gql("CreateScheduledTweet", {"post_tweet_request": {"auto_populate_reply_metadata": False,
                                                        "status": "Good luck to our netball squad at the regional finals",
                                                        "exclude_reply_user_ids": [], "media_ids": []},
                                 "execute_at": 1796100000},
        label=lab("x", "post", "netball squad at the regional finals", account=uid))
    other = digits(19)
    s.add("POST", "https://x.com/i/api/1.1/dm/new2.json?ext=mediaColor&include_cards=1", xh,
          jdump({"conversation_id": f"{min(uid, other)}-{max(uid, other)}", "recipient_ids": False,
                 "request_id": str(uuid.UUID(int=R.getrandbits(128))),
                 "text": "The head has been told about the exclusion appeal result, keep it quiet until Friday",
                 "cards_platform": "Web-12", "include_cards": 1, "dm_users": False}).encode(),
          "application/json", resp={"entries": [], "users": {other: {"id_str": other, "screen_name": "kowalczyk_sci"}}},
          label=lab("x", "dm", "exclusion appeal result", ["@kowalczyk_sci"], uid, ["confidential"]))
    s.add("POST", "https://x.com/i/api/1.1/jot/client_event.json", xh,
          form([("category", "perftown"), ("log", jdump([{"event_name": "web:home:::tweet:post", "text": "x"}]))]),
          "application/x-www-form-urlencoded", resp={})
    # WhatsApp Web: the Noise socket (mitmproxy writes it under its https:// URL) and media on mmg
    frames = []
    t = s.t.timestamp() + 2
    for i in range(4):
        frames.append({"type": "send" if i % 2 == 0 else "receive", "time": round(t + i, 3), "opcode": 2,
                       "data": base64.b64encode(bytes(R.getrandbits(8) for _ in range(60 + i * 7))).decode()})
    s.add("GET", "https://web.whatsapp.com/ws/chat", [("origin", "https://web.whatsapp.com"), ("upgrade", "websocket"),
                                                      ("connection", "Upgrade"), ("sec-websocket-version", "13")],
          status=101, resp=None, resp_type="x-unknown", ws=frames, label=lab("whatsapp"))
    enc = bytes(R.getrandbits(8) for _ in range(512))
    s.add("POST", f"https://mmg.whatsapp.net/mms/image/{b64url(bytes(R.getrandbits(8) for _ in range(32)))}"
                  f"?auth={tok(40)}&token={tok(43)}", [("origin", "https://web.whatsapp.com")], enc,
          "application/octet-stream", store="wire64", resp={"url": "https://mmg.whatsapp.net/x", "direct_path": "/x"},
          label=lab("whatsapp"))
    google(s)
    return s


# --------------------------------------------------------------------------------------------
# Round b (written after round a was scored and fixed; see the docstring)

def session_round_b():
    s = Probe5Session("p5_07_round_b", "Round b", "2026-12-15T19:40:00+00:00")
    # Mastodon: a direct message sent as multipart form data to an explicit :443 port
    m = "https://schoolsin.social:443"
    mh = [("Authorization", f"Bearer {tok(43)}"), ("Origin", "https://schoolsin.social"),
          ("Cookie", f"_mastodon_session={tok(60)}")]
    b = make_probe4.webkit_boundary()
    s.add("POST", m + "/api/v1/statuses", mh,
          multipart(b, [("status", "@l_marsh Teddie Vasquez-Lund's EHCP review has moved to Thursday, can you "
                                   "bring her reading assessment?", None, None),
                        ("visibility", "direct", None, None), ("language", "en", None, None)]),
          f"multipart/form-data; boundary={b}", resp={"id": digits(18)},
          label=lab("mastodon", "dm", "EHCP review has moved to Thursday", ["@l_marsh@schoolsin.social"],
                    must=["pupil_name", "personal_data"]))
    # LinkedIn: Rest.li partial updates editing a comment and a post
    jsid = "ajax:" + digits(19)
    lh = [("cookie", f'li_at={tok(150)}; JSESSIONID="{jsid}"'), ("csrf-token", jsid),
          ("x-restli-protocol-version", "2.0.0"), ("origin", "https://www.linkedin.com")]
    li = "https://www.linkedin.com/voyager/api/"
    curn = urllib.parse.quote(f"urn:li:fsd_comment:({digits(19)},urn:li:activity:{digits(19)})", safe="")
    json_post(s, li + f"voyagerSocialDashNormComments/{curn}", lh,
              {"patch": {"$set": {"commentary": {"text": "Agreed, and mentoring time protected in the timetable "
                                                         "made the difference for us", "attributesV2": []}}}},
              label=lab("linkedin", "comment", "mentoring time protected in the timetable"))
    surn = urllib.parse.quote(f"urn:li:share:{digits(19)}", safe="")
    json_post(s, li + f"contentcreation/normShares/{surn}", lh,
              {"patch": {"$set": {"commentaryV2": {"text": "Updated: applications for our Teacher of Physics post "
                                                           "close on 9 January", "attributes": []}}}},
              label=lab("linkedin", "post", "applications for our Teacher of Physics post close"))
    # Tumblr: an edit, a reblog with added text, a delete
    blog = "hollinbank-artroom"
    th = [("authorization", f"Bearer {tok(50)}"), ("x-csrf", tok(20)), ("origin", "https://www.tumblr.com"),
          ("cookie", f"logged_in=1; sid={tok(40)}")]
    tb = "https://www.tumblr.com/api/v2/blog/"
    json_post(s, tb + f"{blog}/posts/{digits(12)}", th,
              {"content": [{"type": "text", "text": "Year 8 lino prints are drying on the rack, photos tomorrow"}],
               "layout": [], "state": "published", "tags": "art,printmaking"}, method="PUT",
              label=lab("tumblr", "post", "lino prints are drying on the rack"))
    json_post(s, tb + f"{blog}/posts", th,
              {"content": [{"type": "text", "text": "Brilliant technique for anyone teaching collagraphs"}],
               "layout": [], "state": "published", "parent_tumblelog_uuid": "t:" + tok(22),
               "parent_post_id": digits(12), "reblog_key": tok(8), "hide_trail": False},
              label=lab("tumblr", "post", "anyone teaching collagraphs"))
    json_post(s, tb + f"{blog}/post/delete", th, {"id": digits(12)}, label=lab("tumblr", "other"))
    # Discord: a friend request by username, a group DM
    me = digits(19)
    dh = [("authorization", b64url(me.encode()) + "." + tok(6) + "." + tok(38)), ("origin", "https://discord.com")]
    api = "https://discord.com/api/v9"
    json_post(s, f"{api}/users/@me/relationships", dh, {"username": "caspian_od", "discriminator": None},
              status=204, label=lab("discord", "friend_request", recipients=["@caspian_od"], must=["pupil_contact"]))
    group, a, c = digits(19), digits(19), digits(19)
    json_post(s, f"{api}/users/@me/channels", dh, {"recipients": [a, c]},
              resp={"id": group, "type": 3, "recipients": [{"id": a, "username": "serwa.osei"},
                                                           {"id": c, "username": "lydia.marsh"}]})
    json_post(s, f"{api}/channels/{group}/messages", dh,
              {"content": "Moderation meeting moved to the science lab on Wednesday", "nonce": digits(19), "tts": False},
              label=lab("discord", "dm", "Moderation meeting moved", ["@serwa.osei", "@lydia.marsh"]))
    # Bluesky: an OAuth (DPoP) session's post, and a video through video.bsky.app
    did = "did:plc:" + tok(24, "abcdefghijklmnopqrstuvwxyz234567")
    bh = [("authorization", f"DPoP {tok(60)}"), ("dpop", tok(120)), ("origin", "https://bsky.app")]
    json_post(s, "https://shiitake.us-east.host.bsky.network/xrpc/com.atproto.repo.createRecord", bh,
              {"collection": "app.bsky.feed.post", "repo": did,
               "record": {"$type": "app.bsky.feed.post", "text": "Science week starts Monday, bring your questions",
                          "createdAt": "2026-12-15T19:50:00.000Z"}},
              resp={"uri": f"at://{did}/app.bsky.feed.post/{tok(13)}"},
              label=lab("bluesky", "post", "Science week starts Monday", account=did))
    clip = bytes(R.getrandbits(8) for _ in range(900))
    s.add("POST", "https://video.bsky.app/xrpc/app.bsky.video.uploadVideo?" + qs([("did", did), ("name", "demo.mp4")]),
          [("authorization", f"Bearer {jwt({'sub': did, 'aud': 'did:web:video.bsky.app'})}")], clip, "video/mp4",
          store="wire64", resp={"jobId": tok(16), "did": did, "state": "JOB_STATE_CREATED"},
          label=lab("bluesky", "upload"))
    # WhatsApp Web in Chrome: the socket with a query, media on a cdn host
    frames = [{"type": "send", "time": s.t.timestamp() + 1, "opcode": 2,
               "data": base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode()}]
    s.add("GET", "wss://web.whatsapp.com/ws/chat?ED=CAIIBQ", [("origin", "https://web.whatsapp.com")],
          status=101, resp=None, resp_type="x-unknown", ws=frames, label=lab("whatsapp"))
    s.add("POST", f"https://media-lhr6-2.cdn.whatsapp.net/mms/document/{b64url(bytes(R.getrandbits(8) for _ in range(32)))}"
                  f"?auth={tok(40)}", [("origin", "https://web.whatsapp.com")], bytes(R.getrandbits(8) for _ in range(300)),
          "application/octet-stream", store="wire64", resp={"url": "x"}, label=lab("whatsapp"))
    return s


# --------------------------------------------------------------------------------------------
# Round c (written after round b, having read addon/extract.py but not the upload code): photos
# that earn a finding only when the bytes reach the post that attaches them. A photo with a
# face (the dev set's astronaut.jpg) earns pupil_image on a personal account; this school's crest
# pasted on a photo without people earns school_branding. Each upload flow of platforms.md.

DEV_IMAGES = HERE.parents[2] / "shared" / "acceptance" / "dev" / "images"


def crest():
    """Hollin Bank Academy's crest (invented): a green shield, a hill, a sun, a band of text."""
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGBA", (240, 280), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.polygon([(10, 10), (230, 10), (230, 150), (120, 270), (10, 150)], fill=(20, 95, 60), outline=(240, 200, 40))
    d.line([(10, 10), (230, 10), (230, 150), (120, 270), (10, 150), (10, 10)], fill=(240, 200, 40), width=8)
    d.ellipse([150, 40, 200, 90], fill=(240, 200, 40))
    d.polygon([(20, 170), (90, 95), (160, 170)], fill=(120, 190, 90))
    d.rectangle([10, 180, 230, 215], fill=(240, 200, 40))
    d.text((120, 198), "HOLLIN BANK", font=ImageFont.load_default(size=24), fill=(20, 95, 60), anchor="mm",
           stroke_width=1, stroke_fill=(20, 95, 60))
    return img


def crest_photo():
    """The crest pasted on a photo without people (a third of its width), as a JPEG."""
    from PIL import Image
    photo = Image.open(DEV_IMAGES / "hubble.jpg").convert("RGB")
    photo = photo.resize((400, photo.height * 400 // photo.width), Image.LANCZOS)
    logo = crest()
    w = photo.width // 3
    logo = logo.resize((w, int(logo.height * w / logo.width)), Image.LANCZOS)
    photo.paste(logo, (photo.width - w - 30, 30), logo)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=85)
    return out.getvalue()


def face_photo():
    """The dev set's astronaut.jpg (a face) at 320 pixels wide, to keep the HARs small."""
    from PIL import Image
    photo = Image.open(DEV_IMAGES / "astronaut.jpg").convert("RGB")
    photo = photo.resize((320, photo.height * 320 // photo.width), Image.LANCZOS)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=80)
    return out.getvalue()


def session_round_c():
    s = Probe5Session("p5_08_round_c_photos", "Round c", "2026-12-16T19:05:00+00:00")
    face = face_photo()
    logo = crest_photo()
    # Mastodon: v2 media, then the status naming it
    m = "https://schoolsin.social"
    mh = [("authorization", f"Bearer {tok(43)}"), ("origin", m)]
    b = make_probe4.webkit_boundary()
    media_id = digits(18)
    s.add("POST", m + "/api/v2/media", mh, multipart(b, [("file", face, "trip.jpg", "image/jpeg"),
                                                       ("description", "at the space centre", None, None)]),
          f"multipart/form-data; boundary={b}", resp={"id": media_id, "type": "image"},
          label=lab("mastodon", "upload"))
    json_post(s, m + "/api/v1/statuses", mh, {"status": "Space centre trip was out of this world",
                                              "media_ids": [media_id], "visibility": "public"},
              resp={"id": digits(18)}, label=lab("mastodon", "post", "out of this world", must=["pupil_image"]))
    # Bluesky: uploadBlob, then the post embedding the blob
    did = "did:plc:" + tok(24, "abcdefghijklmnopqrstuvwxyz234567")
    bh = [("authorization", f"Bearer {jwt({'sub': did})}"), ("origin", "https://bsky.app")]
    x = "https://porcini.us-east.host.bsky.network/xrpc/"
    link = "bafkrei" + tok(52, "abcdefghijklmnopqrstuvwxyz234567")
    s.add("POST", x + "com.atproto.repo.uploadBlob", bh, logo, "image/jpeg",
          resp={"blob": {"$type": "blob", "ref": {"$link": link}, "mimeType": "image/jpeg", "size": len(logo)}},
          label=lab("bluesky", "upload", account=did))
    json_post(s, x + "com.atproto.repo.createRecord", bh,
              {"repo": did, "collection": "app.bsky.feed.post",
               "record": {"$type": "app.bsky.feed.post", "text": "Stargazing club under a clear sky",
                          "createdAt": "2026-12-16T19:10:00.000Z",
                          "embed": {"$type": "app.bsky.embed.images", "images": [
                              {"alt": "", "image": {"$type": "blob", "ref": {"$link": link},
                                                    "mimeType": "image/jpeg", "size": len(logo)}}]}}},
              label=lab("bluesky", "post", "Stargazing club", account=did, must=["school_branding"]))
    # Discord: the GCS upload then the message; a message with its file inline
    me = digits(19)
    dh = [("authorization", b64url(me.encode()) + "." + tok(6) + "." + tok(38)), ("origin", "https://discord.com")]
    api = "https://discord.com/api/v9"
    ch = digits(19)
    upname = f"{uuid.UUID(int=R.getrandbits(128))}/trip.jpg"
    upurl = f"https://discord-attachments-uploads-prd.storage.googleapis.com/{upname}?upload_id={tok(60)}"
    json_post(s, f"{api}/channels/{ch}/attachments", dh, {"files": [{"filename": "trip.jpg", "file_size": len(face),
                                                                     "id": "0"}]},
              resp={"attachments": [{"id": 0, "upload_url": upurl, "upload_filename": upname}]})
    s.add("PUT", upurl, [("origin", "https://discord.com")], face, "image/jpeg", resp=b"", resp_type="text/plain",
          label=lab("discord", "upload"))
    json_post(s, f"{api}/channels/{ch}/messages", dh,
              {"content": "Photos from the space centre trip", "nonce": digits(19),
               "attachments": [{"id": "0", "filename": "trip.jpg", "uploaded_filename": upname}]},
              label=lab("discord", "post", "Photos from the space centre", must=["pupil_image"]))
    b = make_probe4.webkit_boundary()
    s.add("POST", f"{api}/channels/{ch}/messages", dh,
          multipart(b, [("files[0]", logo, "stars.jpg", "image/jpeg"),
                        ("payload_json", jdump({"content": "Look what the telescope club found", "nonce": digits(19),
                                                "attachments": [{"id": "0", "filename": "stars.jpg"}]}), None, None)]),
          f"multipart/form-data; boundary={b}", resp={"id": digits(19)},
          label=lab("discord", "post", "telescope club found", must=["school_branding"]))
    # Facebook: the composer's photo upload, then the post attaching its photoID
    fuid = "1000" + digits(11)
    photo_id = digits(16)
    b = make_probe4.webkit_boundary()
    s.add("POST", f"https://upload.facebook.com/ajax/react_composer/attachments/photo/upload?av={fuid}&__user={fuid}"
                  "&__a=1", [("cookie", f"c_user={fuid}; xs={tok(20)}"), ("origin", "https://www.facebook.com")],
          multipart(b, [("source", "8", None, None), ("profile_id", fuid, None, None),
                        ("waterfallxapp", "comet", None, None), ("farr", face, "trip.jpg", "image/jpeg"),
                        ("upload_id", "jsc_c_" + tok(2).lower(), None, None)]),
          f"multipart/form-data; boundary={b}",
          resp="for (;;);" + jdump({"__ar": 1, "payload": {"photoID": photo_id, "imageSrc": "https://scontent/x.jpg"}}),
          resp_type="application/x-javascript; charset=utf-8", label=lab("facebook", "upload"))
    fb_graphql(s, fuid, "ComposerStoryCreateMutation",
               {"input": {"source": "WWW", "message": {"ranges": [], "text": "Best school trip ever"},
                          "attachments": [{"photo": {"id": photo_id}}],
                          "audience": {"privacy": {"base_state": "FRIENDS", "allow": [], "deny": []}},
                          "actor_id": fuid, "client_mutation_id": "1"}},
               label=lab("facebook", "post", "Best school trip ever", account=fuid, must=["pupil_image"]))
    # LinkedIn: the upload lease, the bytes PUT to dms-uploads, then the share naming the asset
    jsid = "ajax:" + digits(19)
    lh = [("cookie", f'li_at={tok(150)}; JSESSIONID="{jsid}"'), ("csrf-token", jsid),
          ("x-restli-protocol-version", "2.0.0"), ("origin", "https://www.linkedin.com")]
    asset = "urn:li:digitalmediaAsset:D4E" + tok(28)
    put_url = f"https://www.linkedin.com/dms-uploads/sp/v2/D4E{tok(28)}/uploaded-image/0?ca=vector_feedshare&cn=uploads"
    json_post(s, "https://www.linkedin.com/voyager/api/voyagerVideoDashMediaUploadMetadata?action=upload", lh,
              {"mediaUploadType": "IMAGE_SHARING", "fileSize": len(logo), "filename": "stars.jpg"},
              resp={"value": {"urn": asset, "singleUploadUrl": put_url, "type": "SINGLE", "recipes": []}})
    s.add("PUT", put_url, lh, logo, "image/jpeg", status=201, resp=b"", resp_type="text/plain",
          label=lab("linkedin", "upload"))
    qid = "voyagerContentcreationDashShares.279996efa5064c01775d5aff003d9377"
    json_post(s, "https://www.linkedin.com/voyager/api/graphql?action=execute&queryId=" + qid, lh,
              {"variables": {"post": {"allowedCommentersScope": "ALL", "intendedShareLifeCycleState": "PUBLISHED",
                                      "origin": "FEED", "visibilityDataUnion": {"visibilityType": "ANYONE"},
                                      "commentary": {"text": "Proud of our astronomy club tonight",
                                                     "attributesV2": []},
                                      "media": {"category": "IMAGE", "mediaUrn": asset, "tapTargets": [],
                                                "altText": ""}}},
               "queryId": qid, "includeWebMetadata": True},
              label=lab("linkedin", "post", "astronomy club tonight", must=["school_branding"]))
    # Pinterest: upload-image, then the pin naming its image_url
    ph = [("cookie", f"_pinterest_sess={tok(80)}; csrftoken={tok(32)}"), ("x-csrftoken", tok(32)),
          ("origin", "https://www.pinterest.co.uk")]
    img_url = f"https://i.pinimg.com/originals/{tok(2, '0123456789abcdef')}/{tok(32, '0123456789abcdef')}.jpg"
    b = make_probe4.webkit_boundary()
    s.add("POST", "https://www.pinterest.co.uk/upload-image/?img=trip.jpg", ph,
          multipart(b, [("img", face, "trip.jpg", "image/jpeg")]), f"multipart/form-data; boundary={b}",
          resp={"success": True, "image_url": img_url}, label=lab("pinterest", "upload"))
    s.add("POST", "https://www.pinterest.co.uk/resource/PinResource/create/", ph,
          form([("source_url", "/pin-creation-tool/"),
                ("data", jdump({"options": {"board_id": digits(18), "title": "Space centre day",
                                            "description": "Space centre day with the science club",
                                            "image_url": img_url, "method": "uploaded"}, "context": {}}))]),
          "application/x-www-form-urlencoded; charset=UTF-8",
          resp={"resource_response": {"status": "success"}},
          label=lab("pinterest", "post", "with the science club", must=["pupil_image"]))
    # Tumblr: a multipart NPF post, the JSON part naming the image part
    b = make_probe4.webkit_boundary()
    npf = {"content": [{"type": "text", "text": "Night sky from the school field"},
                       {"type": "image", "media": [{"type": "image/jpeg", "identifier": "img0"}]}],
           "layout": [], "state": "published", "tags": "astronomy"}
    s.add("POST", "https://www.tumblr.com/api/v2/blog/hollinbank-artroom/posts",
          [("authorization", f"Bearer {tok(50)}"), ("origin", "https://www.tumblr.com")],
          multipart(b, [("json", jdump(npf), None, "application/json"), ("img0", logo, "sky.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}", resp={"response": {"id": digits(12)}},
          label=lab("tumblr", "post", "Night sky from the school field", must=["school_branding"]))
    # Threads: rupload, then the post
    uid = "6" + digits(10)
    th = meta_headers(uid, "www.threads.com", "238260118697367")
    upload_id = digits(13)
    s.add("POST", f"https://www.threads.com/rupload_igphoto/fb_uploader_{upload_id}",
          th + [("x-entity-name", f"fb_uploader_{upload_id}"), ("x-entity-length", str(len(face))),
                ("x-entity-type", "image/jpeg"), ("offset", "0"),
                ("x-instagram-rupload-params", jdump({"media_type": 1, "upload_id": upload_id}))],
          face, "image/jpeg", resp={"upload_id": upload_id, "status": "ok"}, label=lab("threads", "upload", account=uid))
    s.add("POST", "https://www.threads.com/api/v1/media/configure_text_post_app_feed/", th,
          form([("caption", "Our visitor from the space agency"), ("publish_mode", "text_post"),
                ("text_post_app_info", jdump({"reply_control": 0})), ("upload_id", upload_id)]),
          "application/x-www-form-urlencoded", resp={"status": "ok"},
          label=lab("threads", "post", "visitor from the space agency", account=uid, must=["pupil_image"]))
    # X: a DM photo in two APPEND segments, then the DM naming it
    xuid, ct0 = digits(19), tok(160, "0123456789abcdef")
    xh = [("authorization", X_BEARER), ("cookie", f"auth_token={tok(40)}; ct0={ct0}; twid=u%3D{xuid}"),
          ("x-csrf-token", ct0), ("origin", "https://x.com")]
    up = "https://upload.x.com/i/media/upload.json"
    xmedia = digits(19)
    s.add("POST", up + "?" + qs([("command", "INIT"), ("total_bytes", str(len(face))), ("media_type", "image/jpeg"),
                                 ("media_category", "dm_image")]), xh, b"", None,
          resp={"media_id": int(xmedia), "media_id_string": xmedia, "expires_after_secs": 86399})
    half = len(face) // 2
    for i, chunk in enumerate((face[:half], face[half:])):
        b = make_probe4.webkit_boundary()
        s.add("POST", up + "?" + qs([("command", "APPEND"), ("media_id", xmedia), ("segment_index", str(i))]), xh,
              multipart(b, [("media", chunk, "blob", "application/octet-stream")]),
              f"multipart/form-data; boundary={b}", status=204, resp=b"")
    import hashlib
    s.add("POST", up + "?" + qs([("command", "FINALIZE"), ("media_id", xmedia),
                                 ("original_md5", hashlib.md5(face).hexdigest())]), xh, b"", None,
          resp={"media_id_string": xmedia, "size": len(face)}, label=lab("x", "upload", account=xuid))
    other = digits(19)
    s.add("POST", "https://x.com/i/api/1.1/dm/new2.json", xh,
          jdump({"conversation_id": f"{other}-{xuid}", "text": "Here's the one from the coach",
                 "media_id": xmedia, "cards_platform": "Web-12", "include_cards": 1}).encode(), "application/json",
          resp={"entries": []},
          label=lab("x", "dm", "the one from the coach", account=xuid, must=["pupil_image"]))
    return s


# --------------------------------------------------------------------------------------------
# Round d (written after round c was fixed, having read the upload code too): more upload flows
# whose photo must reach the post or message that attaches it.

def session_round_d():
    s = Probe5Session("p5_09_round_d_photos", "Round d", "2026-12-17T19:30:00+00:00", style="mitmproxy")
    face = face_photo()
    logo = crest_photo()
    # Messenger: upload.php, then the MQTT send task naming the attachment (metadata keyed "0",
    # as the web client's answer has it: fca-unofficial reads metadata[0])
    fuid = "1000" + digits(11)
    image_id = digits(16)
    b = make_probe4.webkit_boundary()
    s.add("POST", f"https://www.facebook.com/ajax/mercury/upload.php?__a=1&__user={fuid}&fb_dtsg={tok(20)}",
          [("cookie", f"c_user={fuid}; xs={tok(20)}"), ("origin", "https://www.facebook.com")],
          multipart(b, [("upload_1024", face, "trip.jpg", "image/jpeg")]), f"multipart/form-data; boundary={b}",
          resp="for (;;);" + jdump({"__ar": 1, "payload": {"metadata": {"0": {
              "image_id": int(image_id), "filename": "trip.jpg", "filetype": "image/jpeg"}}}}),
          resp_type="application/x-javascript; charset=utf-8", label=lab("facebook", "upload"))
    thread = digits(16)
    task = {"failure_count": None, "label": "46", "queue_name": thread, "task_id": 1,
            "payload": jdump({"thread_id": int(thread), "otid": digits(19), "source": 65537, "send_type": 3,
                              "sync_group": 1, "text": "From the coach on the way back",
                              "attachment_fbids": [int(image_id)], "initiating_source": 1})}
    inner = {"epoch_id": int(digits(18)), "tasks": [task], "version_id": digits(16)}
    req = jdump({"app_id": "2220391788200892", "payload": jdump(inner), "request_id": 4, "type": 3}).encode()
    t = s.t.timestamp() + 2
    frames = [{"type": "send", "time": round(t + i, 3), "opcode": 2, "data": base64.b64encode(d).decode()}
              for i, d in enumerate((MQTT_CONNECT, MQTT_SUBSCRIBE, mqtt_publish("/ls_req", req, 4)))]
    s.add("GET", "https://edge-chat.facebook.com/chat?region=lla&sid=" + digits(15),
          [("cookie", f"c_user={fuid}; xs={tok(20)}"), ("origin", "https://www.facebook.com"), ("upgrade", "websocket"),
           ("connection", "Upgrade"), ("sec-websocket-version", "13")],
          status=101, resp=None, resp_type="x-unknown", ws=frames,
          label=lab("facebook", "dm", "From the coach on the way back", account=fuid, must=["pupil_image"]))
    # Reddit: the media lease, the S3 upload under the leased key, then the post naming the media id
    csrf = tok(32, "0123456789abcdef")
    rh = [("cookie", f"reddit_session={tok(60)}; csrf_token={csrf}"), ("origin", "https://www.reddit.com")]
    media = tok(13, "abcdefghijklmnopqrstuvwxyz0123456789")
    key = f"rte_images/{media}"
    json_post(s, "https://www.reddit.com/svc/shreddit/graphql", rh,
              {"operation": "CreateMediaUploadLease", "variables": {"input": {"mimetype": "JPEG"}}, "csrf_token": csrf},
              resp={"data": {"createMediaUploadLease": {"ok": True, "mediaId": media, "uploadLease": {
                  "uploadLeaseUrl": "https://reddit-uploaded-media.s3-accelerate.amazonaws.com",
                  "uploadLeaseHeaders": [{"header": "acl", "value": "private"}, {"header": "key", "value": key},
                                         {"header": "x-amz-meta-ext", "value": "jpg"},
                                         {"header": "policy", "value": tok(40)}]}}}})
    b = make_probe4.webkit_boundary()
    s.add("POST", "https://reddit-uploaded-media.s3-accelerate.amazonaws.com/", [("origin", "https://www.reddit.com")],
          multipart(b, [("acl", "private", None, None), ("key", key, None, None),
                        ("x-amz-meta-ext", "jpg", None, None), ("policy", tok(40), None, None),
                        ("file", face, "trip.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}", status=201,
          resp=f"<PostResponse><Key>{key}</Key></PostResponse>", resp_type="application/xml",
          label=lab("reddit", "upload"))
    json_post(s, "https://www.reddit.com/svc/shreddit/graphql", rh,
              {"operation": "CreatePost", "variables": {"input": {
                  "subredditId": "t5_" + tok(5), "title": "Our trip to the space centre", "postType": "IMAGE",
                  "content": {"markdown": ""}, "gallery": {"items": [{"mediaId": media, "caption": ""}]},
                  "isNsfw": False, "isSpoiler": False}}, "csrf_token": csrf},
              label=lab("reddit", "post", "trip to the space centre", must=["pupil_image"]))
    # Instagram: a carousel (two ruploads, the second of the face resumed in two pieces)
    uid = "5" + digits(10)
    ih = meta_headers(uid, "www.instagram.com", "936619743392459")
    ids = [digits(13), digits(13)]

    def rupload(upload_id, data, offset, total, label):
        return s.add("POST", f"https://i.instagram.com/rupload_igphoto/fb_uploader_{upload_id}",
                     ih + [("x-entity-name", f"fb_uploader_{upload_id}"), ("x-entity-length", str(total)),
                           ("x-entity-type", "image/jpeg"), ("offset", str(offset)),
                           ("x-instagram-rupload-params", jdump({"media_type": 1, "upload_id": upload_id,
                                                                "is_sidecar": "1"}))],
                     data, "image/jpeg", resp={"upload_id": upload_id, "status": "ok"}, label=label)

    rupload(ids[0], logo, 0, len(logo), lab("instagram", "upload", account=uid))
    half = len(face) // 2
    rupload(ids[1], face[:half], 0, len(face), None)
    rupload(ids[1], face[half:], half, len(face), lab("instagram", "upload", account=uid))
    json_post(s, "https://www.instagram.com/api/v1/media/configure_sidecar/", ih,
              {"caption": "Two highlights from the space centre", "children_metadata": [
                  {"upload_id": ids[0], "source_type": "library"}, {"upload_id": ids[1], "source_type": "library"}],
               "client_sidecar_id": digits(13), "disable_comments": "0"},
              label=lab("instagram", "post", "Two highlights", account=uid, must=["pupil_image", "school_branding"]))
    # Mastodon: v1 media (older clients), then a reply attaching it
    m = "https://schoolsin.social"
    mh = [("authorization", f"Bearer {tok(43)}"), ("origin", m)]
    b = make_probe4.webkit_boundary()
    mid = digits(18)
    s.add("POST", m + "/api/v1/media", mh, multipart(b, [("file", logo, "stars.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}", resp={"id": mid, "type": "image"},
          label=lab("mastodon", "upload"))
    json_post(s, m + "/api/v1/statuses", mh, {"status": "And here is the telescope itself", "in_reply_to_id": digits(18),
                                              "media_ids": [mid], "visibility": "public"},
              label=lab("mastodon", "reply", "the telescope itself", must=["school_branding"]))
    # Facebook: a comment photo through /ajax/ufi/upload, then the comment attaching it
    fbid = digits(16)
    b = make_probe4.webkit_boundary()
    s.add("POST", f"https://www.facebook.com/ajax/ufi/upload/?__a=1&__user={fuid}",
          [("cookie", f"c_user={fuid}; xs={tok(20)}"), ("origin", "https://www.facebook.com")],
          multipart(b, [("profile_id", fuid, None, None), ("target_id", digits(16), None, None),
                        ("source", "19", None, None), ("file", face, "trip.jpg", "image/jpeg")]),
          f"multipart/form-data; boundary={b}",
          resp="for (;;);" + jdump({"__ar": 1, "payload": {"fbid": fbid, "imageSrc": "https://scontent/x.jpg"}}),
          resp_type="application/x-javascript; charset=utf-8", label=lab("facebook", "upload"))
    fb_graphql(s, fuid, "useCometUFICreateCommentMutation",
               {"feedLocation": "NEWSFEED", "input": {
                   "attachments": [{"media": {"id": fbid}}],
                   "feedback_id": base64.b64encode(f"feedback:{digits(16)}".encode()).decode(),
                   "message": {"ranges": [], "text": "Here's ours from the same day"}, "actor_id": fuid,
                   "client_mutation_id": "2"}},
               label=lab("facebook", "comment", "ours from the same day", account=fuid, must=["pupil_image"]))
    # X: a post with two photos, the second of them the face
    xuid, ct0 = digits(19), tok(160, "0123456789abcdef")
    xh = [("authorization", X_BEARER), ("cookie", f"auth_token={tok(40)}; ct0={ct0}; twid=u%3D{xuid}"),
          ("x-csrf-token", ct0), ("origin", "https://x.com")]
    up = "https://upload.x.com/i/media/upload.json"
    import hashlib
    xids = []
    for data in (picture("p5-x-plain"), face):
        xmedia = digits(19)
        xids.append(xmedia)
        s.add("POST", up + "?" + qs([("command", "INIT"), ("total_bytes", str(len(data))),
                                     ("media_type", "image/jpeg"), ("media_category", "tweet_image")]), xh, b"", None,
              resp={"media_id_string": xmedia})
        b = make_probe4.webkit_boundary()
        s.add("POST", up + "?" + qs([("command", "APPEND"), ("media_id", xmedia), ("segment_index", "0")]), xh,
              multipart(b, [("media", data, "blob", "application/octet-stream")]),
              f"multipart/form-data; boundary={b}", status=204, resp=b"")
        s.add("POST", up + "?" + qs([("command", "FINALIZE"), ("media_id", xmedia),
                                     ("original_md5", hashlib.md5(data).hexdigest())]), xh, b"", None,
              resp={"media_id_string": xmedia}, label=lab("x", "upload", account=xuid))
    qid = tok(22)
    json_post(s, f"https://x.com/i/api/graphql/{qid}/CreateTweet", xh,
              {"variables": {"tweet_text": "Two views of the space centre", "dark_request": False,
                             "media": {"media_entities": [{"media_id": i, "tagged_users": []} for i in xids],
                                       "possibly_sensitive": False}, "semantic_annotation_ids": []},
               "features": {}, "queryId": qid},
              label=lab("x", "post", "Two views of the space centre", account=xuid, must=["pupil_image"]))
    return s


SESSIONS_B = [session_round_b, session_round_c, session_round_d]

SESSIONS = [session_discord, session_bluesky_mastodon, session_meta, session_youtube_tiktok,
            session_reddit_linkedin_pinterest, session_x_whatsapp]


def check(session):
    """Every label names an entry whose request carries its text and account (decoded as a
    reader would: URL, body, base64 body, form params, socket frames, JSON escapes)."""
    for label in session.labels:
        entry = session.entries[label["index"]]
        req = dict(entry["request"])
        post = req.get("postData") or {}
        if "params" in post and "text" not in post:
            req["postData"] = {**post, "text": form([(p["name"], p["value"]) for p in post["params"]]).decode()}
        frames = []
        for m in entry.get("_webSocketMessages") or []:
            raw = base64.b64decode(m["data"])
            frames.append(raw.decode("latin-1").replace("\\\\", "\\").replace('\\"', '"'))
        req["_frames"] = frames
        blob = request_text(req)
        blob = blob + json.loads(json.dumps(blob))
        for key in ("text_contains", "account_id"):
            if key in label and label[key] not in blob:
                if key == "account_id" and (label[key].startswith("did:") or label["platform"] == "discord"):
                    continue       # in the bearer JWT's sub; base64 in Discord's token
                raise AssertionError((session.name, label))


def main():
    (HERE / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (HERE / "staff.csv").write_text(STAFF, encoding="utf-8")
    (HERE / "config.yaml").write_text(CONFIG, encoding="utf-8")
    crest().save(HERE / "hollin_crest.png")
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
