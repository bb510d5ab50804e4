#!/usr/bin/env bash
# Set up, then run the main job on the embedded demo school (no other service needed):
# judge the demo school's sample posts and print one verdict per post.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/postwarden check --config demo/school.yaml demo/posts.jsonl || [ $? -eq 1 ]
