#!/usr/bin/env bash
# Make sure Debian's Chromium is at /usr/bin/chromium for the extension's browser tests
# (Playwright drives it; it never downloads a browser of its own). Installing needs root,
# as CI has; without root it says what to run instead.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "The extension tests need Debian's chromium: run 'apt-get install chromium' as root." >&2
    exit 1
fi
echo "Installing Debian's chromium" >&2
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >&2
/usr/bin/chromium --version >&2
