#!/usr/bin/env bash
# Audit chain benchmark on the local PostgreSQL (AuditChainBenchmark): appends per second of 16 concurrent writers
# across towns with the single chain head, with one head per town and with no head (PostgreSQL's own rate), then the
# verification of a chain of 1,000,000 events inside a 256 MB heap. Databases fazhi_audit_bench (emptied at each run)
# and fazhi_audit_bench_million (filled once, kept). Results: target/bench/audit-chain.txt (docs/benchmarks.md).
# Options: -Dfazhi.bench.writers=N -Dfazhi.bench.seconds=N -Dfazhi.bench.events=N -DargLine=-Xmx…
# MVN=… runs another Maven command than ./mvnw (a wrapper that takes a lock, say).
set -euo pipefail
cd "$(dirname "$0")/.."
${MVN:-./mvnw -B} -q test -Dfazhi.skip.postgresql=true -Dfazhi.test.excluded=none -Dgroups=bench -Dfazhi.bench=true \
  -Dtest=AuditChainBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m "$@"
cat target/bench/audit-chain.txt
