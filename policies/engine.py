"""The one function from a post to a verdict, shared by the addon, the server and the CLI.

Detectors report hits; the pack's rules judge them. A hit no rule covers, or that every
covering rule allows for this kind of account, produces no finding. The verdict's decision
is the strictest of its findings' decisions. A detector that fails (a bug, a regex timeout)
produces an `indeterminate` finding instead of silently passing the post.
"""
from __future__ import annotations

import logging
from pathlib import Path

from .detectors import DETECTORS
from .detectors.base import Detector, PostContext
from .model import Decision, Finding, Hit, Post, Verdict
from .pack import Pack, Rule, RuleStatus, load_pack
from .schooldata.school import School, load_school
from .text.roster_matcher import RosterMatcher
from .text.school_context import SchoolContext

log = logging.getLogger(__name__)

#: What an indeterminate check decides when its category's rules would act: the member of
#: staff is told the check could not be completed, and may proceed after acknowledging.
INDETERMINATE_DECISION = Decision.WARN

#: At most this many (category, signal, action) keys are indexed per engine: keys come from
#: the detectors' declared signals and the known actions, a few hundred at most, but a
#: caller may build a Post with any action, and an index must not grow without bound.
_MAX_INDEXED = 4096


class Engine:
    def __init__(self, school: School, pack: Pack):
        self.school = school
        self.pack = pack
        self.matcher = RosterMatcher(school.pupils)
        self.school_context = SchoolContext(school)
        # Only detectors whose category the pack enforces run at all.
        self.detectors: list[Detector] = [
            cls(school, pack) for cls in DETECTORS if pack.has_category(cls.CATEGORY)
        ]
        self._first_readers = [d for d in self.detectors if not d.FALLBACK]
        self._second_readers = [d for d in self.detectors if d.FALLBACK]
        self._second_read = frozenset(d.CATEGORY for d in self._second_readers)
        #: The rules covering each (category, signal, action), each with its citation. The
        #: pack is immutable and every hit asks, which otherwise walks all its rules and
        #: clauses. Filled in as hits come; a race only computes an entry twice.
        self._covering: dict[tuple[str, str, str], tuple[tuple[Rule, str], ...]] = {}

    @classmethod
    def from_config(cls, path: Path | str) -> Engine:
        school = load_school(Path(path))
        return cls(school, load_pack(school.config.pack, relative_to=school.base_dir))

    def check(self, post: Post) -> Verdict:
        ctx = PostContext(post, self.school, self.pack, self.matcher, self.school_context)
        findings: list[Finding] = []
        seen: set[str] = set()      # categories a first reader reported, judged in or out
        for detector in self._first_readers:
            for hit in _hits(detector, ctx):
                seen.add(hit.category)
                finding = self.judge(ctx, hit)
                if finding is not None:
                    findings.append(finding)
        # Second readers (detectors/meaning.py) speak only on a post the first readers passed
        # in every category they cover, and then once: the most confident finding.
        if self._second_readers and not seen & self._second_read:
            second = [f for d in self._second_readers for h in _hits(d, ctx) if (f := self.judge(ctx, h))]
            if second:
                findings.append(max(second, key=lambda f: f.score))
        return Verdict.from_findings(findings)

    def judge(self, ctx: PostContext, hit: Hit) -> Finding | None:
        # A rule that allows this kind of account does not report; a monitor rule reports
        # what it would have done, with decision allow; an active rule outranks it.
        decided = [(rule.decide(ctx.kind), rule, clause)
                   for rule, clause in self._rules_for(hit.category, hit.signal, ctx.post.action)
                   if rule.decision.for_kind(ctx.kind) is not Decision.ALLOW]
        if not decided:
            return None
        decision, rule, clause = max(decided, key=lambda d: (d[0].rank, d[1].status is RuleStatus.ACTIVE))
        if hit.indeterminate:
            decision = INDETERMINATE_DECISION
        return Finding(
            category=hit.category,
            rule=rule.id,
            severity=str(rule.severity),
            clause=clause,
            message=_message(rule, hit),
            evidence=hit.evidence,
            decision=decision,
            signal=hit.signal,
            score=hit.score,
            explanation=hit.explanation,
            span=hit.span,
            location=hit.location,
            indeterminate=hit.indeterminate,
        )

    def _rules_for(self, category: str, signal: str, action: str) -> tuple[tuple[Rule, str], ...]:
        key = (category, signal, action)
        covering = self._covering.get(key)
        if covering is None:
            covering = tuple((rule, self.pack.cite(rule))
                             for rule in self.pack.rules_for(category, signal, action))
            if len(self._covering) < _MAX_INDEXED:
                self._covering[key] = covering
        return covering


def _message(rule: Rule, hit: Hit) -> str:
    if hit.indeterminate:
        return f"{hit.explanation[0]}. {rule.message}" if hit.explanation else rule.message
    reason = hit.explanation[0] if hit.explanation else ""
    if not reason:
        return rule.message
    subject = f": {hit.subject}" if hit.subject else ""
    return f"{reason[:1].upper()}{reason[1:]}{subject}. {rule.message}"


def _hits(detector: Detector, ctx: PostContext) -> list[Hit]:
    try:
        return list(detector.detect(ctx))
    except Exception as e:  # noqa: BLE001 — a broken check must not pass the post silently
        log.exception("detector %s failed", type(detector).__name__)
        return [Hit(detector.CATEGORY, detector.SIGNALS[0], 0.0,
                    (f"the {detector.CATEGORY} check could not be completed ({type(e).__name__})",),
                    indeterminate=True)]
