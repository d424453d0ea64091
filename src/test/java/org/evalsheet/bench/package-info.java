/**
 * The benchmark's programs (基准测试): deterministic input generators, the JDK-only floor, POI's usermodel round trip
 * for comparison and a summary row counter. {@code bench/run.sh} compiles and times them; tests only check that they
 * work, never how fast. Uses no production package.
 */
package org.evalsheet.bench;
