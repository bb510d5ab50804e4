"""The addon's CPU per inspected post, in process: mitmproxy's hooks without the network.

bench/proxy.py (b) measures whole proxies, where TLS, HTTP parsing and the event loop
(about 2 ms a request) surround our part and two noisy cores blur it. This drives the same
X CreateTweet posts through mitmproxy's own `AddonManager` in one process, with the addons
`mitmdump` loads (defaults, `flow_detail=0`, `-s` scripts), and the hook sequence its HTTP
layer runs for a request with a body: `requestheaders`, `request`, `responseheaders`,
`response`, each followed by `update` (`AddonManager.handle_lifecycle`). It counts CPU
(`time.process_time`, every thread: the spool's writer too), not wall time, in interleaved
rounds, for

- `noop`: mitmdump with a no-op script (bench/proxy.py's baseline),
- `postwarden`: mitmdump with `addon/script.py` and the demo school, as `postwarden proxy`,
- `no-engine`: the same with an engine that allows everything at once, so what is left over
  `noop` is the addon's own CPU per post (inspection, events, spool, dispatch).

Each figure is the median over rounds of CPU µs per post; ratios are against `noop` in the
same run; "other threads" is the part outside the event loop (the spool's writer).
`--profile` adds a cProfile of each mode: time by area (the engine, the spool, events, the
rest of the addon, mitmproxy; stdlib and builtins counted for whichever of those called
them), the functions that cost most over `noop`, and our hooks' cumulative times, so it
shows where the non-engine time goes. On a machine as noisy as this kind, CPU time still
swings by tens of percent between runs: `--count MODE` runs one mode silently for
`valgrind --tool=callgrind`, whose instruction counts repeat exactly (see `count`).
Not the whole proxy: only what the hooks cost. A benchmark, not a test:
`.venv/bin/python bench/addon_hooks.py [--rounds 7] [--posts 400] [--profile]`.
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import logging
import pstats
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mitmproxy import ctx, hooks, http, options  # noqa: E402
from mitmproxy.proxy import mode_specs  # noqa: E402
from mitmproxy.proxy.layers.http import (HttpRequestHeadersHook, HttpRequestHook,  # noqa: E402
                                         HttpResponseHeadersHook, HttpResponseHook)
from mitmproxy.test import tflow  # noqa: E402
from mitmproxy.tools.dump import DumpMaster  # noqa: E402

from bench.proxy import NOOP_ADDON, POST_URL, post_bodies  # noqa: E402
from tests.e2e.loopback import school_config  # noqa: E402

SCRIPT = ROOT / "addon" / "script.py"
#: What aiohttp (bench/proxy.py's client) sends with a post.
CLIENT_HEADERS = {"host": "x.com", "accept": "*/*", "accept-encoding": "gzip, deflate",
                  "user-agent": "Python/3.13 aiohttp/3", "content-type": "application/json"}
ANSWER = json.dumps({"ok": True}).encode()


#: `addon/script.py` with an engine that allows every post at once: what is left over
#: `noop` is the addon's own cost (and the real engine is never loaded).
NO_ENGINE_SCRIPT = """from policies.model import Decision, Verdict

from addon.warden import Postwarden


class AllowAll:
    def check(self, post):
        return Verdict(Decision.ALLOW)


warden = Postwarden()
warden.engine_factory = lambda path: AllowAll()
addons = [warden]
"""


class Mode:
    def __init__(self, name: str, master: DumpMaster):
        self.name = name
        self.master = master
        self.cpu_us: list[float] = []
        self.other_us: list[float] = []   # CPU of threads other than the event loop's

    def activate(self) -> None:
        # mitmproxy keeps one master per process in `ctx`; the modes take turns.
        ctx.master, ctx.options = self.master, self.master.options


async def make_master(work: Path, name: str, script: Path, config: Path | None,
                      confdir: Path | None = None) -> Mode:
    opts = options.Options()
    # mitmdump's addons; its termlog only prints log records, and these hooks log nothing.
    master = DumpMaster(opts, with_termlog=False, with_dumper=True)
    # Every addon configured once with all options, as mitmdump does at start (tlsconfig
    # makes its CA in confdir then).
    opts.update(confdir=str(confdir or work / "conf"), flow_detail=0)
    quiet = logging.getLogger("mitmproxy")   # tlsconfig warns of TLS versions OpenSSL lacks
    level, quiet.level = quiet.level, logging.CRITICAL
    try:
        master.addons.trigger(hooks.ConfigureHook(set(opts.keys())))
    finally:
        quiet.level = level
    sets = {"flow_detail": 0, "scripts": [str(script)]}
    if config is not None:
        sets["postwarden_config"] = str(config)
        sets["postwarden_data_dir"] = str(work / f"data-{name}")
    opts.update_defer(**{k: v for k, v in sets.items() if k != "scripts"})
    opts.update(scripts=[str(script)])
    for _ in range(100):   # mitmproxy loads scripts from a task, on the next loop turn
        await asyncio.sleep(0.01)
        if all(s.ns is not None for s in master.addons.get("scriptloader").addons):
            break
    if config is not None:
        warden = master.addons.get("postwarden")
        if warden is None or warden.pipeline is None:
            raise RuntimeError(f"{name}: the postwarden addon did not load")
    return Mode(name, master)


def make_flows(bodies: list[bytes]) -> list[http.HTTPFlow]:
    """Fresh flows as mitmproxy's HTTP layer has them at `requestheaders`: headers, no body."""
    flows = []
    for body in bodies:
        f = tflow.tflow()
        f.request = http.Request.make("POST", POST_URL, b"", CLIENT_HEADERS)
        f.request.headers["content-length"] = str(len(body))
        f.request.data.content = None
        f.request.timestamp_start = time.time()
        f.client_conn.proxy_mode = mode_specs.ProxyMode.parse("regular")
        f.metadata["bench_body"] = body
        flows.append(f)
    return flows


