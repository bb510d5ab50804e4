"""Accounts of people: staff, reviewers (IT, the DSL) and admins, each of a school or the trust.

The functions take a `Queries` (the database, or a transaction) so that an admin change and
its audit row can commit together: `async with db.transaction() as tx: ...(tx, ...)`.
"""
from __future__ import annotations

from typing import Any

from server.access import PERSON_ROLES
from server.db import Queries, now_ts
from server.passwords import hash_password
from server.sessions import delete_account_sessions

#: What may be shown of an account: everything but the password hash.
PUBLIC_COLUMNS = "id, school_id, username, display_name, role, staff_ref, disabled_at, created_at, updated_at"


class NoSuchAccount(LookupError):
    def __init__(self, username: str):
        super().__init__(f"no account is called {username!r}")


def normalise_username(username: str) -> str:
    return username.strip().lower()


async def create_account(db: Queries, username: str, role: str, *, school_id: str | None,
                         password: str | None = None, display_name: str = "",
                         staff_ref: str | None = None) -> int:
    """A new account; `school_id=None` makes it trust-wide. Returns its id."""
    if role not in PERSON_ROLES:
        raise ValueError(f"role must be one of {', '.join(PERSON_ROLES)}")
    username = normalise_username(username)
    if not username:
        raise ValueError("a username is needed")
    stamp = now_ts()
    new_id = await db.fetchval(
        "INSERT INTO accounts (school_id, username, display_name, role, staff_ref, password_hash, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        school_id, username, display_name, role, staff_ref or None,
        hash_password(password) if password is not None else None, stamp, stamp)
    return int(new_id)


async def get_account(db: Queries, username: str) -> dict[str, Any] | None:
    return await db.fetchrow("SELECT * FROM accounts WHERE username = ?", normalise_username(username))


async def get_account_by_id(db: Queries, account_id: int) -> dict[str, Any] | None:
    return await db.fetchrow(f"SELECT {PUBLIC_COLUMNS} FROM accounts WHERE id = ?", account_id)


async def list_accounts(db: Queries, school_id: str | None = None) -> list[dict[str, Any]]:
    """Every account (without password hashes), or those of one school and the trust-wide ones."""
    if school_id is None:
        return await db.fetch(f"SELECT {PUBLIC_COLUMNS} FROM accounts ORDER BY username")
    return await db.fetch(f"SELECT {PUBLIC_COLUMNS} FROM accounts WHERE school_id = ? OR school_id IS NULL "
                          "ORDER BY username", school_id)


async def disable_account(tx: Queries, username: str) -> dict[str, Any]:
    """Disable an account and end all its sessions; returns the account as it was.

    Run it in a transaction, so the account is never disabled with its sessions still alive
    (even then they would stop working: session lookups check the account)."""
    account = await get_account(tx, username)
    if account is None:
        raise NoSuchAccount(username)
    stamp = now_ts()
    await tx.execute("UPDATE accounts SET disabled_at = ?, updated_at = ? WHERE id = ? AND disabled_at IS NULL",
                     stamp, stamp, account["id"])
    await delete_account_sessions(tx, int(account["id"]))
    return account


async def set_password(tx: Queries, username: str, password: str, *, end_sessions: bool = True) -> int:
    """Set an account's password (checked for length); ends its sessions unless told not to.
    Returns the account's id."""
    new_hash = hash_password(password)
    account = await get_account(tx, username)
    if account is None:
        raise NoSuchAccount(username)
    await tx.execute("UPDATE accounts SET password_hash = ?, updated_at = ? WHERE id = ?",
                     new_hash, now_ts(), account["id"])
    if end_sessions:
        await delete_account_sessions(tx, int(account["id"]))
    return int(account["id"])
