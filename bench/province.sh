#!/usr/bin/env bash
# Statistics on a province-sized PostgreSQL database: 1,200 towns (database fazhi_province, generated once from
# bench/province-fill.sql with a seed and kept), then a town's annual figures — mediation, enforcement, publication,
# disclosure — through the platform's services beside a hand-written SQL of the same figures, and the district overview
# across its towns. Results: target/bench/province-statistics.txt (figures in docs/benchmarks.md).
# Options: -Dbench.towns=N (12 for a quick run; a database holds one size: drop it to change) -Dbench.seed=N
# -Dbench.year=N -Dbench.runs=N -Dbench.warmup=N (untimed runs first, default 200) -Dbench.url=jdbc:postgresql://…
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dfazhi.skip.postgresql=true -Dfazhi.test.excluded=none -Dgroups=bench \
  -Dtest=ProvinceStatisticsBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/province-statistics.txt
