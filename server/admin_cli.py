"""`postwarden user ...` and `postwarden token ...`: accounts and machine tokens, from a shell
on the server (the first admin has to come from somewhere).

Each command opens the server's database from its config (SQLite in data_dir unless the
config names PostgreSQL), does one thing, and writes it to the audit log as
`cli:<os user>`, in the same transaction as the change. Passwords are read with getpass,
twice, or once from standard input with --password-stdin (for scripts); they never appear
on the command line, where `ps` and shell history would show them. A token's value is
printed once, on standard output alone, so `... > file` captures just the token.
"""
from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from policies.errors import ConfigError
from server.access import MACHINE_ROLES, PERSON_ROLES, create_token, disable_token, list_tokens
from server.accounts import NoSuchAccount, create_account, disable_account, list_accounts, set_password
from server.audit import AuditLog
from server.config import ServerConfig, load_server_config
from server.db import Database, DatabaseError, IntegrityError, now_ts, open_database
from server.passwords import MIN_LENGTH


class CliError(Exception):
    """A problem the person at the shell can fix; printed without a traceback."""


def add_parsers(subparsers) -> None:
    user = subparsers.add_parser("user", help="add, disable and list people's accounts on the review server",
                                 description=__doc__)
    users = user.add_subparsers(dest="user_command", required=True, metavar="{add,disable,password,list}")

    p = users.add_parser("add", help="create an account (asks for its password)")
    _config_arg(p)
    p.add_argument("--username", required=True)
    p.add_argument("--role", required=True, choices=PERSON_ROLES)
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--school", help="the school the account belongs to (an id from the server config)")
    scope.add_argument("--trust", action="store_true", help="a trust-wide account: every school")
    p.add_argument("--staff-ref", help="how the proxies name this person (their directory login); "
                                       "needed for staff, who see only their own events")
    p.add_argument("--display-name", default="")
    _password_stdin_arg(p)
    p.set_defaults(func=lambda args: _run(args, _user_add))

    p = users.add_parser("disable", help="disable an account and end its sessions at once")
    _config_arg(p)
    p.add_argument("--username", required=True)
    p.set_defaults(func=lambda args: _run(args, _user_disable))

    p = users.add_parser("password", help="set an account's password (ends its sessions)")
    _config_arg(p)
    p.add_argument("--username", required=True)
    _password_stdin_arg(p)
    p.set_defaults(func=lambda args: _run(args, _user_password))

    p = users.add_parser("list", help="list accounts")
    _config_arg(p)
    p.add_argument("--school", help="only this school's accounts (and the trust-wide ones)")
    p.add_argument("--json", action="store_true", help="JSON, one array")
    p.set_defaults(func=lambda args: _run(args, _user_list))

    token = subparsers.add_parser("token", help="bearer tokens for proxies and browser extensions",
                                  description=__doc__)
    tokens = token.add_subparsers(dest="token_command", required=True, metavar="{add,disable,list}")

    p = tokens.add_parser("add", help="create a token and print it (once)")
    _config_arg(p)
    p.add_argument("--school", required=True)
    p.add_argument("--kind", required=True, choices=MACHINE_ROLES)
    p.add_argument("--name", required=True, help="what it is for, e.g. 'main-site proxy'")
    p.set_defaults(func=lambda args: _run(args, _token_add))

    p = tokens.add_parser("disable", help="stop a token working")
    _config_arg(p)
    p.add_argument("--id", required=True, type=int, dest="token_id")
    p.set_defaults(func=lambda args: _run(args, _token_disable))

    p = tokens.add_parser("list", help="list tokens (never their values)")
    _config_arg(p)
    p.add_argument("--school")
    p.set_defaults(func=lambda args: _run(args, _token_list))


def _config_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", required=True, type=Path, help="the server config YAML")


def _password_stdin_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of standard input instead of asking")


# -- running ---------------------------------------------------------------------------------


def _run(args: argparse.Namespace, command: Callable[[argparse.Namespace, ServerConfig], Awaitable[int]]) -> int:
    name = f"postwarden {args.command} {getattr(args, 'user_command', None) or args.token_command}"
    try:
        config = load_server_config(args.config)
    except ConfigError as e:
        print(f"{name}: {e}", file=sys.stderr)
        return 2
    try:
        return asyncio.run(command(args, config))
    except CliError as e:
        print(f"{name}: {e}", file=sys.stderr)
        return 1
    except DatabaseError as e:
        print(f"{name}: {e}", file=sys.stderr)
        return 1


async def open_server_database(config: ServerConfig) -> Database:
    password = None
    if config.database.password_file is not None:
        password = config.path(config.database.password_file).read_text(encoding="utf-8").strip()
    return await open_database(config.database.dsn, config.sqlite_path, password=password, pool_max=2)


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):   # no login name in the environment nor the password database
        return "cli:unknown"


def _school(config: ServerConfig, school_id: str) -> str:
    known = [s.id for s in config.schools]
    if school_id not in known:
        raise CliError(f"--school {school_id!r} is not one of this server's schools ({', '.join(known)})")
    return school_id


async def _ensure_school(db: Database, config: ServerConfig, school_id: str) -> None:
    """The school's row, in case the server has not started yet (the server fills in its name)."""
    entry = config.school(school_id)
    await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                     school_id, entry.name or school_id, now_ts())


def read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {args.username}: ")
        if getpass.getpass("Again: ") != password:
            raise CliError("the two passwords differ; nothing was changed")
    if len(password) < MIN_LENGTH:
        raise CliError(f"a password needs at least {MIN_LENGTH} characters; nothing was changed")
    return password


