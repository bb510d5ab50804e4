"""Every shipped rule, judged by the real engine on its fixtures (fixtures/<pack-id>.yaml).

A `fires` post must produce a finding of that rule; a `passes` post must not.
"""
from __future__ import annotations

import pytest

from policies.pack import load_pack, shipped_pack_ids
from tests.packs.rule_fixtures import engine, fixture_file, load_fixtures, to_post


def _cases():
    for pack_id in shipped_pack_ids():
        if not fixture_file(pack_id).exists():
            continue  # test_shipped_packs reports the missing file
        rules = {r.id: r for r in load_pack(pack_id).rules}
        for fixture in load_fixtures(pack_id):
            rule = rules.get(fixture.rule)
            if rule is None:
                continue  # test_shipped_packs reports the stale fixture
            for expect, posts in (("fires", fixture.fires), ("passes", fixture.passes)):
                for i, post in enumerate(posts):
                    yield pytest.param(pack_id, rule.id, expect, post,
                                       id=f"{rule.id}:{expect}[{i}]")


@pytest.mark.parametrize("pack_id,rule_id,expect,fixture", list(_cases()))
def test_rule_fixture(pack_id, rule_id, expect, fixture):
    verdict = engine(pack_id).check(to_post(fixture))
    fired = {f.rule: f for f in verdict.findings}
    summary = [(f.rule, f.signal, f.evidence) for f in verdict.findings]
    if expect == "fires":
        assert rule_id in fired, f"{rule_id} did not fire on {fixture.text!r}; findings: {summary}"
        finding = fired[rule_id]
        assert finding.decision != "allow"
        assert finding.clause.startswith(load_pack(pack_id).policy)
        assert verdict.decision != "allow"
    else:
        assert rule_id not in fired, f"{rule_id} fired on {fixture.text!r}: {summary}"
