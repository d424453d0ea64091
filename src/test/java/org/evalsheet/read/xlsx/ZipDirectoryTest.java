package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.testing.DamagedCorpus;
import org.evalsheet.testing.HostileInputs;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package read once into memory against the JDK's {@code ZipFile}, which the checks used before: a file is a zip
 * to one exactly when it is to the other, with the same entries, and every entry inflates to the same bytes or fails
 * on both — on sound workbooks, the hostile corpus, damaged copies, random mutants and the fuzzers' regression inputs.
 */
class ZipDirectoryTest {
  @TempDir Path dir;

  @Test
  void aSoundWorkbookListsTheEntriesTheJdkLists() throws Exception {
    Path seed = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    assertThat(agree(seed)).isEqualTo("zip");
    WorkbookFile file = WorkbookFile.read(seed, ReadLimits.DEFAULT);
    assertThat(file.entries()).extracting(WorkbookFile.Entry::name).contains("[Content_Types].xml",
        "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    assertThat(file.entry("XL/Workbook.XML").name()).isEqualTo("xl/workbook.xml");
  }

  @Test
  void hostileAndDamagedFilesAreZipsHereExactlyWhenTheyAreToTheJdk() throws Exception {
    List<Path> files = new ArrayList<>();
    HostileInputs.build(dir.resolve("hostile")).forEach(c -> files.add(c.file()));
    byte[] good = Files.readAllBytes(new SeedWorkbook().write(dir.resolve("good.xlsx")));
    files.addAll(DamagedCorpus.write(dir.resolve("damaged"), good, 120, 20240607L));
    Random random = new Random(20240608L);
    for (int i = 0; i < 300; i++) {
      files.add(Files.write(dir.resolve("mutant-" + i + ".xlsx"), Mutants.mutate(good, random)));
    }
    Path fuzz = ProjectFiles.root().resolve("src/test/resources/org/evalsheet/fuzz");
    try (Stream<Path> found = Files.walk(fuzz)) {
      found.filter(Files::isRegularFile).forEach(files::add);
    }
    int zips = 0;
    int refused = 0;
    for (Path f : files) {
      String verdict = agree(f);
      zips += verdict.equals("zip") ? 1 : 0;
      refused += verdict.equals("refused") ? 1 : 0;
    }
    assertThat(zips).as("files both read as zips").isGreaterThan(50);
    assertThat(refused).as("files both refuse").isGreaterThan(20);
  }

  /** "zip", "refused" or "other" (not a zip's first bytes); fails when the two readers disagree. */
  private static String agree(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    WorkbookFile mine = WorkbookFile.of(file, bytes, ReadLimits.DEFAULT);
    if (!mine.startsAsZip()) {
      return "other";
    }
    List<ZipEntry> jdk = null;
    Throwable jdkFailure = null;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      jdk = Collections.list(zip.entries()).stream().map(e -> (ZipEntry) e).toList();
      assertThat(mine.isZip()).as("%s: the JDK reads it, so must we (%s)", file.getFileName(), mine.unreadable())
          .isTrue();
      for (ZipEntry e : jdk) {
        sameBytes(file, zip, e, mine, mine.exact(e.getName()));
      }
    } catch (IOException | RuntimeException e) {
      jdkFailure = e;
    }
    if (jdk == null) {
      assertThat(mine.isZip()).as("%s: the JDK refuses it (%s), so must we", file.getFileName(), jdkFailure)
          .isFalse();
      return "refused";
    }
    assertThat(mine.entries()).extracting(WorkbookFile.Entry::name)
        .containsExactlyElementsOf(jdk.stream().map(ZipEntry::getName).toList());
    for (int i = 0; i < jdk.size(); i++) {
      ZipEntry j = jdk.get(i);
      WorkbookFile.Entry m = mine.entries().get(i);
      assertThat(List.of(m.method(), m.crc(), m.size(), m.compressedSize()))
          .as(j.getName()).isEqualTo(List.of(j.getMethod(), j.getCrc(), j.getSize(), j.getCompressedSize()));
    }
    return "zip";
  }

  private static void sameBytes(Path file, ZipFile zip, ZipEntry e, WorkbookFile mine, WorkbookFile.Entry m) {
    Object expected;
    try (InputStream in = zip.getInputStream(e)) {
      expected = List.of(in.readAllBytes().length, hash(zip, e));
    } catch (IOException | RuntimeException ex) {
      expected = "fails";
    }
    Object actual;
    try (InputStream in = mine.stream(m)) {
      byte[] all = in.readAllBytes();
      actual = List.of(all.length, java.util.Arrays.hashCode(all));
    } catch (IOException | RuntimeException ex) {
      actual = "fails";
    }
    assertThat(actual).as("%s: %s", file.getFileName(), e.getName()).isEqualTo(expected);
  }

  private static int hash(ZipFile zip, ZipEntry e) throws IOException {
    try (InputStream in = zip.getInputStream(e)) {
      return java.util.Arrays.hashCode(in.readAllBytes());
    }
  }

  @Test
  void aZip64ArchiveIsDeclined() {
    byte[] zip64 = new byte[22 + 20];
    zip64[0] = 'P';
    zip64[1] = 'K';
    zip64[2] = 6;
    zip64[3] = 7;
    zip64[20] = 'P';
    zip64[21] = 'K';
    zip64[22] = 5;
    zip64[23] = 6;
    ZipException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
        ZipException.class, () -> ZipDirectory.read(zip64));
    assertThat(thrown).isInstanceOf(ZipDirectory.Zip64Exception.class);
  }
}
