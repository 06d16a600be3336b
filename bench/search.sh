#!/usr/bin/env bash
# Public search benchmark: 1,000,000 published decisions in PostgreSQL (database fazhi_bench, filled once and kept),
# 16 concurrent HTTP clients (wrk from a separate process when /usr/bin/wrk exists, and Java client threads), the
# query mix of PublicSearchBenchmark. Results: target/bench/public-search.txt (figures in docs/benchmarks.md).
# Options: -Dbench.rows=N -Dbench.clients=N -Dbench.requests=N (per Java client) -Dbench.seconds=N (per wrk run).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dfazhi.skip.postgresql=true -Dfazhi.test.excluded=none -Dgroups=bench \
  -Dtest=PublicSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/public-search.txt
