package org.evalsheet.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.evalsheet.model.Code;
import org.evalsheet.model.Finding;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedModel;

/** Results and folders for batch tests, built without the reader or the scorer (批量测试夹具). */
public final class BatchFixtures {
  private BatchFixtures() {}

  /** A scored table of {@code unit}'s {@code project} with the given total. */
  public static TableResult table(String unit, String project, String score, Finding... findings) {
    IndicatorTable s = SeedModel.table();
    IndicatorTable t = new IndicatorTable(s.sheet(), s.sheetIndex(), s.title(), unit, project, s.headerRow(),
        s.firstDataRow(), s.columns(), s.groups(), s.indicators(), s.total(), s.lastRow(), s.notes());
    BigDecimal total = score == null ? null : new BigDecimal(score);
    String grade = total == null ? null : GradeScale.DEFAULT.grade(total);
    Evaluation e = new Evaluation(new BigDecimal("100"), total, total == null ? null : total.movePointLeft(2), grade,
        List.of(), List.of(), List.of(), "", total == null);
    return new TableResult(t, List.of(findings), e);
  }

  /** A file whose one table scored {@code score}. */
  public static FileResult ok(String file, String unit, String score) {
    return FileResult.read(file, List.of(table(unit, "", score)));
  }

  /** A file whose one table has an error. */
  public static FileResult invalid(String file, String unit, String score) {
    return FileResult.read(file, List.of(table(unit, "", score, Finding.error(Code.SCORE_ABOVE_WEIGHT, null, "得分超过权重"))));
  }

  /** Writes {@code content} to {@code root/rel}, creating folders. */
  public static Path write(Path root, String rel, String content) {
    try {
      Path p = root.resolve(rel);
      Files.createDirectories(p.getParent());
      return Files.writeString(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A digest of every path, byte and modification time under {@code root}. */
  public static String hashTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path p : walk.sorted().toList()) {
        md.update(root.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update(Files.getLastModifiedTime(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (Files.isRegularFile(p)) {
          md.update(Files.readAllBytes(p));
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
