"""Meta-tests over every shipped pack: it loads, cites real clauses, is documented and has fixtures.

Like Refined GitHub's `features.test.ts`: adding a pack or a rule without its fixtures, or a
rule that can never fire, fails here rather than in a school.
"""
from __future__ import annotations

import itertools
import re

import pytest

from policies.detectors import DETECTORS
from policies.model import AccountKind, ACTIONS, Decision
from policies.pack import (CATEGORIES, PACKS_DIR, Citation, Clause, DecisionByAccount, Pack,
                           ProhibitedPlatform, Rule, RuleStatus, load_pack, shipped_pack_ids)
from tests.conftest import ROOT, SHARED
from tests.packs.rule_fixtures import fixture_file, load_fixtures

CONTRACT = SHARED / "acceptance" / "CONTRACT.md"
SEEDS = SHARED / "seeds"
DOCS = ROOT / "docs" / "packs.md"
PACK_IDS = shipped_pack_ids()

#: Contact details and long quotations have no place in a pack (it names roles, not people).
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
MAX_NOTE = 160
MAX_MESSAGE = 320


def registered_signals() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for cls in DETECTORS:
        out.setdefault(cls.CATEGORY, set()).update(cls.SIGNALS)
    return out


def contract_pack_ids() -> dict[str, str]:
    """Contract section 3: pack id -> seed file."""
    text = CONTRACT.read_text(encoding="utf-8")
    section = text.split("## 3. Pack ids", 1)[1].split("\n## ", 1)[0]
    return dict(re.findall(r"^\| `([a-z0-9-]+)` \| (\S+\.txt) \|", section, flags=re.M))


def test_every_contract_pack_is_shipped():
    if not CONTRACT.exists():
        pytest.skip(f"the shared contract is not checked out beside the repo ({CONTRACT})")
    expected = contract_pack_ids()
    assert len(expected) == 5, expected
    assert set(expected) <= set(PACK_IDS)
    for pack_id, seed in expected.items():
        assert load_pack(pack_id).source == seed


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_pack_loads_under_its_own_id(pack_id):
    pack = load_pack(pack_id)
    assert pack.id == pack_id == (PACKS_DIR / f"{pack_id}.yaml").stem
    if SEEDS.exists():
        assert (SEEDS / pack.source).is_file(), f"{pack_id}: source {pack.source} is not a seed"


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_every_rule_cites_a_real_clause(pack_id):
    pack = load_pack(pack_id)
    sections = {c.section for c in pack.clauses}
    for rule in pack.rules:
        assert rule.clause.section in sections, rule.id
        citation = pack.cite(rule)
        assert citation.startswith(pack.policy) and pack.clause(rule.clause.section).title in citation


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_rules_are_written_for_people(pack_id):
    pack = load_pack(pack_id)
    prefixes = {rule.id.split("/", 1)[0] for rule in pack.rules}
    assert len(prefixes) == 1, f"{pack_id}: rule ids should share one prefix, not {prefixes}"
    for rule in pack.rules:
        assert rule.message.strip() and len(rule.message) <= MAX_MESSAGE, rule.id
        assert rule.message.rstrip().endswith((".", "!", ")")), f"{rule.id}: message is not a sentence"
        assert rule.clause.note is None or len(rule.clause.note) <= MAX_NOTE, rule.id
        for text in (rule.message, rule.clause.note or ""):
            assert not EMAIL.search(text), f"{rule.id}: an e-mail address in a pack"
    for clause in pack.clauses:
        assert not EMAIL.search(clause.title), clause.section


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_rule_signals_and_actions_exist(pack_id):
    """A misspelt signal would make a rule that silently never fires."""
    known = registered_signals()
    for rule in load_pack(pack_id).rules:
        assert rule.category in known, f"{rule.id}: no registered detector reports {rule.category}"
        unknown = set(rule.signals) - known[rule.category]
        assert not unknown, f"{rule.id}: no detector reports {sorted(unknown)} for {rule.category}"
        assert set(rule.actions) <= ACTIONS


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_no_rule_is_shadowed(pack_id):
    """Two rules that would both act on the same hit for the same account: only one can win."""
    rules = [r for r in load_pack(pack_id).rules if r.status is not RuleStatus.DISABLED]
    for a, b in itertools.combinations(rules, 2):
        if a.category != b.category:
            continue
        signals_meet = not a.signals or not b.signals or set(a.signals) & set(b.signals)
        actions_meet = not a.actions or not b.actions or set(a.actions) & set(b.actions)
        both_act = [k for k in AccountKind
                    if a.decide(k) is not Decision.ALLOW and b.decide(k) is not Decision.ALLOW]
        assert not (signals_meet and actions_meet and both_act), (
            f"{a.id} and {b.id} both judge {a.category} on {both_act[0]} accounts")


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_prohibited_platforms_have_a_rule(pack_id):
    pack = load_pack(pack_id)
    has_rule = pack.has_category("prohibited_platform")
    assert bool(pack.prohibited_platforms) == has_rule, (
        "prohibited_platforms and a prohibited_platform rule go together")


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_every_rule_has_fixtures(pack_id):
    path = fixture_file(pack_id)
    assert path.exists(), f"no fixtures for {pack_id}: write {path.relative_to(ROOT)}"
    fixtures = load_fixtures(pack_id)
    ids = [f.rule for f in fixtures]
    assert len(ids) == len(set(ids)), "a rule has two fixture entries"
    rule_ids = {r.id for r in load_pack(pack_id).rules}
    assert not set(ids) - rule_ids, f"fixtures for rules the pack lacks: {sorted(set(ids) - rule_ids)}"
    assert not rule_ids - set(ids), f"rules without fixtures: {sorted(rule_ids - set(ids))}"


def test_the_format_is_documented():
    docs = DOCS.read_text(encoding="utf-8")
    for category in CATEGORIES:
        assert f"`{category}`" in docs, f"docs/packs.md does not describe {category}"
    for category, signals in registered_signals().items():
        for signal in signals:
            assert f"`{signal}`" in docs, f"docs/packs.md does not list the {category} signal {signal}"
    for model in (Pack, Clause, Rule, Citation, DecisionByAccount, ProhibitedPlatform):
        for field in model.model_fields:
            assert f"`{field}`" in docs, f"docs/packs.md does not describe {model.__name__}.{field}"