async def drive(mode: Mode, flows: list[http.HTTPFlow]) -> None:
    addons = mode.master.addons
    for f in flows:
        await addons.handle_lifecycle(HttpRequestHeadersHook(f))
        f.request.data.content = f.metadata.pop("bench_body")
        await addons.handle_lifecycle(HttpRequestHook(f))
        f.response = http.Response.make(200, b"", {"content-type": "application/json",
                                                   "content-length": str(len(ANSWER))})
        f.response.data.content = None
        await addons.handle_lifecycle(HttpResponseHeadersHook(f))
        f.response.data.content = ANSWER
        await addons.handle_lifecycle(HttpResponseHook(f))


async def measure(mode: Mode, bodies: list[bytes]) -> float:
    """CPU µs per post for one round (the spool's writer thread included: it is flushed)."""
    mode.activate()
    flows = make_flows(bodies)
    gc.collect()
    t0 = time.process_time()
    m0 = time.thread_time()
    await drive(mode, flows)
    loop_cpu = time.thread_time() - m0
    flush(mode)
    total = time.process_time() - t0
    mode.other_us.append((total - loop_cpu) / len(bodies) * 1e6)
    return total / len(bodies) * 1e6


def flush(mode: Mode) -> None:
    warden = mode.master.addons.get("postwarden")
    if warden is not None and warden.spool is not None:
        warden.spool.flush()


# -- profile -----------------------------------------------------------------------------

AREAS = (("policies/", "engine (policies/)"), ("addon/spool.py", "spool"), ("addon/events.py", "event"),
         ("addon/", "addon (other)"), ("mitmproxy/", "mitmproxy"))


def area(func: tuple) -> str | None:
    filename = func[0].replace("\\", "/")
    if "/site-packages/" not in filename:
        for key, name in AREAS[:4]:
            if f"/{key}" in filename or filename.startswith(key):
                return name
    if "/mitmproxy/" in filename and "/site-packages/" in filename:
        return "mitmproxy"
    return None


def by_area(stats: pstats.Stats) -> dict[str, float]:
    """Self time by area; a function of no area (stdlib, builtins, other packages) counts
    for its callers, in proportion to the time each caller spent in it."""
    raw = stats.stats   # func -> (cc, nc, tt, ct, callers{caller: (cc, nc, tt, ct)})
    memo: dict[tuple, dict[str, float]] = {}

    def shares(func: tuple, seen: frozenset) -> dict[str, float]:
        if (a := area(func)) is not None:
            return {a: 1.0}
        if func in memo:
            return memo[func]
        callers = raw[func][4] if func in raw else {}
        total = sum(v[3] for c, v in callers.items() if c not in seen) or 0.0
        out: dict[str, float] = defaultdict(float)
        if not total:
            out["other (event loop, no caller)"] = 1.0
        else:
            for caller, v in callers.items():
                if caller in seen:
                    continue
                for name, share in shares(caller, seen | {func}).items():
                    out[name] += share * v[3] / total
        memo[func] = dict(out)
        return memo[func]

    result: dict[str, float] = defaultdict(float)
    for func, (_, _, tt, _, _) in raw.items():
        for name, share in shares(func, frozenset()).items():
            result[name] += tt * share
    return result


