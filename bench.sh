#!/usr/bin/env bash
# Benchmarks: print figures, assert nothing about time. Usage:
#   ./bench.sh comandos     # command bus + event store vs raw JDBC (32 callers)
set -euo pipefail
cd "$(dirname "$0")"
export AXONIQ_UPDATE_CHECKER_DISABLED=true PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
case "${1:-}" in
  comandos) test=ComandosBenchmark ;;
  *) echo "usage: $0 comandos" >&2; exit 2 ;;
esac
shift
exec mvn -B -ntp -pl app -am test -Dtest="$test" -Dsurefire.excludedGroups=none \
  -Dsurefire.failIfNoSpecifiedTests=false "$@"
