#!/usr/bin/env bash
# The benchmark of issues 5 and 10 (基准测试): generates its inputs deterministically, times the JDK-only floor,
# POI's usermodel round trip and evalsheet's batch / validate / fill under /usr/bin/time -v, the everyday rounds
# (1 file, 31 files, 1,000 files) through bin/evalsheet and java -jar, a plain openpyxl script on 300
# openpyxl-written files beside evalsheet on the same files (when python3-openpyxl is installed), and the watch
# latency, and evalsheet serve's self-check (one upload on a warm server, 40 at once); prints one table (also written
# to target/bench/results.md). See BENCHMARKS.md.
# Run from anywhere: bench/run.sh [--quick] [--serve-only] [--help]
set -euo pipefail

# JVM flags for every evalsheet run; try class-data sharing or C1 only here, e.g.
#   EVALSHEET_JAVA_OPTS="-XX:TieredStopAtLevel=1" bench/run.sh
# (the cold-validate step measures with and without a CDS archive whatever this is set to).
EVALSHEET_JAVA_OPTS="${EVALSHEET_JAVA_OPTS:-}"
# JVM flags for the floor and the POI round trip.
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-}"

usage() {
  cat <<'EOF'
usage: bench/run.sh [--quick] [--serve-only] [--work DIR] [--repeat N] [--seed N] [--build] [--no-poi]
  --quick     smoke run: 100 files, a 2,000-row table, 1,000 summary tables (default 1,000 / 20,000 / 10,000)
  --serve-only  only the serve rows: one self-check on a warm server, 40 concurrent self-checks
  --work DIR  where inputs, runs and results go (default target/bench); inputs are reused when their
              parameters and generator are unchanged
  --repeat N  run the floor, POI and batch steps N times and report the median wall time (default 1)
  --seed N    generator seed (default 20200101)
  --build     rebuild target/evalsheet.jar first (mvn -B -q -DskipTests package); otherwise built only if missing
  --no-poi    skip POI's round trip
Environment: EVALSHEET_JAVA_OPTS (flags for evalsheet), BENCH_JAVA_OPTS (flags for floor and POI),
  EVALSHEET_JAR (another jar to time; default target/evalsheet.jar).
EOF
}

cd "$(dirname "$0")/.."
ROOT=$PWD
JAR=${EVALSHEET_JAR:-$ROOT/target/evalsheet.jar}
WORK=$ROOT/target/bench
QUICK=0
REPEAT=1
SEED=20200101
BUILD=0
POI=1
SERVE_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --serve-only) SERVE_ONLY=1 ;;
    --work) WORK=$(mkdir -p "$2" && cd "$2" && pwd); shift ;;
    --repeat) REPEAT=$2; shift ;;
    --seed) SEED=$2; shift ;;
    --build) BUILD=1 ;;
    --no-poi) POI=0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
if [ "$QUICK" = 1 ]; then
  FILES=100; ROWS=2000; TABLES=1000
else
  FILES=1000; ROWS=20000; TABLES=10000
fi
PER_FILE=10
THREADS=$(nproc)
CLASSES=$WORK/classes
RUNS_DIR=$WORK/runs
mkdir -p "$WORK" "$RUNS_DIR"

