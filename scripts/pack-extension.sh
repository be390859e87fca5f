#!/usr/bin/env bash
# Packs the extension for installation without developer mode:
#   scripts/pack-extension.sh                 → extension/build/bordenden-extension-<version>.zip
#                                               (upload to the Chrome Web Store, public or unlisted)
#   scripts/pack-extension.sh --key KEY.pem   → also …-<version>.crx, signed with KEY.pem, for self-hosting
#                                               with an update manifest (see the README, "Drift")
# Keep KEY.pem safe and reuse it: it fixes the extension's id, which policies and ALLOWED_ORIGINS name.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$root"
key=""
if [ "${1:-}" = "--key" ]; then key="$(realpath "${2:?--key needs a .pem file}")"; fi
pnpm --filter @bordenden/extension build >/dev/null
build=extension/build/chrome-mv3-prod
version="$(node -p "JSON.parse(require('fs').readFileSync('$build/manifest.json', 'utf8')).version")"
zip_file="extension/build/bordenden-extension-$version.zip"
rm -f "$zip_file"
(cd "$build" && zip -qrX "../$(basename "$zip_file")" .)
echo "pack: $zip_file"
if [ -n "$key" ]; then
  chromium="$(command -v chromium || command -v google-chrome || true)"
  [ -n "$chromium" ] || { echo "pack: a .crx needs chromium or google-chrome" >&2; exit 1; }
  "$chromium" --headless=new --no-sandbox --pack-extension="$root/$build" --pack-extension-key="$key" >/dev/null 2>&1 || true
  [ -f "$build.crx" ] || { echo "pack: chromium made no .crx" >&2; exit 1; }
  mv "$build.crx" "extension/build/bordenden-extension-$version.crx"
  echo "pack: extension/build/bordenden-extension-$version.crx"
fi
