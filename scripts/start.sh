#!/usr/bin/env bash
# One command: set up, then serve the product on $PORT with the embedded SQLite database and a demo course.
set -euo pipefail
"$(dirname "$0")/setup.sh"
# The demo course is only made when asked for; its login stays in data/demo-login.txt (mode 0600).
export BORDENDEN_DEMO="${BORDENDEN_DEMO:-1}"
exec "$(dirname "$0")/serve.sh"