log() { printf '[bench] %s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------------------------------------------
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
command -v java >/dev/null || { echo "java not found" >&2; exit 1; }

if [ "$BUILD" = 1 ] || { [ ! -f "$JAR" ] && [ -z "${EVALSHEET_JAR:-}" ]; }; then
  log "building target/evalsheet.jar (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package >"$WORK/build.log" 2>&1 || { log "build failed (see $WORK/build.log)"; exit 1; }
fi

# (i) evalsheet serve: the self-check on loopback. A seed-size file (the bundled seed, 23 leaves) uploaded to a
# warm server one at a time (upload to answer: median and p95 of 50), then 40 uploads at once (all answered, none
# lost, the server's peak RSS). The server runs with -Xmx256m: memory stays bounded because at most --threads
# checks run at once and the rest wait in the queue.
serve_rows() {
  local seed=$ROOT/sample-workbooks/指标体系-青岛市人民政府办公厅.xlsx dir=$RUNS_DIR/serve url="" pid i
  rm -rf "$dir" && mkdir -p "$dir/inbox"
  java $EVALSHEET_JAVA_OPTS -Xmx256m -jar "$JAR" serve --inbox "$dir/inbox" --out "$dir/out" --port 0 --queue 64 \
    >"$dir/stdout.txt" 2>"$dir/stderr.txt" &
  pid=$!
  for _ in $(seq 1 100); do
    url=$(sed -n 's/.*本轮提交情况（财政局）：\(http[^ ]*\).*/\1/p' "$dir/stdout.txt")
    [ -n "$url" ] && break
    sleep 0.1
  done
  if [ -z "$url" ]; then
    row "serve: self-check" "seed.xlsx" "-" "-" "-" "FAILED: the server did not start (see ${dir#"$ROOT"/})"
    kill "$pid" 2>/dev/null || true
    return
  fi
  check() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -F "file=@$seed;filename=$1.xlsx" "${url}api/check"; }
  for i in $(seq 1 30); do check "warm$i" >/dev/null; done
  for i in $(seq 1 50); do check "one$i"; done >"$dir/one.txt"
  local med p95 ok
  med=$(awk '{ print $2 }' "$dir/one.txt" | sort -g | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] }')
  p95=$(awk '{ print $2 }' "$dir/one.txt" | sort -g | awk '{ a[NR] = $1 } END { printf "%.3f", a[int(NR * 0.95)] }')
  ok=$(grep -c '^200 ' "$dir/one.txt" || true)
  row "serve: one self-check on a warm server, upload to answer (median of 50)" "seed.xlsx" "$med" "-" "-" \
    "p95 ${p95}s; $ok/50 answered 200"
  TARGETS+=("self-check answers within a second on a warm server: median ${med}s, p95 ${p95}s — $(le "$p95" 1 && echo met || echo MISSED)")
  local t0 t1 wall rss answered lost
  t0=$(date +%s.%N)
  seq 1 40 | xargs -P 40 -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
    -F "file=@$seed;filename=many{}.xlsx" "${url}api/check" >"$dir/forty.txt"
  t1=$(date +%s.%N)
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
  answered=$(grep -c '^200 ' "$dir/forty.txt" || true)
  lost=$((40 - $(wc -l <"$dir/forty.txt")))
  rss=$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || echo "-")
  local slowest
  slowest=$(awk '{ print $2 }' "$dir/forty.txt" | sort -g | tail -1)
  row "serve: 40 concurrent self-checks on loopback, -Xmx256m" "40 × seed.xlsx" "$wall" "$(rate 40 "$wall")" "$rss" \
    "$answered/40 answered 200, $lost lost, slowest ${slowest}s; other codes: $(grep -v '^200 ' "$dir/forty.txt" | cut -d' ' -f1 | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
  TARGETS+=("40 concurrent self-checks: $answered answered, $lost lost, peak RSS $rss MB — $([ "$answered" = 40 ] && echo met || echo MISSED)")
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

if [ "$SERVE_ONLY" = 1 ]; then
  ROWS_MD=()
  TARGETS=()
  row() { ROWS_MD+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }
  rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }'; }
  le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
  serve_rows
  {
    echo "## serve rows $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); java: $(java -version 2>&1 | sed -n 2p)"
    echo "- load average (1/5/15 min) at the end: $(cut -d" " -f1-3 /proc/loadavg)"
    echo
    echo "| step | input | wall (s) | files/s | peak RSS (MB) | result |"
    echo "|---|---|---:|---:|---:|---|"
    printf '%s\n' "${ROWS_MD[@]}"
    echo
    printf -- '- %s\n' "${TARGETS[@]}"
  } >"$WORK/serve-results.md"
  cat "$WORK/serve-results.md"
  exit 0
