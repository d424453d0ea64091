#!/bin/sh
# Fuzzes evalsheet for real (模糊测试), SECONDS per target (default 600), with Jazzer's coverage-guided fuzzer:
#   sh bench/fuzz.sh [SECONDS] [TARGET...]
# Targets (methods of src/test/java/org/evalsheet/fuzz/InputFuzzTest.java): readerEndsWithTablesOrAReason,
# aFilledCopyIsOnlyWrittenWhenItReopens, rosterEndsWithNamesOrAReason (all three by default).
# The seed corpus is every bundled sample workbook, the seed table's layouts and small damaged copies (FuzzSeeds),
# kept under .cifuzz-corpus/ so later runs start where earlier ones stopped. A finding is written by Jazzer to
# src/test/resources/org/evalsheet/fuzz/InputFuzzTestInputs/<target>/crash-*: fix it and commit the input, and
# every `mvn -B verify` runs it from then on. Instrumented: evalsheet and POI. Logs and the summary: target/fuzz/.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-readerEndsWithTablesOrAReason aFilledCopyIsOnlyWrittenWhenItReopens rosterEndsWithNamesOrAReason}
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/fuzz-cp.txt -Dmdep.includeScope=test
corpus=.cifuzz-corpus/org.evalsheet.fuzz.InputFuzzTest
java -cp "target/test-classes:target/classes:$(cat target/fuzz-cp.txt)" -Dorg.slf4j.simpleLogger.defaultLogLevel=off \
  org.evalsheet.fuzz.FuzzSeeds "$corpus" "$root" 2>/dev/null
mkdir -p target/fuzz
summary=target/fuzz/summary.txt
printf '%-40s %10s %8s %8s %8s %s\n' target runs exec/s cov ft findings > "$summary"
for t in $targets; do
  log=target/fuzz/$t.log
  echo "fuzzing $t for ${seconds}s (log: $log)"
  status=0
  # The test class's @Timeout becomes libFuzzer's per-input -timeout; JUnit's own timeout is switched off, since it
  # would time the whole session, which JUnit sees as one invocation.
  JAZZER_FUZZ=1 mvn -B -o surefire:test -Dtest="InputFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${seconds}s" -Djazzer.instrument='org.evalsheet.**,org.apache.poi.**' \
    -Djunit.jupiter.execution.timeout.mode=disabled \
    -DtrimStackTrace=false > "$log" 2>&1 || status=$?
  done_line=$(grep -a 'DONE ' "$log" | tail -1 || true)
  runs=$(grep -a -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  eps=$(echo "$done_line" | grep -o 'exec/s: [0-9]*' | grep -o '[0-9]*' || echo "?")
  cov=$(echo "$done_line" | grep -o 'cov: [0-9]*' | grep -o '[0-9]*' || echo "?")
  ft=$(echo "$done_line" | grep -o 'ft: [0-9]*' | grep -o '[0-9]*' || echo "?")
  findings=$(find "src/test/resources/org/evalsheet/fuzz/InputFuzzTestInputs/$t" -name 'crash-*' | wc -l)
  [ "$status" -ne 0 ] && findings="$findings (test failed: see $log)"
  printf '%-40s %10s %8s %8s %8s %s\n' "$t" "$runs" "$eps" "$cov" "$ft" "$findings" >> "$summary"
done
echo
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
cat "$summary"
