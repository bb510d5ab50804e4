"""`postwarden serve --config SERVER.yaml`: the server, and the school's proxy beside it.

The app runs on `listen` (aiohttp's AppRunner and TCPSite, no access log: request paths can
name people). When `proxy.enabled`, `postwarden proxy` runs as a supervised child process
(server/proxy_child.py): restarted with back-off if it exits, stopped with the server.
SIGINT and SIGTERM stop the proxy first, then close the app (its database last).

On start it prints what an IT team needs next: where to point a browser, the proxy and its
PAC file, the CA certificate to install on staff devices, and how to make the first admin.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import socket
import sys
from pathlib import Path
from typing import TextIO

from aiohttp import web

from server import keys
from server.config import ServerConfig, load_server_config
from server.db import DatabaseError

log = logging.getLogger(__name__)

SHUTDOWN_TIMEOUT = 10.0     # seconds open requests get to finish on stop
CA_WAIT = 30.0              # seconds to wait for the proxy to write its CA on first start
_WILDCARD = ("", "0.0.0.0", "::")


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "serve", help="run the postwarden server (and the school's proxy beside it)",
        description="Runs the review server on the config's listen address and, unless "
                    "proxy.enabled is false or --no-proxy is given, the school's proxy as a "
                    "supervised child process.")
    p.add_argument("--config", required=True, type=Path, help="the server config YAML (see demo/server.yaml)")
    p.add_argument("--no-proxy", action="store_true", help="run only the server, not the proxy")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    logging.getLogger("server").setLevel(logging.INFO)
    # The database, spool, tokens and keys hold personal data and secrets: owner-only files.
    os.umask(0o077)
    try:
        config = load_server_config(args.config)
    except (OSError, ValueError) as e:
        print(f"postwarden serve: {e}", file=sys.stderr)
        return 2
    return asyncio.run(serve(config, with_proxy=not args.no_proxy, config_arg=str(args.config)))


async def serve(config: ServerConfig, *, with_proxy: bool = True, config_arg: str = "SERVER.yaml",
                out: TextIO = sys.stdout) -> int:
    from server.app import create_app

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    try:
        app = create_app(config)
    except (OSError, ValueError) as e:
        print(f"postwarden serve: {e}", file=sys.stderr)
        return 2
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=SHUTDOWN_TIMEOUT)
    try:
        await runner.setup()     # opens and migrates the database, loads every school's engine
    except (DatabaseError, OSError, ValueError) as e:
        print(f"postwarden serve: cannot start: {e}", file=sys.stderr)
        return 2
    supervisor = None
    try:
        site = web.TCPSite(runner, config.listen.host or None, config.listen.port)
        try:
            await site.start()
        except OSError as e:
            print(f"postwarden serve: cannot listen on {config.listen.host}:{config.listen.port}: "
                  f"{e.strerror or e}", file=sys.stderr)
            return 2
        port = _bound_port(site) or config.listen.port
        print(f"postwarden: listening on http://{_url_host(config.listen.host)}:{port}/", file=out, flush=True)

        ca_ready = None
        if with_proxy and config.proxy.enabled:
            from server.proxy_child import ProxySupervisor, ensure_proxy_token, proxy_argv
            try:
                token_file = await ensure_proxy_token(app, config)
            except (DatabaseError, OSError) as e:
                print(f"postwarden serve: cannot set up the proxy's token: {e}", file=sys.stderr)
                return 2
            supervisor = ProxySupervisor(proxy_argv(config, _local_url(config.listen.host, port), token_file))
            supervisor.start()
            ca_ready = await supervisor.wait_ready(CA_WAIT, stop)
        await _banner(app, config, port, config_arg, out, proxy=supervisor is not None, ca_ready=ca_ready)

        await stop.wait()
        print("postwarden: stopping", file=out, flush=True)
    finally:
        if supervisor is not None:
            await supervisor.stop()
        await runner.cleanup()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    return 0


def _bound_port(site: web.TCPSite) -> int | None:
    server = site._server   # aiohttp keeps the asyncio server here; the port when listen.port is 0
    sockets = getattr(server, "sockets", None) or ()
    return sockets[0].getsockname()[1] if sockets else None


def _url_host(host: str) -> str:
    if host in _WILDCARD:
        return socket.getfqdn()
    return f"[{host}]" if ":" in host else host


def _local_url(host: str, port: int) -> str:
    """How the proxy on this machine reaches the server: loopback when it listens everywhere."""
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    return f"http://{f'[{host}]' if ':' in host else host}:{port}"


def command_path() -> str:
    """The `postwarden` command as this user would type it from here."""
    exe = Path(sys.executable).with_name("postwarden")
    with contextlib.suppress(ValueError):
        rel = exe.relative_to(Path.cwd())
        return str(rel) if str(rel).startswith(".") else f"./{rel}"
    return str(exe)


async def _banner(app: web.Application, config: ServerConfig, port: int, config_arg: str, out: TextIO,
                  *, proxy: bool, ca_ready: bool | None) -> None:
    base = (config.public_url or f"http://{_url_host(config.listen.host)}:{port}").rstrip("/")
    lines = ["", "postwarden is running. Ctrl-C (or SIGTERM) stops it.",
             f"  Open in a browser:              {base}/",
             f"  API description:                {base}/api/v1/openapi.yaml"]
    names = ", ".join(s.name for s in app[keys.SCHOOLS].values())
    lines.append(f"  Schools:                        {names}")
    db = (f"SQLite {config.sqlite_path}" if config.sqlite_path is not None
          else "PostgreSQL (database.dsn)")
    lines.append(f"  Database:                       {db}")
    if proxy:
        from server.api.pac import proxy_address
        from server.proxy_child import ca_path
        ca = ca_path(config)
        proxy_host = proxy_address(config, _url_host(config.listen.host))
        lines.append(f"  Proxy for {config.proxy_school}:".ljust(34) + proxy_host)
        lines.append(f"  Browsers' proxy auto-config:    {base}/proxy.pac")
        if ca_ready:
            lines.append(f"  CA certificate for staff devices (install as a trusted root): {ca}")
        else:
            lines.append(f"  CA certificate for staff devices: the proxy writes it at {ca} when it first starts")
        lines.append("    (.cer and .p12 copies beside it, for Windows and other installers)")
    else:
        lines.append("  Proxy: not run here (--no-proxy or proxy.enabled: false)")
    if not await _admin_exists(app):
        lines += ["  First admin: there is no admin account yet. Create one with:",
                  f"    {command_path()} user add --config {config_arg} --username admin --role admin --trust"]
    print("\n".join(lines) + "\n", file=out, flush=True)


async def _admin_exists(app: web.Application) -> bool:
    row = await app[keys.DB].fetchrow(
        "SELECT id FROM accounts WHERE role = 'admin' AND disabled_at IS NULL LIMIT 1")
    return row is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="postwarden serve")
    parser.add_argument("--config", required=True, type=Path)
    parser.add_argument("--no-proxy", action="store_true")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