fi

# The runtime classpath for the generators and POI's round trip; the shaded jar carries the same libraries.
CP_FILE=$WORK/classpath.txt
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
  log "resolving the runtime classpath (mvn dependency:build-classpath)"
  if ! mvn -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$CP_FILE" \
      >"$WORK/classpath.log" 2>&1; then
    if [ -f "$JAR" ]; then
      log "dependency:build-classpath failed (see $WORK/classpath.log); using target/evalsheet.jar's libraries"
      printf '%s' "$JAR" >"$CP_FILE"
    else
      echo "cannot resolve POI's classpath: see $WORK/classpath.log" >&2
      exit 1
    fi
  fi
fi
DEPS=$(cat "$CP_FILE")

# The bench programs, compiled with plain javac so a half-built tree does not stop them; the fixtures they use
# (SeedWorkbook, Sheets…) are found through the source path, so a fixture split in two does not break the script.
SOURCES=(src/test/java/org/evalsheet/bench/{Floor,FileSweep,Inputs,BigTable,PoiRoundTrip,SummaryRows}.java)
if [ ! -f "$CLASSES/.built" ] \
    || [ -n "$(find src/test/java/org/evalsheet/bench src/test/java/org/evalsheet/testing src/test/resources/seed \
      -newer "$CLASSES/.built")" ]; then
  log "compiling the bench programs"
  rm -rf "$CLASSES" && mkdir -p "$CLASSES/seed"
  javac -nowarn -encoding UTF-8 --release 17 -d "$CLASSES" -cp "$DEPS" \
    -sourcepath src/test/java:src/main/java -implicit:class "${SOURCES[@]}"
  cp src/test/resources/seed/seed-table.tsv "$CLASSES/seed/"
  touch "$CLASSES/.built"
fi

# --- inputs ----------------------------------------------------------------------------------------------------
IN=$WORK/inputs/n$FILES-r$ROWS-t${TABLES}x$PER_FILE-s$SEED
GEN_HASH=$(cat "${SOURCES[@]}" src/test/resources/seed/seed-table.tsv | sha256sum | cut -c1-16)
if [ -f "$IN/inputs.properties" ] && [ "$(cat "$IN/.generator" 2>/dev/null)" = "$GEN_HASH" ]; then
  log "reusing inputs in ${IN#"$ROOT"/}"
else
  log "generating inputs into ${IN#"$ROOT"/} (one-off; takes a while)"
  rm -rf "$IN"
  java -cp "$CLASSES:$DEPS" org.evalsheet.bench.Inputs --out "$IN" --submissions "$FILES" --rows "$ROWS" \
    --tables "$TABLES" --per-file "$PER_FILE" --seed "$SEED" --threads "$THREADS" >&2
  echo "$GEN_HASH" >"$IN/.generator"
fi
prop() { sed -n "s/^$1=//p" "$IN/inputs.properties"; }
BIG=$IN/$(prop big)
ONE=$IN/$(prop one)
TABLE_FILES=$(prop tableFiles)
# Read every input once so that no step pays for the disk and the floor is not penalised for running first.
find "$IN" -type f -exec cat {} + >/dev/null

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# --- measuring -------------------------------------------------------------------------------------------------
# measure NAME CMD...: runs CMD under /usr/bin/time -v (${RUNS:-$REPEAT} times; outputs in runs/NAME, cleared
# before each run) and sets WALL (median seconds), WALLS (all runs, sorted, as a note), RSS_MB (largest peak RSS),
# RC (last exit code), DIR.
measure() {
  local name=$1; shift
  local runs=${RUNS:-$REPEAT} walls=() i
  DIR=$RUNS_DIR/$name
  RSS_MB=0
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$DIR" && mkdir -p "$DIR"
    set +e
    /usr/bin/time -v -o "$DIR/time.txt" "$@" >"$DIR/stdout.txt" 2>"$DIR/stderr.txt"
    RC=$?
    set -e
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
      for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$DIR/time.txt")")
    local rss
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$DIR/time.txt")
    [ "$rss" -gt "$RSS_MB" ] && RSS_MB=$rss
  done
  WALL=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  WALLS=""
  if [ "$runs" -gt 1 ]; then
    printf '%s\n' "${walls[@]}" >"$DIR/walls.txt"
    WALLS="; runs $(sort -g "$DIR/walls.txt" | tr '\n' ' ' | sed 's/ $//')s"
  fi
  log "$name: ${WALL}s, peak RSS ${RSS_MB} MB, exit $RC"
}