class _Session:
    """The database and audit log for one command; the audit head file is brought up to date at the end."""

    def __init__(self, config: ServerConfig):
        self.config = config

    async def __aenter__(self) -> tuple[Database, AuditLog]:
        self.db = await open_server_database(self.config)
        self.audit = AuditLog(self.db, self.config.data_path / "audit-head.json")
        return self.db, self.audit

    async def __aexit__(self, *exc) -> None:
        try:
            if exc[0] is None:
                await self.audit.sync_head()
        finally:
            await self.db.close()


# -- users -----------------------------------------------------------------------------------


async def _user_add(args: argparse.Namespace, config: ServerConfig) -> int:
    school_id = None if args.trust else _school(config, args.school)
    if args.role == "staff" and not args.staff_ref:
        raise CliError("staff accounts need --staff-ref: it is how they are matched to their own events")
    password = read_password(args)
    async with _Session(config) as (db, audit):
        if school_id is not None:
            await _ensure_school(db, config, school_id)
        try:
            async with db.transaction() as tx:
                account_id = await create_account(tx, args.username, args.role, school_id=school_id,
                                                  password=password, display_name=args.display_name,
                                                  staff_ref=args.staff_ref)
                await audit.record(_actor(), "account.create", school_id=school_id, target=f"account:{account_id}",
                                   detail={"username": args.username.strip().lower(), "role": args.role,
                                           "staff_ref": args.staff_ref}, tx=tx)
        except IntegrityError as e:
            raise CliError(f"there is already an account called {args.username.strip().lower()!r}") from e
        except ValueError as e:
            raise CliError(str(e)) from e
    print(f"created {args.role} account {args.username.strip().lower()!r} (id {account_id}) "
          f"for {'the whole trust' if school_id is None else school_id}")
    return 0


async def _user_disable(args: argparse.Namespace, config: ServerConfig) -> int:
    async with _Session(config) as (db, audit):
        try:
            async with db.transaction() as tx:
                account = await disable_account(tx, args.username)
                await audit.record(_actor(), "account.disable", school_id=account["school_id"],
                                   target=f"account:{account['id']}", detail={"username": account["username"]}, tx=tx)
        except NoSuchAccount as e:
            raise CliError(str(e)) from e
    already = " (it was already disabled)" if account["disabled_at"] else ""
    print(f"disabled {account['username']!r} and ended its sessions{already}")
    return 0


async def _user_password(args: argparse.Namespace, config: ServerConfig) -> int:
    password = read_password(args)
    async with _Session(config) as (db, audit):
        try:
            async with db.transaction() as tx:
                account_id = await set_password(tx, args.username, password)
                await audit.record(_actor(), "account.password", target=f"account:{account_id}",
                                   detail={"username": args.username.strip().lower()}, tx=tx)
        except NoSuchAccount as e:
            raise CliError(str(e)) from e
    print(f"set the password of {args.username.strip().lower()!r} and ended its sessions")
    return 0


async def _user_list(args: argparse.Namespace, config: ServerConfig) -> int:
    school_id = _school(config, args.school) if args.school else None
    async with _Session(config) as (db, _audit):
        rows = await list_accounts(db, school_id)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    table = [("ID", "USERNAME", "ROLE", "SCHOOL", "STAFF REF", "STATE")]
    table += [(str(r["id"]), r["username"], r["role"], r["school_id"] or "(trust)", r["staff_ref"] or "",
               "disabled" if r["disabled_at"] else "active") for r in rows]
    _print_table(table)
    return 0


# -- tokens ----------------------------------------------------------------------------------


async def _token_add(args: argparse.Namespace, config: ServerConfig) -> int:
    school_id = _school(config, args.school)
    name = args.name.strip()
    if not name:
        raise CliError("--name must say what the token is for")
    async with _Session(config) as (db, audit):
        await _ensure_school(db, config, school_id)
        async with db.transaction() as tx:
            token_id, value = await create_token(tx, school_id, args.kind, name)
            await audit.record(_actor(), "token.create", school_id=school_id, target=f"token:{token_id}",
                               detail={"kind": args.kind, "name": name}, tx=tx)
    print(f"created {args.kind} token {token_id} ({name!r}, {school_id}); it is shown only this once:",
          file=sys.stderr)
    print(value)
    return 0


async def _token_disable(args: argparse.Namespace, config: ServerConfig) -> int:
    async with _Session(config) as (db, audit):
        async with db.transaction() as tx:
            row = await disable_token(tx, args.token_id)
            if row is None:
                raise CliError(f"there is no token {args.token_id}")
            await audit.record(_actor(), "token.disable", school_id=row["school_id"], target=f"token:{row['id']}",
                               detail={"kind": row["kind"], "name": row["name"]}, tx=tx)
    print(f"disabled token {row['id']} ({row['name']!r})")
    return 0


async def _token_list(args: argparse.Namespace, config: ServerConfig) -> int:
    school_id = _school(config, args.school) if args.school else None
    async with _Session(config) as (db, _audit):
        rows = await list_tokens(db, school_id)
    table = [("ID", "SCHOOL", "KIND", "NAME", "LAST USED", "STATE")]
    table += [(str(r["id"]), r["school_id"], r["kind"], r["name"], r["last_used_at"] or "never",
               "disabled" if r["disabled_at"] else "active") for r in rows]
    _print_table(table)
    return 0


def _print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())
