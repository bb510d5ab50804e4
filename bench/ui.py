"""The review log with a million events: first page and filtered pages, against an empty database.

A database is filled, through the real schema (server/migrations, applied by the server's own
`open_database`), with EVENTS realistic events for one school: 300 members of staff, eight
platforms, a year of activity weighted to the school day, about 12 % flagged (one or two
categories each, warn/block/allow decisions, triage states), 3 % unchecked, bodies shaped like
the ingest API's minimised ones. Rows go in with executemany in large transactions (SQLite)
or COPY (PostgreSQL), which is how a benchmark fills a table, not how ingest does.

Then the real `postwarden serve --no-proxy` runs on it as its own process, a reviewer logs in
over HTTP (POST /api/v1/session), and each request below is timed REPEAT times, sequentially,
on kept-alive connections: p50 and p99, beside the same requests on an empty database.

  log first page        GET /review/events               GET /api/v1/events
  staff+category+dates  ?staff=&category=&from=&to=      (the same on the API)
  decision=block        ?decision=block
  page 2 (cursor)       the `before` cursor of the first page
  platform+triage       ?platform=&triage=new
  block+platform+cat    ?decision=block&platform=&category= (rare: 0.03 % of events)
  deep page (cursor)    a cursor nine months back
  triage queue          GET /review/queue (its page and the count of each state)
  yearly review         GET /review/yearly?format=json (shown for its cost; no target)

The issue's target: each under 300 ms with 1,000,000 events. A benchmark, not a test:
`.venv/bin/python bench/ui.py [--events 1000000] [--repeat 40] [--postgres] [--fresh]`.
The SQLite file is cached under var/bench-ui/ (gitignored), keyed by the event count, so a
second run skips the fill (1-4 minutes on a busy 2-core machine); a migration added since
is applied to it on open, as to any server's database. `--fresh` rebuilds it.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import itertools
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server.accounts import create_account  # noqa: E402
from server.db import open_database, ts  # noqa: E402
from server.event_views import cursor_for  # noqa: E402
from server.events_store import COLUMNS  # noqa: E402
from tests.e2e.serverproc import ServerProcess, free_port, write_config  # noqa: E402

SCHOOL = "hollins-park"
CACHE = ROOT / "var" / "bench-ui"
PASSWORD = "correct horse battery staple"
STAFF = [f"staff.{i:03d}" for i in range(300)]
STAFF_NO = {s: i for i, s in enumerate(STAFF)}
PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "youtube", "whatsapp", "reddit"]
HOSTS = {"x": "x.com", "facebook": "www.facebook.com", "instagram": "www.instagram.com", "tiktok": "www.tiktok.com",
         "linkedin": "www.linkedin.com", "youtube": "www.youtube.com", "whatsapp": "web.whatsapp.com",
         "reddit": "www.reddit.com"}
ACTIONS = ["post", "post", "post", "comment", "message", "upload", "view"]
CATEGORIES = ["directed_time", "pupil_name", "pupil_image", "school_branding", "personal_data", "offensive",
              "solicitation", "pupil_contact", "confidential", "reputation"]
CLAUSES = {c: f"4.{i + 1}" for i, c in enumerate(CATEGORIES)}
TRIAGE_WEIGHTS = (["closed"] * 70 + ["new"] * 15 + ["in_review"] * 10 + ["escalated_dsl"] * 3
                  + ["escalated_hr"] * 2)
NOW = datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)
FILL_CHUNK = 50_000
DEEP = cursor_for({"at": ts(NOW - timedelta(days=270)), "seq": 1 << 40})


def make_rows(n: int, seed: int = 7):
    """EVENTS rows as tuples in COLUMNS order, oldest first (as ingest would have stored them)."""
    rnd = random.Random(seed)
    start = NOW - timedelta(days=365)
    span = 365 * 86400
    # Times first, sorted, so seq follows time as it does in real life.
    offsets = sorted(rnd.random() for _ in range(n))
    busy = [rnd.choice(STAFF[:60]) for _ in range(40)]          # a few heavy users
    for i, frac in enumerate(offsets):
        at = start + timedelta(seconds=frac * span)
        # Weight to the school day: most activity 07:00-18:00 UTC.
        if rnd.random() < 0.8:
            at = at.replace(hour=7 + rnd.randrange(11))
        staff = rnd.choice(busy) if rnd.random() < 0.3 else rnd.choice(STAFF)
        platform = rnd.choice(PLATFORMS)
        action = rnd.choice(ACTIONS)
        r = rnd.random()
        findings: list[dict] = []
        status = "checked"
        decision = "allow"
        if r < 0.03:
            kind = "unchecked"
            status = "unchecked"
        elif r < 0.15:
            kind = "flagged"
            cats = rnd.sample(CATEGORIES, 1 if rnd.random() < 0.8 else 2)
            decision = rnd.choices(["warn", "block", "allow"], [70, 20, 10])[0]
            findings = [{"category": c, "rule": f"{c}.default", "clause": CLAUSES[c], "severity": "medium"}
                        for c in cats]
        else:
            kind = "usage"
        eid = f"bench-{i:08d}"
        digest = hashlib.sha256(eid.encode()).hexdigest()
        excerpt = "Lovely day at the park with the [name] and friends" if kind == "flagged" else None
        content = {"sha256": digest, "length": 40 + i % 200}
        if excerpt:
            content["excerpt"] = excerpt
        body = {"id": eid, "at": at.isoformat(), "logged_at": at.isoformat(), "user": staff, "platform": platform,
                "host": HOSTS[platform], "action": action, "operation": None,
                "account": {"id": str(1000 + STAFF_NO[staff]), "handle": "@" + staff.replace(".", "_")},
                "recipients": [], "media": [], "decision": decision,
                "effect": "blocked" if decision == "block" else "forwarded", "status": status, "reason": None,
                "ack": decision == "warn", "findings": findings, "content": content, "fallback": False,
                "opaque": False, "notes": []}
        keep_days = {"usage": 90, "flagged": 365, "unchecked": 30}[kind]
        triage = rnd.choice(TRIAGE_WEIGHTS) if kind == "flagged" else "none"
        yield (eid, SCHOOL, "proxy:bench", staff, ts(at), ts(at + timedelta(seconds=2)), platform, action,
               decision, body["effect"], status, kind, " ".join(f["category"] for f in findings),
               int(decision == "warn"), digest, excerpt, json.dumps(body, separators=(",", ":")),
               ts(at + timedelta(days=keep_days)), triage)


async def fill_sqlite(path: Path, n: int) -> float:
    """Fill (or reuse) the SQLite database at `path`; seconds spent filling (0 if cached).

    The schema comes from the server's own migrations (open_database); the rows then go in
    on a plain sqlite3 connection without a journal or fsync, in one transaction, with a
    large page cache for the indexes: a benchmark's fill, not ingest. WAL mode is restored
    afterwards, as the server expects."""
    import sqlite3
    db = await open_database("", path)
    try:
        await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                         SCHOOL, "Hollins Park", ts(NOW))
        have = await db.fetchval("SELECT COUNT(*) FROM events")
    finally:
        await db.close()
    if have == n:
        return 0.0
    started = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-1000000")
        conn.execute("BEGIN")
        conn.execute("DELETE FROM events")
        sql = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
        rows = make_rows(n)
        while True:
            batch = list(itertools.islice(rows, FILL_CHUNK))
            if not batch:
                break
            conn.executemany(sql, batch)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    return time.perf_counter() - started


async def fill_postgres(dsn: str, n: int) -> float:
    """Migrate through the server's own open_database, then COPY the rows in."""
    import asyncpg
    db = await open_database(dsn, None)
    await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                     SCHOOL, "Hollins Park", ts(NOW))
    await db.close()
    started = time.perf_counter()
    conn = await asyncpg.connect(dsn)
    try:
        batch: list[tuple] = []
        for row in make_rows(n):
            batch.append(row)
            if len(batch) >= FILL_CHUNK:
                await conn.copy_records_to_table("events", records=batch, columns=list(COLUMNS))
                batch = []
        if batch:
            await conn.copy_records_to_table("events", records=batch, columns=list(COLUMNS))
        await conn.execute("ANALYZE events")
    finally:
        await conn.close()
    return time.perf_counter() - started