ROWS_MD=()
row() { ROWS_MD+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
# A run of evalsheet went wrong when it exited 2 (usage) or 3 (unreadable), or died of an uncaught error.
failed_run() { [ "$RC" -ge 2 ] || grep -qE 'OutOfMemoryError|Exception in thread' "$DIR/stderr.txt"; }
J=(java $EVALSHEET_JAVA_OPTS -jar "$JAR")
TARGETS=()

# (a) the floor
measure floor java $BENCH_JAVA_OPTS -cp "$CLASSES" org.evalsheet.bench.Floor --threads "$THREADS" \
  --out "$RUNS_DIR/floor/out" "$IN/submissions"
FLOOR_WALL=$WALL
FLOOR_NOTE=$(grep -o 'per-file-ms.*p95=[0-9.]*' "$DIR/stdout.txt" || echo "exit $RC")$WALLS
row "floor: unzip + SAX + rezip (JDK only)" "$FILES files, $THREADS threads" "$WALL" "$(rate "$FILES" "$WALL")" \
  "$RSS_MB" "$([ "$RC" = 0 ] && echo "ok; $FLOOR_NOTE" || echo "FAILED (exit $RC)")"

# POI's usermodel round trip, for comparison
if [ "$POI" = 1 ]; then
  measure poi-roundtrip java $BENCH_JAVA_OPTS -cp "$CLASSES:$DEPS" org.evalsheet.bench.PoiRoundTrip \
    --threads "$THREADS" --out "$RUNS_DIR/poi-roundtrip/out" "$IN/submissions"
  NOTE=$(grep -o 'per-file-ms.*p95=[0-9.]*' "$DIR/stdout.txt" || echo "exit $RC")$WALLS
  row "POI XSSFWorkbook open + write" "$FILES files, $THREADS threads" "$WALL" "$(rate "$FILES" "$WALL")" \
    "$RSS_MB" "$([ "$RC" = 0 ] && echo "ok; $NOTE; ×$(ratio "$WALL" "$FLOOR_WALL") floor" || echo "FAILED (exit $RC)")"
fi

# (b) the 1,000-file batch
measure batch "${J[@]}" batch "$IN/submissions" --out "$RUNS_DIR/batch/out"
R=$(ratio "$WALL" "$FLOOR_WALL")
if failed_run || [ ! -f "$DIR/out/summary.xlsx" ]; then
  row "evalsheet batch" "$FILES files" "$WALL" "-" "$RSS_MB" "FAILED (exit $RC, see ${DIR#"$ROOT"/})"
  TARGETS+=("batch ≤ 2× floor: FAILED run")
else
  TOTALS=$(tr -d ' \n' <"$DIR/out/report.json" 2>/dev/null | grep -o '"totals":{[^}]*}' || true)
  row "evalsheet batch" "$FILES files" "$WALL" "$(rate "$FILES" "$WALL")" "$RSS_MB" "×$R floor; ${TOTALS:-exit $RC}$WALLS"
  TARGETS+=("batch ≤ 2× floor: ×$R — $(le "$R" 2 && echo met || echo MISSED)")
  TARGETS+=("batch peak RSS ≤ 512 MB: $RSS_MB MB — $(le "$RSS_MB" 512 && echo met || echo MISSED)")
  # The same run with C1 only: how much of the wall time is C2 compiling in a run this short.
  measure batch-c1 java $EVALSHEET_JAVA_OPTS -XX:TieredStopAtLevel=1 -jar "$JAR" batch "$IN/submissions" \
    --out "$RUNS_DIR/batch-c1/out"
  row "evalsheet batch, -XX:TieredStopAtLevel=1" "$FILES files" "$WALL" "$(rate "$FILES" "$WALL")" "$RSS_MB" \
    "×$(ratio "$WALL" "$FLOOR_WALL") floor$WALLS"
fi

# (c) the large table with a 256 MB heap
J256=(java $EVALSHEET_JAVA_OPTS -Xmx256m -jar "$JAR")
measure big-validate "${J256[@]}" validate "$BIG"
OK1=$(failed_run && echo "FAILED (exit $RC)" || echo "ok (exit $RC)")
row "validate ${ROWS}-row table, -Xmx256m" "1 file" "$WALL" "-" "$RSS_MB" "$OK1"
measure big-fill "${J256[@]}" fill "$BIG" --out "$RUNS_DIR/big-fill/out"
if failed_run || [ -z "$(find "$DIR/out" -name '*.xls*' 2>/dev/null)" ]; then OK2="FAILED (exit $RC)"; else OK2="ok (exit $RC)"; fi
row "fill ${ROWS}-row table, -Xmx256m" "1 file" "$WALL" "-" "$RSS_MB" "$OK2"
TARGETS+=("${ROWS}-row table with -Xmx256m: validate $OK1, fill $OK2")

# (d) the summary of many tables
# A 384 MB heap shows the summary is written with bounded memory (without -Xmx the JVM may take a quarter of RAM).
measure tables java $EVALSHEET_JAVA_OPTS -Xmx384m -jar "$JAR" batch "$IN/tables" --out "$RUNS_DIR/tables/out"
if failed_run || [ ! -f "$DIR/out/summary.xlsx" ]; then
  row "evalsheet batch, $TABLES tables, -Xmx384m" "$TABLE_FILES files × $PER_FILE sheets" "$WALL" "-" "$RSS_MB" "FAILED (exit $RC)"
  TARGETS+=("summary of $TABLES tables: FAILED run")
else
  COUNTS=$(java -cp "$CLASSES" org.evalsheet.bench.SummaryRows "$DIR/out/summary.xlsx" 2>&1 || true)
  SUMMED=$(sed -n 's/.*汇总=\([0-9]*\).*/\1/p' <<<"$COUNTS")
  SUMMED=$(( ${SUMMED:-1} - 1 ))
  row "evalsheet batch, $TABLES tables, -Xmx384m" "$TABLE_FILES files × $PER_FILE sheets" "$WALL" \
    "$(rate "$TABLE_FILES" "$WALL")" "$RSS_MB" \
    "$SUMMED tables in 汇总, $(rate "$SUMMED" "$WALL") tables/s (exit $RC)"
  TARGETS+=("summary of $TABLES tables with bounded memory (-Xmx384m): $SUMMED rows in 汇总, peak RSS $RSS_MB MB")
fi

# (e) cold start: one small file, median of 5
RUNS=5 measure cold-floor java $BENCH_JAVA_OPTS -cp "$CLASSES" org.evalsheet.bench.Floor --threads 1 \
  --out "$RUNS_DIR/cold-floor/out" "$ONE"
COLD_FLOOR=$WALL
row "cold floor: JVM + 1 file (median of 5)" "seed.xlsx" "$WALL" "-" "$RSS_MB" "exit $RC"
JSA=$WORK/evalsheet.jsa
RUNS=5 measure cold-validate "${J[@]}" validate "$ONE"
COLD=$WALL
row "cold validate (median of 5)" "seed.xlsx" "$WALL" "-" "$RSS_MB" "exit $RC; flags: ${EVALSHEET_JAVA_OPTS:-none}"
rm -f "$JSA"
java $EVALSHEET_JAVA_OPTS -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" validate "$ONE" >"$WORK/cds.log" 2>&1 || true
if [ -f "$JSA" ]; then
  RUNS=5 measure cold-validate-cds java $EVALSHEET_JAVA_OPTS -XX:SharedArchiveFile="$JSA" -jar "$JAR" validate "$ONE"
  CDS=$WALL
  row "cold validate + CDS archive" "seed.xlsx" "$WALL" "-" "$RSS_MB" "exit $RC"
  RUNS=5 measure cold-validate-cds-c1 java $EVALSHEET_JAVA_OPTS -XX:SharedArchiveFile="$JSA" \
    -XX:TieredStopAtLevel=1 -jar "$JAR" validate "$ONE"
  row "cold validate + CDS + C1 only" "seed.xlsx" "$WALL" "-" "$RSS_MB" "exit $RC"
  TARGETS+=("cold validate ≤ 0.8 s: ${COLD}s plain, ${CDS}s with CDS, ${WALL}s with CDS + C1 — $(le "$COLD" 0.8 && echo met || (le "$CDS" 0.8 && echo "met with CDS") || echo MISSED)")
else
  row "cold validate + CDS archive" "seed.xlsx" "-" "-" "-" "archive not created (see ${WORK#"$ROOT"/}/cds.log)"
  TARGETS+=("cold validate ≤ 0.8 s: ${COLD}s — $(le "$COLD" 0.8 && echo met || echo MISSED)")
fi

# (f) the everyday rounds, through the launcher the README uses (bin/evalsheet) and through java -jar
LAUNCHER=(env EVALSHEET_CACHE="$WORK/cds-cache" EVALSHEET_JAR="$JAR" "$ROOT/bin/evalsheet")
# The launcher makes its class-data archive on a command's first run: that run is not timed.
rm -rf "$WORK/cds-cache"
"${LAUNCHER[@]}" batch "$(dirname "$ONE")" --out "$RUNS_DIR/launcher-warmup" >/dev/null 2>&1 || true
"${LAUNCHER[@]}" validate "$ONE" >/dev/null 2>&1 || true
RUNS=5 measure round1-launcher "${LAUNCHER[@]}" batch "$(dirname "$ONE")" --out "$RUNS_DIR/round1-launcher/out"
R1=$(ratio "$WALL" "$COLD_FLOOR")
row "round of 1 file (batch + summary), bin/evalsheet (median of 5)" "seed.xlsx" "$WALL" "-" "$RSS_MB" \
  "×$R1 cold floor; exit $RC"
TARGETS+=("1-file round ≤ 3× the cold floor: ×$R1 with bin/evalsheet — $(le "$R1" 3 && echo met || echo MISSED)")
RUNS=5 measure round1-jar "${J[@]}" batch "$(dirname "$ONE")" --out "$RUNS_DIR/round1-jar/out"
row "round of 1 file, java -jar (median of 5)" "seed.xlsx" "$WALL" "-" "$RSS_MB" \
  "×$(ratio "$WALL" "$COLD_FLOOR") cold floor; exit $RC"
RUNS=5 measure cold-validate-launcher "${LAUNCHER[@]}" validate "$ONE"
row "cold validate, bin/evalsheet (median of 5)" "seed.xlsx" "$WALL" "-" "$RSS_MB" "exit $RC"
TARGETS+=("cold validate ≤ 0.5 s: ${WALL}s with bin/evalsheet, ${COLD}s with java -jar — $(le "$WALL" 0.5 && echo met || echo MISSED)")

ROUND31=$WORK/round31
if [ ! -d "$ROUND31" ] || [ "$(find "$ROUND31" -name '*.xlsx' | wc -l)" != 31 ]; then
  rm -rf "$ROUND31" && mkdir -p "$ROUND31"
  mapfile -t ALL_SUBMISSIONS < <(find "$IN/submissions" -name '*.xlsx' | sort)
  cp "${ALL_SUBMISSIONS[@]:0:31}" "$ROUND31/"
fi
RUNS=5 measure round31-floor java $BENCH_JAVA_OPTS -cp "$CLASSES" org.evalsheet.bench.Floor --threads "$THREADS" \
  --out "$RUNS_DIR/round31-floor/out" "$ROUND31"
F31=$WALL
row "floor on a round of 31 seed-size files (median of 5)" "31 files" "$WALL" "$(rate 31 "$WALL")" "$RSS_MB" "exit $RC"
RUNS=5 measure round31-launcher "${LAUNCHER[@]}" batch "$ROUND31" --out "$RUNS_DIR/round31-launcher/out"
R31=$(ratio "$WALL" "$F31")
row "round of 31 files, bin/evalsheet (median of 5)" "31 files" "$WALL" "$(rate 31 "$WALL")" "$RSS_MB" "×$R31 floor; exit $RC"
TARGETS+=("31-file round ≤ 3× its floor: ×$R31 with bin/evalsheet — $(le "$R31" 3 && echo met || echo MISSED)")
RUNS=5 measure round31-jar "${J[@]}" batch "$ROUND31" --out "$RUNS_DIR/round31-jar/out"
row "round of 31 files, java -jar (median of 5)" "31 files" "$WALL" "$(rate 31 "$WALL")" "$RSS_MB" \
  "×$(ratio "$WALL" "$F31") floor; exit $RC"

measure batch-launcher "${LAUNCHER[@]}" batch "$IN/submissions" --out "$RUNS_DIR/batch-launcher/out"
RL=$(ratio "$WALL" "$FLOOR_WALL")
row "evalsheet batch, bin/evalsheet" "$FILES files" "$WALL" "$(rate "$FILES" "$WALL")" "$RSS_MB" "×$RL floor$WALLS"
TARGETS+=("$FILES-file batch ≤ 2× floor with bin/evalsheet: ×$RL, peak RSS $RSS_MB MB — $(le "$RL" 2 && echo met || echo MISSED)")

# (g) the peer: 300 openpyxl-written files, a plain openpyxl script against evalsheet's batch (needs python3-openpyxl)
if /usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1; then
  OPX=$WORK/inputs/openpyxl-300-$(sha256sum bench/openpyxl_inputs.py src/test/resources/seed/seed-table.tsv | sha256sum | cut -c1-12)
  if [ ! -d "$OPX" ]; then
    log "writing 300 files with openpyxl"
    /usr/bin/python3 bench/openpyxl_inputs.py 300 "$OPX.tmp" "$ROOT" && mv "$OPX.tmp" "$OPX"
  fi
  find "$OPX" -type f -exec cat {} + >/dev/null
  RUNS=3 measure openpyxl-peer /usr/bin/python3 bench/openpyxl_peer.py "$OPX" "$RUNS_DIR/openpyxl-peer/out"
  PEER=$WALL
  row "openpyxl script: load, write 得分率, save, one summary (median of 3)" "300 openpyxl files" "$WALL" \
    "$(rate 300 "$WALL")" "$RSS_MB" "exit $RC"
  RUNS=3 measure openpyxl-evalsheet "${LAUNCHER[@]}" batch "$OPX" --out "$RUNS_DIR/openpyxl-evalsheet/out"
  RP=$(ratio "$PEER" "$WALL")
  row "evalsheet batch on the same files, bin/evalsheet (median of 3)" "300 openpyxl files" "$WALL" \
    "$(rate 300 "$WALL")" "$RSS_MB" "${RP}× faster than the openpyxl script; exit $RC"
  TARGETS+=("≥ 4× faster than the openpyxl script on 300 openpyxl files: ${RP}× — $(awk -v r="$RP" 'BEGIN { exit !(r >= 4) }' && echo met || echo MISSED)")
else
  row "openpyxl script" "300 openpyxl files" "-" "-" "-" "skipped: python3-openpyxl is not installed"
fi

# (h) watch latency: one new file dropped into a watched round of $FILES, until report.json lists it, minus settle
WATCH_IN=$WORK/watch-inbox
WATCH_OUT=$RUNS_DIR/watch/out
SETTLE=1
rm -rf "$WATCH_IN" "$RUNS_DIR/watch" && mkdir -p "$WATCH_IN" "$RUNS_DIR/watch"
cp -r "$IN/submissions/." "$WATCH_IN/"
"${LAUNCHER[@]}" watch "$WATCH_IN" --out "$WATCH_OUT" --settle "$SETTLE" >"$RUNS_DIR/watch/stdout.txt" \
  2>"$RUNS_DIR/watch/stderr.txt" &
WATCH_PID=$!
listed() { [ -f "$WATCH_OUT/report.json" ] && grep -q "$1" "$WATCH_OUT/report.json"; }
# The report's totals: "files":N (the list of files is "files":[…]).
count_files() {
  [ -f "$WATCH_OUT/report.json" ] || return 0
  tr -d ' \n' <"$WATCH_OUT/report.json" | grep -o '"files":[0-9][0-9]*' | head -1 | cut -d: -f2 || true
}
for _ in $(seq 1 1200); do
  [ "$(count_files)" = "$FILES" ] && break
  sleep 0.1
done
sleep 1
T0=$(date +%s.%N)
cp "$ONE" "$WATCH_IN/new-watch-drop.xlsx.part" && mv "$WATCH_IN/new-watch-drop.xlsx.part" "$WATCH_IN/new-watch-drop.xlsx"
LAT="-"
for _ in $(seq 1 600); do
  if listed new-watch-drop; then
    LAT=$(awk -v a="$T0" -v b="$(date +%s.%N)" -v s="$SETTLE" 'BEGIN { printf "%.2f", b - a - s }')
    break
  fi
  sleep 0.02
done
# A background job of a script ignores SIGINT: TERM runs the same shutdown (the file in hand is finished).
kill -TERM "$WATCH_PID" 2>/dev/null || true
wait "$WATCH_PID" 2>/dev/null || true
row "watch: one new file into a round of $FILES, bin/evalsheet" "1 file" "$LAT" "-" "-" \
  "settle ${SETTLE}s + ${LAT}s until report.json lists it"
TARGETS+=("watch latency ≤ settle + 0.5 s: settle + ${LAT}s — $([ "$LAT" != "-" ] && le "$LAT" 0.5 && echo met || echo MISSED)")

serve_rows

# --- report ----------------------------------------------------------------------------------------------------
JAVA_VERSION=$(java -version 2>&1 | sed -n 2p)
{
  echo "## Results $(date -u '+%Y-%m-%d %H:%M UTC')$([ "$QUICK" = 1 ] && echo ' (--quick)')"
  echo
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM"
  echo "- java: $JAVA_VERSION; evalsheet flags: ${EVALSHEET_JAVA_OPTS:-none}"
  echo "- load average (1/5/15 min) at the start: $LOAD_START, at the end: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- inputs: $FILES submissions, a $ROWS-row table, $TABLES tables in $TABLE_FILES files (seed $SEED); repeat $REPEAT"
  echo
  echo "| step | input | wall (s) | files/s | peak RSS (MB) | result |"
  echo "|---|---|---:|---:|---:|---|"
  printf '%s\n' "${ROWS_MD[@]}"
  echo
  echo "Targets (issues 5 and 10):"
  printf -- '- %s\n' "${TARGETS[@]}"
} >"$WORK/results.md"
echo
cat "$WORK/results.md"
echo
echo "(written to ${WORK#"$ROOT"/}/results.md; per-step outputs in ${RUNS_DIR#"$ROOT"/}/)"
