package org.evalsheet.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evalsheet.batch.BatchOptions;
import org.evalsheet.batch.BatchResult;
import org.evalsheet.batch.RosterOutcome;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;

/**
 * Prints the one-screen summary at the end of a batch run (处理结果摘要): files per status, grades and scores of the
 * passing tables (saying so), the roster check, the files to send back with their first error, and where the
 * outputs are, in words a clerk reads.
 */
final class BatchSummaryPrinter {
  /** Files listed per kind before "and N more": the rest is in the summary workbook. */
  static final int LIST_LIMIT = 8;
  static final int UNIT_LIMIT = 20;
  /** Characters of a first error shown on the console. */
  static final int LINE_LIMIT = 60;

  private BatchSummaryPrinter() {}

  /** Prints the summary of {@code result}, a run with {@code opts}, to {@code out}. */
  public static void print(PrintWriter out, BatchOptions opts, BatchResult result) {
    print(out, opts, result, null);
  }

  /** Prints the summary, naming the run's log file when there is one. */
  public static void print(PrintWriter out, BatchOptions opts, BatchResult result, Path log) {
    out.println("处理完成：共 " + result.files().size() + " 个文件，用时 " + seconds(result.elapsed().toMillis()) + " 秒");
    if (result.files().isEmpty()) {
      out.println("收件文件夹 " + opts.inbox() + " 中没有任何文件");
    }
    for (Status s : Status.values()) {
      out.println("  " + pad(s.label(), 10) + result.count(s));
    }
    Set<String> superseded = Set.copyOf(result.roster().superseded());
    List<Scored> scored = new ArrayList<>();
    long returned = 0;
    for (FileResult f : result.files()) {
      if (superseded.contains(f.file())) {
        continue;
      }
      for (TableResult t : f.tables()) {
        if (t.evaluation() == null || t.evaluation().scoreTotal() == null) {
          continue;
        }
        if (f.status() == Status.OK) {
          scored.add(new Scored(t.table().unit(), t.evaluation().onHundred(), t.evaluation().grade()));
        } else {
          returned++;
        }
      }
    }
    printScores(out, opts, scored, returned, superseded.size());
    printReview(out, result.files().stream().filter(f -> !superseded.contains(f.file()))
        .flatMap(f -> f.tables().stream()).filter(t -> t.review().applies()).toList());
    printRoster(out, result.roster());
    printFiles(out, "需退回的文件", "更正后重新报送", result.files().stream()
        .filter(f -> f.status() == Status.INVALID && !superseded.contains(f.file()))
        .map(f -> f.file() + "：" + f.tables().stream().mapToLong(TableResult::errors).sum() + " 处错误，第一处 "
            + cut(f.firstError()))
        .toList());
    printFiles(out, "无法处理的文件", "须重新报送", result.files().stream()
        .filter(f -> f.status() == Status.REJECTED)
        .map(f -> f.file() + "：" + f.reason())
        .toList());
    if (result.previousCopies() > 0) {
      out.println("上次运行留下的 " + result.previousCopies() + " 个副本已移到 "
          + opts.outDir().resolve(".evalsheet").resolve("previous").resolve("filled") + dirSuffix(opts.outDir())
          + "（filled 中只有这次的副本）");
    }
    out.println("结果文件：");
    out.println("  汇总表：" + opts.summaryFile() + "（先看“退回清单”）");
    out.println("  处理报告：" + opts.reportFile() + (opts.json() == null ? "" : "（另存一份：" + opts.json() + "）"));
    out.println("  回填后的表格：" + opts.filledDir() + dirSuffix(opts.filledDir()) + "（按原文件夹结构存放，可发回各单位）");
    if (log != null) {
      out.println("  运行日志：" + log + "（无法处理的文件的详细原因、POI 的提示）");
    }
    out.flush();
  }

  /** A line's tail kept to a terminal's width; the whole text is in the summary workbook. */
  private static String cut(String s) {
    return s.codePointCount(0, s.length()) <= LINE_LIMIT ? s
        : s.substring(0, s.offsetByCodePoints(0, LINE_LIMIT)) + "…";
  }

  /** One scored table (计分表): its unit, total and grade. */
  private record Scored(String unit, BigDecimal score, String grade) {}

