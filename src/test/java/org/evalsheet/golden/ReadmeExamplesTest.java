package org.evalsheet.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evalsheet.cli.Main;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's examples say what the code prints (README 示例): each {@code validate "FILE"} command shown is run
 * in-process from the project root, and every line of the output block after it (the file name elided as …) is a
 * line of what it prints.
 */
class ReadmeExamplesTest {
  private static final Pattern EXAMPLE = Pattern.compile(
      "```sh\\nbin/evalsheet validate \"([^\"]+)\"\\n```\\s*(?:[^`]*?)```\\n(.*?)```", Pattern.DOTALL);

  record Example(String file, List<String> lines) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Example> examples() throws Exception {
    String readme = Files.readString(ProjectFiles.root().resolve("README.md"));
    Matcher m = EXAMPLE.matcher(readme);
    List<Example> out = new ArrayList<>();
    while (m.find()) {
      out.add(new Example(m.group(1), m.group(2).lines().filter(l -> !l.isBlank()).toList()));
    }
    assertThat(out).as("validate examples in README.md").hasSizeGreaterThanOrEqualTo(2);
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theOutputShownIsWhatTheCommandPrints(Example example) {
    Path file = ProjectFiles.root().resolve(example.file());
    assertThat(file).isRegularFile();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.run(new String[] {"validate", file.toString()}, new PrintWriter(out), new PrintWriter(err));
    List<String> printed = out.toString().lines().map(l -> l.startsWith(file.toString())
        ? "…" + l.substring(file.toString().length()) : l).toList();
    for (String line : example.lines()) {
      assertThat(printed).as("README line").contains(line);
    }
  }
}
