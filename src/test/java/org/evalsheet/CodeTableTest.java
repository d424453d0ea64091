package org.evalsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.Code;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE.md's table of finding codes says what {@link Code} says: every code, its severity and its line. */
class CodeTableTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_0-9]+)` \\| (错误|警告|提示) \\| (.+) \\|$", Pattern.MULTILINE);

  @Test
  void theArchitecturePagesCodeTableIsTheEnum() throws Exception {
    String doc = Files.readString(ProjectFiles.root().resolve("ARCHITECTURE.md"));
    List<String> written = new ArrayList<>();
    Matcher m = ROW.matcher(doc);
    while (m.find()) {
      written.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
    }
    List<String> codes = new ArrayList<>();
    for (Code c : Code.values()) {
      codes.add(c.name() + " " + c.severity().label() + " " + c.description());
    }
    assertThat(written).containsExactlyElementsOf(codes);
  }
}
