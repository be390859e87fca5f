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
mkdir -p "$app/server" "$app/packages/board"
cp package.json pnpm-lock.yaml pnpm-workspace.yaml "$app/"
cp -r server/package.json server/src "$app/server/"
# Every workspace package the server depends on (@bordenden/model, canvas-schema, contract, …), followed
# through their own workspace dependencies, read from the package.json files so a new one is not forgotten.
workspace_deps="$(node -e '
  const { readFileSync, readdirSync, existsSync } = require("node:fs")
  const dirs = new Map()
  for (const d of readdirSync("packages")) {
    const f = `packages/${d}/package.json`
    if (existsSync(f)) dirs.set(JSON.parse(readFileSync(f, "utf8")).name, `packages/${d}`)
  }
  const seen = new Set(), todo = ["server"]
  while (todo.length) {
    const { dependencies = {} } = JSON.parse(readFileSync(`${todo.pop()}/package.json`, "utf8"))
    for (const [name, spec] of Object.entries(dependencies)) {
      if (!String(spec).startsWith("workspace:")) continue
      const dir = dirs.get(name)
      if (!dir) throw new Error(`bundle: workspace package ${name} not found under packages/`)
      if (!seen.has(dir)) seen.add(dir), todo.push(dir)
    }
  }
  console.log([...seen].join("\n"))
')"
for dir in $workspace_deps; do
  mkdir -p "$app/$dir"
  cp -r "$dir/package.json" "$dir/src" "$app/$dir/"
done
cp -r packages/board/dist "$app/packages/board/"
find "$app" -name '*.test.ts' -delete
# The workspace's own layout, so the workspace packages stay outside node_modules (Node strips types only there).
(cd "$app" && pnpm install --prod --frozen-lockfile --filter '@bordenden/server...' >/dev/null)
tar -czf "$out" -C "$stage" bordenden
echo "bundle: $out"
