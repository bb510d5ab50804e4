import json
import shutil

import pytest

from addon.platformmap import ACTIONS, DEFAULT_DIR, HostSet, PlatformMap, PlatformMapError

PLATFORMS = ("x", "facebook", "instagram", "threads", "linkedin", "bluesky", "mastodon", "reddit",
             "youtube", "tiktok", "pinterest", "tumblr", "discord", "whatsapp")


def test_every_platform_loads(pmap):
    assert set(pmap.platforms) == set(PLATFORMS)
    for p in pmap.platforms.values():
        assert p.rules, p.id
        assert len({r.name for r in p.rules}) == len(p.rules), f"{p.id}: duplicate rule names"
        for r in p.rules:
            assert r.action in ACTIONS


@pytest.mark.parametrize("host,platform", [
    ("x.com", "x"), ("upload.x.com", "x"), ("X.COM.", "x"), ("www.facebook.com", "facebook"),
    ("web.whatsapp.com", "whatsapp"), ("mmg.whatsapp.net", "whatsapp"), ("x.com:443", "x"),
    ("amanita.us-east.host.bsky.network", "bluesky"),
    ("notx.com", None), ("x.com.evil.test", None), ("facebook.com.evil.test", None),
    ("notfacebook.com", None), ("pbs.twimg.com", None), ("", None), ("www.bbc.co.uk", None),
])
def test_hosts_match_whole_names(pmap, host, platform):
    found = pmap.platform_for_host(host)
    assert (found.id if found else None) == platform


def test_host_set_rejects_inner_wildcards():
    with pytest.raises(ValueError):
        HostSet(["face*.com"])


def _copy(tmp_path):
    d = tmp_path / "platforms"
    shutil.copytree(DEFAULT_DIR, d)
    return d


def test_unknown_key_is_an_error(tmp_path):
    d = _copy(tmp_path)
    data = json.loads((d / "x.json").read_text())
    data["rules"][0]["txet"] = ["oops"]
    (d / "x.json").write_text(json.dumps(data))
    with pytest.raises(PlatformMapError, match="x.json"):
        PlatformMap.load(d)


def test_bad_regex_is_an_error(tmp_path):
    d = _copy(tmp_path)
    data = json.loads((d / "reddit.json").read_text())
    data["rules"][0]["path"] = "^/svc/(unclosed"
    (d / "reddit.json").write_text(json.dumps(data))
    with pytest.raises(PlatformMapError, match="reddit"):
        PlatformMap.load(d)


def test_id_must_match_file_name(tmp_path):
    d = _copy(tmp_path)
    (d / "x.json").rename(d / "twitter.json")
    with pytest.raises(PlatformMapError, match="differs"):
        PlatformMap.load(d)


def test_missing_generic_is_an_error(tmp_path):
    d = _copy(tmp_path)
    (d / "_generic.json").unlink()
    with pytest.raises(PlatformMapError, match="_generic"):
        PlatformMap.load(d)


@pytest.mark.parametrize("platform,change,match", [
    ("mastodon", lambda d: d["session"].update(kye="header:authorization"), "mastodon.json"),
    ("mastodon", lambda d: d["session"]["learn"][0].update(path="^/api/(unclosed"), "mastodon"),
    ("linkedin", lambda d: d["session"]["learn"][0]["id"][0].update(regex="(unclosed"), "linkedin"),
    ("reddit", lambda d: d["rules"][0]["media"][-1].update(regex="(unclosed"), "reddit"),
    ("reddit", lambda d: next(r for r in d["rules"] if "upload_lease" in r)["upload_lease"].update(ids="x"),
     "reddit.json"),
])
def test_session_media_and_lease_specs_are_checked_at_load(tmp_path, platform, change, match):
    d = _copy(tmp_path)
    data = json.loads((d / f"{platform}.json").read_text())
    change(data)
    (d / f"{platform}.json").write_text(json.dumps(data))
    with pytest.raises(PlatformMapError, match=match):
        PlatformMap.load(d)
