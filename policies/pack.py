"""Policy packs: one trust's policy as data, validated when loaded.

A pack is a clause index (the numbered or titled sections of the policy document) and rules.
A rule says which category of detector hit it enforces, which clause it cites, how severe a
breach is and what to decide for personal and official accounts. Detectors never read rules:
they report what they saw, and `Pack.rules_for` picks the rules that judge it.
See docs/packs.md for the format.
"""
from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .errors import ConfigError
from .yamlfile import load_model
from .model import ACTIONS, AccountKind, Decision

PACKS_DIR = Path(__file__).parent / "packs"

#: The contract's categories; a pack may add its own (`custom_categories`).
CATEGORIES = frozenset({
    "directed_time", "pupil_name", "pupil_image", "school_branding", "personal_data",
    "offensive", "solicitation", "pupil_contact", "confidential", "reputation",
    "prohibited_platform", "posting_hold",
})

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._/-]*$", max_length=120)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Severity(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class RuleStatus(enum.StrEnum):
    ACTIVE = "active"
    #: Judged and reported, but its decision never goes beyond allow (for tuning a new rule).
    MONITOR = "monitor"
    DISABLED = "disabled"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Clause(_Strict):
    section: Text
    title: Text


class Citation(_Strict):
    section: Text
    #: An optional short paraphrase of what the clause requires (never a long quotation).
    note: Text | None = None


class DecisionByAccount(_Strict):
    personal: Decision
    official: Decision

    def for_kind(self, kind: AccountKind) -> Decision:
        return self.personal if kind is AccountKind.PERSONAL else self.official


class Rule(_Strict):
    id: Slug
    status: RuleStatus = RuleStatus.ACTIVE
    category: Slug
    #: The detector signals this rule enforces; empty means every signal of the category.
    signals: tuple[Slug, ...] = ()
    #: The actions it applies to; empty means every action.
    actions: tuple[str, ...] = ()
    clause: Citation
    severity: Severity
    decision: DecisionByAccount
    message: Text

    @pydantic.field_validator("actions")
    @classmethod
    def _known_actions(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(value) - ACTIONS)
        if unknown:
            raise ValueError(f"unknown action(s) {unknown}; known: {sorted(ACTIONS)}")
        return value

    def covers(self, category: str, signal: str, action: str) -> bool:
        return (
            self.status is not RuleStatus.DISABLED
            and self.category == category
            and (not self.signals or signal in self.signals)
            and (not self.actions or action in self.actions)
        )

    def decide(self, kind: AccountKind) -> Decision:
        decision = self.decision.for_kind(kind)
        return Decision.ALLOW if self.status is RuleStatus.MONITOR else decision


class ProhibitedPlatform(_Strict):
    platform: Slug
    #: `always`: any use; `school_business`: only when the content concerns the school.
    when: Literal["always", "school_business"] = "always"


class Pack(_Strict):
    id: Slug
    title: Text
    #: How findings name the policy when they cite it, e.g. "E-ACT Social Media Policy".
    policy: Text
    #: The seed document the pack encodes (file name), for reviewers.
    source: Text
    version: Text
    custom_categories: tuple[Slug, ...] = ()
    prohibited_platforms: tuple[ProhibitedPlatform, ...] = ()
    clauses: tuple[Clause, ...] = Field(min_length=1)
    rules: tuple[Rule, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_references(self) -> Pack:
        sections = {c.section for c in self.clauses}
        if len(sections) != len(self.clauses):
            raise ValueError("clauses: two clauses share a section")
        categories = CATEGORIES | set(self.custom_categories)
        seen: set[str] = set()
        problems = []
        for i, rule in enumerate(self.rules):
            if rule.id in seen:
                problems.append(f"rules[{i}].id: duplicate rule id {rule.id!r}")
            seen.add(rule.id)
            if rule.clause.section not in sections:
                problems.append(
                    f"rules[{i}].clause.section: {rule.clause.section!r} is not in the clause index")
            if rule.category not in categories:
                problems.append(f"rules[{i}].category: unknown category {rule.category!r}")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def clause(self, section: str) -> Clause:
        return next(c for c in self.clauses if c.section == section)

    def cite(self, rule: Rule) -> str:
        clause = self.clause(rule.clause.section)
        if clause.section[:1].isdigit():
            return f"{self.policy} {clause.section} ({clause.title})"
        return f"{self.policy}, {clause.title}"

    def rules_for(self, category: str, signal: str, action: str) -> list[Rule]:
        return [r for r in self.rules if r.covers(category, signal, action)]

    def has_category(self, category: str) -> bool:
        return any(r.category == category and r.status is not RuleStatus.DISABLED
                   for r in self.rules)


def shipped_pack_ids() -> list[str]:
    return sorted(p.stem for p in PACKS_DIR.glob("*.yaml"))


def load_pack(ref: str, relative_to: Path | None = None) -> Pack:
    """Load a pack by id (a file under policies/packs/) or by path."""
    path = Path(ref)
    if relative_to is not None and not path.is_absolute():
        path = relative_to / path
    if not (ref.endswith((".yaml", ".yml")) and path.exists()):
        path = PACKS_DIR / f"{ref}.yaml"
        if not path.exists():
            raise ConfigError(ref, [f"no such pack; shipped packs: {', '.join(shipped_pack_ids())}"])
    return load_pack_file(path)


def load_pack_file(path: Path) -> Pack:
    return load_model(path, Pack, "a pack")
