package org.evalsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * An independent reader where the machine has one (独立读取器): Debian's python3-openpyxl, which {@code .ci/run}
 * installs. A test that needs it is skipped, not failed, where it is missing.
 */
public final class Openpyxl {
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  private Openpyxl() {}

  /**
   * Runs {@code script} with {@code file} as {@code sys.argv[1]} (openpyxl's warnings turned into errors) and
   * returns what it printed; skips the calling test when openpyxl is not installed.
   */
  public static String run(String script, Path file) throws IOException, InterruptedException {
    return python("error", script, file);
  }

  /** Asserts that openpyxl opens {@code file} (its warnings ignored); skips the calling test without openpyxl. */
  public static void opens(Path file) throws IOException, InterruptedException {
    assertThat(python("ignore", "openpyxl.load_workbook(sys.argv[1]); print('ok')", file)).as("openpyxl on %s", file)
        .isEqualTo("ok");
  }

  private static String python(String warnings, String script, Path file) throws IOException, InterruptedException {
    Assumptions.assumeTrue(Files.isExecutable(PYTHON), "python3 not installed");
    Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import openpyxl").redirectErrorStream(true).start();
    Assumptions.assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0, "openpyxl not installed");
    Process p = new ProcessBuilder(PYTHON.toString(), "-W", warnings, "-c",
        "import openpyxl, sys\n" + script, file.toString()).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("openpyxl on %s said %s", file, said).isZero();
    return said.strip();
  }
}
