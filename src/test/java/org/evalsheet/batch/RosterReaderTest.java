package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterReaderTest {

  private static final String TEXT = "市财政局\r\n\r\n  市教育局  \r\n\u3000市卫健委\u3000\r\n市财政局\r\n";

  @TempDir Path dir;

  @Test
  void utf8TextGivesOneUnitPerLineWithBlanksSpacesAndRepeatsDropped() throws Exception {
    Path f = Files.write(dir.resolve("名单.txt"), TEXT.getBytes(StandardCharsets.UTF_8));
    assertThat(RosterReader.read(f, ReadLimits.DEFAULT).names()).containsExactly("市财政局", "市教育局", "市卫健委");
  }

  @Test
  void utf8WithBomLosesTheBom() throws Exception {
    byte[] b = withBom(TEXT.getBytes(StandardCharsets.UTF_8), 0xEF, 0xBB, 0xBF);
    Path f = Files.write(dir.resolve("名单.txt"), b);
    assertThat(RosterReader.read(f, ReadLimits.DEFAULT).names()).containsExactly("市财政局", "市教育局", "市卫健委");
  }

  @Test
  void notepadGb18030TextIsDecoded() throws Exception {
    Path f = Files.write(dir.resolve("名单.txt"), ("单位名称\r\n" + TEXT + "青岛市崂山区\r\n").getBytes(Charset.forName("GB18030")));
    assertThat(RosterReader.read(f, ReadLimits.DEFAULT).names()).containsExactly("市财政局", "市教育局", "市卫健委", "青岛市崂山区");
  }

  @Test
  void notepadUnicodeTextWithUtf16BomIsDecoded() throws Exception {
    byte[] b = withBom(TEXT.getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE);
    Path f = Files.write(dir.resolve("名单.txt"), b);
    assertThat(RosterReader.read(f, ReadLimits.DEFAULT).names()).containsExactly("市财政局", "市教育局", "市卫健委");
  }

  @Test
  void headerLineInTextIsSkipped() throws Exception {
    Path f = Files.writeString(dir.resolve("名单.txt"), "单位\n市财政局\n");
    assertThat(RosterReader.read(f, ReadLimits.DEFAULT).names()).containsExactly("市财政局");
  }

  @Test
  void xlsxFirstColumnUnderTitleAndHeaderIsRead() throws Exception {
    Path f = dir.resolve("名单.xlsx");
    Sheets.write(f, wb -> {
      Sheet s = wb.createSheet("名单");
      s.createRow(0).createCell(0).setCellValue("2020年度绩效自评报送单位名单");
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
      Row h = s.createRow(1);
      h.createCell(0).setCellValue("单位 名称");
      h.createCell(1).setCellValue("联系人");
      s.createRow(2).createCell(0).setCellValue(" 市财政局 ");
      s.createRow(4).createCell(0).setCellValue("市教育局");
      Row r = s.createRow(5);
      r.createCell(0).setCellValue("市卫健委");
      r.createCell(1).setCellValue("张三");
    });
    assertThat(RosterReader.read(f, ReadLimits.DEFAULT).names()).containsExactly("市财政局", "市教育局", "市卫健委");
  }

  @Test
  void xlsWithSequenceColumnTakesTheNamesNextToIt() throws Exception {
    Path f = dir.resolve("名单.xls");
    Sheets.write(f, wb -> {
      Sheet s = wb.createSheet("Sheet1");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("序号");
      h.createCell(1).setCellValue("部门（单位）名称");
      for (int i = 1; i <= 2; i++) {
        Row r = s.createRow(i);
        r.createCell(0).setCellValue(i);
        r.createCell(1).setCellValue(i == 1 ? "市财政局" : "市教育局");
      }
    });
    assertThat(RosterReader.read(f, ReadLimits.DEFAULT).names()).containsExactly("市财政局", "市教育局");
  }

  @Test
  void xlsxWithoutHeaderKeepsTheFirstCell() throws Exception {
    Path f = dir.resolve("名单.xlsx");
    Sheets.write(f, wb -> {
      Sheet s = wb.createSheet("名单");
      s.createRow(0).createCell(0).setCellValue("市财政局");
      s.createRow(1).createCell(0).setCellValue("市教育局");
    });
    assertThat(RosterReader.read(f, ReadLimits.DEFAULT).names()).containsExactly("市财政局", "市教育局");
  }

  @Test
  void aTextLineNamesAUnitAndItsAliasesAfterCommas() throws Exception {
    Path f = Files.writeString(dir.resolve("名单.txt"),
        "青岛市人力资源和社会保障局,青岛市人社局,市人社局\n青岛市卫生健康委员会，市卫健委、卫健委\n青岛市审计局\n");
    Roster roster = RosterReader.read(f, ReadLimits.DEFAULT);
    assertThat(roster.units()).containsExactly(
        new Roster.Unit("青岛市人力资源和社会保障局", List.of("青岛市人社局", "市人社局")),
        new Roster.Unit("青岛市卫生健康委员会", List.of("市卫健委", "卫健委")),
        new Roster.Unit("青岛市审计局", List.of()));
    assertThat(roster.file()).isEqualTo(f);
  }

  @Test
  void aCsvLineNamesAUnitAndItsAliasesInItsFurtherColumns() throws Exception {
    Path f = Files.writeString(dir.resolve("名单.csv"), "1,青岛市科学技术局,青岛市科技局\n2,青岛市审计局\n");
    assertThat(RosterReader.read(f, ReadLimits.DEFAULT).units()).containsExactly(
        new Roster.Unit("青岛市科学技术局", List.of("青岛市科技局")), new Roster.Unit("青岛市审计局", List.of()));
  }

  @Test
  void aWorkbookTakesAliasesFromAColumnHeadedAsSuchButNotFromOtherColumns() throws Exception {
    Path f = dir.resolve("名单.xlsx");
    Sheets.write(f, wb -> {
      Sheet s = wb.createSheet("名单");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("单位名称");
      h.createCell(1).setCellValue("联系人");
      h.createCell(2).setCellValue("简称");
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("青岛市人力资源和社会保障局");
      r.createCell(1).setCellValue("张三");
      r.createCell(2).setCellValue("青岛市人社局、市人社局");
      s.createRow(2).createCell(0).setCellValue("青岛市审计局");
    });
    assertThat(RosterReader.read(f, ReadLimits.DEFAULT).units()).containsExactly(
        new Roster.Unit("青岛市人力资源和社会保障局", List.of("青岛市人社局", "市人社局")),
        new Roster.Unit("青岛市审计局", List.of()));
  }

  @Test
  void missingEmptyOrBrokenRosterIsUnreadable() throws Exception {
    assertThatThrownBy(() -> RosterReader.read(dir.resolve("无.txt"), ReadLimits.DEFAULT))
        .isInstanceOf(UnreadableFileException.class)
        .extracting(e -> ((UnreadableFileException) e).reason()).isEqualTo("文件不存在");
    Path empty = Files.writeString(dir.resolve("空.txt"), "\n  \n单位名称\n");
    assertThatThrownBy(() -> RosterReader.read(empty, ReadLimits.DEFAULT))
        .extracting(e -> ((UnreadableFileException) e).reason()).isEqualTo("其中没有单位名称");
    Path broken = Files.writeString(dir.resolve("坏.xlsx"), "not a workbook");
    assertThatThrownBy(() -> RosterReader.read(broken, ReadLimits.DEFAULT)).isInstanceOf(UnreadableFileException.class);
  }

  /** The text's bytes behind a byte-order mark. */
  private static byte[] withBom(byte[] body, int... bom) {
    byte[] b = new byte[bom.length + body.length];
    for (int i = 0; i < bom.length; i++) {
      b[i] = (byte) bom[i];
    }
    System.arraycopy(body, 0, b, bom.length, body.length);
    return b;
  }
}
