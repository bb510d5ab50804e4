#!/usr/bin/env bash
# Create .venv with Python 3.12+ and install postwarden into it (editable).
# mitmproxy 11.1 and later need 3.12; on 3.11 pip would quietly fall back to an old
# mitmproxy, so we refuse anything older. Extra arguments are pip extras, e.g. "test".
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
    local c v
    for c in "${POSTWARDEN_PYTHON:-}" python3.13 python3.12 python3; do
        [ -n "$c" ] || continue
        command -v "$c" >/dev/null 2>&1 || continue
        v=$("$c" -c 'import sys; print(int(sys.version_info >= (3, 12)))' 2>/dev/null) || continue
        [ "$v" = 1 ] && { command -v "$c"; return 0; }
    done
    # pyenv keeps versions that are installed but not on PATH (pyenv shims refuse them).
    local root
    root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
    for c in "$root"/versions/3.13*/bin/python3 "$root"/versions/3.12*/bin/python3; do
        [ -x "$c" ] && { echo "$c"; return 0; }
    done
    return 1
}

extras="${1:-}"
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then
    py=$(find_python) || { echo "postwarden needs Python 3.12 or newer; none found (set POSTWARDEN_PYTHON)." >&2; exit 1; }
    echo "Creating .venv with $py" >&2
    rm -rf .venv
    "$py" -m venv .venv
fi
spec="."
[ -n "$extras" ] && spec=".[$extras]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec" >&2
