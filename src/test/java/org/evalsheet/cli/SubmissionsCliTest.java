package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file is somebody's: a document or a picture sent instead of a workbook is its unit's (wrong-format)
 * submission, never 未提交; a roster in short forms or with aliases finds the full names; a unit not on the roster
 * is listed.
 */
class SubmissionsCliTest {

  @TempDir Path dir;

  /** Four real submissions, a Word report from 审计局, a scanned picture, and the seed from a unit on no roster. */
  private Path inbox() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("收件箱"));
    for (String f : List.of("青岛市人力资源和社会保障局就业补助资金绩效自评表 修改版.xlsx",
        "青岛市卫生健康委员会-2023年度基本公共卫生服务项目绩效自评表.xlsx", "青岛市科学技术局2023年科技创新券项目自评指标体系.xlsx",
        "青岛市体育局-绩效自评表.xlsx")) {
      Files.copy(ProjectFiles.samples().resolve("submissions").resolve(f), inbox.resolve(f));
    }
    Files.write(inbox.resolve("青岛市审计局2023年度绩效自评报告.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
    Files.write(inbox.resolve("扫描件.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    new SeedWorkbook().write(inbox.resolve("办公厅自评表.xlsx"));
    return inbox;
  }

  @Test
  void aDocumentSentInsteadOfAWorkbookIsListedAsThatUnitsWrongFormatSubmissionNeverAsMissing() throws Exception {
    Path roster = Files.writeString(dir.resolve("名单.txt"), String.join("\n", "青岛市人社局", "市卫健委", "青岛市科技局",
        "青岛市体育局", "青岛市审计局", "青岛市民政局") + "\n");
    Path out = dir.resolve("结果");

    MainTest.Run r = MainTest.run("batch", inbox().toString(), "--out", out.toString(), "--roster", roster.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("未提交的单位（1 个）：青岛市民政局")
        .contains("  青岛市审计局2023年度绩效自评报告.docx：Word 文档（.docx）不是 Excel 工作簿，请另存为 .xlsx 后重新报送")
        .contains("不在名单上的提交（2 个）：青岛市人民政府办公厅（办公厅自评表.xlsx）、（扫描件.jpg）");
    try (Workbook wb = WorkbookFactory.create(out.resolve("summary.xlsx").toFile(), null, true)) {
      List<List<String>> returns = RoundCliTest.rows(wb.getSheet("退回清单"));
      assertThat(returns).anyMatch(row -> row.get(1).equals("青岛市审计局") && row.get(2).equals("无法处理")
          && row.get(3).equals("青岛市审计局2023年度绩效自评报告.docx")
          && row.get(5).equals("Word 文档（.docx）不是 Excel 工作簿，请另存为 .xlsx 后重新报送"));
      List<List<String>> roll = RoundCliTest.rows(wb.getSheet("名单核对"));
      assertThat(roll.subList(1, roll.size())).extracting(row -> row.get(1) + "|" + row.get(2) + "|"
          + (row.size() > 3 ? row.get(3) : "")).containsExactly("青岛市民政局|未提交|",
              "青岛市人民政府办公厅|不在名单上|办公厅自评表.xlsx", "（无法判断单位）|不在名单上|扫描件.jpg");
    }
    JsonNode run = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("run");
    assertThat(run.get("unitsMissing").toString()).isEqualTo("[\"青岛市民政局\"]");
    assertThat(run.get("unitsNotOnRoster").toString()).isEqualTo("[{\"unit\":\"青岛市人民政府办公厅\",\"file\":\"办公厅自评表.xlsx\"},"
        + "{\"unit\":null,\"file\":\"扫描件.jpg\"}]");
  }

  @Test
  void aRosterWithAliasesOnItsLinesFindsTheUnitsUnderEveryName() throws Exception {
    Path roster = Files.writeString(dir.resolve("名单.txt"), String.join("\n",
        "青岛市人力资源和社会保障局,青岛市人社局,市人社局", "青岛市卫生健康委员会,市卫健委", "青岛市科学技术局", "青岛市体育局",
        "青岛市审计局,市审计局") + "\n");

    MainTest.Run r = MainTest.run("batch", inbox().toString(), "--out", dir.resolve("结果").toString(), "--roster",
        roster.toString());

    assertThat(r.out()).contains("名单中的 5 个单位均已提交");
  }

  @Test
  void validateOnADocumentSaysItIsNoWorkbookAndExitsThree() throws Exception {
    Path docx = Files.write(dir.resolve("报告.docx"), new byte[] {'P', 'K', 3, 4});
    MainTest.Run r = MainTest.run("validate", docx.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEqualTo(docx + ": 无法处理: Word 文档（.docx）不是 Excel 工作簿，请另存为 .xlsx 后重新报送\n");
  }

  @Test
  void theSampleRosterFindsEveryUnitThatSentSomethingAndOnlyTheAuditOfficeIsMissing() throws Exception {
    Path inbox = ProjectFiles.copyTree(ProjectFiles.samples().resolve("submissions"), dir.resolve("全部"));
    Files.write(inbox.resolve("青岛市审计局绩效自评.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Path out = dir.resolve("结果");
    MainTest.Run r = MainTest.run("batch", inbox.toString(), "--out", out.toString(), "--roster",
        ProjectFiles.samples().resolve("roster.txt").toString());
    assertThat(r.out()).contains("名单中的 19 个单位均已提交");
    try (Workbook wb = WorkbookFactory.create(out.resolve("summary.xlsx").toFile(), null, true)) {
      Sheet roll = wb.getSheet("名单核对");
      assertThat(roll.getLastRowNum()).isZero();
    }
  }
}