async def add_reviewer(dsn: str, sqlite_path: Path | None) -> None:
    db = await open_database(dsn, sqlite_path)
    try:
        await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                         SCHOOL, "Hollins Park", ts(NOW))
        if await db.fetchval("SELECT COUNT(*) FROM accounts WHERE username = 'bench.reviewer'") == 0:
            await create_account(db, "bench.reviewer", "reviewer", school_id=SCHOOL, password=PASSWORD)
    finally:
        await db.close()


def requests_to_time(first_cursor: dict[str, str]) -> list[tuple[str, str]]:
    busy = "staff.010"
    dates = "from=2026-03-01&to=2026-07-31"
    out = []
    for base in ("/review/events", "/api/v1/events"):
        out += [
            (f"first page {base}", base),
            (f"staff+category+dates {base}", f"{base}?staff={busy}&category=pupil_name&{dates}"),
            (f"decision=block {base}", f"{base}?decision=block"),
            (f"platform+triage=new {base}", f"{base}?platform=tiktok&triage=new"),
            (f"block+platform+category {base}", f"{base}?decision=block&platform=reddit&category=offensive"),
        ]
        if first_cursor.get(base):
            out += [(f"page 2 (cursor) {base}", f"{base}?before={first_cursor[base]}"),
                    # a page nine months back: the cursor must seek, not walk the newer rows
                    (f"deep page (cursor) {base}", f"{base}?before={DEEP}")]
    # The triage queue: a keyset page plus one COUNT per state on (school_id, triage, at).
    out.append(("triage queue (new) /review/queue", "/review/queue"))
    # Once a year, not a page people page through: shown for its cost, outside the target.
    out.append(("yearly review JSON (no target) /review/yearly", "/review/yearly?year=2026&format=json"))
    return out


