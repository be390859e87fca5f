#!/usr/bin/env bash
# One command: set up, make sure Chromium, PostgreSQL and Redis are there (the tests start their own
# servers on loopback), then run every test (unit, integration, end-to-end).
set -euo pipefail
"$(dirname "$0")/setup.sh"
source "$(dirname "$0")/env.sh"
cd "$root"
source scripts/system-deps.sh
ensure_apt_package /usr/bin/chromium chromium
ensure_apt_package /usr/bin/pdfinfo poppler-utils # the citizen page's print test counts PDF pages
ensure_apt_package /usr/bin/pg_ctlcluster postgresql
ensure_apt_package /usr/bin/redis-server redis-server
exec pnpm test
