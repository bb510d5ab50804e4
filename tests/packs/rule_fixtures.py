"""Rule fixtures: per shipped rule, real-sounding posts that must fire it and posts that must not.

Like Semgrep's `ruleid:` / `ok:` test files. `fixtures/<pack-id>.yaml` holds a list:

    - rule: e-act/5.2-no-contact-with-pupils
      fires:
        - {action: dm, recipients: ["@jaydenholt10"], text: "Well done today!"}
      passes:
        - {action: follow, recipients: ["@tobiah_m"], user: l.marsh}   # declared: her son

Each post is judged by the real engine, with that pack, for the fixture school
(`fixtures/school/school.yaml`). A post's keys are those of the contract's post, except that
`account` is `personal` or `official` (the school's official account on that platform); the
defaults below fill in the rest. Image paths are relative to `fixtures/images/`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from policies.engine import Engine
from policies.model import Post
from policies.pack import load_pack
from policies.schooldata.school import School, load_school

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCHOOL_CONFIG = FIXTURES / "school" / "school.yaml"
IMAGES = FIXTURES / "images"

#: A member of staff's own account, used for every `account: personal` post.
PERSONAL_HANDLE = "@mr_bell_teaches"
#: A Saturday evening in term: outside directed time and outside the fixture school's hold.
OFF_DUTY = "2026-11-21T19:00:00+00:00"


class FixturePost(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = ""
    account: Literal["personal", "official"] = "personal"
    platform: str = "x"
    action: str = "post"
    user: str = "s.bell"
    at: str = OFF_DUTY
    recipients: tuple[str, ...] = ()
    images: tuple[str, ...] = ()


class RuleFixture(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str
    fires: tuple[FixturePost, ...] = Field(min_length=1)
    passes: tuple[FixturePost, ...] = Field(min_length=1)


def fixture_file(pack_id: str) -> Path:
    return FIXTURES / f"{pack_id}.yaml"


@lru_cache(maxsize=None)
def load_fixtures(pack_id: str) -> tuple[RuleFixture, ...]:
    raw = yaml.safe_load(fixture_file(pack_id).read_text(encoding="utf-8"))
    return tuple(RuleFixture.model_validate(item) for item in raw)


@lru_cache(maxsize=1)
def school() -> School:
    return load_school(SCHOOL_CONFIG)


@lru_cache(maxsize=None)
def engine(pack_id: str) -> Engine:
    """The fixture school judged with `pack_id` (its config's own `pack:` is ignored)."""
    return Engine(school(), load_pack(pack_id))


def to_post(fixture: FixturePost) -> Post:
    if fixture.account == "official":
        account = next(
            ({"handle": a.handle, "id": a.id} for a in school().official_accounts
             if a.platform == fixture.platform), None)
        if account is None:
            raise ValueError(f"the fixture school has no official {fixture.platform} account")
    else:
        account = {"handle": PERSONAL_HANDLE}
    data = fixture.model_dump(exclude={"account"})
    data["account"] = account
    data["recipients"] = list(fixture.recipients)
    data["images"] = list(fixture.images)
    return Post.from_dict(data, base_dir=IMAGES)
