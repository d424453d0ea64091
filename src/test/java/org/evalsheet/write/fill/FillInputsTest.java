package org.evalsheet.write.fill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.evalsheet.write.fill.FillWorkbooks.cell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedModel;
import org.evalsheet.testing.SeedResults;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.write.fill.FilledCopyWriter.Route;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FillInputsTest {
  @TempDir Path dir;

  private static IndicatorTable onSheet(IndicatorTable t, String sheet, int index) {
    return new IndicatorTable(sheet, index, t.title(), t.unit(), "项目" + (index + 1), t.headerRow(),
        t.firstDataRow(), t.columns(), t.groups(), t.indicators(), t.total(), t.lastRow(), t.notes());
  }

  @ParameterizedTest
  @EnumSource(names = {"USERMODEL", "FAST"})
  void everyProjectSheetIsFilledAndConcludedOnOneSheet(Route route) throws Exception {
    Path input = FillWorkbooks.write(dir.resolve("two.xlsx"), wb -> {
      new SeedWorkbook().sheetName("项目一").fill(wb);
      new SeedWorkbook().sheetName("项目二").set(0, 9, "2").fill(wb);
    });
    List<String[]> rows = SeedWorkbook.rows();
    rows.get(0)[9] = "2";
    TableResult one = SeedResults.of(onSheet(SeedModel.table(), "项目一", 0), List.of());
    TableResult two = SeedResults.of(onSheet(SeedModel.table(rows), "项目二", 1), List.of());
    Path out = dir.resolve("out.xlsx");
    FilledCopyWriter.write(input, out, List.of(one, two), route);
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      assertThat(cell(wb, "项目一", 3, 10).getNumericCellValue()).isEqualTo(1.0);
      assertThat(cell(wb, "项目二", 3, 10).getNumericCellValue()).isCloseTo(2.0 / 3, within(1e-9));
      assertThat(cell(wb, "项目二", 23, 10).getNumericCellValue()).isCloseTo(0.974, within(1e-9));
      List<String> first = new ArrayList<>();
      for (Row r : wb.getSheet("评价结论")) {
        first.add(r.getCell(0).getStringCellValue());
      }
      assertThat(first).contains("工作表：项目一　单位：青岛市人民政府办公厅　项目：项目1",
          "工作表：项目二　单位：青岛市人民政府办公厅　项目：项目2");
      assertThat(first).anyMatch(l -> l.startsWith("经评价，项目综合得分 97.4 分"));
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"USERMODEL", "FAST"})
  void aTemplateWithoutScoresGetsWeightsOnly(Route route) throws Exception {
    Path input = FillWorkbooks.write(dir.resolve("template.xlsx"), wb -> {
      SeedWorkbook seed = new SeedWorkbook().totalAsNumbers();
      for (int i = 0; i < 20; i++) {
        seed.set(i, 9, "");
      }
      seed.fill(wb);
      wb.getSheet(SeedWorkbook.SHEET).getRow(23).getCell(9).setBlank();
    });
    List<String[]> rows = SeedWorkbook.rows();
    rows.forEach(r -> r[9] = "");
    TableResult result = SeedResults.of(SeedModel.table(rows), List.of());
    assertThat(result.evaluation().template()).isTrue();
    Path out = dir.resolve("out.xlsx");
    FilledCopyWriter.write(input, out, List.of(result), route);
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(cell(wb, SeedWorkbook.SHEET, 3, 10).toString()).isEmpty();
      assertThat(cell(wb, SeedWorkbook.SHEET, 23, 9).toString()).isEmpty();
      assertThat(cell(wb, "评价结论", 3, 0).getStringCellValue()).isEqualTo("未填写得分，仅检查了权重。");
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"USERMODEL", "AUTO"})
  void randomBytesAreUnreadable(Route route) throws Exception {
    Path input = Files.write(dir.resolve("junk.xlsx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    assertThatThrownBy(() -> FilledCopyWriter.write(input, dir.resolve("out.xlsx"), List.of(), route))
        .isInstanceOf(UnreadableFileException.class)
        .extracting(e -> ((UnreadableFileException) e).reason()).isEqualTo("文件已损坏（不完整或不是有效的 Excel 文件）");
    assertThat(dir.resolve("out.xlsx")).doesNotExist();
  }
}
