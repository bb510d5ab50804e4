"""The replay corpora scored as the project is: the shared scorer runs the installed
`postwarden replay` command on every HAR, and every label must be met with no false
extraction. Three corpora: the shared dev sessions (../shared/acceptance/har) and our probe
(tests/heldout_har), whose sessions send request shapes platforms.md documents that the dev
HARs do not (see tests/heldout_har/make_probe.py), so extraction is guarded beyond the dev set;
and a second probe (tests/heldout_har2/make_probe2.py) whose sessions other exporters wrote
(Firefox, a proxy's tunnels, mitmproxy's savehar, compressed bodies as sent), inside directed
time, across GMT/BST, with official accounts during a posting hold; and a third probe
(tests/heldout_har3/make_probe3.py): long sessions of mostly reads (beacons, preflights, 304s,
service workers, redirects, aborted requests), failed and retried posts, edits, quotes, polls,
scheduled posts, group DMs, page posts, self-hosted Bluesky and Mastodon hosts, on another pack;
and a fourth probe (tests/heldout_har4/make_probe4.py) on the platforms the others sent least
(Threads, Pinterest, Tumblr, TikTok, YouTube, LinkedIn, WhatsApp, Reddit new and old, Messenger,
Instagram stories and reels, Bluesky chat, Mastodon-API servers on odd hosts), with compressed,
base64 and batched bodies, reads sent by POST labelled `view`, and uploads attached later;
and a fifth probe (tests/heldout_har5/make_probe5.py) of edits, deletes (labelled `other`),
quotes, polls, scheduled posts, profile updates and DMs on Discord, Bluesky, Mastodon, Threads,
Instagram, Facebook, YouTube, TikTok, Reddit, LinkedIn, Pinterest, Tumblr and X, among likes,
reactions, typing, acks and telemetry that must not be reported as posts, and photos (a face,
the school's crest) that must reach the post or message attaching them through each upload flow;
and a sixth probe (tests/heldout_har6/make_probe6.py) of sessions other exporters wrote (Firefox
with params-only forms and cookies only in the cookies array, Safari, a capture tool storing
bodies as sent in base64, gzip/br/zstd/deflate), GraphQL batches, persisted queries by GET,
comments and replies across platforms, Tumblr NPF, Mastodon polls and scheduled posts, and an
evening of reads, beacons and preflights that must not be reported as posts.
Every label must be met in full, findings included.
The shared folder stands beside the project wherever the tests run (CI included): without it
these fail rather than skip.
"""
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

SCORER = SHARED / "acceptance" / "score_replay.py"
CORPORA = {"probe": ROOT / "tests" / "heldout_har", "probe2": ROOT / "tests" / "heldout_har2",
           "probe3": ROOT / "tests" / "heldout_har3", "probe4": ROOT / "tests" / "heldout_har4",
           "probe5": ROOT / "tests" / "heldout_har5", "probe6": ROOT / "tests" / "heldout_har6",
           "dev": SHARED / "acceptance" / "har"}
POSTWARDEN = Path(sys.executable).with_name("postwarden")


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_the_corpus_meets_every_label_with_no_false_extraction(corpus):
    assert SCORER.is_file(), f"the shared scorer is missing: {SCORER}"
    assert POSTWARDEN.is_file(), f"the postwarden command is not installed beside {sys.executable}"
    folder = CORPORA[corpus]
    assert len(sorted(folder.glob("*.har"))) >= 4
    run = subprocess.run([sys.executable, str(SCORER), "--dir", str(folder), "--min", "1.0",
                          "--cmd", f"{shlex.quote(str(POSTWARDEN))} replay"],
                         capture_output=True, text=True, timeout=900, cwd=ROOT)
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr
    assert run.returncode == 0, run.stdout + run.stderr
    assert "EXIT" not in run.stdout and "MISS" not in run.stdout and "FALSE" not in run.stdout, run.stdout
    assert summary.endswith("(1.000), 0 false extractions"), summary
