#!/usr/bin/env bash
# One command: set up, then serve the product on $PORT with the embedded SQLite database and a demo course.
set -euo pipefail
"$(dirname "$0")/setup.sh"
exec "$(dirname "$0")/serve.sh"
