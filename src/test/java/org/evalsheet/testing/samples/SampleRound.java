package org.evalsheet.testing.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.testing.samples.Layout.Col;
import org.evalsheet.testing.samples.Layout.Numbers;
import org.evalsheet.testing.samples.Layout.Total;

/**
 * Writes the bundled sample round (样例工作簿): the seed table and the departments' submissions under
 * {@code sample-workbooks/}, and prints the expected outcome of every table as {@link SampleExpectations} rows.
 * Run by hand through {@code sample-workbooks/make/make-all.sh}; the openpyxl file and the LibreOffice round trip
 * are made by the scripts beside it.
 *
 * <p>Usage: {@code SampleRound PROJECT_ROOT}
 */
public final class SampleRound {
  private static final List<Col> NO_L4 =
      List.of(Col.L1, Col.L2, Col.L3, Col.WEIGHT, Col.EXPL, Col.BENCH, Col.RULE, Col.REMARK, Col.SCORE, Col.RATE);
  private static final String AUTHOR = "Administrator";

  private final Path root;
  private final Path inbox;
  private final List<String> expected = new ArrayList<>();

  private SampleRound(Path root) {
    this.root = root.resolve("sample-workbooks");
    this.inbox = this.root.resolve("submissions");
  }

  public static void main(String[] args) throws IOException {
    SampleRound round = new SampleRound(Path.of(args.length > 0 ? args[0] : "."));
    round.run();
    round.expected.forEach(System.out::println);
  }

