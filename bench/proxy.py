"""Proxy overhead on loopback: `postwarden proxy` against bare mitmdump, in one run.

(a) non-social HTTPS (`news.example`) through `postwarden proxy` (passed through by the
    addon's TLS scope) vs mitmdump passing all TLS through (`--ignore-hosts '.*'`);
    target: throughput ratio >= 0.97.
(b) social posts (X CreateTweet, inspected and judged, then forwarded) through `postwarden
    proxy` vs mitmdump intercepting with a no-op addon; target: throughput ratio >= 0.90.

Clients keep their connections alive (aiohttp, CONNECT through the proxy). Modes run in
interleaved rounds and each ratio is the median of the per-round ratios, because this kind
of machine swings by tens of percent between runs (shared/reference/performance.md). The
proxies' CPU time per request (from /proc) is printed beside it: when the Python client is
the bottleneck, throughput ratios drift towards 1 and CPU per request is the sharper figure.
Every server is local; every request count is bounded. A benchmark, not a test:
`.venv/bin/python bench/proxy.py [--rounds 10]`.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.e2e.loopback import (Proxy, client_context, common_args, make_pki,  # noqa: E402
                                mitmdump_argv, postwarden_argv, school_config)

NOOP_ADDON = "class Noop:\n    def request(self, flow):\n        pass\n\n\naddons = [Noop()]\n"
POST_URL = "https://x.com/i/api/graphql/q/CreateTweet"
PLAIN_URL = "https://news.example/articles/today"
WORDS = ("our class had a brilliant morning with science experiments then lunch and reading "
         "time was lovely parents evening is next week so please book your slot school fair "
         "tombola cakes weekend walk coffee marking done proud of everyone homework").split()


def cpu_seconds(pid: int) -> float:
    """CPU time of every live thread of `pid`, in nanosecond resolution (`/proc/PID/stat`
    counts 10 ms ticks, too coarse for a few hundred requests)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            pass    # the thread ended meanwhile
    return total / 1e9


def post_bodies(n: int) -> list[bytes]:
    out = []
    for i in range(n):
        words = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(20 + i % 40)]
        out.append(json.dumps({"variables": {"tweet_text": " ".join(words).capitalize() + "."}}).encode())
    return out


@dataclass
class Mode:
    name: str
    proxy: Proxy
    session: object = None
    rps: list[float] = field(default_factory=list)
    cpu_us: list[float] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    errors: int = 0


async def run(mode: Mode, n: int, concurrency: int, method: str, url: str, bodies: list[bytes],
              record: bool = True) -> None:
    import aiohttp
    proxy = f"http://127.0.0.1:{mode.proxy.port}"
    headers = {"content-type": "application/json"} if method == "POST" else {}
    todo = iter(range(n))
    lat: list[float] = []
    errors = 0

    async def worker() -> None:
        nonlocal errors
        for i in todo:
            t = time.perf_counter()
            try:
                async with mode.session.request(method, url, proxy=proxy, headers=headers,
                                                data=bodies[i % len(bodies)] if bodies else None) as r:
                    await r.read()
                    ok = r.status == 200 and "x-postwarden" not in r.headers
            except aiohttp.ClientError:
                ok = False
            lat.append(time.perf_counter() - t)
            errors += not ok

    cpu0, t0 = cpu_seconds(mode.proxy.proc.pid), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall, cpu = time.perf_counter() - t0, cpu_seconds(mode.proxy.proc.pid) - cpu0
    if record:
        mode.rps.append(n / wall)
        mode.cpu_us.append(cpu / n * 1e6)
        mode.latencies.extend(lat)
        mode.errors += errors


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))] * 1000


