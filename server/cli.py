"""The `postwarden` command: one entry point, each subcommand registered by its own package."""
from __future__ import annotations

import argparse
import logging
import sys


def build_parser() -> argparse.ArgumentParser:
    from addon import cli as addon_cli
    from policies import check_cli
    from server import admin_cli, audit_cli, extension_cli, serve

    parser = argparse.ArgumentParser(prog="postwarden", description="Social media policy checks for schools.")
    sub = parser.add_subparsers(dest="command", required=True)
    check_cli.add_parser(sub)
    addon_cli.add_replay_parser(sub)
    addon_cli.add_proxy_parser(sub)
    serve.add_parser(sub)              # serve: the server, and its proxy alongside
    admin_cli.add_parsers(sub)         # user add/disable/list/password, token add/list/disable
    audit_cli.add_parsers(sub)         # audit verify, purge, sar export
    extension_cli.add_parser(sub)      # extension build
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
