#!/usr/bin/env bash
# Install Mozilla's web-ext from the npm registry into .tools/ (project-local, gitignored)
# and lint the Firefox build of the extension with it.
#   scripts/webext.sh            install if missing, build, lint (exits non-zero on any
#                                error or warning)
#   scripts/webext.sh --install  install only
# Needs Node.js and npm; as root (as CI runs) it installs Debian's when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=.tools/web-ext

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "web-ext needs Node.js and npm; install them (as root: apt-get install nodejs npm)." >&2
        exit 1
    fi
    echo "Installing Debian's nodejs and npm" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >&2
fi

# web-ext 10 needs Node 20; Debian 12's Node 18 runs web-ext 8.
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -ge 20 ]; then want="web-ext@^10"; else want="web-ext@^8"; fi
if [ ! -x "$TOOLS/node_modules/.bin/web-ext" ]; then
    echo "Installing $want into $TOOLS" >&2
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "$want" >&2
fi
[ "${1:-}" = "--install" ] && exit 0

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.venv/bin/python -m server.cli extension build --out "$out" >/dev/null
exec "$TOOLS/node_modules/.bin/web-ext" lint --source-dir "$out/firefox" --warnings-as-errors --no-input
