#!/usr/bin/env bash
# Benchmarks: print figures, assert nothing about time. Usage:
#   ./bench.sh comandos     # command bus + event store vs raw JDBC (32 callers)
#   ./bench.sh portal       # Canopus portal download: 200 clientes, 1 s per page, K=1 then K=4 (~15 min)
#   ./bench.sh projecoes    # rebuild every read model from 1,000,000 events (10 tenants) vs a raw JDBC scan,
#                           # then 50 connections from a JVM of their own read the dashboard, the boleto list and
#                           # an authenticated no-op in turns (~15 min, more on a busy machine);
#                           # smaller: ./bench.sh projecoes -Dbench.eventos=100000 -Dbench.rodadas=2
#   ./bench.sh pipeline     # 10,000 boletos registered → régua step → WhatsApp sent → paid by Asaas webhook → saga
#                           # ended, under -Xmx512m (~10 min on 2 busy cores); smaller: -Dbench.boletos=1000;
#                           # counts the SQL statements per boleto by part (pg_stat_statements);
#                           # -Dbench.sqlDetalhado=FILE also writes every statement with its calls per boleto
#   ./bench.sh webhooks     # 10,000 Asaas webhooks (10 % resent) from 16 senders over HTTP, until the inbox
#                           # is drained; proves one confirmation per charge (~5 min); -Dbench.webhooks=N
#   ./bench.sh console      # every console page's server time (p50/p99) for an ADMIN of a tenant with 100,000
#                           # boletos (~15 min on 2 busy cores); smaller: -Dbench.boletos=10000
set -euo pipefail
cd "$(dirname "$0")"
export AXONIQ_UPDATE_CHECKER_DISABLED=true PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
case "${1:-}" in
  comandos) test=ComandosBenchmark ;;
  portal) test=PortalBenchmark ;;
  projecoes) test=ProjecoesBenchmark; set -- "$@" -Dsurefire.heap=-Xmx512m ;;
  pipeline) test=PipelineBenchmark
    set -- "$@" -Dsurefire.heap=-Xmx512m -Dnexus.embedded-postgres.statement-statistics=true ;;
  webhooks) test=WebhooksBenchmark ;;
  console) test=ConsoleBenchmark ;;
  *) echo "usage: $0 comandos|portal|projecoes|pipeline|webhooks|console" >&2; exit 2 ;;
esac
shift
exec mvn -B -ntp -pl app -am test -Dtest="$test" -Dsurefire.excludedGroups=none \
  -Dsurefire.failIfNoSpecifiedTests=false "$@"
