#!/usr/bin/env bash
# Set up everything the tests need, then run them. Extra arguments go to pytest.
# The database tests start their own PostgreSQL on loopback from Debian's packages,
# which scripts/postgres.sh installs when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
scripts/postgres.sh >/dev/null
scripts/chromium.sh           # the extension tests drive Debian's chromium
scripts/webext.sh --install   # Mozilla's web-ext, for the extension lint test
exec .venv/bin/python -m pytest "$@"