  private void run() throws IOException {
    Files.createDirectories(inbox);
    new SeedWorkbook().write(root.resolve("指标体系-青岛市人民政府办公厅.xlsx"));

    Project edu = Projects.education();
    single("附件3-1 青岛市教育局2023年度课后服务补助项目绩效自评表.xlsx", edu, seed(edu));

    Project health = Projects.health();
    Layout cover = seed(health)
        .withColumns(
            List.of(Col.L1, Col.L2, Col.L3, Col.WEIGHT, Col.EXPL, Col.BENCH, Col.RULE, Col.SCORE, Col.RATE),
            List.of("一级指标", "二级指标", "三级指标", "分值", "指标说明", "目标值", "评分标准", "自评得分", "得分率"))
        .withAbove(List.of(
            List.of("附件3-1"),
            List.of("#" + health.unit() + "2023年度项目支出绩效自评指标体系"),
            List.of("部门（单位）名称：" + health.unit(), "", "", "", "预算编码：370200230015"),
            List.of("项目名称：" + health.project(), "", "", "", "评价机构：部门自评"),
            List.of("填报日期：2024年3月15日"),
            List.of()));
    single("青岛市卫生健康委员会-2023年度基本公共卫生服务项目绩效自评表.xlsx", health, cover);

    Project civil = Projects.civilAffairs();
    single("民政局 养老服务补贴 自评表（终稿）.xlsx", civil,
        seed(civil).withColumns(NO_L4, headers(NO_L4, "权重", "得分")).withText(Numbers.TEXT_MIXED, Total.TEXT, true));

    Project transport = Projects.transport();
    single("青岛市交通运输局农村公路养护项目绩效自评表.xls", transport, seed(transport));

    agriculture("附件2 项目支出绩效自评表（青岛市农业农村局 高标准农田建设）.xlsx");

    Project eco = Projects.ecology();
    single("青岛市生态环境局大气污染防治专项资金绩效自评表.xlsx", eco,
        seed(eco).withColumns(NO_L4, headers(NO_L4, "权重", "得分")).withRateFormulas());

    justice("司法局报送/青岛市司法局2023年度项目绩效自评表（2个项目）.xlsx");

    Project sci = Projects.science();
    List<Col> pdfCols = List.of(Col.L1, Col.L2, Col.L3, Col.WEIGHT, Col.EXPL, Col.RULE, Col.SCORE);
    single("青岛市科学技术局2023年科技创新券项目自评指标体系.xlsx", sci,
        seed(sci).withColumns(pdfCols, List.of("一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "评价得分"))
            .pastedFromPdf());

    Project sport = Projects.sport();
    Layout sportLayout = seed(sport).withColumns(NO_L4, headers(NO_L4, "标准分", "得分"));
    single("青岛市体育局-绩效自评表.xlsx", sport, new Layout(sportLayout.columns(), sportLayout.headers(),
        sportLayout.above(), true, false, Numbers.NUMBER, Total.FORMULA, "总计", null, false, false,
        Layout.GroupRows.NONE));
    lockFile("~$青岛市体育局-绩效自评表.xlsx", AUTHOR);

    Project commerce = Projects.commerce();
    single("青岛市商务局外贸发展专项资金绩效自评表.xlsx", commerce, seed(commerce));

    Project labour = Projects.labour();
    single("青岛市人力资源和社会保障局就业补助资金绩效自评表 修改版.xlsx", labour,
        seed(labour).withColumns(NO_L4, headers(NO_L4, "权重", "得分")).withTypedTotal("94.15"));

    Project water = Projects.water();
    single("青岛市水务管理局城乡供水保障项目绩效自评表.xlsx", water,
        seed(water).withColumns(NO_L4, headers(NO_L4, "分值", "得分")).withGroupRows(Layout.GroupRows.OUTLINE));

    Project forestry = Projects.forestry();
    single("青岛市园林和林业局森林防火项目绩效自评表.xlsx", forestry,
        seed(forestry).withColumns(NO_L4, headers(NO_L4, "权重", "自评得分")).withGroupRows(Layout.GroupRows.SUBTOTALS));

    truncated("青岛市住房和城乡建设局2023年度老旧小区改造项目绩效自评表.xlsx", Projects.housing());
  }

  private static Layout seed(Project p) {
    return Layout.seed(p.title(), "预算部门：" + p.unit()).withAbove(List.of(
        List.of("#" + p.title()),
        List.of("预算部门：" + p.unit(), "", "", "", "", "项目名称：" + p.project())));
  }

  private static List<String> headers(List<Col> cols, String weight, String score) {
    List<String> out = new ArrayList<>();
    for (Col c : cols) {
      out.add(switch (c) {
        case L1 -> "一级指标";
        case L2 -> "二级指标";
        case L3 -> "三级指标";
        case L4 -> "四级指标";
        case WEIGHT -> weight;
        case EXPL -> "指标解释";
        case BENCH -> "标杆值";
        case RULE -> "评分标准";
        case REMARK -> "备注";
        case SCORE -> score;
        case RATE -> "得分率";
      });
    }
    return out;
  }

  private void single(String file, Project p, Layout layout) throws IOException {
    try (Workbook wb = file.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
      GridWriter.Placement at = new GridWriter(wb).write(p, layout);
      save(wb, inbox.resolve(file));
      expect(file, p, at, layout);
    }
  }

  private void justice(String file) throws IOException {
    Project aid = Projects.legalAid();
    Project med = Projects.mediation();
    try (Workbook wb = new XSSFWorkbook()) {
      Sheet help = wb.createSheet("填表说明");
      String[] lines = {
        "填表说明",
        "1. 每个项目填写一张工作表，工作表名称为项目简称。",
        "2. 请在“得分”列填写自评得分，不得修改指标及权重；得分不得超过该指标权重。",
        "3. 合计行由公式自动计算，请勿手工改写。",
        "4. 填报完成后以单位名称命名文件，报送市财政局绩效管理处。"
      };
      for (int i = 0; i < lines.length; i++) {
        help.createRow(i).createCell(0).setCellValue(lines[i]);
      }
      help.setColumnWidth(0, 90 * 256);
      GridWriter w = new GridWriter(wb);
      Layout la = seed(aid).withColumns(NO_L4, headers(NO_L4, "分值", "得分"));
      Layout lm = seed(med).withColumns(NO_L4, headers(NO_L4, "分值", "得分"));
      GridWriter.Placement a = w.write(aid, la);
      GridWriter.Placement m = w.write(med, lm);
      save(wb, inbox.resolve(file));
      expect(file, aid, a, la);
      expect(file, med, m, lm);
    }
  }

  private void agriculture(String file) throws IOException {
    Project p = Projects.agriculture();
    MofWriter.Funds f = Projects.AGRICULTURE_FUNDS;
    try (Workbook wb = new XSSFWorkbook()) {
      int header = new MofWriter(wb).write(p, Projects.YEAR,
          f,
          new String[] {
            "新建高标准农田5万亩，配套建设灌溉排水设施120处，项目区粮食亩产提高50公斤以上，带动农户增收。",
            "新建高标准农田5.2万亩，配套灌溉排水设施114处；受汛期影响部分工程延期，粮食亩产提高40公斤。"
          },
          Map.of(
              "配套灌溉排水设施", "部分设施受汛期影响延期施工，已督促施工单位于2024年汛前完成。",
              "项目按期完工率", "汛期停工导致部分标段延期，下一步合理安排施工计划。",
              "项目区粮食亩产提高", "当年遭遇阶段性干旱，增产效果未完全显现。",
              "节水灌溉面积占比", "节水设施配套滞后，2024年继续推进。",
              "工程设施管护机制", "管护责任尚未全部落实到村，将出台管护办法。",
              "项目区农户满意度", "个别农户对施工期间占地补偿不满意。"));
      save(wb, inbox.resolve(file));
      BigDecimal total = p.scoreTotal().add(new BigDecimal(f.score()));
      List<String> groups = new ArrayList<>();
      groups.add("预算执行率=" + f.score());
      p.level1Scores().forEach((k, v) -> groups.add(k + "=" + Project.plain(v)));
      line(file, p.sheet(), header, "ok", total, p, groups, List.of());
    }
  }

  private void expect(String file, Project p, GridWriter.Placement at, Layout layout) {
    List<String> groups = new ArrayList<>();
    p.level1Scores().forEach((k, v) -> groups.add(k + "=" + Project.plain(v)));
    List<String> errors = new ArrayList<>();
    int weightCol = layout.index(Col.WEIGHT);
    int scoreCol = layout.index(Col.SCORE);
    for (int i = 0; i < p.leaves().size(); i++) {
      Leaf l = p.leaves().get(i);
      if (!l.notApplicable() && l.score().compareTo(l.weight()) > 0) {
        errors.add("SCORE_ABOVE_WEIGHT@" + p.sheet() + "!" + a1(scoreCol, at.leafRows().get(i)));
      }
    }
    p.mislabel().forEach((path, declared) -> {
      List<String> prefix = List.of(path.split("/"));
      int first = 0;
      while (!p.leaves().get(first).path().subList(0, prefix.size()).equals(prefix)) {
        first++;
      }
      errors.add("GROUP_WEIGHT_MISMATCH@" + p.sheet() + "!"
          + a1(layout.index(prefix.size() == 1 ? Col.L1 : Col.L2), at.leafRows().get(first)));
    });
    if (layout.typedScoreTotal() != null
        && new BigDecimal(layout.typedScoreTotal()).compareTo(p.scoreTotal()) != 0) {
      errors.add("TOTAL_ROW_MISMATCH@" + p.sheet() + "!" + a1(scoreCol, at.totalRow()));
    }
    if (weightCol < 0) {
      throw new IllegalStateException("no weight column");
    }
    line(file, p.sheet(), at.headerRow(), errors.isEmpty() ? "ok" : "invalid", p.scoreTotal(), p, groups, errors);
  }

  private void line(String file, String sheet, int header, String status, BigDecimal total, Project p,
      List<String> groups, List<String> errors) {
    // A table with leaves that do not apply is graded on its total rescaled over the applicable weight.
    BigDecimal graded = p.applicableWeight().compareTo(p.weightTotal()) == 0 ? total : p.onHundred();
    expected.add(String.format("      table(\"%s\", \"%s\", %d, \"%s\", \"%s\", \"%s\", \"%s\", \"%s\",%n"
            + "          List.of(%s),%n          List.of(%s)),",
        file, sheet, header, status, Project.plain(total), Project.grade(graded),
        p.unit(), p.project(),
        quote(groups), quote(errors)));
  }

  private static String quote(List<String> xs) {
    return String.join(", ", xs.stream().map(x -> "\"" + x + "\"").toList());
  }

  private static String a1(int col, int row1) {
    return CellReference.convertNumToColString(col) + row1;
  }

  private void truncated(String file, Project p) throws IOException {
    Path tmp = Files.createTempFile("sample", ".xlsx");
    try (Workbook wb = new XSSFWorkbook()) {
      new GridWriter(wb).write(p, seed(p));
      save(wb, tmp);
    }
    byte[] all = Files.readAllBytes(tmp);
    Files.delete(tmp);
    // An e-mail client that gave up half-way: the zip's central directory at the end is missing.
    byte[] half = java.util.Arrays.copyOf(all, all.length * 11 / 20);
    Files.write(inbox.resolve(file), half);
    expected.add(String.format("      rejected(\"%s\", \"文件已损坏\"),", file));
  }

  /**
   * Excel's owner file (所有者文件) for an open workbook: the user name's length, the name in the ANSI code page
   * padded with spaces to byte 54, the length again as a 2-byte word at 55, the name in UTF-16LE, then space/zero
   * pairs to 165 bytes (the layout LibreOffice's MSODocumentLockFile documents).
   */
  private void lockFile(String file, String user) throws IOException {
    byte[] b = new byte[165];
    byte[] ansi = user.getBytes(StandardCharsets.US_ASCII);
    b[0] = (byte) ansi.length;
    int i = 1;
    for (byte x : ansi) {
      b[i++] = x;
    }
    while (i < 55) {
      b[i++] = 0x20;
    }
    b[i++] = (byte) user.length();
    b[i++] = 0;
    for (byte x : user.getBytes(StandardCharsets.UTF_16LE)) {
      b[i++] = x;
    }
    while (i < b.length) {
      b[i++] = 0x20;
      if (i < b.length) {
        b[i++] = 0;
      }
    }
    Files.write(inbox.resolve(file), b);
    expected.add(String.format("      ignored(\"%s\"),", file));
  }

  private static void save(Workbook wb, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    if (wb instanceof XSSFWorkbook x) {
      x.getProperties().getCoreProperties().setCreator(AUTHOR);
      try {
        x.getProperties().getCoreProperties().setCreated("2024-03-15T09:30:00Z");
      } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
        throw new IllegalStateException(e);
      }
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }
}
