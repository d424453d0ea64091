/**
 * Coverage-guided fuzz tests (模糊测试) with Jazzer: untrusted bytes into the reader, the filled copy and the
 * roster reader. {@code mvn -B verify} runs only their committed regression inputs
 * ({@code src/test/resources/org/evalsheet/fuzz/InputFuzzTestInputs/}); {@code bench/fuzz.sh SECONDS} fuzzes for
 * real from a seed corpus.
 */
package org.evalsheet.fuzz;
