#!/usr/bin/env bash
# Runs the whole test suite: unit tests, aggregate and saga fixtures, and integration tests against
# the real application on an embedded PostgreSQL. Also builds app/target/nexus-app.jar.
set -euo pipefail
cd "$(dirname "$0")"
export AXONIQ_UPDATE_CHECKER_DISABLED=true PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# The portal tests drive Debian's Chromium (Playwright never downloads a browser), and the overdue test moves
# the application's calendar with libfaketime; fresh CI machines get both from apt.
if { ! command -v chromium >/dev/null 2>&1 || [ ! -e /usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1 ]; } \
    && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libfaketime
fi
if command -v docker-compose >/dev/null 2>&1; then
  POSTGRES_PASSWORD=check NEXUS_ADMIN_PASSWORD=check NEXUS_JWT_SECRET=check NEXUS_CRYPTO_KEY=check \
    docker-compose config -q
  echo "docker-compose.yml: valid"
fi
exec mvn -B -ntp verify "$@"
