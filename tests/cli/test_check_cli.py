"""`postwarden check` as the contract says: JSON Lines in and out, per-line errors, exit status."""
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import DEMO_CONFIG, ROOT


def run_check(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "server.cli", "check", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


def post(text: str, **extra) -> str:
    return json.dumps({"platform": "x", "action": "post", "account": {"handle": "@t"},
                       "user": "c.teacher", "at": "2026-11-21T19:00:00+00:00", "text": text,
                       **extra}) + "\n"


def test_one_verdict_per_line_in_order_from_stdin():
    proc = run_check("--config", str(DEMO_CONFIG),
                     stdin=post("Lovely walk") + post("amelie dubois was a star in my class"))
    assert proc.returncode == 0, proc.stderr
    verdicts = [json.loads(l) for l in proc.stdout.splitlines()]
    assert [v["decision"] for v in verdicts] == ["allow", "warn"]
    finding = verdicts[1]["findings"][0]
    assert {"category", "rule", "severity", "clause", "message", "evidence"} <= finding.keys()


def test_bad_lines_get_an_error_and_the_rest_go_on():
    lines = post("fine") + "{not json\n" + json.dumps({"platform": "x"}) + "\n" + post("also fine")
    proc = run_check("--config", str(DEMO_CONFIG), stdin=lines)
    assert proc.returncode == 1
    out = [json.loads(l) for l in proc.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["decision"] == "allow" and out[3]["decision"] == "allow"
    assert "line 2" in out[1]["error"] and "action" in out[2]["error"]


def test_posts_file_and_image_paths_relative_to_it(tmp_path: Path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "x.png").write_bytes(b"not really a png")
    posts = tmp_path / "posts.jsonl"
    posts.write_text(post("hello", images=["pics/x.png"]) + post("hi", images=["missing.png"]))
    proc = run_check("--config", str(DEMO_CONFIG), str(posts))
    out = [json.loads(l) for l in proc.stdout.splitlines()]
    assert "decision" in out[0]
    assert "missing.png" in out[1]["error"]
    assert proc.returncode == 1


def test_bad_config_fails_before_reading_posts(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("pack: upland-primary\nschool: {name: X}\ntimetable: {timezone: Mars/Olympus}\n")
    proc = run_check("--config", str(bad), stdin=post("hi"))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "timetable.timezone" in proc.stderr and "bad.yaml" in proc.stderr