async def profile(modes: list[Mode], bodies: list[bytes], top: int) -> None:
    n = len(bodies)
    stats: dict[str, pstats.Stats] = {}
    # cProfile (Python 3.12+) sees every thread, on one wall clock. A long switch interval
    # keeps the spool's writer from taking the GIL mid-hook, so a hook's figures are its
    # own; the writer then runs in the flush, where its functions are counted as "spool".
    interval = sys.getswitchinterval()
    sys.setswitchinterval(30)
    try:
        for mode in modes:
            mode.activate()
            flows = make_flows(bodies)
            gc.collect()
            prof = cProfile.Profile()
            prof.enable()
            await drive(mode, flows)
            flush(mode)
            prof.disable()
            stats[mode.name] = pstats.Stats(prof)
    finally:
        sys.setswitchinterval(interval)
    base = stats[modes[0].name]
    print("\n## cProfile (wall time, spool writer included; the profiler inflates many small "
          "calls most, so mitmproxy's dispatch looks bigger than it is), µs per post\n")
    names = [m.name for m in modes]
    print("| area | " + " | ".join(names) + " |\n|---|" + "---|" * len(names))
    areas = {m: by_area(st) for m, st in stats.items()}
    for a in sorted({k for v in areas.values() for k in v}, key=lambda k: -areas[names[1]].get(k, 0)):
        print(f"| {a} | " + " | ".join(f"{areas[m].get(a, 0) / n * 1e6:,.1f}" for m in names) + " |")
    print("| total | " + " | ".join(f"{sum(areas[m].values()) / n * 1e6:,.1f}" for m in names) + " |")
    for mode in modes[1:]:
        st = stats[mode.name].stats
        print(f"\n`{mode.name}`: top {top} functions by self time over `noop` (µs/post, calls/post "
              f"over noop):\n")
        rows = []
        for func, (cc, nc, tt, ct, _) in st.items():
            b = base.stats.get(func, (0, 0, 0.0, 0.0, {}))
            rows.append((tt - b[2], (nc - b[1]) / n, func))
        for dt, calls, (file, line, fn) in sorted(rows, key=lambda r: -r[0])[:top]:
            short = file.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
            print(f"  {dt / n * 1e6:8.1f} {calls:6.1f}  {short}:{line} {fn}")
        print("\ncumulative time of our hooks and their parts (µs/post):\n")
        for (file, line, fn), (cc, nc, tt, ct, _) in sorted(st.items(), key=lambda kv: -kv[1][3]):
            if ("/addon/" in file or "policies/engine" in file) and ct / n * 1e6 >= 5:
                short = file.replace(str(ROOT) + "/", "")
                print(f"  {ct / n * 1e6:8.1f}  {short}:{line} {fn} ({nc / n:.1f} calls/post)")


async def count(work: Path, name: str, script: Path, config: Path | None, bodies: list[bytes],
                confdir: Path | None) -> None:
    """One mode's hooks for `bodies`, after a warm-up, and nothing else: run under
    `valgrind --tool=callgrind` twice with different --posts, the difference in
    instructions over the difference in posts is the mode's instructions per post,
    the same on every run whatever else the machine does. Give both runs the same
    `confdir`: making mitmproxy's CA (random primes) costs more instructions than
    hundreds of posts, and a different number each time."""
    mode = await make_master(work, name, script, config, confdir)
    try:
        await measure(mode, post_bodies(50))
        await measure(mode, bodies)
    finally:
        mode.master.addons.trigger(hooks.DoneHook())


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="postwarden-hooks-") as tmp:
        work = Path(tmp)
        noop_script, no_engine_script = work / "noop.py", work / "no_engine.py"
        noop_script.write_text(NOOP_ADDON)
        no_engine_script.write_text(NO_ENGINE_SCRIPT)
        config = school_config(work)
        specs = {"noop": (noop_script, None), "postwarden": (SCRIPT, config),
                 "no-engine": (no_engine_script, config)}
        if args.count:
            await count(work, args.count, *specs[args.count], post_bodies(args.posts), args.confdir)
            return
        modes = [await make_master(work, name, *spec) for name, spec in specs.items()]
        bodies = post_bodies(args.posts)
        try:
            for mode in modes:   # warm-up: caches, first-use imports
                await measure(mode, bodies[: max(50, args.posts // 4)])
            for r in range(args.rounds):
                for mode in (modes if r % 2 == 0 else modes[::-1]):
                    mode.cpu_us.append(await measure(mode, bodies))
            base = modes[0].cpu_us
            print(f"# bench/addon_hooks.py: {args.rounds} interleaved rounds × {args.posts} X posts, "
                  f"hook CPU per post (process_time, all threads)\n")
            print("| mode | CPU µs/post median | min–max | ratio to noop | over noop µs "
                  "| other threads µs |")
            print("|---|---|---|---|---|---|")
            for mode in modes:
                med = statistics.median(mode.cpu_us)
                ratio = statistics.median(a / b for a, b in zip(mode.cpu_us, base))
                over = statistics.median(a - b for a, b in zip(mode.cpu_us, base))
                print(f"| {mode.name} | {med:,.1f} | {min(mode.cpu_us):,.1f}–{max(mode.cpu_us):,.1f} "
                      f"| {ratio:.2f} | {over:,.1f} | {statistics.median(mode.other_us):,.1f} |")
            engine = statistics.median(a - b for a, b in zip(modes[1].cpu_us, modes[2].cpu_us))
            print(f"\nengine share (postwarden - no-engine): {engine:,.1f} µs/post")
            if args.profile:
                await profile(modes, bodies, args.top)
        finally:
            for mode in modes:
                mode.activate()
                mode.master.addons.trigger(hooks.DoneHook())


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--posts", type=int, default=400, help="posts per mode per round")
    p.add_argument("--profile", action="store_true", help="also profile where the time goes")
    p.add_argument("--top", type=int, default=25, help="functions listed by --profile")
    p.add_argument("--count", choices=("noop", "postwarden", "no-engine"),
                   help="run one mode once, silently, for an instruction count (see `count`)")
    p.add_argument("--confdir", type=Path,
                   help="mitmproxy's confdir (its CA) to keep between --count runs; default: a new one")
    asyncio.run(main(p.parse_args()))
