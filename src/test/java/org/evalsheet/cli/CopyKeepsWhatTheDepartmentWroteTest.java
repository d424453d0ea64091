package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.testing.Sheets;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The filled copy a clerk sends back (发回的副本), through {@code evalsheet fill} and reopened: it never changes a
 * number the department wrote (a wrong 合计 and a wrong 得分率 stay, marked, with the right value in the comment and
 * the conclusion), a copy with errors asks for a correction and gives no grade, its findings are printable text
 * numbered on the 评价结论 sheet that the marked cells refer to, and the table sheet prints one page wide with the
 * 得分率 column inside the department's print area.
 */
class CopyKeepsWhatTheDepartmentWroteTest {
  private static final String SHEET = SeedWorkbook.SHEET;
  /** 0-based: 得分 J, 得分率 K, the 合计 row 24. */
  private static final int SCORE = 9;
  private static final int RATE = 10;
  private static final int TOTAL = 23;

  @TempDir Path dir;

  /**
   * The seed as a department that slipped sends it: 合计 得分 99.4 over scores adding to 98.4, the first leaf's 得分率
   * written 50% (6 of 6 is 100%), the rest of 得分率 left empty, and a print area that stops before 得分率 (A1:J24).
   */
  private Path slipped(String ext) {
    Path file = new SeedWorkbook().write(dir.resolve("体育局自评表." + ext));
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, false)) {
      return Sheets.write(wb, java.nio.file.Files.createDirectories(dir.resolve("报送")).resolve("体育局自评表." + ext), w -> {
        Sheet s = w.getSheet(SHEET);
        s.getRow(TOTAL).getCell(SCORE).setCellValue(99.4);
        Sheets.number(s, 3, RATE, 0.5);
        w.setPrintArea(0, "$A$1:$J$24");
      });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void aWrongNumberStaysAsWrittenMarkedWithTheRightValueAndTheCopyAsksForACorrection(String ext) throws Exception {
    Path input = slipped(ext);
    Path out = dir.resolve("发回");

    MainTest.Run r = MainTest.run("fill", input.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    Path copy = out.resolve(input.getFileName());
    assertThat(r.out()).contains(copy.toString());
    try (Workbook wb = WorkbookFactory.create(copy.toFile(), null, true)) {
      Sheet s = wb.getSheet(SHEET);
      Cell total = s.getRow(TOTAL).getCell(SCORE);
      assertThat(total.getNumericCellValue()).as("the department's 合计 stays").isEqualTo(99.4);
      assertThat(total.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(total.getCellComment().getString().getString())
          .contains("错误（评价结论第 1 条）：合计行得分 99.4 与末级指标得分合计 98.4 不一致");
      Cell rate = s.getRow(3).getCell(RATE);
      assertThat(rate.getNumericCellValue()).as("the department's 得分率 stays").isEqualTo(0.5);
      assertThat(rate.getCellComment().getString().getString()).contains("100.00%");
      assertThat(s.getRow(4).getCell(RATE).getNumericCellValue()).as("an empty 得分率 is filled").isEqualTo(1.0);

      List<String> lines = lines(wb.getSheet("评价结论"));
      assertThat(lines.get(2)).isEqualTo("本表有 1 处错误，需更正后重新报送（见下方问题清单第 1 条，表中已用红色标出）。");
      assertThat(lines.get(3)).isEqualTo("按所填得分合计 98.4 分，仅供参考；更正后评定等次。");
      assertThat(lines).contains("等次|更正后评定等次", "1|" + SHEET + "!J24|错误|合计行得分 99.4 与末级指标得分合计 98.4 不一致")
          .noneMatch(l -> l.contains("等次：") || l.matches(".*[A-Z]{3,}_[A-Z_]+.*"));
      assertThat(lines.indexOf("1|" + SHEET + "!J24|错误|合计行得分 99.4 与末级指标得分合计 98.4 不一致"))
          .as("errors before warnings and before the level table")
          .isLessThan(lines.indexOf("指标|权重|得分|得分率"))
          .isLessThan(lines.stream().filter(l -> l.contains("|警告|")).findFirst().map(lines::indexOf).orElseThrow());

      assertThat(s.getFitToPage()).as("the table prints one page wide").isTrue();
      assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
      assertThat(wb.getPrintArea(0)).as("得分率 inside the print area").endsWith("$A$1:$K$24");
      if (s instanceof org.apache.poi.xssf.usermodel.XSSFSheet x) {
        assertThat(x.getCTWorksheet().getPageSetup().getCellComments()).as("comments print after the sheet")
            .isEqualTo(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellComments.AT_END);
        assertThat(s.getPrintSetup().getLandscape()).as("11 columns and no orientation chosen: landscape").isTrue();
      } else {
        assertThat(s.getPrintSetup().getLandscape()).as("the orientation an .xls records is the department's")
            .isFalse();
        int options = ((org.apache.poi.hssf.usermodel.HSSFSheet) s).getSheet().getPageSettings().getPrintSetup()
            .getOptions();
        assertThat(options & 0x220).as("BIFF fNotes and fEndNotes: comments print after the sheet").isEqualTo(0x220);
      }
    }
  }

  /** The 评价结论 sheet's rows, their non-blank cells joined by {@code |}. */
  private static List<String> lines(Sheet sheet) {
    List<String> lines = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
          cells.add(c.getStringCellValue());
        } else if (c.getCellType() == CellType.NUMERIC) {
          cells.add(org.evalsheet.model.Decimals.format(java.math.BigDecimal.valueOf(c.getNumericCellValue())));
        }
      }
      lines.add(String.join("|", cells));
    }
    return lines;
  }
}