  /** Grades and scores of the passing tables, saying which tables they leave out. */
  private static void printScores(PrintWriter out, BatchOptions opts, List<Scored> scored, long returned,
      int superseded) {
    String leftOut = (returned > 0 ? "；需退回的 " + returned + " 张不评等次" : "")
        + (superseded > 0 ? "；重复提交的旧文件不计" : "");
    if (scored.isEmpty()) {
      out.println("没有通过的可计分指标表" + (leftOut.isEmpty() ? "" : "（" + leftOut.substring(1) + "）"));
      return;
    }
    Map<String, Long> grades = new LinkedHashMap<>();
    opts.scale().grades().forEach(g -> grades.put(g, 0L));
    scored.stream().filter(s -> s.grade() != null).forEach(s -> grades.merge(s.grade(), 1L, Long::sum));
    out.println("等次分布（按通过的 " + scored.size() + " 张表统计" + leftOut + "）："
        + grades.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("，")));
    BigDecimal sum = scored.stream().map(Scored::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal avg = sum.divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP);
    Scored best = scored.stream().max(Comparator.comparing(Scored::score)).orElseThrow();
    Scored worst = scored.stream().min(Comparator.comparing(Scored::score)).orElseThrow();
    out.println("平均分 " + avg.toPlainString() + "（按通过的表），最高 " + score(best.score()) + "（" + best.unit() + "），最低 "
        + score(worst.score()) + "（" + worst.unit() + "）");
  }

  /** One line on the 自评复核 of the tables that have 实际完成值: how many were questioned. */
  private static void printReview(PrintWriter out, List<TableResult> reviewed) {
    if (reviewed.isEmpty()) {
      return;
    }
    long tables = 0;
    long above = 0;
    for (TableResult t : reviewed) {
      long n = t.review().above().size();
      above += n;
      tables += n > 0 ? 1 : 0;
    }
    out.println("自评复核（共 " + reviewed.size() + " 张有实际完成值的指标表）：" + (above == 0
        ? "自评得分均未高于按完成情况计算的得分"
        : tables + " 张表的 " + above + " 项自评得分高于按完成情况计算的得分，见汇总表“复核差异”"));
  }

  private static void printRoster(PrintWriter out, RosterOutcome roster) {
    if (!roster.given()) {
      return;
    }
    if (roster.missing().isEmpty()) {
      out.println("名单中的 " + roster.roster().size() + " 个单位均已提交");
    } else {
      List<String> m = roster.missing();
      String names = String.join("、", m.subList(0, Math.min(UNIT_LIMIT, m.size())))
          + (m.size() > UNIT_LIMIT ? " 等" : "");
      out.println("未提交的单位（" + m.size() + " 个）：" + names);
    }
    if (!roster.notOnRoster().isEmpty()) {
      List<String> u = roster.notOnRoster().stream()
          .map(x -> (x.unit().isEmpty() ? "" : x.unit()) + "（" + x.file() + "）").toList();
      out.println("不在名单上的提交（" + u.size() + " 个）：" + String.join("、", u.subList(0, Math.min(UNIT_LIMIT, u.size())))
          + (u.size() > UNIT_LIMIT ? " 等" : ""));
    }
    if (!roster.duplicates().isEmpty()) {
      out.println("重复提交的单位（" + roster.duplicates().size() + " 处，以较新的文件为准）：");
      for (RosterOutcome.Duplicate d : roster.duplicates()) {
        out.println("  " + d.unit() + "：采用 " + d.kept() + "，不再计入 " + String.join("、", d.superseded()));
      }
    }
  }

  private static void printFiles(PrintWriter out, String title, String action, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.println(title + "（" + lines.size() + " 个，" + action + "）：");
    lines.stream().limit(LIST_LIMIT).forEach(l -> out.println("  " + l));
    if (lines.size() > LIST_LIMIT) {
      out.println("  ……另有 " + (lines.size() - LIST_LIMIT) + " 个，详见汇总表“退回清单”");
    }
  }

  private static String pad(String label, int columns) {
    return label + " ".repeat(Math.max(1, columns - BatchProgress.width(label)));
  }

  private static String score(BigDecimal b) {
    BigDecimal s = b.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static String seconds(long millis) {
    return BigDecimal.valueOf(millis).movePointLeft(3).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static String dirSuffix(Path dir) {
    return dir.getFileSystem().getSeparator();
  }
}
