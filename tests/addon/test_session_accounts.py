"""The posting account of Mastodon and LinkedIn sessions, learnt from the session's responses.

Their web clients' requests never name the account (a bearer token; the li_at cookie), so
the answers of the same session that do (Mastodon verify_credentials and posted statuses,
LinkedIn /voyager/api/me) are remembered per session, keyed by a hash of its secret.
"""
import json

from mitmproxy import http
from mitmproxy.test import taddons

from addon.warden import Postwarden

from .conftest import FixedEngine, make_flow

MASTO = {"authorization": "Bearer de30DWKQ", "content-type": "application/json"}
LI = {"cookie": 'li_at=AQEDuNQM; JSESSIONID="ajax:521"', "csrf-token": "ajax:521"}
ME = "ACoAAB3xq9IBt2mV7pRkXzYw"


def answer(pipeline, flow, status: int, doc) -> None:
    """The platform's response to `flow`, shown to the pipeline as the addon would."""
    ins = pipeline.inspect(flow, None)
    flow.response = http.Response.make(status, json.dumps(doc), {"content-type": "application/json"})
    pipeline.learn(flow, ins)


def status(pipeline, host: str = "mastodon.social", headers=MASTO, text: str = "Frosty pitch"):
    return pipeline.inspect(make_flow("POST", f"https://{host}/api/v1/statuses",
                                      {"status": text, "visibility": "public"}, headers), None)


def test_mastodon_verify_credentials_names_the_tokens_account(pipeline):
    assert status(pipeline).record()["account"] == {"id": None, "handle": None}
    answer(pipeline, make_flow("GET", "https://mastodon.social/api/v1/accounts/verify_credentials", None, MASTO),
           200, {"id": "110287", "username": "kwalsh_pe", "acct": "kwalsh_pe"})
    # A local acct gets the instance's domain: the handle other instances know it by.
    assert status(pipeline).record()["account"] == {"id": "110287", "handle": "@kwalsh_pe@mastodon.social"}


def test_mastodon_a_posted_status_names_its_author_for_the_next(pipeline):
    first = make_flow("POST", "https://social.school.example/api/v1/statuses", {"status": "One"}, MASTO)
    answer(pipeline, first, 200, {"id": "1", "content": "<p>One</p>",
                                  "account": {"id": "77", "acct": "office", "username": "office"},
                                  "mentions": [{"id": "9", "acct": "head@mastodon.social"}]})
    ins = status(pipeline, "social.school.example", text="Two")
    assert ins.record()["account"] == {"id": "77", "handle": "@office@social.school.example"}


def test_mastodon_sessions_do_not_leak_into_each_other(pipeline):
    answer(pipeline, make_flow("GET", "https://mastodon.social/api/v1/accounts/verify_credentials", None, MASTO),
           200, {"id": "110287", "acct": "kwalsh_pe"})
    other_token = {**MASTO, "authorization": "Bearer someone-else"}
    assert status(pipeline, headers=other_token).record()["account"]["id"] is None
    assert status(pipeline, host="mastodonapp.uk").record()["account"]["id"] is None   # same token, other instance
    # A refused answer names nobody.
    answer(pipeline, make_flow("GET", "https://mastodonapp.uk/api/v1/accounts/verify_credentials", None, MASTO),
           401, {"id": "1", "acct": "intruder"})
    assert status(pipeline, host="mastodonapp.uk").record()["account"]["id"] is None


def test_only_a_hash_of_the_session_secret_is_kept(pipeline):
    answer(pipeline, make_flow("GET", "https://mastodon.social/api/v1/accounts/verify_credentials", None, MASTO),
           200, {"id": "110287", "acct": "kwalsh_pe"})
    [(key, value)] = list(pipeline.sessions._accounts.items())
    assert isinstance(key, bytes) and len(key) == 32 and b"de30DWKQ" not in key
    assert value == ("110287", "@kwalsh_pe@mastodon.social")


def test_linkedin_me_names_the_member_of_the_li_at_session(pipeline):
    post = {"variables": {"post": {"commentary": {"text": "We're hiring", "attributesV2": []}}},
            "queryId": "voyagerContentcreationDashShares.abc"}
    url = "https://www.linkedin.com/voyager/api/graphql?action=execute&queryId=voyagerContentcreationDashShares.abc"
    assert pipeline.inspect(make_flow("POST", url, post, LI), None).record()["account"]["id"] is None
    answer(pipeline, make_flow("GET", "https://www.linkedin.com/voyager/api/me", None, LI), 200, {
        "data": {"plainId": 612734095, "*miniProfile": f"urn:li:fs_miniProfile:{ME}"},
        "included": [{"publicIdentifier": "joy-okonjo-senco", "entityUrn": f"urn:li:fs_miniProfile:{ME}",
                      "dashEntityUrn": f"urn:li:fsd_profile:{ME}"}]})
    ins = pipeline.inspect(make_flow("POST", url, post, LI), None)
    assert ins.record()["account"] == {"id": ME, "handle": "joy-okonjo-senco"}
    # A DM names the same member in mailboxUrn: the same id, and now its handle too.
    dm = pipeline.inspect(make_flow(
        "POST", "https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage",
        json.dumps({"message": {"body": {"text": "Hi"}}, "mailboxUrn": f"urn:li:fsd_profile:{ME}"}),
        {**LI, "content-type": "text/plain;charset=UTF-8"}), None)
    assert dm.record()["account"] == {"id": ME, "handle": "joy-okonjo-senco"}
    other = pipeline.inspect(make_flow("POST", url, post, {"cookie": "li_at=SOMEONE-ELSE"}), None)
    assert other.record()["account"]["id"] is None


def test_linkedin_me_in_its_plain_shape(pipeline):
    answer(pipeline, make_flow("GET", "https://www.linkedin.com/voyager/api/me", None, LI), 200, {
        "plainId": 612734095, "miniProfile": {"entityUrn": f"urn:li:fs_miniProfile:{ME}",
                                              "publicIdentifier": "joy-okonjo-senco"}})
    ins = pipeline.inspect(make_flow("POST", "https://www.linkedin.com/voyager/api/contentcreation/normShares",
                                     {"commentaryV2": {"text": "Proud"}}, LI), None)
    assert ins.record()["account"] == {"id": ME, "handle": "joy-okonjo-senco"}


async def test_the_live_addon_logs_the_learnt_account(tmp_path):
    a = Postwarden()
    a.engine_factory = lambda path: FixedEngine()
    with taddons.context(a) as tctx:
        tctx.configure(a, postwarden_config=str(tmp_path / "school.yaml"), postwarden_data_dir=str(tmp_path))
        me = make_flow("GET", "https://mastodon.social/api/v1/accounts/verify_credentials", None, MASTO)
        await a.request(me)
        me.response = http.Response.make(200, json.dumps({"id": "110287", "acct": "kwalsh_pe"}),
                                         {"content-type": "application/json"})
        await a.response(me)
        post = make_flow("POST", "https://mastodon.social/api/v1/statuses", {"status": "Frost"}, MASTO)
        await a.request(post)
        a.spool.flush()
        logged = [e for _, e in a.spool.pending()]
        a.done()
    assert [(e["action"], e["account"]) for e in logged] == [
        ("view", {"id": None, "handle": None}),
        ("post", {"id": "110287", "handle": "@kwalsh_pe@mastodon.social"})]
