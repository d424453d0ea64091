package org.evalsheet.write.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.evalsheet.model.Version;
import org.evalsheet.score.Status;
import org.evalsheet.write.RunInfo;

/**
 * The {@code 说明} sheet (说明): what the workbook was made from and how to read it, so that a summary forwarded on
 * its own still says when and by which version it was made, from which folder, under which rules and grade bands,
 * against which roster, and that grades and statistics count passing tables only.
 */
final class SummaryNotes {
  static final String SHEET = "说明";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private SummaryNotes() {}

  static void write(SummaryXlsx wb, Round round) {
    RunInfo run = round.run();
    SummarySheet sheet = new SummarySheet(wb, SHEET, List.of("项目", "内容"));
    line(sheet, "生成时间", TIME.format(run.started().atZone(ZoneId.systemDefault())));
    if (run.elapsed() != null) {
      line(sheet, "用时", BigDecimal.valueOf(run.elapsed().toMillis()).movePointLeft(3)
          .setScale(1, RoundingMode.HALF_UP).toPlainString() + " 秒");
    }
    line(sheet, "evalsheet 版本", Version.get());
    line(sheet, "收件文件夹", path(run.inbox()));
    line(sheet, "输出文件夹", path(run.out()));
    line(sheet, "评分规则", run.profile());
    line(sheet, "等次划分", run.grades().describe() + "（按百分制得分）");
    line(sheet, "统计口径", "等次、排名、平均分和统计图表只计通过的 " + round.passingTables() + " 张表；需退回的 "
        + round.returnedTables() + " 张表在汇总中保留自评得分供参考，不评等次、不排名，更正后重新报送再评定；"
        + "被较新文件替代的旧文件不计。");
    line(sheet, "文件", "共 " + round.files().size() + " 个：" + List.of(Status.values()).stream()
        .map(s -> s.label() + " " + round.files().stream().filter(f -> f.status() == s).count())
        .collect(Collectors.joining("，")));
    line(sheet, "状态“通过”", "没有错误（警告和提示不影响状态），参与评定等次和排名");
    line(sheet, "状态“需退回”", "有错误，须更正后重新报送；见“退回清单”和“问题清单”");
    line(sheet, "状态“无法处理”", "文件损坏、加密、不是 Excel 工作簿或找不到指标表，须重新报送；见“退回清单”");
    line(sheet, "状态“已忽略”", "不是报送文件（Excel 临时锁定文件、隐藏文件、临时文件等）");
    line(sheet, "状态“" + Round.SUPERSEDED + "”", "同一单位重复提交时较旧的文件，以较新的文件为准，不计入排名和统计");
    if (run.roster() == null) {
      line(sheet, "名单", "未使用名单（batch 加 --roster 名单文件 可核对未提交的单位）");
    } else {
      line(sheet, "名单文件", path(run.rosterFile()));
      line(sheet, "名单单位数", String.valueOf(run.roster().size()));
      line(sheet, "未提交的单位", run.missingUnits().isEmpty() ? "无"
          : run.missingUnits().size() + " 个：" + String.join("、", run.missingUnits()));
      line(sheet, "不在名单上的提交", run.notOnRoster().isEmpty() ? "无"
          : run.notOnRoster().size() + " 个：" + run.notOnRoster().stream()
              .map(u -> (u.unit().isEmpty() ? "" : u.unit()) + "（" + u.file() + "）")
              .collect(Collectors.joining("、")));
    }
    sheet.finish();
  }

  private static void line(SummarySheet sheet, String item, String text) {
    sheet.row().text(item).wrap(text);
  }

  private static String path(Path p) {
    return p == null ? "" : p.toAbsolutePath().normalize().toString();
  }
}