async def compare(ours: Mode, base: Mode, rounds: int, n: int, concurrency: int, method: str,
                  url: str, bodies: list[bytes]) -> dict:
    for mode in (ours, base):   # warm-up: connections, certificates, caches
        await run(mode, max(concurrency * 4, n // 5), concurrency, method, url, bodies, record=False)
    for r in range(rounds):
        for mode in ((ours, base) if r % 2 == 0 else (base, ours)):
            await run(mode, n, concurrency, method, url, bodies)
    return {
        "rps_ratio": statistics.median(a / b for a, b in zip(ours.rps, base.rps)),
        "cpu_ratio": statistics.median(a / b for a, b in zip(ours.cpu_us, base.cpu_us)),
    }


def row(mode: Mode) -> str:
    return (f"| {mode.name} | {statistics.median(mode.rps):,.0f} | {min(mode.rps):,.0f}–{max(mode.rps):,.0f} "
            f"| {pct(mode.latencies, 0.50):.2f} | {pct(mode.latencies, 0.99):.2f} "
            f"| {statistics.median(mode.cpu_us):,.0f} | {mode.errors} |")


def start_upstream(pki, cpu: int | None) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen([sys.executable, __file__, "--serve-upstream", str(pki.cert), str(pki.key)],
                            stdout=subprocess.PIPE, text=True,
                            preexec_fn=(lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("port "):
        proc.kill()
        raise RuntimeError(f"upstream did not start: {line!r}")
    return proc, int(line.split()[1])


def serve_upstream(cert: str, key: str) -> None:
    from aiohttp import web

    async def answer(request: web.Request) -> web.Response:
        await request.read()
        return web.json_response({"ok": True})

    async def main() -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", answer)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=ctx)
        await site.start()
        print("port", site._server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


async def bench(args: argparse.Namespace, work: Path) -> None:
    import aiohttp
    pin = len(os.sched_getaffinity(0)) >= 2 and not args.no_pin
    proxy_cpu, other_cpu = (0, 1) if pin else (None, None)
    if pin:
        os.sched_setaffinity(0, {other_cpu})    # client and upstream on one core, proxies on the other
    pki = make_pki(work / "pki")
    upstream, port = start_upstream(pki, other_cpu)
    procs: list[Proxy] = []
    try:
        common = common_args(work / "conf", pki, port)
        (work / "noop.py").write_text(NOOP_ADDON)
        config = school_config(work)

        def start(name: str, argv: list[str]) -> Mode:
            p = Proxy(argv, cwd=work, pin_cpu=proxy_cpu)
            procs.append(p)
            return Mode(name, p)

        pw = start("postwarden proxy", postwarden_argv(config, work / "data", common, *args.pw_arg))
        passthrough = start("mitmdump --ignore-hosts '.*'", mitmdump_argv(common, "--ignore-hosts", ".*"))
        noop = start("mitmdump + no-op addon", mitmdump_argv(common, "-s", str(work / "noop.py")))
        ctx = client_context(work / "conf" / "mitmproxy-ca-cert.pem", pki.ca)
        pw_posts = Mode("postwarden proxy", pw.proxy)
        for mode in (pw, passthrough, noop, pw_posts):
            mode.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(
                ssl=ctx, limit=args.concurrency, force_close=False))
        try:
            print(f"# bench/proxy.py: {args.rounds} interleaved rounds, concurrency {args.concurrency}, "
                  f"keep-alive; proxies pinned to CPU {proxy_cpu}, client+upstream to CPU {other_cpu}"
                  if pin else "# bench/proxy.py: not pinned", flush=True)
            a = b = None
            if args.only in (None, "a"):
                a = await compare(pw, passthrough, args.rounds, args.n_plain, args.concurrency, "GET",
                                  PLAIN_URL, [])
            if args.only in (None, "b"):
                b = await compare(pw_posts, noop, args.rounds, args.n_posts, args.concurrency, "POST",
                                  POST_URL, post_bodies(args.n_posts))
        finally:
            for mode in (pw, passthrough, noop, pw_posts):
                await mode.session.close()
        if args.pw_arg:
            print(f"\npostwarden proxy extra arguments: {' '.join(args.pw_arg)}")
    finally:
        for p in procs:
            p.stop()
        upstream.terminate()
        upstream.wait(20)
    head = "| mode | req/s median | req/s min–max | p50 ms | p99 ms | proxy CPU µs/req | errors |"
    sep = "|---|---|---|---|---|---|---|"
    if a is not None:
        print(f"\n(a) non-social HTTPS GET {PLAIN_URL}, {args.rounds}×{args.n_plain} requests per mode\n")
        print(head, sep, row(pw), row(passthrough), sep="\n")
        print(f"\nthroughput ratio {a['rps_ratio']:.3f} (target >= 0.97: "
              f"{'met' if a['rps_ratio'] >= 0.97 else 'NOT met'}); proxy CPU/req ratio {a['cpu_ratio']:.3f}")
    if b is not None:
        print(f"\n(b) social posts POST {POST_URL} (inspected, allowed, forwarded), "
              f"{args.rounds}×{args.n_posts} per mode\n")
        print(head, sep, row(pw_posts), row(noop), sep="\n")
        print(f"\nthroughput ratio {b['rps_ratio']:.3f} (target >= 0.90: "
              f"{'met' if b['rps_ratio'] >= 0.90 else 'NOT met'}); proxy CPU/req ratio {b['cpu_ratio']:.3f}")


def main() -> None:
    if sys.argv[1:2] == ["--serve-upstream"]:
        serve_upstream(sys.argv[2], sys.argv[3])
        return
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=10)
    p.add_argument("--n-plain", type=int, default=500, help="non-social requests per mode per round")
    p.add_argument("--n-posts", type=int, default=200, help="posts per mode per round")
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--only", choices=("a", "b"), help="run one comparison only")
    p.add_argument("--pw-arg", action="append", default=[],
                   help="an extra mitmdump argument for postwarden proxy (repeat for each word)")
    p.add_argument("--no-pin", action="store_true", help="do not pin proxies and client to separate CPUs")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="postwarden-bench-") as work:
        asyncio.run(bench(args, Path(work)))


if __name__ == "__main__":
    main()
