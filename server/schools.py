"""The schools this server serves, each with its policy engine loaded from its school config.

The engine is the same one `postwarden check` and the proxy use (policies.engine.Engine),
built once at start-up, so the check API gives the CLI's verdict.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from policies.engine import Engine
from server import school_data
from server.config import ServerConfig
from server.db import Database, now_ts


@dataclass
class SchoolRuntime:
    id: str
    name: str
    config_path: Path
    engine: Engine


class Schools(dict[str, SchoolRuntime]):
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
        """Make sure every school has its row (events and accounts refer to it)."""
        for s in self.values():
            await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (id) DO NOTHING", s.id, s.name, now_ts())
            await db.execute("UPDATE schools SET name = ? WHERE id = ?", s.name, s.id)
        for s in list(self.values()):
            if await school_data.has_edits(db, s.id):
                await self.reload(db, s.id)

    async def reload(self, db: Database, school_id: str) -> Engine:
        """Rebuild one school's engine from its config file plus the edits admins stored in the
        database (server/school_data.py); called at start and after each saved change. Raises
        school_data.EditError, leaving the engine in force, if the result would not load."""
        runtime = self[school_id]
        engine = await school_data.engine_for(db, school_id, runtime.config_path)
        runtime.engine = engine
        return engine
