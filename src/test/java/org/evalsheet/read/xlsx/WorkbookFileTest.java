package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipException;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.testing.HostileInputs;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook read once into memory (读入内存的工作簿) keeps every bound POI's zip reader kept on the streaming path:
 * an entry that inflates a hundredfold past the grace size is a bomb, all entries together stay within the limits,
 * and an entry holding more than it declares is never copied on.
 */
class WorkbookFileTest {
  @TempDir Path dir;

  private Map<String, byte[]> seedParts() throws IOException {
    return new LinkedHashMap<>(HostileInputs.unzip(Files.readAllBytes(new SeedWorkbook().write(dir.resolve("s.xlsx")))));
  }

  /** The package with one entry's declared inflated size in the central directory set to {@code declared}. */
  private static byte[] declaring(byte[] zip, String name, int declared) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 46 + n.length <= zip.length; i++) {
      if (ZipDirectory.u32(zip, i) == 0x02014b50L && ZipDirectory.u16(zip, i + 28) == n.length
          && java.util.Arrays.equals(zip, i + 46, i + 46 + n.length, n, 0, n.length)) {
        zip[i + 24] = (byte) declared;
        zip[i + 25] = (byte) (declared >> 8);
        zip[i + 26] = (byte) (declared >> 16);
        zip[i + 27] = (byte) (declared >> 24);
        return zip;
      }
    }
    throw new AssertionError("no entry " + name);
  }

  @Test
  void aSheetThatInflatesFarBeyondWhatItDeclaresIsAZipBomb() throws Exception {
    Map<String, byte[]> parts = seedParts();
    byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
    byte[] padded = java.util.Arrays.copyOf(sheet, sheet.length + (8 << 20));
    java.util.Arrays.fill(padded, sheet.length, padded.length, (byte) ' ');
    parts.put("xl/worksheets/sheet1.xml", padded);
    Path bomb = Files.write(dir.resolve("bomb.xlsx"),
        declaring(HostileInputs.zip(parts), "xl/worksheets/sheet1.xml", 4096));

    WorkbookFile file = WorkbookFile.read(bomb, ReadLimits.DEFAULT);
    assertThatThrownBy(() -> file.bytes(file.entry("xl/worksheets/sheet1.xml")))
        .isInstanceOf(ZipException.class).hasMessageContaining("Zip bomb");
    assertThat(LoaderEquivalence.readerOutcome(bomb, ReadLimits.DEFAULT)).isEqualTo(HostileInputs.BOMB);
  }

  @Test
  void entriesTogetherStayWithinTheInflatedBound() throws Exception {
    Path seed = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    WorkbookFile file = WorkbookFile.read(seed, new ReadLimits(50L << 20, 2_000_000L, Duration.ofSeconds(60), 4096));
    assertThatThrownBy(() -> {
      for (WorkbookFile.Entry e : file.entries()) {
        file.bytes(e);
      }
    }).isInstanceOf(IOException.class).hasMessageContaining("解压后过大");
  }

  @Test
  void anEntryHoldingMoreThanItDeclaresFailsTheCheckBeforeACopy() throws Exception {
    Map<String, byte[]> parts = seedParts();
    parts.put("xl/media/image1.bin", new byte[64 * 1024]);
    Path lying = Files.write(dir.resolve("lying.xlsx"),
        declaring(HostileInputs.zip(parts), "xl/media/image1.bin", 1000));
    WorkbookFile file = WorkbookFile.read(lying, ReadLimits.DEFAULT);
    assertThatThrownBy(() -> file.check(file.entry("xl/media/image1.bin")))
        .isInstanceOf(ZipException.class).hasMessageContaining("大于其声明的大小");
    WorkbookFile.Inflated honest = file.check(file.entry("xl/workbook.xml"));
    assertThat(honest.size()).isEqualTo(file.entry("xl/workbook.xml").size());
    assertThat(honest.crc()).isEqualTo(file.entry("xl/workbook.xml").crc());
  }

  @Test
  void anEntryIsInflatedOnceAndKept() throws Exception {
    WorkbookFile file = WorkbookFile.read(new SeedWorkbook().write(dir.resolve("seed.xlsx")), ReadLimits.DEFAULT);
    WorkbookFile.Entry sheet = file.entry("xl/worksheets/sheet1.xml");
    byte[] once = file.bytes(sheet);
    assertThat(file.bytes(sheet)).isSameAs(once);
    assertThat(new String(once, StandardCharsets.UTF_8)).contains("<sheetData>");
  }
}
