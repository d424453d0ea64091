package org.evalsheet.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.Severity;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.RealFormLayouts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The self-evaluation tables units really published (src/test/resources/realforms, README there): each read as
 * published gives its golden outcome ({@code expected/<id>.txt}: the numbers, every error and warning, nothing else),
 * its published total, and every real inconsistency its transcriber recorded, at its row; and the same table in two
 * other layouts (group labels repeated on every row instead of merged; every number typed as text in an .xls) gives
 * the same numbers and the same errors and warnings. Set {@code -Drealforms.write=true} to rewrite the golden files
 * from the code, then read the diff before committing it.
 */
class RealFormsTest {
  private static final Path HOME = ProjectFiles.root().resolve("src/test/resources/realforms");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The finding codes that catch each kind of inconsistency a transcriber records (README's list). */
  private static final Map<String, List<String>> CATCHES = Map.ofEntries(
      Map.entry("TOTAL", List.of("TOTAL_ROW_MISMATCH")),
      Map.entry("GROUP_HEADING", List.of("GROUP_WEIGHT_MISMATCH")),
      Map.entry("SCORE_ABOVE_WEIGHT", List.of("SCORE_ABOVE_WEIGHT")),
      Map.entry("WEIGHTS_SUM", List.of("WEIGHT_TOTAL_NOT_100", "GROUP_WEIGHT_MISMATCH", "TOTAL_ROW_MISMATCH")),
      Map.entry("FUNDS_SCORE", List.of("SCORE_ABOVE_RULE", "FUNDS_SCORE_MISMATCH")),
      Map.entry("FUNDS_TOTAL", List.of("FUNDS_TOTAL_MISSING")),
      Map.entry("RATE", List.of("EXECUTION_RATE_MISMATCH")),
      Map.entry("FULL_MARKS_BELOW_TARGET", List.of("SCORE_ABOVE_RULE", "QUALITATIVE_SCORE_OUT_OF_BAND")),
      Map.entry("NO_REASON", List.of("DEVIATION_REASON_MISSING")),
      Map.entry("GRADE", List.of("GRADE_MISMATCH")));
  private static final Pattern MISSED = Pattern.compile("^missed (\\S+)@(\\S+) .+$", Pattern.MULTILINE);

  @TempDir Path dir;

  static Stream<Arguments> tables() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> specs = Files.list(HOME.resolve("specs"))) {
      for (Path spec : specs.sorted().toList()) {
        String id = spec.getFileName().toString().replace(".json", "");
        out.add(Arguments.of(id, "xlsx"));
        if (Files.exists(HOME.resolve("xls").resolve(id + ".xls"))) {
          out.add(Arguments.of(id, "xls"));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("tables")
  void readsAsPublishedWithItsRealInconsistenciesAndNoOther(String id, String ext) throws Exception {
    JsonNode spec = JSON.readTree(HOME.resolve("specs").resolve(id + ".json").toFile());
    FileResult r = process(HOME.resolve(ext).resolve(id + "." + ext));
    String actual = outcome(r);
    Path golden = HOME.resolve("expected").resolve(id + ".txt");
    if (Boolean.getBoolean("realforms.write") && ext.equals("xlsx")) {
      Files.createDirectories(golden.getParent());
      String comments = Files.exists(golden) ? comments(Files.readString(golden)) : "";
      Files.writeString(golden, comments + actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    assertThat(actual).as(id).isEqualTo(withoutComments(expected));

    JsonNode expect = spec.get("expect");
    JsonNode total = expect.get("total");
    if (total != null && total.isNumber() && !r.tables().isEmpty() && r.tables().get(0).table().total() != null) {
      org.evalsheet.model.TotalRow row = r.tables().get(0).table().total();
      // A scored table's 总分 is its score; a blank form's (weights only) is its weight.
      org.evalsheet.model.Amount stated = row.score().isNumber() ? row.score() : row.weight();
      assertThat(stated.value()).as(id + " reads the published 总分").isEqualByComparingTo(total.decimalValue());
    }
    List<Finding> raised = raised(r);
    for (JsonNode inc : expect.path("inconsistencies")) {
      String kind = inc.get("kind").asText();
      String cell = inc.get("cell").asText();
      if (missedOnPurpose(expected, kind, cell)) {
        continue;
      }
      int row = row(cell);
      assertThat(raised).as(id + ": the real inconsistency " + kind + " at " + cell + " (" + inc.path("what").asText()
          + ") is caught").anyMatch(f -> CATCHES.get(kind).contains(f.code())
              && (kind.equals("WEIGHTS_SUM") || f.cell() != null && f.cell().row() + 1 == row));
    }
  }

  @ParameterizedTest(name = "{0}, groups repeated on every row")
  @MethodSource("xlsxOnly")
  void theSameTableWithItsGroupsRepeatedOnEveryRowReadsTheSame(String id) throws Exception {
    Path published = HOME.resolve("xlsx").resolve(id + ".xlsx");
    Path flat = RealFormLayouts.repeatedGroups(published, dir.resolve(id + "-flat.xlsx"));
    assertThat(comparable(process(flat))).as(id).isEqualTo(comparable(process(published)));
  }

  @ParameterizedTest(name = "{0}, numbers as text in .xls")
  @MethodSource("xlsxOnly")
  void theSameTableWithNumbersTypedAsTextInAnXlsReadsTheSame(String id) throws Exception {
    Path published = HOME.resolve("xlsx").resolve(id + ".xlsx");
    Path text = RealFormLayouts.textNumbersXls(published, dir.resolve(id + "-text.xls"));
    assertThat(comparable(process(text))).as(id).isEqualTo(comparable(process(published)));
  }

  static Stream<String> xlsxOnly() throws IOException {
    try (Stream<Path> specs = Files.list(HOME.resolve("specs"))) {
      return specs.sorted().map(p -> p.getFileName().toString().replace(".json", "")).toList().stream();
    }
  }

  private static FileResult process(Path file) {
    return new Pipeline(ReadLimits.DEFAULT, ProfileReader.defaults(), null).process(file, file.getFileName().toString());
  }

  /** The golden text: the outcome, each table's numbers, then every error and warning, one a line. */
  static String outcome(FileResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("status ").append(r.status().name().toLowerCase(java.util.Locale.ROOT));
    if (r.reason() != null) {
      sb.append(' ').append(r.reason());
    }
    sb.append('\n');
    for (TableResult t : r.tables()) {
      sb.append("table ").append(t.table().sheet()).append(": weight ").append(num(t.evaluation().weightTotal()))
          .append(", full mark ").append(num(t.evaluation().fullMark())).append(", score ")
          .append(num(t.evaluation().scoreTotal())).append(", leaves ").append(t.table().indicators().size())
          .append('\n');
      for (Finding f : t.findings()) {
        if (f.severity() != Severity.INFO) {
          sb.append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(f.code()).append(' ')
              .append(f.cell() == null ? "-" : f.cell().toString()).append(' ').append(f.message()).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** What two layouts of one table must share: the outcome's numbers and each error's and warning's code and cell. */
  private static String comparable(FileResult r) {
    StringBuilder sb = new StringBuilder(r.status().name()).append('\n');
    for (TableResult t : r.tables()) {
      sb.append(num(t.evaluation().weightTotal())).append(' ').append(num(t.evaluation().scoreTotal())).append(' ')
          .append(t.table().indicators().size()).append('\n');
      t.findings().stream().filter(f -> f.severity() != Severity.INFO)
          .forEach(f -> sb.append(f.severity()).append(' ').append(f.code()).append(' ').append(f.cell()).append('\n'));
    }
    return sb.toString();
  }

  private static List<Finding> raised(FileResult r) {
    return r.tables().stream().flatMap(t -> t.findings().stream()).filter(f -> f.severity() != Severity.INFO).toList();
  }

  private static boolean missedOnPurpose(String golden, String kind, String cell) {
    Matcher m = MISSED.matcher(golden);
    while (m.find()) {
      if (m.group(1).equals(kind) && m.group(2).equals(cell)) {
        return true;
      }
    }
    return false;
  }

  private static int row(String a1) {
    return Integer.parseInt(a1.replaceAll("^[A-Z]+", ""));
  }

  private static String num(BigDecimal v) {
    return v == null ? "-" : Decimals.format(v);
  }

  /** The lines a person wrote (comments, and what a table is known to be missed for), kept on rewriting. */
  private static String comments(String golden) {
    StringBuilder sb = new StringBuilder();
    for (String line : golden.split("\n")) {
      if (line.startsWith("#") || line.startsWith("missed ")) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  private static String withoutComments(String golden) {
    StringBuilder sb = new StringBuilder();
    for (String line : golden.split("\n")) {
      if (!line.startsWith("#") && !line.startsWith("missed ") && !line.isEmpty()) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }
}
