#!/usr/bin/env bash
# A self-contained build: the server, its production dependencies and the built board app in one
# archive, laid out like the repository so `node server/src/main.ts` runs in it with no workspace around.
# The Dockerfile installs it; a systemd host unpacks it into /opt. Needs Node >= 22.18 to run.
#   scripts/bundle.sh OUT.tar.gz        (build the board app first: pnpm build)
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$root"
out="$(realpath -m "${1:?usage: scripts/bundle.sh OUT.tar.gz}")"
[ -f packages/board/dist/index.html ] || { echo "bundle: build the board app first (pnpm build)" >&2; exit 1; }
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
app="$stage/bordenden"
mkdir -p "$app/server" "$app/packages/model" "$app/packages/canvas-schema" "$app/packages/board"
cp package.json pnpm-lock.yaml pnpm-workspace.yaml "$app/"
cp -r server/package.json server/src "$app/server/"
cp -r packages/model/package.json packages/model/src "$app/packages/model/"
cp -r packages/canvas-schema/package.json packages/canvas-schema/src "$app/packages/canvas-schema/"
cp -r packages/board/dist "$app/packages/board/"
find "$app" -name '*.test.ts' -delete
# The workspace's own layout, so @bordenden/model and canvas-schema stay outside node_modules (Node strips types only there).
(cd "$app" && pnpm install --prod --frozen-lockfile --filter '@bordenden/server...' >/dev/null)
tar -czf "$out" -C "$stage" bordenden
echo "bundle: $out"
