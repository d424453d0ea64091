package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package whose central directory names a compression no workbook uses (Zstandard, method 93), found by the
 * fuzzer: the JDK refuses the directory, and POI's fallback reader then asked for a codec evalsheet does not carry
 * ({@code NoClassDefFoundError: com/github/luben/zstd/ZstdInputStream}). It is now rejected with a reason first.
 */
class ForeignCompressionTest {
  @TempDir Path dir;

  @Test
  void anEntryCompressedInAWayNoWorkbookIsIsRejectedWithAReason() throws Exception {
    byte[] input = Files.readAllBytes(ProjectFiles.root().resolve(
        "src/test/resources/org/evalsheet/fuzz/InputFuzzTestInputs/readerEndsWithTablesOrAReason/zstd-compressed-entry"));
    // The fuzz input ends with the byte that chose "the bytes as a file": the file is the rest.
    Path file = Files.write(dir.resolve("zstd.xlsx"), Arrays.copyOf(input, input.length - 1));

    assertThat(ZipInspector.foreignCompression(file)).isTrue();
    assertThatThrownBy(() -> new WorkbookReader(ReadLimits.DEFAULT).read(file))
        .isInstanceOfSatisfying(UnreadableFileException.class,
            e -> assertThat(e.reason()).isEqualTo(InputReasons.COMPRESSION));
  }
}