async def measure(url: str, repeat: int) -> dict[str, tuple[float, float, int]]:
    """{name: (p50 ms, p99 ms, rows on the page)} for each request, as a logged-in reviewer."""
    async with aiohttp.ClientSession(url, cookie_jar=aiohttp.CookieJar(unsafe=True)) as s:   # an IP host
        async with s.post("/api/v1/session", json={"username": "bench.reviewer", "password": PASSWORD},
                          headers={"Origin": url}) as r:
            assert r.status == 200, await r.text()
        cursors = {}
        async with s.get("/api/v1/events") as r:
            cursors["/api/v1/events"] = (await r.json()).get("next")
        cursors["/review/events"] = cursors["/api/v1/events"]
        out = {}
        for name, path in requests_to_time(cursors):
            times = []
            rows = 0
            for i in range(repeat + 3):
                t0 = time.perf_counter()
                async with s.get(path, allow_redirects=False) as r:
                    body = await r.read()
                    assert r.status == 200, (path, r.status, body[:300])
                elapsed = (time.perf_counter() - t0) * 1000
                if i >= 3:                  # the first few warm caches
                    times.append(elapsed)
                if path.startswith("/api/"):
                    rows = len(json.loads(body)["events"])
                elif "format=json" in path:
                    rows = 0
                else:
                    rows = body.count(b'<tr class="kind-')
            times.sort()
            out[name] = (statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))], rows)
        return out


async def run_server(folder: Path, dsn: str, repeat: int) -> dict[str, tuple[float, float, int]]:
    port = free_port()
    config = write_config(folder, port=port, dsn=dsn)
    server = ServerProcess(config, port).start()
    try:
        return await measure(server.url, repeat)
    finally:
        server.stop()


def report(title: str, empty: dict, full: dict, n: int) -> None:
    print(f"\n{title}")
    print(f"{'request':52} {'empty p50':>10} {'p99':>8}   {f'{n:,} p50':>12} {'p99':>8}  rows  <300ms")
    for name in full:
        f = full[name]
        ok = "-" if "no target" in name else ("yes" if f[1] < 300 else "NO")
        e = f"{empty[name][0]:10.1f} {empty[name][1]:8.1f}" if name in empty else f"{'-':>10} {'-':>8}"
        print(f"{name:52} {e}   {f[0]:12.1f} {f[1]:8.1f}  {f[2]:4d}  {ok}")


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--postgres", action="store_true", help="also PostgreSQL (durable cluster, COPY fill)")
    ap.add_argument("--fresh", action="store_true", help="rebuild the cached SQLite database")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="postwarden-bench-ui-"))
    try:
        # SQLite: empty, then full (cached).
        empty_db = work / "empty" / "postwarden.db"
        empty_db.parent.mkdir(parents=True)
        await add_reviewer("", empty_db)
        empty = await run_server(work / "empty", f"sqlite:{empty_db}", args.repeat)

        CACHE.mkdir(parents=True, exist_ok=True)
        # Keyed by what fills it; migrations added since are applied to it by open_database.
        cached = CACHE / f"events-{args.events}-v1.db"
        if args.fresh:
            for p in CACHE.glob(f"events-{args.events}-*.db*"):
                p.unlink()
        filled = await fill_sqlite(cached, args.events)
        await add_reviewer("", cached)
        print(f"SQLite: {args.events:,} events " + (f"filled in {filled:.0f} s" if filled else f"(cached: {cached})"))
        full = await run_server(work / "full", f"sqlite:{cached}", args.repeat)
        report(f"SQLite, {args.repeat} sequential requests each (ms)", empty, full, args.events)

        if args.postgres:
            from tests.pgcluster import PgCluster
            pg = PgCluster(durable=True).start()
            try:
                dsn_empty = await pg.new_database()
                await add_reviewer(dsn_empty, None)
                empty_pg = await run_server(work / "pg-empty", dsn_empty, args.repeat)
                dsn = await pg.new_database()
                filled = await fill_postgres(dsn, args.events)
                await add_reviewer(dsn, None)
                print(f"\nPostgreSQL: {args.events:,} events filled in {filled:.0f} s")
                full_pg = await run_server(work / "pg-full", dsn, args.repeat)
                report(f"PostgreSQL, {args.repeat} sequential requests each (ms)", empty_pg, full_pg, args.events)
            finally:
                pg.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
