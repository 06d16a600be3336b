#!/usr/bin/env bash
# Start-up and memory: three fresh starts (empty embedded database, demo data loaded) and three restarts (the same
# database again), each inside -Xmx512m, timed from the launch of the JVM to the first UP of the readiness probe.
# Prints each run and min/median/max. Usage: bench/startup.sh [runs] (default 3). Needs the packaged jar; builds it
# when it is missing. Results also go to target/bench/startup.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${BENCH_PORT:-8197}
HEAP=${BENCH_HEAP:--Xmx512m}
JAR=$(ls target/fazhi-*.jar 2>/dev/null | grep -v '\.original$' | head -n1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -B package -DskipTests
  JAR=$(ls target/fazhi-*.jar | grep -v '\.original$' | head -n1)
fi
JAR=$(realpath "$JAR")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p target/bench
OUT=target/bench/startup.txt

# start once in $1 (the working directory, whose ./data is the database); echo seconds until ready, then stop
start_once() {
  local dir=$1 t0 t1 pid
  t0=$(date +%s.%N)
  (cd "$dir" && exec env FAZHI_DEMO_PASSWORD=Bench-Passw0rd java $HEAP -XX:+ExitOnOutOfMemoryError -jar "$JAR" \
      --server.port=$PORT > "$dir/app.log" 2>&1) &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
    if ! kill -0 $pid 2>/dev/null; then echo "the platform stopped; see $dir/app.log" >&2; tail -20 "$dir/app.log" >&2; exit 1; fi
    sleep 0.1
  done
  t1=$(date +%s.%N)
  rss=$(ps -o rss= -p "$(pgrep -f "server.port=$PORT" | head -n1)" 2>/dev/null || echo 0)
  kill $pid; wait $pid 2>/dev/null || true
  printf '%.2f %d\n' "$(echo "$t1 - $t0" | bc)" "$((rss / 1024))"
}

stats() { sort -n | awk '{a[NR]=$1} END {printf "min %.2f s, median %.2f s, max %.2f s\n", a[1], a[int((NR+1)/2)], a[NR]}'; }

fresh=() ; again=()
for i in $(seq 1 "$RUNS"); do
  dir="$WORK/run$i"; mkdir -p "$dir"
  read -r s m < <(start_once "$dir"); fresh+=("$s"); echo "fresh start $i: $s s (resident ${m} MB)"
  read -r s m < <(start_once "$dir"); again+=("$s"); echo "restart     $i: $s s (resident ${m} MB)"
done
{
  echo "$(date -u +%F) $(nproc) cores, $HEAP, $(java -version 2>&1 | head -n1)"
  echo "fresh start (empty database, demo data): $(printf '%s\n' "${fresh[@]}" | stats)"
  echo "restart (same database):                 $(printf '%s\n' "${again[@]}" | stats)"
} | tee "$OUT"
