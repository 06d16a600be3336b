#!/usr/bin/env bash
# Ledger import benchmark: a generated 矛盾纠纷台账 of 100,000 rows imported through the shared ledger facility, on H2
# and then on the local PostgreSQL, where the same file is also loaded with COPY into a plain table of the same columns
# in the same run (time and ratio printed), with the CPU time per row of the importing thread, the whole JVM and the
# PostgreSQL server processes of the test database. Figures in docs/benchmarks.md, "Ledger import".
# Options: -Dfazhi.bench.rows=N, -Dfazhi.bench.db=h2|postgresql (one database only), -DargLine=-Xmx512m.
# The PostgreSQL database is FAZHI_TEST_PG_URL (default jdbc:postgresql://127.0.0.1:5432/fazhi_test).
# MVN overrides the Maven command (default ./mvnw).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
${MVN:-./mvnw} -q -B test -Dfazhi.bench=true -Dfazhi.test.excluded=none \
  -Dfazhi.test.excluded.postgresql=browser,one-database -Dtest=DisputeLedgerImportBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false "$@" > target/bench/import.log 2>&1
status=$?
grep -a '=== BENCHMARK' target/bench/import.log
[ $status -eq 0 ] || echo "build failed ($status): see target/bench/import.log"
exit $status
