"""`postwarden user ...` and `postwarden token ...` against the database a running app uses,
on SQLite and PostgreSQL: what the CLI creates works at the API at once.

The CLI runs in a worker thread (it has its own event loop) or, once, as a real process
reading its password from standard input. Password prompts are answered by replacing
getpass, the terminal the CLI would otherwise read.
"""
from __future__ import annotations

import asyncio
import getpass
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from server import keys
from server.cli import main
from server.config import ServerConfig
from server.token_cache import TTL as TOKEN_CACHE_TTL
from tests.conftest import ROOT
from tests.server.helpers import PASSWORD, login

SESSION = "/api/v1/session"


def write_config(config: ServerConfig, folder: Path) -> Path:
    """The test's server config as a YAML file the CLI can be given."""
    data = config.model_dump(mode="json", exclude={"base_dir"})
    data["data_dir"] = str(config.data_path)
    data["schools"] = [{"id": s.id, "config": str(config.school_config(s.id))} for s in config.schools]
    path = folder / "server.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.fixture
def config_file(server_config, tmp_path) -> Path:
    return write_config(server_config, tmp_path)


@pytest.fixture
def prompts(monkeypatch):
    """Answers for getpass, in order; records the prompts shown."""
    answers: list[str] = []
    shown: list[str] = []

    def fake_getpass(prompt: str = "Password: ") -> str:
        shown.append(prompt)
        return answers.pop(0)
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    return answers


async def cli(*argv: str, capsys=None) -> tuple[int, str, str]:
    code = await asyncio.to_thread(main, list(argv))
    out, err = capsys.readouterr() if capsys is not None else ("", "")
    return code, out, err


async def test_cli_creates_an_admin_who_can_log_in(client, config_file, prompts, capsys):
    prompts += [PASSWORD, PASSWORD]
    code, out, err = await cli("user", "add", "--config", str(config_file), "--username", "Head.Teacher",
                               "--role", "admin", "--school", "hollins-park", capsys=capsys)
    assert code == 0, err
    assert "created admin account 'head.teacher'" in out
    resp = await client.post(SESSION, json={"username": "head.teacher", "password": PASSWORD})
    assert resp.status == 200
    body = await resp.json()
    assert body["account"]["role"] == "admin" and body["account"]["school_id"] == "hollins-park"
    row = await client.app[keys.DB].fetchrow("SELECT actor, action, school_id, target FROM audit_log "
                                             "WHERE action = 'account.create'")
    assert row["actor"] == f"cli:{getpass.getuser()}"
    assert row["target"] == f"account:{body['account']['id']}" and row["school_id"] == "hollins-park"


async def test_cli_trust_wide_staff_ref_and_listing(client, config_file, prompts, capsys):
    prompts += [PASSWORD, PASSWORD, PASSWORD, PASSWORD]
    assert (await cli("user", "add", "--config", str(config_file), "--username", "dsl", "--role", "reviewer",
                      "--trust", capsys=capsys))[0] == 0
    assert (await cli("user", "add", "--config", str(config_file), "--username", "c.teacher", "--role", "staff",
                      "--school", "hollins-park", "--staff-ref", "c.teacher", capsys=capsys))[0] == 0
    code, out, _ = await cli("user", "list", "--config", str(config_file), "--json", capsys=capsys)
    assert code == 0
    rows = {r["username"]: r for r in json.loads(out)}
    assert rows["dsl"]["school_id"] is None and rows["dsl"]["role"] == "reviewer"
    assert rows["c.teacher"]["staff_ref"] == "c.teacher"
    assert all("password_hash" not in r for r in rows.values())
    code, out, _ = await cli("user", "list", "--config", str(config_file), capsys=capsys)
    assert "(trust)" in out and "c.teacher" in out


async def test_cli_password_from_stdin_in_a_real_process(client, config_file):
    proc = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "server.cli", "user", "add", "--config", str(config_file), "--username", "it.lead",
         "--role", "reviewer", "--school", "hollins-park", "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    await login(client, "it.lead")


