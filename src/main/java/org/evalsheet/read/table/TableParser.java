package org.evalsheet.read.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Text;
import org.evalsheet.read.grid.Grid;

/**
 * Turns one sheet's grid into an indicator table (指标表解析): header, cover rows, the Ministry funds block and the
 * rows of indicators. Knows nothing of where the cells came from.
 */
public final class TableParser {
  private TableParser() {}

  /** Why a sheet holding a 绩效目标申报表 has no self-evaluation. */
  public static final String DECLARATION = "这是绩效目标申报表（只有指标值，没有分值和得分），不是绩效自评表";

  /**
   * What a sheet holds: a table, or why it has none.
   *
   * @param table the table, or null
   * @param reason why there is none ({@link #DECLARATION}, a blank form), or null when nothing was recognised
   * @param rank how telling the reason is: 2 a 申报表, 1 a blank form, 0 nothing recognisable
   */
  public record Parsed(IndicatorTable table, String reason, int rank) {
    public static final Parsed NOTHING = new Parsed(null, null, 0);
  }

  /** The table in a sheet, or empty when the sheet has no indicator header or no indicator under it. */
  static Optional<IndicatorTable> parse(Grid grid, String fallbackUnit) {
    return Optional.ofNullable(read(grid, fallbackUnit).table());
  }

  /** Why a self-evaluation form with neither 分值 nor 得分 anywhere cannot be checked. */
  static final String UNSCORED = "这张自评表只填了指标值和完成值，没有分值和得分（表中、分组标签和资金块都没有写明），无法计分核对";

  /** The table in a sheet, or why there is none. */
  public static Parsed read(Grid grid, String fallbackUnit) {
    Optional<HeaderFinder.Header> found = HeaderFinder.find(grid);
    if (found.isPresent()) {
      return read(grid, fallbackUnit, found.get());
    }
    int declaration = HeaderFinder.declarationRow(grid);
    if (declaration < 0) {
      return Parsed.NOTHING;
    }
    // Levels and targets but no 分值/得分 column: a 绩效目标申报表, unless labels or a funds block carry weights
    // (a self-evaluation form whose weights stand only in labels, published before it was scored).
    Parsed unscored = read(grid, fallbackUnit, HeaderFinder.unscored(grid, declaration));
    if (unscored.table() != null && weighted(unscored.table())) {
      return unscored;
    }
    String title = Text.compact(CoverBlock.read(grid, declaration, fallbackUnit).title() + grid.sheet());
    return new Parsed(null, title.contains("自评") ? UNSCORED : DECLARATION, 2);
  }

  /** Whether a table read from a header without 分值 or 得分 states weights somewhere: labels, blocks, funds. */
  private static boolean weighted(IndicatorTable t) {
    return t.groups().stream().anyMatch(g -> g.declaredWeight() != null)
        || t.declared().sections().stream().anyMatch(s -> s.declaredWeight() != null)
        || t.indicators().stream().anyMatch(i -> i.weight().isNumber());
  }

  private static Parsed read(Grid grid, String fallbackUnit, HeaderFinder.Header header) {
    TableCells cells = new TableCells(grid);
    header.notes().forEach(cells::note);
    CoverBlock.Cover cover = CoverBlock.read(grid, header.row(), fallbackUnit);
    List<Indicator> indicators = new ArrayList<>();
    FundsBlock.find(cells, header.row()).ifPresent(indicators::add);
    RowWalker.Body body = new RowWalker(cells, header).walk();
    indicators.addAll(body.indicators());
    if (indicators.isEmpty()) {
      return new Parsed(null, "空白自评表：第 " + (header.row() + 1) + " 行有表头，但下面没有指标", 1);
    }
    List<Finding> notes = new ArrayList<>(cells.notes());
    if (cover.note() != null) {
      notes.add(cover.note());
    }
    Collections.sort(notes);
    int lastRow = Math.max(body.lastRow(), header.firstDataRow() - 1);
    return new Parsed(new IndicatorTable(grid.sheet(), grid.index(), cover.title(), cover.unit(), cover.project(),
        header.row(), header.firstDataRow(), header.columns(), body.groups(), indicators, body.total(), lastRow,
        notes, body.scale(), cover.source(), body.declared()), null, 0);
  }
}
