"""Load-time errors that name the file and the key (or line) at fault.

Bad configuration must fail when it is loaded, never once per post, and the message must
let an admin find the mistake without reading our code.
"""
from __future__ import annotations

from pathlib import Path

import pydantic


class ConfigError(ValueError):
    """A pack, config or school-data file that cannot be used, with where and why."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


def key_path(loc: tuple) -> str:
    """('rules', 3, 'clause', 'section') -> 'rules[3].clause.section'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def from_validation(path: Path | str, error: pydantic.ValidationError) -> ConfigError:
    problems = []
    errors = error.errors()
    keyed = {e["loc"][0] for e in errors if len(e["loc"]) > 1}
    for e in errors:
        loc = tuple(p for p in e["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        if e["type"] == "too_short" and loc and loc[0] in keyed:
            continue  # "at least 1 item" only because an item was refused: that item's error says why
        msg = e["msg"].removeprefix("Value error, ")
        if e["type"] == "extra_forbidden":
            msg = "unknown key"
        if not loc and msg[:1].isalpha() and ": " in msg:
            # A whole-model check that already names its key paths ("rules[0].clause.section: ...").
            problems.extend(msg.split("; "))
            continue
        problems.append(f"{key_path(loc)}: {msg}")
    return ConfigError(path, problems)
