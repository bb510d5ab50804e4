"""What /api/v1/health reports: whether ingest and the database are working right now.

Handlers and background jobs record their own failures here; health says "degraded" while
the latest attempt of either failed, so a monitoring system (or the proxies) can tell.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Component:
    ok: bool = True
    last_error: str = ""
    last_error_at: datetime | None = None
    failures: int = 0

    def success(self) -> None:
        self.ok = True

    def failure(self, error: str, at: datetime) -> None:
        self.ok = False
        self.failures += 1
        self.last_error = error
        self.last_error_at = at


@dataclass
class Health:
    database: Component = field(default_factory=Component)
    ingest: Component = field(default_factory=Component)
    purge: Component = field(default_factory=Component)

    @property
    def status(self) -> str:
        return "ok" if self.database.ok and self.ingest.ok else "degraded"

    def report(self) -> dict:
        parts = {name: {"ok": c.ok, "failures": c.failures, "last_error": c.last_error,
                        "last_error_at": c.last_error_at.isoformat() if c.last_error_at else None}
                 for name, c in (("database", self.database), ("ingest", self.ingest), ("purge", self.purge))}
        return {"status": self.status, "components": parts}
