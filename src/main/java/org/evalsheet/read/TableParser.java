package org.evalsheet.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;

/**
 * Turns one sheet's grid into an indicator table (指标表解析): header, cover rows, the Ministry funds block and the
 * rows of indicators. Knows nothing of where the cells came from.
 */
final class TableParser {
  private TableParser() {}

  /** The table in a sheet, or empty when the sheet has no indicator header or no indicator under it. */
  static Optional<IndicatorTable> parse(Grid grid, String fallbackUnit) {
    Optional<HeaderFinder.Header> found = HeaderFinder.find(grid);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    HeaderFinder.Header header = found.get();
    TableCells cells = new TableCells(grid);
    CoverBlock.Cover cover = CoverBlock.read(grid, header.row(), fallbackUnit);
    List<Indicator> indicators = new ArrayList<>();
    FundsBlock.find(cells, header.row()).ifPresent(indicators::add);
    RowWalker.Body body = new RowWalker(cells, header).walk();
    indicators.addAll(body.indicators());
    if (indicators.isEmpty()) {
      return Optional.empty();
    }
    List<Finding> notes = new ArrayList<>(cells.notes());
    Collections.sort(notes);
    int lastRow = Math.max(body.lastRow(), header.firstDataRow() - 1);
    return Optional.of(new IndicatorTable(grid.sheet(), grid.index(), cover.title(), cover.unit(), cover.project(),
        header.row(), header.firstDataRow(), header.columns(), body.groups(), indicators, body.total(), lastRow,
        notes));
  }
}
