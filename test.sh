#!/usr/bin/env bash
# Runs the whole test suite: unit tests, aggregate and saga fixtures, and integration tests against
# the real application on an embedded PostgreSQL. Also builds app/target/nexus-app.jar.
set -euo pipefail
cd "$(dirname "$0")"
export AXONIQ_UPDATE_CHECKER_DISABLED=true PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if command -v docker-compose >/dev/null 2>&1; then
  NEXUS_ADMIN_PASSWORD=check NEXUS_JWT_SECRET=check docker-compose config -q
  echo "docker-compose.yml: valid"
fi
exec mvn -B -ntp verify "$@"
