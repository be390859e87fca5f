#!/usr/bin/env bash
# One command: set up, make sure Chromium is there, then run every test (unit, integration, end-to-end).
set -euo pipefail
"$(dirname "$0")/setup.sh"
source "$(dirname "$0")/env.sh"
cd "$root"
source scripts/system-deps.sh
ensure_apt_package /usr/bin/chromium chromium
ensure_apt_package /usr/bin/pdfinfo poppler-utils # the citizen page's print test counts PDF pages
exec pnpm test
