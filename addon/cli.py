"""The addon's commands, for `server/cli.py` to wire as `postwarden replay` and `postwarden proxy`.

Either call `add_replay_parser(subparsers)` / `add_proxy_parser(subparsers)` (each sets
`func`, which takes the parsed args and returns an exit status), or `replay_main(argv)` /
`proxy_main(argv)` directly.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("script.py")


def add_replay_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "replay", help="run a HAR file through the addon's pipeline, offline",
        description="Writes one JSON line per request to a monitored platform (CONTRACT §4).")
    _replay_arguments(p)
    p.set_defaults(func=run_replay)
    return p


def _replay_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", required=True, type=Path, help="the school's config YAML")
    p.add_argument("--user", help="the member of staff (default: what each request identifies)")
    p.add_argument("--platforms", type=Path, default=None,
                   help="a folder of platform files (default: the ones shipped with the addon)")
    p.add_argument("--extract-only", action="store_true",
                   help="do not load the policy engine; every verdict is allow")
    p.add_argument("har", type=Path, metavar="TRAFFIC.har")


def run_replay(args: argparse.Namespace) -> int:
    from addon.platformmap import PlatformMap, PlatformMapError
    from addon.pipeline import Pipeline
    from addon.replay import load_entries, replay

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="postwarden replay: %(message)s")
    try:
        pmap = PlatformMap.load(args.platforms)
        entries = load_entries(args.har)
    except (OSError, ValueError, PlatformMapError) as e:
        print(f"postwarden replay: {e}", file=sys.stderr)
        return 2
    engine = None
    if not args.extract_only:
        from policies.engine import Engine
        try:
            engine = Engine.from_config(args.config)
        except (OSError, ValueError) as e:
            print(f"postwarden replay: {e}", file=sys.stderr)
            return 2
    problems = replay(entries, Pipeline(pmap, engine), sys.stdout, user=args.user)
    return 1 if problems else 0


def replay_main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="postwarden replay")
    _replay_arguments(p)
    return run_replay(p.parse_args(argv))


def add_proxy_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "proxy", help="run mitmproxy (mitmdump) with the postwarden addon",
        description="Arguments after -- go to mitmdump, e.g. "
                    "postwarden proxy --config school.yaml -- --listen-port 8080 "
                    "--set postwarden_fail_mode=closed")
    p.add_argument("--config", required=True, type=Path, help="the school's config YAML")
    p.add_argument("mitmdump_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    p.set_defaults(func=run_proxy)
    return p


def run_proxy(args: argparse.Namespace, extra: list[str] | None = None) -> int:
    from mitmproxy.tools.main import mitmdump
    # mitmdump prints log records itself (its termlog); a handler the `postwarden` command
    # installed on the root logger would print each of them a second time.
    for handler in list(logging.getLogger().handlers):
        if type(handler) is logging.StreamHandler:
            logging.getLogger().removeHandler(handler)
    passthrough = list(extra if extra is not None else getattr(args, "mitmdump_args", None) or [])
    if passthrough[:1] == ["--"]:
        passthrough = passthrough[1:]
    # flow_detail=0: mitmdump would otherwise print every URL (and so personal data) to stdout.
    argv = ["--set", "flow_detail=0", "-s", str(SCRIPT),
            "--set", f"postwarden_config={args.config.resolve()}", *passthrough]
    mitmdump(argv)
    return 0


def proxy_main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="postwarden proxy")
    p.add_argument("--config", required=True, type=Path)
    args, extra = p.parse_known_args(argv)
    return run_proxy(args, extra)
