"""`postwarden check`: JSON Lines of posts in, one verdict per line out (contract section 1).

The config is loaded once; a bad line gets `{"error": ...}` and the rest go on. Only
verdicts go to standard output; diagnostics go to standard error.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO

from .engine import Engine
from .errors import ConfigError
from .model import PostError, Post


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("check", help="judge posts (JSON Lines) against a school's policy pack",
                              description=__doc__)
    p.add_argument("--config", required=True, type=Path, help="the school's config YAML")
    p.add_argument("posts", nargs="?", type=Path,
                   help="JSON Lines of posts (standard input when omitted); image paths are "
                        "relative to this file's folder")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        engine = Engine.from_config(args.config)
    except ConfigError as e:
        print(f"postwarden check: {e}", file=sys.stderr)
        return 2
    if args.posts:
        try:
            with args.posts.open(encoding="utf-8") as f:
                return check_stream(engine, f, sys.stdout, args.posts.resolve().parent)
        except OSError as e:
            print(f"postwarden check: cannot read {args.posts}: {e.strerror}", file=sys.stderr)
            return 2
    return check_stream(engine, sys.stdin, sys.stdout, Path.cwd())


def check_stream(engine: Engine, lines: IO[str], out: IO[str], base_dir: Path) -> int:
    failed = False
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            post = Post.from_dict(json.loads(line), base_dir)
            result = engine.check(post).to_dict()
        except json.JSONDecodeError as e:
            result, failed = {"error": f"line {n}: not JSON: {e.msg}"}, True
        except PostError as e:
            result, failed = {"error": f"line {n}: {e}"}, True
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0
