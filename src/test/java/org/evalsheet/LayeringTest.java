package org.evalsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** Each stage knows only the stages before it (model → read → validate → review → score → write → batch → serve → cli). */
class LayeringTest {
  private static final List<String> ORDER = List.of("model", "read", "validate", "review", "score", "write", "batch", "serve", "cli");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.evalsheet\\.(\\w+)\\.", Pattern.MULTILINE);

  @Test
  void noStageImportsALaterOne() throws IOException {
    List<String> violations = new ArrayList<>();
    Path main = ProjectFiles.root().resolve("src/main/java/org/evalsheet");
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String stage = main.relativize(f).getName(0).toString();
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          if (ORDER.indexOf(m.group(1)) > ORDER.indexOf(stage)) {
            violations.add(main.relativize(f) + " imports " + m.group(1));
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void onlyReadAndWriteTouchSpreadsheetsAndOnlyTheCommandLinePrints() throws IOException {
    List<String> violations = new ArrayList<>();
    Path main = ProjectFiles.root().resolve("src/main/java/org/evalsheet");
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String stage = main.relativize(f).getName(0).toString();
        String text = Files.readString(f);
        if (List.of("model", "validate", "review", "score").contains(stage) && text.contains("import org.apache.poi")) {
          violations.add(main.relativize(f) + " uses POI");
        }
        if (!stage.equals("cli") && (text.contains("System.out") || text.contains("System.err")
            || text.contains("System.exit"))) {
          violations.add(main.relativize(f) + " prints or exits");
        }
      }
    }
    assertThat(violations).isEmpty();
  }
}
