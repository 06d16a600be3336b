#!/usr/bin/env bash
# Start-up and memory: three fresh starts (empty embedded database, demo data loaded) and three restarts (the same
# database again), each inside -Xmx512m, timed from the launch of the JVM to the first UP of the readiness probe.
# Prints each run and min/median/max per way of starting: the wall time to ready and the CPU time (user + system)
# the JVM had used by then, which a busy machine disturbs less. Usage: bench/startup.sh [runs] [mode ...]
# (default: 3 runs; modes plain cds cds-c1 aot aot-jdk25):
#   plain   java -jar target/fazhi-*.jar, as in the quick start
#   cds     the jar extracted (java -Djarmode=tools ... extract) and started with a dynamic class-data sharing archive
#           (-XX:SharedArchiveFile) written by one training run (a fresh start with demo data) before the timed runs
#   cds-c1  as cds, and -XX:TieredStopAtLevel=1: only the quick C1 compiler, which leaves both cores to the start
#   aot     as cds-c1, and -Dspring.aot.enabled=true: the bean definitions and repositories prepared when the jar was
#           built (spring-boot:process-aot) instead of found by scanning and reflection at start; its own archive
#   aot-jdk25  as aot, on a JDK 25 (BENCH_JAVA25, default the first /usr/lib/jvm/*25*/bin/java) with its ahead-of-time
#           cache (-XX:AOTCacheOutput in the training run, -XX:AOTCache after): classes loaded and linked, not only
#           parsed
# BENCH_HEAP (default -Xmx512m) is passed to every JVM as it is, so it may carry other options to compare, e.g.
# BENCH_HEAP="-Xmx512m -XX:+UseSerialGC". Needs the packaged jar; builds it when it is missing. Results also go to
# target/bench/startup.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
shift || true
MODES=("$@")
[ ${#MODES[@]} -gt 0 ] || MODES=(plain cds cds-c1 aot aot-jdk25)
JAVA25=${BENCH_JAVA25:-$(ls /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n1 || true)}
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
CDS=$(realpath -m target/bench/cds)

# start $2 (a jar) once in $1 (the working directory, whose ./data is the database) with the JVM options after it,
# on the JDK $JAVA (default java); echo seconds until ready, resident MB and CPU seconds the JVM had used by then
# (user + system), then stop
start_once() {
  local dir=$1 jar=$2 t0 t1 pid rss cpu
  shift 2
  t0=$(date +%s.%N)
  (cd "$dir" && exec env FAZHI_DEMO_PASSWORD=Bench-Passw0rd "${JAVA:-java}" $HEAP -XX:+ExitOnOutOfMemoryError "$@" -jar "$jar" \
      --server.port=$PORT > "$dir/app.log" 2>&1) &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
    if ! kill -0 $pid 2>/dev/null; then echo "the platform stopped; see $dir/app.log" >&2; tail -20 "$dir/app.log" >&2; exit 1; fi
    sleep 0.1
  done
  t1=$(date +%s.%N)
  rss=$(ps -o rss= -p "$(pgrep -f "server.port=$PORT" | head -n1)" 2>/dev/null || echo 0)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat" 2>/dev/null || echo 0)
  kill $pid; wait $pid 2>/dev/null || true
  printf '%.2f %d %s\n' "$(echo "$t1 - $t0" | bc)" "$((rss / 1024))" "$cpu"
}

# the extracted jar, once per jar
extracted() {
  if [ ! -f "$CDS/$(basename "$JAR")" ] || [ "$JAR" -nt "$CDS/$(basename "$JAR")" ]; then
    rm -rf "$CDS"
    java -Djarmode=tools -jar "$JAR" extract --destination "$CDS" >/dev/null
  fi
}

# the archive $1 beside the extracted jar, made once per jar: a training run (fresh start, demo data, stopped when
# ready, with the options after $2) writes the classes it loaded at exit; $2 is the option that names the archive
archive() {
  local name=$1 file=$CDS/$1 option=$2
  shift 2
  extracted
  if [ ! -f "$file" ] || [ "$CDS/$(basename "$JAR")" -nt "$file" ]; then
    rm -rf "$WORK/training-$name"; mkdir -p "$WORK/training-$name"
    start_once "$WORK/training-$name" "$CDS/$(basename "$JAR")" "$@" "$option=$file" >/dev/null
    [ -f "$file" ] || { echo "the training run wrote no archive $file" >&2; exit 1; }
  fi
}

stats() { sort -n | awk '{a[NR]=$1} END {printf "min %.2f s, median %.2f s, max %.2f s\n", a[1], a[int((NR+1)/2)], a[NR]}'; }

echo "$(date -u +%F) $(nproc) cores, $HEAP, $(java -version 2>&1 | head -n1)${JAVA25:+; aot-jdk25: $("$JAVA25" -version 2>&1 | head -n1)}" | tee "$OUT"
for mode in "${MODES[@]}"; do
  JAVA=java
  case $mode in
    plain) jar=$JAR; opts=() ;;
    cds) archive app.jsa -XX:ArchiveClassesAtExit; jar="$CDS/$(basename "$JAR")"; opts=(-XX:SharedArchiveFile="$CDS/app.jsa") ;;
    cds-c1) archive app.jsa -XX:ArchiveClassesAtExit; jar="$CDS/$(basename "$JAR")"
      opts=(-XX:SharedArchiveFile="$CDS/app.jsa" -XX:TieredStopAtLevel=1) ;;
    aot) archive aot.jsa -XX:ArchiveClassesAtExit -Dspring.aot.enabled=true; jar="$CDS/$(basename "$JAR")"
      opts=(-Dspring.aot.enabled=true -XX:SharedArchiveFile="$CDS/aot.jsa" -XX:TieredStopAtLevel=1) ;;
    aot-jdk25)
      [ -n "$JAVA25" ] && [ -x "$JAVA25" ] || { echo "aot-jdk25: no JDK 25 found; set BENCH_JAVA25" >&2; continue; }
      JAVA=$JAVA25
      archive app.aot -XX:AOTCacheOutput -Dspring.aot.enabled=true; jar="$CDS/$(basename "$JAR")"
      opts=(-Dspring.aot.enabled=true -XX:AOTCache="$CDS/app.aot" -XX:TieredStopAtLevel=1) ;;
    *) echo "unknown mode $mode (plain, cds, cds-c1, aot, aot-jdk25)" >&2; exit 2 ;;
  esac
  fresh=() ; again=() ; freshcpu=() ; againcpu=()
  for i in $(seq 1 "$RUNS"); do
    dir="$WORK/$mode-$i"; mkdir -p "$dir"
    read -r s m c < <(start_once "$dir" "$jar" "${opts[@]}"); fresh+=("$s"); freshcpu+=("$c")
    echo "$mode fresh start $i: $s s (CPU $c s, resident ${m} MB)"
    read -r s m c < <(start_once "$dir" "$jar" "${opts[@]}"); again+=("$s"); againcpu+=("$c")
    echo "$mode restart     $i: $s s (CPU $c s, resident ${m} MB)"
  done
  {
    echo "$mode fresh start (empty database, demo data): $(printf '%s\n' "${fresh[@]}" | stats)"
    echo "$mode   its CPU time:                          $(printf '%s\n' "${freshcpu[@]}" | stats)"
    echo "$mode restart (same database):                 $(printf '%s\n' "${again[@]}" | stats)"
    echo "$mode   its CPU time:                          $(printf '%s\n' "${againcpu[@]}" | stats)"
  } | tee -a "$OUT"
done
