#!/usr/bin/env bash
# Make sure PostgreSQL's server programs are on this machine, for the database tests.
# Installs Debian's postgresql package when they are missing (needs root, as CI has).
# Prints the folder of the server programs (initdb, pg_ctl, postgres).
set -euo pipefail

find_bindir() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
    done
    return 1
}

if ! bindir=$(find_bindir); then
    if [ "$(id -u)" != 0 ]; then
        echo "PostgreSQL's server is not installed and this is not root: run 'apt-get install postgresql'." >&2
        exit 1
    fi
    echo "Installing PostgreSQL from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # The package's own cluster is not needed: the tests start their own, on loopback.
    apt-get install -y -qq --no-install-recommends postgresql >&2
    bindir=$(find_bindir)
fi
echo "$bindir"
