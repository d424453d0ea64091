package org.evalsheet.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evalsheet.testing.DamagedCorpus;
import org.evalsheet.testing.SeedLayouts;
import org.evalsheet.testing.SeedWorkbook;

/**
 * Seed inputs for the fuzz tests (种子输入), in the byte layout {@link FuzzInputs} decodes (Jazzer's data provider
 * takes its numbers from the end): every bundled sample workbook, the layouts of the seed table, and damaged
 * copies — the bad row numbers, columns and parts that found bugs before.
 *
 * <p>Usage: {@code FuzzSeeds CORPUS_ROOT PROJECT_ROOT}; writes one folder per fuzz test method under CORPUS_ROOT.
 */
public final class FuzzSeeds {
  private FuzzSeeds() {}

  static final List<String> TARGETS = List.of("readerEndsWithTablesOrAReason", "aFilledCopyIsOnlyWrittenWhenItReopens",
      "rosterEndsWithNamesOrAReason");

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("--regression")) {
      regression(Path.of(args[1]), Path.of(args[2]));
      return;
    }
    Path root = Path.of(args[0]);
    Path project = Path.of(args.length > 1 ? args[1] : ".");
    Map<String, byte[]> workbooks = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(project.resolve("sample-workbooks"))) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.xlsx?$")).sorted().toList()) {
        workbooks.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    Path tmp = Files.createTempDirectory("seeds");
    workbooks.put("outline.xlsx", Files.readAllBytes(new SeedLayouts().groups(SeedLayouts.Groups.OUTLINE_SCORED)
        .write(tmp.resolve("o.xlsx"))));
    workbooks.put("fractions.xlsx", Files.readAllBytes(new SeedLayouts().weights(SeedLayouts.Weights.FRACTIONS)
        .groups(SeedLayouts.Groups.SUBTOTALS).write(tmp.resolve("f.xlsx"))));
    workbooks.put("seed.xls", Files.readAllBytes(new SeedWorkbook().write(tmp.resolve("s.xls"))));
    byte[] seed = Files.readAllBytes(new SeedWorkbook().write(tmp.resolve("s.xlsx")));
    List<byte[]> damaged = DamagedCorpus.of(seed, 30, 7);
    for (int i = 0; i < damaged.size(); i++) {
      workbooks.put("damaged-" + i + ".xlsx", damaged.get(i));
    }
    for (String target : TARGETS) {
      Path dir = Files.createDirectories(root.resolve(target));
      int n = 0;
      for (Map.Entry<String, byte[]> w : workbooks.entrySet()) {
        int mode = w.getKey().endsWith(".xls") ? 1 : 0;
        byte[] input = target.startsWith("roster") ? with(w.getValue(), 0, mode) : with(w.getValue(), mode);
        Files.write(dir.resolve(String.format("seed-%03d", n++)), input);
      }
      if (target.startsWith("roster")) {
        for (String roster : rosters()) {
          Files.write(dir.resolve(String.format("seed-%03d", n++)), with(roster.getBytes(StandardCharsets.UTF_8), 1));
        }
      }
    }
  }

  /**
   * The committed regression inputs ({@code InputFuzzTestInputs/<method>/}): a sound table of each kind, and the
   * damage that found bugs: a row number beyond an int (POI wrapped it round and the walk spun for a minute), a row
   * beyond Excel's last, a column beyond XFD, a merged region ending before it starts, a damaged docProps/core.xml
   * (copied as it was, so openpyxl could not open the copy), a damaged theme (POI's usermodel gave up on the file).
   */
  static void regression(Path root, Path project) throws IOException {
    Path tmp = Files.createTempDirectory("regression");
    byte[] seed = Files.readAllBytes(new SeedWorkbook().write(tmp.resolve("s.xlsx")));
    Map<String, byte[]> parts = DamagedCorpus.unzip(seed);
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    inputs.put("seed-xlsx", with(seed, 0));
    inputs.put("seed-xls", with(Files.readAllBytes(new SeedWorkbook().write(tmp.resolve("s.xls"))), 1));
    inputs.put("outline-subtotals-fractions", with(Files.readAllBytes(new SeedLayouts()
        .groups(SeedLayouts.Groups.SUBTOTALS_NESTED).weights(SeedLayouts.Weights.FRACTIONS).reviewer()
        .write(tmp.resolve("o.xlsx"))), 0));
    inputs.put("row-beyond-int", with(sheet(parts, x -> x.replaceFirst("<row r=\"[0-9]+\"", "<row r=\"2147483648\"")), 0));
    inputs.put("row-beyond-excel", with(sheet(parts, x -> x.replaceFirst("<row r=\"[0-9]+\"", "<row r=\"1048577\"")), 0));
    inputs.put("column-beyond-xfd", with(sheet(parts, x -> x.replaceFirst("<c r=\"A1\"", "<c r=\"XFE1\"")), 0));
    inputs.put("merge-backwards", with(sheet(parts,
        x -> x.replaceFirst("<mergeCell ref=\"[A-Z0-9:]+\"", "<mergeCell ref=\"K9:A2\"")), 0));
    Map<String, byte[]> core = new LinkedHashMap<>(parts);
    core.put("docProps/core.xml", (new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8)
        + "trailing garbage <x").getBytes(StandardCharsets.UTF_8));
    inputs.put("core-properties-damaged", with(DamagedCorpus.zip(core), 0));
    Map<String, byte[]> themed = new LinkedHashMap<>(DamagedCorpus.unzip(Files.readAllBytes(project.resolve(
        "sample-workbooks/submissions/青岛市文化和旅游局公共文化服务体系建设项目自评表.xlsx"))));
    byte[] theme = themed.get("xl/theme/theme1.xml");
    themed.put("xl/theme/theme1.xml", java.util.Arrays.copyOf(theme, theme.length / 2));
    inputs.put("theme-damaged-formulas-uncached", with(DamagedCorpus.zip(themed), 0));
    for (String target : TARGETS) {
      Path dir = Files.createDirectories(root.resolve(target));
      for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
        byte[] in = e.getValue();
        if (target.startsWith("roster")) {
          // The roster target reads a boolean first: false, then the same bytes as a workbook.
          in = with(in, 0);
        }
        Files.write(dir.resolve(e.getKey()), in);
      }
      if (target.startsWith("roster")) {
        List<String> texts = rosters();
        for (int i = 0; i < texts.size(); i++) {
          Files.write(dir.resolve("roster-text-" + i), with(texts.get(i).getBytes(StandardCharsets.UTF_8), 1));
        }
      }
    }
  }

  private static byte[] sheet(Map<String, byte[]> parts, java.util.function.UnaryOperator<String> edit) {
    Map<String, byte[]> copy = new LinkedHashMap<>(parts);
    String xml = new String(copy.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    copy.put("xl/worksheets/sheet1.xml", edit.apply(xml).getBytes(StandardCharsets.UTF_8));
    return DamagedCorpus.zip(copy);
  }

  /** Text rosters as clerks save them: UTF-8 with and without a BOM, blank lines, tabs, full-width spaces. */
  static List<String> rosters() {
    List<String> out = new ArrayList<>();
    out.add("青岛市教育局\n青岛市民政局\n");
    out.add("\uFEFF单位名称\r\n青岛市财政局\r\n\r\n青岛市审计局\r\n");
    out.add("序号\t单位\n1\t青岛市体育局\n2\t　青岛市商务局　\n");
    return out;
  }

  /** {@code bytes} followed by the numbers the data provider reads, first-read last: it reads from the end. */
  static byte[] with(byte[] bytes, int... trailing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes);
    for (int i = trailing.length - 1; i >= 0; i--) {
      out.write(trailing[i]);
    }
    return out.toByteArray();
  }
}
