package org.evalsheet.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalsheet.testing.DamagedCorpus;
import org.evalsheet.testing.SeedLayouts;
import org.evalsheet.testing.SeedWorkbook;

/**
 * Turns a fuzzer's bytes into a workbook file (模糊输入): the bytes as they are (an .xlsx or an .xls), or a sound
 * package of a real table with one of its parts replaced or spliced with the bytes, so that the fuzzer reaches the
 * XML and the table logic behind the zip's checksums.
 */
final class FuzzInputs {
  private FuzzInputs() {}

  /** The parts of real workbooks: the seed merged, and an outline layout with 小计 and a reviewer's column. */
  private static final List<Map<String, byte[]>> TEMPLATES = templates();

  private static List<Map<String, byte[]>> templates() {
    try {
      Path dir = Files.createTempDirectory("evalsheet-fuzz");
      List<Map<String, byte[]>> out = new ArrayList<>();
      out.add(DamagedCorpus.unzip(Files.readAllBytes(new SeedWorkbook().write(dir.resolve("seed.xlsx")))));
      out.add(DamagedCorpus.unzip(Files.readAllBytes(new SeedLayouts().groups(SeedLayouts.Groups.OUTLINE_SCORED)
          .reviewer().notApplicable(12, "不适用").write(dir.resolve("outline.xlsx")))));
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file in {@code dir} made from the fuzzer's data. */
  static Path file(FuzzedDataProvider data, Path dir) throws IOException {
    int mode = data.consumeInt(0, 3);
    if (mode <= 1) {
      return Files.write(dir.resolve(mode == 0 ? "in.xlsx" : "in.xls"), data.consumeRemainingAsBytes());
    }
    Map<String, byte[]> parts = new LinkedHashMap<>(TEMPLATES.get(data.consumeInt(0, TEMPLATES.size() - 1)));
    List<String> names = new ArrayList<>(parts.keySet());
    String part = names.get(data.consumeInt(0, names.size() - 1));
    if (mode == 2) {
      parts.put(part, data.consumeRemainingAsBytes());
    } else {
      byte[] original = parts.get(part);
      int at = data.consumeInt(0, original.length);
      int cut = data.consumeInt(0, Math.min(64, original.length - at));
      byte[] insert = data.consumeRemainingAsBytes();
      byte[] spliced = new byte[original.length - cut + insert.length];
      System.arraycopy(original, 0, spliced, 0, at);
      System.arraycopy(insert, 0, spliced, at, insert.length);
      System.arraycopy(original, at + cut, spliced, at + insert.length, original.length - at - cut);
      parts.put(part, spliced);
    }
    return Files.write(dir.resolve("in.xlsx"), DamagedCorpus.zip(parts));
  }

  /** Deletes a fuzz run's files. */
  static void clean(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temp folder left behind is harmless; the next input uses a fresh one.
    }
  }
}
