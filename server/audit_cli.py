"""The record-keeping commands: `postwarden audit verify`, `postwarden purge` and
`postwarden sar export`.

They open the server's database from its config, as `postwarden serve` does, so a DPO or
an auditor can run them on the server without the web UI. Exit codes: 0 done (the chain
is intact), 1 the audit chain is broken, 2 the config or the database cannot be opened. Diagnostics go to standard error; only the
result (the export's JSON) goes to standard output.
"""
from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from policies.errors import ConfigError
from server.audit import AuditLog, verify
from server.config import ServerConfig, load_server_config
from server.db import Database, DatabaseError, open_database


def add_parsers(subparsers) -> None:
    audit = subparsers.add_parser("audit", help="the audit log: check its hash chain")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    v = audit_sub.add_parser("verify", help="check that no audit row was edited, deleted or reordered",
                             description="Walks the audit chain and compares its end with "
                                         "<data_dir>/audit-head.json. Exit 0 intact, 1 broken, 2 cannot open.")
    v.add_argument("--config", required=True, type=Path, help="the server's config YAML")
    v.set_defaults(func=run_verify)

    p = subparsers.add_parser("purge", help="delete what the retention settings no longer allow keeping",
                              description="Runs the purge the server runs every retention.purge_every_minutes.")
    p.add_argument("--config", required=True, type=Path, help="the server's config YAML")
    p.set_defaults(func=run_purge)

    sar = subparsers.add_parser("sar", help="subject-access requests")
    sar_sub = sar.add_subparsers(dest="sar_command", required=True)
    e = sar_sub.add_parser("export", help="everything held about one member of staff, as JSON on standard output",
                           description="Other people's identifiers are redacted. The export is audited.")
    e.add_argument("--config", required=True, type=Path, help="the server's config YAML")
    e.add_argument("--school", required=True, help="the school's id (as in the server config)")
    e.add_argument("--staff", required=True, help="the member of staff's staff_ref (their directory login)")
    e.set_defaults(func=run_sar_export)


class _CannotOpen(Exception):
    pass


def _load(path: Path) -> ServerConfig:
    try:
        return load_server_config(path)
    except ConfigError as e:
        raise _CannotOpen(str(e)) from e


async def open_config_database(config: ServerConfig) -> Database:
    """The database `postwarden serve` would use for this config, migrated."""
    password = None
    try:
        if config.database.password_file is not None:
            password = config.path(config.database.password_file).read_text(encoding="utf-8").strip()
        return await open_database(config.database.dsn, config.sqlite_path, password=password, pool_max=2)
    except (OSError, DatabaseError) as e:
        raise _CannotOpen(f"cannot open the database: {e}") from e


def cli_actor() -> str:
    """How the audit log names whoever ran a command: the operating-system account."""
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):
        return "cli:unknown"


def head_file(config: ServerConfig) -> Path:
    return config.data_path / "audit-head.json"


def _run(prog: str, coro_fn, args: argparse.Namespace) -> int:
    try:
        return asyncio.run(coro_fn(args))
    except _CannotOpen as e:
        print(f"{prog}: {e}", file=sys.stderr)
        return 2


def run_verify(args: argparse.Namespace) -> int:
    async def go(args) -> int:
        config = _load(args.config)
        db = await open_config_database(config)
        try:
            result = await verify(db, head_file(config))
        except DatabaseError as e:
            raise _CannotOpen(f"cannot read the audit log: {e}") from e
        finally:
            await db.close()
        for w in result.warnings:
            print(f"warning: {w}", file=sys.stderr)
        print(result.describe(), file=sys.stdout if result.ok else sys.stderr)
        return 0 if result.ok else 1
    return _run("postwarden audit verify", go, args)


def run_purge(args: argparse.Namespace) -> int:
    from server.retention import purge

    async def go(args) -> int:
        config = _load(args.config)
        db = await open_config_database(config)
        try:
            audit = AuditLog(db, head_file(config))
            counts = await purge(db, audit, config, datetime.now(timezone.utc))
        except DatabaseError as e:
            raise _CannotOpen(f"the purge failed: {e}") from e
        finally:
            await db.close()
        print(json.dumps(counts, sort_keys=True))
        return 0
    return _run("postwarden purge", go, args)


def run_sar_export(args: argparse.Namespace) -> int:
    from server.sar import export_subject

    async def go(args) -> int:
        config = _load(args.config)
        if args.school not in {s.id for s in config.schools}:
            raise _CannotOpen(f"--school {args.school!r} is not one of the schools in {args.config}")
        db = await open_config_database(config)
        try:
            audit = AuditLog(db, head_file(config))
            data = await export_subject(db, audit, args.school, args.staff, actor=cli_actor(),
                                        now=datetime.now(timezone.utc))
        except DatabaseError as e:
            raise _CannotOpen(f"the export failed: {e}") from e
        finally:
            await db.close()
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        found = data["events"] or data["acknowledgements"] or data["reports"] or data["accounts"]
        if not found:
            print(f"postwarden sar export: nothing is held about {args.staff!r} at {args.school}",
                  file=sys.stderr)
        return 0
    return _run("postwarden sar export", go, args)
