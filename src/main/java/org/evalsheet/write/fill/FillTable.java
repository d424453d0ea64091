package org.evalsheet.write.fill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Scale;
import org.evalsheet.model.Severity;
import org.evalsheet.model.TotalRow;
import org.evalsheet.review.LeafReview;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.LeafScore;
import org.evalsheet.score.TableResult;

/**
 * What the copy writes into one table's sheet (填写指标表): every leaf's 得分率, scores derived from a submitted
 * 得分率, the 得分率 of group and 小计 rows, the 合计 row's numbers, each only where the department left the cell
 * empty, and every error and warning marked on its cell with a comment that names its number in the 评价结论 sheet's
 * list. Touches no other cell. POI-free: both writers draw these cells.
 */
final class FillTable {
  private FillTable() {}

  /** A number to write into one cell (写入值), formatted 0.00% when it is a rate. */
  record Edit(BigDecimal value, boolean percent) {}

  /** The cells of one table at its place, with the marks and comments of its findings. */
  static <E extends Exception> List<FillPlan.Cell> cells(TableResult result, FillPlan.Place place,
      FillPlan.Layout<E> layout) throws E {
    String sheet = place.sheet();
    Map<CellRef, Edit> edits = edits(result, sheet, place.totalRow(), place.rateCol());
    UnaryOperator<CellRef> moved = c -> c.sheet().equals(sheet) && c.row() >= place.shiftedFrom()
        ? new CellRef(c.sheet(), c.row() + 1, c.col()) : c;
    Map<CellRef, List<Finding>> marked = marked(result, moved);
    List<Finding> numbered = FillConclusionSheet.ordered(result.findings());
    Function<List<Finding>, List<String>> lines = fs -> lines(fs, numbered);
    Map<CellRef, FillPlan.Cell> cells = new TreeMap<>();
    for (Map.Entry<CellRef, Edit> en : edits.entrySet()) {
      List<Finding> findings = marked.getOrDefault(en.getKey(), List.of());
      cells.put(en.getKey(), new FillPlan.Cell(sheet, en.getKey().row(), en.getKey().col(), en.getValue().value(),
          en.getValue().percent(), mark(findings), lines.apply(findings)));
    }
    for (Map.Entry<CellRef, List<Finding>> en : marked.entrySet()) {
      CellRef at = en.getKey();
      if (edits.containsKey(at)) {
        continue;
      }
      String target = at.sheet().equals(sheet) ? sheet : layout.sheet(at.sheet());
      if (target != null) {
        CellRef key = new CellRef(target, at.row(), at.col());
        cells.merge(key, new FillPlan.Cell(target, at.row(), at.col(), null, false, mark(en.getValue()),
            lines.apply(en.getValue())), FillTable::both);
      }
    }
    return List.copyOf(cells.values());
  }

  /** Two plans for one cell (a finding naming a sheet by another spelling): the number of one, both marks. */
  private static FillPlan.Cell both(FillPlan.Cell a, FillPlan.Cell b) {
    List<String> comment = new ArrayList<>(a.comment());
    comment.addAll(b.comment());
    FillPlan.Mark mark = b.mark() != FillPlan.Mark.NONE ? b.mark() : a.mark();
    return new FillPlan.Cell(a.sheet(), a.row(), a.col(), a.number() != null ? a.number() : b.number(),
        a.percent() || b.percent(), mark, comment);
  }

