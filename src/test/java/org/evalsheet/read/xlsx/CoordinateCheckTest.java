package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.read.grid.Coordinates;
import org.evalsheet.testing.DamagedCorpus;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coordinates taken from the file (坐标检查): a row, column or merged region beyond Excel's grid rejects the file with
 * the number named, on the streaming path and on POI's (a formula without a cached value sends the file there),
 * never wrapped round into a row POI would make of it.
 */
class CoordinateCheckTest {
  @TempDir Path dir;

  private Path damaged(boolean usermodel, UnaryOperator<String> sheet) throws Exception {
    SeedWorkbook seed = new SeedWorkbook();
    Path good = seed.write(dir.resolve("good.xlsx"));
    Map<String, byte[]> parts = DamagedCorpus.unzip(Files.readAllBytes(good));
    String xml = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    if (usermodel) {
      // A shared formula without its cached value: the streaming reader hands the file to POI's usermodel at that
      // cell (it computes plain sums itself, after the sheet is read), so the file is read there.
      xml = xml.replaceFirst("<c r=\"([A-Z]+[0-9]+)\"([^>]*)><f>(SUM\\([^<]*\\))</f><v>[^<]*</v>",
          "<c r=\"$1\"$2><f t=\"shared\" ref=\"$1\" si=\"0\">$3</f>");
    }
    parts.put("xl/worksheets/sheet1.xml", sheet.apply(xml).getBytes(StandardCharsets.UTF_8));
    return Files.write(dir.resolve(usermodel ? "poi.xlsx" : "stream.xlsx"), DamagedCorpus.zip(parts));
  }

  @ParameterizedTest(name = "{0} (POI: {2})")
  @CsvSource(delimiter = '|', textBlock = """
      <row r="2147483648"      | 第 2147483648 行的行号超出 Excel 的范围（1 至 1048576）   | false
      <row r="2147483648"      | 第 2147483648 行的行号超出 Excel 的范围（1 至 1048576）   | true
      <row r="4294967297"      | 第 4294967297 行的行号超出 Excel 的范围（1 至 1048576）   | true
      <row r="1048577"         | 第 1048577 行的行号超出 Excel 的范围（1 至 1048576）      | false
      <row r="1048577"         | 第 1048577 行的行号超出 Excel 的范围（1 至 1048576）      | true
      <row r="0"               | 第 0 行的行号超出 Excel 的范围（1 至 1048576）            | false
      """)
  void aRowBeyondExcelsGridRejectsTheFile(String row, String reason, boolean usermodel) throws Exception {
    Path f = damaged(usermodel, xml -> xml.replaceFirst("<row r=\"[0-9]+\"", row));

    assertThatThrownBy(() -> new WorkbookReader(ReadLimits.DEFAULT).read(f))
        .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      XFE   | 单元格 XFE1 的列超出 Excel 的范围（最后一列是 XFD）
      ZZZZ  | 单元格 ZZZZ1 的列超出 Excel 的范围（最后一列是 XFD）
      """)
  void aColumnBeyondXfdRejectsTheFile(String letters, String reason) throws Exception {
    Path f = damaged(false, xml -> xml.replaceFirst("<c r=\"A1\"", "<c r=\"" + letters + "1\""));

    assertThatThrownBy(() -> new WorkbookReader(ReadLimits.DEFAULT).read(f))
        .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @ParameterizedTest(name = "{0} (POI: {2})")
  @CsvSource(delimiter = '|', textBlock = """
      K9:A2              | 合并单元格 K9:A2 的范围无效（结束位置在开始位置之前）    | false
      A2:K2147483648     | 第 2147483648 行的行号超出 Excel 的范围（1 至 1048576） | false
      A2:K2147483648     | 工作表中有范围无效的合并单元格（超出 Excel 的范围或无法识别） | true
      K9:A2              | 工作表中有范围无效的合并单元格（超出 Excel 的范围或无法识别） | true
      """)
  void aMergedRegionThatCannotBeRejectsTheFile(String range, String reason, boolean usermodel) throws Exception {
    Path f = damaged(usermodel, xml -> xml.replaceFirst("<mergeCell ref=\"[A-Z0-9:]+\"", "<mergeCell ref=\"" + range
        + "\""));

    assertThatThrownBy(() -> new WorkbookReader(ReadLimits.DEFAULT).read(f))
        .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
