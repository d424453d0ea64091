package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package whose local header names a part differently from its central directory (a fuzz finding): the JDK
 * saw {@code docProps/app.xml}, POI's fallback reader {@code docProps-app.xml}, and the copy written from one
 * view lacked a part the other named. Such a file is damaged and is rejected before either reads it.
 */
class LocalHeaderNamesTest {
  @TempDir Path dir;

  @Test
  void aSoundPackageAgrees() throws Exception {
    Path good = new SeedWorkbook().write(dir.resolve("good.xlsx"));
    assertThat(ZipInspector.localNamesAgree(good)).isTrue();
  }

  @Test
  void aLocalHeaderNamingAnotherPartIsDamage() throws Exception {
    byte[] bytes = Files.readAllBytes(new SeedWorkbook().write(dir.resolve("good.xlsx")));
    byte[] name = "docProps/app.xml".getBytes(StandardCharsets.US_ASCII);
    int local = find(bytes, new byte[] {'P', 'K', 3, 4}, name);
    assertThat(local).as("a local header for docProps/app.xml").isNotNegative();
    bytes[local + 30 + "docProps".length()] = '-';
    Path bad = Files.write(dir.resolve("bad.xlsx"), bytes);

    assertThat(ZipInspector.localNamesAgree(bad)).isFalse();
    assertThatThrownBy(() -> new WorkbookReader(ReadLimits.DEFAULT).read(bad))
        .isInstanceOfSatisfying(UnreadableFileException.class,
            e -> assertThat(e.reason()).isEqualTo(InputReasons.CORRUPT));
  }

  /** The offset of the header with {@code signature} whose name (at offset 30) is {@code name}, or -1. */
  private static int find(byte[] b, byte[] signature, byte[] name) {
    outer:
    for (int i = 0; i + 30 + name.length <= b.length; i++) {
      for (int j = 0; j < 4; j++) {
        if (b[i + j] != signature[j]) {
          continue outer;
        }
      }
      for (int j = 0; j < name.length; j++) {
        if (b[i + 30 + j] != name[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