  /**
   * The numbers a table's results put into its sheet, only where the department left the cell empty (a number it
   * wrote is never changed: a wrong one stays, marked, with the right value in its finding): every leaf's 得分率,
   * scores derived from a submitted 得分率, the 得分率 of every outline group row and 小计 row (and its weight and
   * score), and the 合计 row's weight, score and rate; scores and weights in the sheet's own scale (a table of
   * fractional weights gets fractions back).
   */
  static Map<CellRef, Edit> edits(TableResult result, String sheetName, int totalRow, int rateCol) {
    IndicatorTable table = result.table();
    Scale scale = table.scale();
    Map<CellRef, Edit> edits = new TreeMap<>();
    Evaluation e = result.evaluation();
    if (e == null) {
      return edits;
    }
    Integer scoreCol = table.columns().get(Column.SCORE);
    Integer weightCol = table.columns().get(Column.WEIGHT);
    for (LeafScore leaf : e.leaves()) {
      int r = leaf.indicator().row();
      if (leaf.rate() != null && leaf.indicator().rate().isEmpty()) {
        edits.put(new CellRef(sheetName, r, rateCol), new Edit(leaf.rate(), true));
      }
      if (leaf.derivedFromRate() && leaf.score() != null && scoreCol != null) {
        edits.put(new CellRef(sheetName, r, scoreCol), new Edit(scale.sheetScore(leaf.score()), false));
      }
    }
    for (GroupScore g : e.groups()) {
      for (TotalRow row : g.group().statedRows()) {
        if (g.rate() != null && !e.template() && row.rate().isEmpty()) {
          edits.put(new CellRef(sheetName, row.row(), rateCol), new Edit(g.rate(), true));
        }
        boolean subtotal = row.equals(g.group().subtotal());
        if (subtotal && weightCol != null && row.weight().isEmpty()) {
          edits.put(new CellRef(sheetName, row.row(), weightCol), new Edit(scale.sheetWeight(g.weight()), false));
        }
        if (subtotal && scoreCol != null && row.score().isEmpty() && g.score() != null && !e.template()) {
          edits.put(new CellRef(sheetName, row.row(), scoreCol), new Edit(scale.sheetScore(g.score()), false));
        }
      }
    }
    TotalRow total = table.total();
    if (weightCol != null && (total == null || total.weight().isEmpty()) && e.weightTotal() != null) {
      edits.put(new CellRef(sheetName, totalRow, weightCol), new Edit(scale.sheetWeight(e.weightTotal()), false));
    }
    if (scoreCol != null && (total == null || total.score().isEmpty()) && e.scoreTotal() != null && !e.template()) {
      edits.put(new CellRef(sheetName, totalRow, scoreCol), new Edit(scale.sheetScore(e.scoreTotal()), false));
    }
    if (e.rate() != null && (total == null || total.rate().isEmpty())) {
      edits.put(new CellRef(sheetName, totalRow, rateCol), new Edit(e.rate(), true));
    }
    return edits;
  }

  /** The findings to mark, by cell (after {@code moved}): errors and warnings that name a cell. */
  static Map<CellRef, List<Finding>> marked(TableResult result, UnaryOperator<CellRef> moved) {
    Map<CellRef, List<Finding>> marked = new TreeMap<>();
    for (Finding f : result.findings()) {
      if (f.cell() != null && f.severity() != Severity.INFO) {
        marked.computeIfAbsent(moved.apply(f.cell()), k -> new ArrayList<>()).add(f);
      }
    }
    // A 得分 the review questions shows, in its comment, how the completion's score was computed.
    for (LeafReview r : result.review().leaves()) {
      CellRef score = result.table().cell(r.indicator(), Column.SCORE);
      List<Finding> here = score == null ? null : marked.get(moved.apply(score));
      if (here != null && !r.explanation().isEmpty()
          && here.stream().anyMatch(f -> f.is(Code.SCORE_ABOVE_RULE) || f.is(Code.QUALITATIVE_SCORE_OUT_OF_BAND))) {
        here.add(Finding.info(Code.REVIEW_BASIS, score, "复核：" + r.explanation()));
      }
    }
    return marked;
  }

  /** The mark for a cell's findings: errors win over warnings; info findings are not marked. */
  static FillPlan.Mark mark(List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      return FillPlan.Mark.ERROR;
    }
    if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
      return FillPlan.Mark.WARNING;
    }
    return FillPlan.Mark.NONE;
  }

  /**
   * The comment's lines for a cell's findings: {@code 级别（评价结论第 N 条）：说明} each, N being the finding's number
   * in the 评价结论 sheet's list ({@code numbered}), so that a printout's coloured cell leads to its words.
   */
  static List<String> lines(List<Finding> findings, List<Finding> numbered) {
    return findings.stream().map(f -> {
      int n = numbered.indexOf(f);
      return f.severity().label() + (n < 0 ? "" : "（评价结论第 " + (n + 1) + " 条）") + "：" + f.message();
    }).toList();
  }
}
