"""Accounts of people: staff, reviewers (IT, the DSL) and admins, each of a school or the trust."""
from __future__ import annotations

from typing import Any

from server.access import PERSON_ROLES
from server.db import Database, now_ts
from server.passwords import hash_password


async def create_account(db: Database, username: str, role: str, *, school_id: str | None,
                         password: str | None = None, display_name: str = "",
                         staff_ref: str | None = None) -> int:
    """A new account; `school_id=None` makes it trust-wide. Returns its id."""
    if role not in PERSON_ROLES:
        raise ValueError(f"role must be one of {', '.join(PERSON_ROLES)}")
    username = username.strip().lower()
    if not username:
        raise ValueError("a username is needed")
    stamp = now_ts()
    new_id = await db.fetchval(
        "INSERT INTO accounts (school_id, username, display_name, role, staff_ref, password_hash, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        school_id, username, display_name, role, staff_ref or None,
        hash_password(password) if password is not None else None, stamp, stamp)
    return int(new_id)


async def get_account(db: Database, username: str) -> dict[str, Any] | None:
    return await db.fetchrow("SELECT * FROM accounts WHERE username = ?", username.strip().lower())