@pytest.mark.parametrize("argv, answers, message", [
    (["--role", "admin", "--school", "hollins-park"], [PASSWORD, PASSWORD + "x"], "the two passwords differ"),
    (["--role", "admin", "--school", "hollins-park"], ["short", "short"], "at least 12 characters"),
    (["--role", "admin", "--school", "no-such-school"], [], "not one of this server's schools"),
    (["--role", "staff", "--school", "hollins-park"], [], "need --staff-ref"),
])
async def test_cli_refuses_bad_accounts(client, config_file, prompts, capsys, argv, answers, message):
    prompts += answers
    code, _, err = await cli("user", "add", "--config", str(config_file), "--username", "x", *argv, capsys=capsys)
    assert code == 1
    assert message in err
    assert await client.app[keys.DB].fetchval("SELECT COUNT(*) FROM accounts") == 0


async def test_cli_refuses_a_duplicate_username(client, config_file, prompts, capsys):
    prompts += [PASSWORD] * 4
    args = ("user", "add", "--config", str(config_file), "--username", "alice", "--role", "admin", "--trust")
    assert (await cli(*args, capsys=capsys))[0] == 0
    code, _, err = await cli(*args, capsys=capsys)
    assert code == 1 and "already an account called 'alice'" in err


async def test_cli_disable_logs_the_account_out(client, config_file, prompts, capsys):
    prompts += [PASSWORD, PASSWORD]
    await cli("user", "add", "--config", str(config_file), "--username", "alice", "--role", "admin", "--trust",
              capsys=capsys)
    await login(client, "alice")
    assert (await client.get(SESSION)).status == 200
    code, out, _ = await cli("user", "disable", "--config", str(config_file), "--username", "alice", capsys=capsys)
    assert code == 0 and "disabled 'alice'" in out
    assert (await client.get(SESSION)).status == 401
    assert (await client.post(SESSION, json={"username": "alice", "password": PASSWORD})).status == 401
    assert await client.app[keys.DB].fetchval(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'account.disable'") == 1
    code, _, err = await cli("user", "disable", "--config", str(config_file), "--username", "nobody", capsys=capsys)
    assert code == 1 and "no account is called 'nobody'" in err


async def test_cli_password_change_ends_sessions(client, config_file, prompts, capsys):
    new = "a different long passphrase"
    prompts += [PASSWORD, PASSWORD, new, new]
    await cli("user", "add", "--config", str(config_file), "--username", "alice", "--role", "admin", "--trust",
              capsys=capsys)
    await login(client, "alice")
    code, _, err = await cli("user", "password", "--config", str(config_file), "--username", "alice", capsys=capsys)
    assert code == 0, err
    assert (await client.get(SESSION)).status == 401
    await login(client, "alice", new)


async def test_cli_token_add_prints_a_working_token_once(client, clock, config_file, capsys):
    code, out, err = await cli("token", "add", "--config", str(config_file), "--school", "hollins-park",
                               "--kind", "proxy", "--name", "main site", capsys=capsys)
    assert code == 0
    token = out.strip()
    assert token.startswith("pwt_") and "\n" not in token
    assert "shown only this once" in err
    db = client.app[keys.DB]
    assert token not in json.dumps(await db.fetch("SELECT * FROM tokens"))
    # Recognised (a token is not a person: 403), where a wrong one is nobody (401).
    assert (await client.get(SESSION, headers={"Authorization": f"Bearer {token}"})).status == 403
    assert (await client.get(SESSION, headers={"Authorization": "Bearer pwt_wrong"})).status == 401
    assert await db.fetchval("SELECT COUNT(*) FROM audit_log WHERE action = 'token.create'") == 1

    token_id = await db.fetchval("SELECT id FROM tokens")
    code, out, _ = await cli("token", "list", "--config", str(config_file), capsys=capsys)
    assert "main site" in out and token not in out
    code, _, _ = await cli("token", "disable", "--config", str(config_file), "--id", str(token_id), capsys=capsys)
    assert code == 0
    # The running server is not told: it stops honouring the token when its cached lookup expires.
    clock.advance(seconds=TOKEN_CACHE_TTL.total_seconds())
    assert (await client.get(SESSION, headers={"Authorization": f"Bearer {token}"})).status == 401


async def test_cli_bad_config_file(tmp_path, capsys):
    missing = tmp_path / "nope.yaml"
    code, _, err = await cli("user", "list", "--config", str(missing), capsys=capsys)
    assert code == 2 and "nope.yaml" in err
