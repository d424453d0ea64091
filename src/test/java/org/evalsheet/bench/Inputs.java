package org.evalsheet.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evalsheet.testing.SeedWorkbook;

/**
 * Generates the benchmark's inputs (基准输入) deterministically from a fixed seed: seed-size submissions with varied
 * scores in a few district folders, one large table, multi-sheet workbooks for the summary, and one plain seed file.
 * File {@code i} depends only on the seed and {@code i}, so the thread count never changes what is written.
 *
 * <p>Usage: {@code Inputs --out DIR [--submissions 1000] [--rows 20000] [--tables 10000] [--per-file 10]
 * [--seed 20200101] [--threads N]}
 */
public final class Inputs {

  static final String[] DISTRICTS = {"市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市"};
  static final String[] BUREAUS = {"教育局", "财政局", "民政局", "卫生健康局", "交通运输局", "农业农村局", "文化和旅游局",
    "司法局", "审计局", "统计局", "商务局", "水务管理局", "住房和城乡建设局", "生态环境局", "应急管理局", "市场监督管理局"};
  static final String[] PROJECTS = {"专项业务费", "信息化建设", "办公楼维修改造", "政务服务", "人才引进补助", "基层治理",
    "公共卫生服务", "道路养护", "农村人居环境整治", "文化惠民演出"};

  /** What to generate. */
  record Plan(Path out, int submissions, int rows, int tables, int perFile, long seed, int threads) {}

  private Inputs() {}

  public static void main(String[] args) throws Exception {
    Plan plan = parse(args);
    long t0 = System.nanoTime();
    generate(plan);
    System.out.printf("generated %d submissions, a %d-row table and %d tables in %d files into %s in %.1f s%n",
        plan.submissions(), plan.rows(), plan.tables(), tableFiles(plan), plan.out(), (System.nanoTime() - t0) / 1e9);
  }

  static Plan parse(String[] args) {
    Path out = null;
    int submissions = 1000;
    int rows = 20_000;
    int tables = 10_000;
    int perFile = 10;
    long seed = 20200101L;
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--submissions" -> submissions = Integer.parseInt(args[++i]);
        case "--rows" -> rows = Integer.parseInt(args[++i]);
        case "--tables" -> tables = Integer.parseInt(args[++i]);
        case "--per-file" -> perFile = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    return new Plan(out, submissions, rows, tables, perFile, seed, threads);
  }

  static int tableFiles(Plan plan) {
    return (plan.tables() + plan.perFile() - 1) / plan.perFile();
  }

  /** Writes everything the plan asks for; a summary of what was written goes to {@code inputs.properties}. */
  static void generate(Plan plan) throws Exception {
    Path out = plan.out();
    Files.createDirectories(out.resolve("one"));
    new SeedWorkbook().write(out.resolve("one/seed.xlsx"));
    ExecutorService pool = Executors.newFixedThreadPool(plan.threads());
    try {
      List<Future<?>> work = new ArrayList<>();
      work.add(pool.submit(() -> BigTable.write(out.resolve("big/big-" + plan.rows() + ".xlsx"), plan.rows(),
          plan.seed())));
      for (int i = 0; i < plan.submissions(); i++) {
        int n = i;
        work.add(pool.submit(() -> writeWorkbook(submissionPath(out, n), plan.seed(), n, 1, false)));
      }
      int files = tableFiles(plan);
      for (int i = 0; i < files; i++) {
        int n = i;
        int sheets = Math.min(plan.perFile(), plan.tables() - i * plan.perFile());
        work.add(pool.submit(() -> writeWorkbook(tablesPath(out, n), plan.seed() + 1, n, sheets, true)));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    String props = "submissions=" + plan.submissions() + "\nrows=" + plan.rows() + "\ntables=" + plan.tables()
        + "\ntableFiles=" + tableFiles(plan) + "\nperFile=" + plan.perFile() + "\nseed=" + plan.seed()
        + "\nbig=big/big-" + plan.rows() + ".xlsx\none=one/seed.xlsx\n";
    Files.writeString(out.resolve("inputs.properties"), props, StandardCharsets.UTF_8);
  }

  static String unit(int i) {
    String name = DISTRICTS[i % DISTRICTS.length] + BUREAUS[(i / DISTRICTS.length) % BUREAUS.length];
    int round = i / (DISTRICTS.length * BUREAUS.length);
    return round == 0 ? name : name + "第" + (round + 1) + "分局";
  }

  static Path submissionPath(Path out, int i) {
    return out.resolve("submissions").resolve(DISTRICTS[i % DISTRICTS.length])
        .resolve(String.format("%04d-%s绩效自评表.xlsx", i + 1, unit(i)));
  }

  static Path tablesPath(Path out, int i) {
    return out.resolve("tables").resolve(DISTRICTS[i % DISTRICTS.length])
        .resolve(String.format("%04d-%s项目自评.xlsx", i + 1, unit(i)));
  }

  /**
   * One workbook of {@code sheets} seed tables whose scores vary with (seed, index, sheet). About one file in thirty
   * gives one indicator more than its weight, so the batch meets invalid files too.
   */
  static void writeWorkbook(Path file, long seed, int index, int sheets, boolean projectSheets) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (int k = 0; k < sheets; k++) {
        Random random = new Random(seed * 1_000_003L + index * 97L + k);
        SeedWorkbook seedTable = new SeedWorkbook();
        if (projectSheets) {
          seedTable.sheetName("项目" + (k + 1));
        }
        vary(seedTable, random);
        Sheet sheet = seedTable.fill(wb);
        String project = PROJECTS[(index + k) % PROJECTS.length];
        sheet.getRow(0).getCell(0).setCellValue(unit(index) + project + "项目支出指标体系");
        sheet.getRow(1).getCell(0).setCellValue("预算部门：" + unit(index));
      }
      Files.createDirectories(file.getParent());
      try (OutputStream os = Files.newOutputStream(file)) {
        wb.write(os);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces every leaf's 得分 with a plausible score drawn from its weight. */
  static void vary(SeedWorkbook table, Random random) {
    List<String[]> rows = SeedWorkbook.rows();
    boolean invalid = random.nextInt(30) == 0;
    int broken = invalid ? random.nextInt(rows.size()) : -1;
    for (int leaf = 0; leaf < rows.size(); leaf++) {
      BigDecimal w = new BigDecimal(rows.get(leaf)[4]);
      double p = random.nextDouble();
      BigDecimal score;
      if (leaf == broken) {
        score = w.add(BigDecimal.ONE);
      } else if (p < 0.6) {
        score = w;
      } else if (p < 0.8) {
        score = w.compareTo(BigDecimal.ONE) > 0 ? w.subtract(new BigDecimal("0.5")) : w;
      } else if (p < 0.9) {
        score = w.multiply(new BigDecimal("0.75"));
      } else if (p < 0.97) {
        score = w.multiply(new BigDecimal("0.5"));
      } else {
        score = BigDecimal.ZERO;
      }
      table.set(leaf, 9, score.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
    }
  }
}
