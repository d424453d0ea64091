package org.evalsheet.write.fill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.read.xlsx.WorkbookFile;
import org.evalsheet.testing.HostileInputs;
import org.evalsheet.testing.SeedResults;
import org.evalsheet.write.fill.FilledCopyWriter.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy the fast path writes (副本压缩包): an unchanged entry keeps the very bytes it was stored with — it is not
 * inflated and deflated again — and the copy is a zip every reader opens; an entry that holds more than it declares
 * is not carried into a copy.
 */
class XlsxPatchZipTest {
  @TempDir Path dir;

  private static byte[] stored(WorkbookFile file, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    file.writeStored(file.entry(name), out);
    return out.toByteArray();
  }

  @Test
  void unchangedEntriesKeepTheirStoredBytesAndTheCopyOpensEverywhere() throws Exception {
    Path input = FillWorkbooks.seed(dir.resolve("seed.xlsx"));
    Path out = dir.resolve("out.xlsx");
    FilledCopyWriter.write(input, out, List.of(SeedResults.seed()), Route.FAST);
    WorkbookFile before = WorkbookFile.read(input, ReadLimits.DEFAULT);
    WorkbookFile after = WorkbookFile.read(out, ReadLimits.DEFAULT);
    for (String name : List.of("xl/sharedStrings.xml", "xl/worksheets/sheet2.xml", "docProps/core.xml")) {
      assertThat(stored(after, name)).as(name).isEqualTo(stored(before, name));
      assertThat(after.entry(name).crc()).isEqualTo(before.entry(name).crc());
    }
    try (ZipFile jdk = new ZipFile(out.toFile())) {
      for (var e : java.util.Collections.list(jdk.entries())) {
        assertThat(jdk.getInputStream(e).readAllBytes()).hasSize((int) e.getSize());
      }
    }
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(out))) {
      // A reader of local headers, which checks every entry's size and CRC as it goes.
      while (in.getNextEntry() != null) {
        in.readAllBytes();
      }
    }
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(wb.getSheet("评价结论")).isNotNull();
    }
  }

  @Test
  void anEntryHoldingMoreThanItDeclaresStopsTheCopy() throws Exception {
    Path seed = FillWorkbooks.seed(dir.resolve("seed.xlsx"));
    Map<String, byte[]> parts = new LinkedHashMap<>(HostileInputs.unzip(Files.readAllBytes(seed)));
    parts.put("xl/media/image1.bin", new byte[64 * 1024]);
    byte[] zip = HostileInputs.zip(parts);
    byte[] name = "xl/media/image1.bin".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 46 + name.length <= zip.length; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
          && java.util.Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
        zip[i + 24] = (byte) 0xE8; // declares 1,000 bytes
        zip[i + 25] = 3;
        zip[i + 26] = 0;
        zip[i + 27] = 0;
      }
    }
    Path lying = Files.write(dir.resolve("lying.xlsx"), zip);
    Path out = dir.resolve("out.xlsx");
    assertThatThrownBy(() -> FilledCopyWriter.write(lying, out, List.of(SeedResults.seed()), Route.FAST))
        .isInstanceOf(IOException.class).hasMessageContaining("大于其声明的大小");
    assertThat(out).doesNotExist();
  }
}
