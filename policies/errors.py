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
    for e in error.errors():
        loc = tuple(p for p in e["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        msg = e["msg"]
        if e["type"] == "extra_forbidden":
            msg = "unknown key"
        problems.append(f"{key_path(loc)}: {msg}")
    return ConfigError(path, problems)
