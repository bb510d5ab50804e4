#!/usr/bin/env bash
# Set up (Python 3.12+ venv in .venv), then run the main job on the embedded demo school (no
# other service needed): `postwarden serve` with demo/server.yaml, the review server on
# http://127.0.0.1:8080/ and the school's proxy on 127.0.0.1:8081, data in ./data, until Ctrl-C.
#   scripts/demo.sh check    judge the demo school's sample posts with `postwarden check` instead
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ "${1:-}" = "check" ]; then
    .venv/bin/postwarden check --config demo/school.yaml demo/posts.jsonl || [ $? -eq 1 ]
    exit 0
fi
exec .venv/bin/postwarden serve --config demo/server.yaml
