#!/usr/bin/env bash
# Installs the toolchain and the workspace's dependencies, then builds the web apps.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$root"
if [ "${CI:-}" = "true" ]; then pnpm install --frozen-lockfile; else pnpm install; fi
pnpm run build
