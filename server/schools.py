"""The schools this server serves, each with its policy engine loaded from its school config.

The engine is the same one `postwarden check` and the proxy use (policies.engine.Engine),
built at start-up from the school's config file plus the edits admins stored in the
database, so the check API gives the CLI's verdict for the school as edited.

A trust runs several servers on one database, and an admin's edit is saved through one of
them. Each edit raises the school's `edits_version` in the same transaction (see
server/ui/admin.py); every server remembers the version its engine was built from and, at
most every CHECK_EVERY, on a request, reads the versions (one small query) and rebuilds the
engine of any school whose version moved (`refresh`, called by server/school_sync.py).
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from policies.engine import Engine
from server import school_data
from server.config import ServerConfig
from server.db import Database, DatabaseError, now_ts

log = logging.getLogger(__name__)

#: How stale another server's edit may be here: at most this long after it was saved, the
#: next request notices it and rebuilds the school's engine.
CHECK_EVERY = timedelta(seconds=5)


@dataclass
class SchoolRuntime:
    id: str
    name: str
    config_path: Path
    engine: Engine
    #: The school's `edits_version` the engine was built from.
    version: int = 0


class Schools(dict[str, SchoolRuntime]):
    checked_at: datetime | None = None
    _refreshing: asyncio.Lock | None = None

    @classmethod
    def load(cls, config: ServerConfig) -> Schools:
        out = cls()
        for entry in config.schools:
            path = config.school_config(entry.id)
            engine = Engine.from_config(path)
            out[entry.id] = SchoolRuntime(entry.id, entry.name or engine.school.config.school.name,
                                          path, engine)
        return out

    async def register(self, db: Database) -> None:
        """Make sure every school has its row (events and accounts refer to it), and put the
        stored edits in force."""
        for s in self.values():
            await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (id) DO NOTHING", s.id, s.name, now_ts())
            await db.execute("UPDATE schools SET name = ? WHERE id = ?", s.name, s.id)
        stored = await school_data.versions(db)
        for s in list(self.values()):
            if await school_data.has_edits(db, s.id):
                await self.reload(db, s.id)
            else:
                s.version = stored.get(s.id, 0)

    async def reload(self, db: Database, school_id: str) -> Engine:
        """Rebuild one school's engine from its config file plus the edits admins stored in the
        database (server/school_data.py); called at start, when another server's edit is
        noticed, and when an edit here raced one made elsewhere. Raises school_data.EditError,
        leaving the engine in force, if the result would not load."""
        runtime = self[school_id]
        # The version is read first: an edit committed while the engine is built is then at
        # worst built twice, never missed.
        version = (await school_data.versions(db)).get(school_id, 0)
        engine = await school_data.engine_for(db, school_id, runtime.config_path)
        runtime.engine, runtime.version = engine, version
        return engine

    def due(self, now: datetime) -> bool:
        """Whether the versions should be read again (a clock set back counts as due)."""
        return self.checked_at is None or not (self.checked_at <= now < self.checked_at + CHECK_EVERY)

    async def refresh(self, db: Database, now: datetime) -> list[str]:
        """Rebuild the engines of the schools another server has edited since ours were built,
        at most once every CHECK_EVERY; returns their ids. A request that finds a refresh
        already under way goes on with the engines in force rather than wait for it. Failures
        are logged and leave the engine in force: a database that cannot be read now, or an
        edit that does not load on this server (its school config file differs), never fails
        the request that noticed it."""
        if self._refreshing is None:
            self._refreshing = asyncio.Lock()
        if not self.due(now) or self._refreshing.locked():
            return []
        async with self._refreshing:
            self.checked_at = now
            try:
                stored = await school_data.versions(db)
            except DatabaseError as e:
                log.warning("cannot read the schools' edit versions (%s); engines unchanged", e)
                return []
            rebuilt = []
            for school_id, runtime in self.items():
                version = stored.get(school_id, 0)
                if version == runtime.version:
                    continue
                try:
                    await self.reload(db, school_id)
                except school_data.EditError as e:
                    runtime.version = version      # not retried until the next edit or a restart
                    log.error("school %s: the edits saved on another server do not load here, so the "
                              "engine in force is unchanged: %s", school_id, "; ".join(e.problems))
                    continue
                except DatabaseError as e:
                    log.warning("school %s: cannot reload its edits (%s); engine unchanged", school_id, e)
                    continue
                log.info("school %s: engine rebuilt with edits saved on another server (version %d)",
                         school_id, runtime.version)
                rebuilt.append(school_id)
            return rebuilt
