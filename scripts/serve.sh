#!/usr/bin/env bash
# Serves the product (no setup, no build): what start.sh ends in, and what a service manager may run.
# The shell replaces itself with node, so SIGTERM reaches the server, which logs its clean shutdown and
# exits 0; `pnpm start` would end with ELIFECYCLE and exit 143 without waiting for it.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$root"
exec node server/src/main.ts
