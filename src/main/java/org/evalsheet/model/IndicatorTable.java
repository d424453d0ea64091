package org.evalsheet.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One indicator table (指标体系 / 绩效自评表) as read from a sheet, with no spreadsheet library types in it.
 *
 * @param sheet the sheet name
 * @param sheetIndex zero-based sheet position in the workbook
 * @param title the title above the table (e.g. {@code 青岛市人民政府办公厅专项业务费项目支出指标体系}), or ""
 * @param unit the submitting unit (预算部门 / 单位名称), falling back to the file name
 * @param project the project (项目名称), or ""
 * @param headerRow zero-based row of the (first) header row
 * @param firstDataRow zero-based row of the first indicator row (after one or two header rows)
 * @param columns where each column was found, zero-based; absent concepts are absent keys
 * @param groups every group label, in sheet order
 * @param indicators every leaf, in sheet order
 * @param total the closing 合计 row, or null when the table has none
 * @param lastRow zero-based last row that belongs to the table (the total row when there is one)
 * @param notes findings the reader made while reading (error values, joined continuation rows…)
 * @param scale how the sheet wrote its weights; every number above is already in points
 * @param unitSource where {@code unit} was read
 * @param declared what the table declares beside its rows: blocks with their weights, a 自评等级, where its 总分 stands
 */
public record IndicatorTable(
    String sheet,
    int sheetIndex,
    String title,
    String unit,
    String project,
    int headerRow,
    int firstDataRow,
    Map<Column, Integer> columns,
    List<Group> groups,
    List<Indicator> indicators,
    TotalRow total,
    int lastRow,
    List<Finding> notes,
    Scale scale,
    UnitSource unitSource,
    Declared declared) {

  public IndicatorTable {
    Objects.requireNonNull(sheet, "sheet");
    title = Objects.requireNonNullElse(title, "");
    unit = Objects.requireNonNullElse(unit, "");
    project = Objects.requireNonNullElse(project, "");
    columns = Map.copyOf(columns);
    groups = List.copyOf(groups);
    indicators = List.copyOf(indicators);
    notes = List.copyOf(notes);
    scale = Objects.requireNonNullElse(scale, Scale.POINTS);
    unitSource = Objects.requireNonNullElse(unitSource, UnitSource.LABEL);
    declared = Objects.requireNonNullElse(declared, Declared.NONE);
  }

  /** A table that declares nothing beside its rows. */
  public IndicatorTable(String sheet, int sheetIndex, String title, String unit, String project, int headerRow,
      int firstDataRow, Map<Column, Integer> columns, List<Group> groups, List<Indicator> indicators, TotalRow total,
      int lastRow, List<Finding> notes, Scale scale, UnitSource unitSource) {
    this(sheet, sheetIndex, title, unit, project, headerRow, firstDataRow, columns, groups, indicators, total,
        lastRow, notes, scale, unitSource, Declared.NONE);
  }

  /** A table in points whose unit comes from a label cell. */
  public IndicatorTable(String sheet, int sheetIndex, String title, String unit, String project, int headerRow,
      int firstDataRow, Map<Column, Integer> columns, List<Group> groups, List<Indicator> indicators, TotalRow total,
      int lastRow, List<Finding> notes) {
    this(sheet, sheetIndex, title, unit, project, headerRow, firstDataRow, columns, groups, indicators, total,
        lastRow, notes, Scale.POINTS, UnitSource.LABEL, Declared.NONE);
  }

  /** The same table with other leaves (same positions), such as the leaves without their long texts. */
  public IndicatorTable withIndicators(List<Indicator> leaves) {
    return new IndicatorTable(sheet, sheetIndex, title, unit, project, headerRow, firstDataRow, columns, groups,
        leaves, total, lastRow, notes, scale, unitSource, declared);
  }

  /** The same table with more notes of the reader's (a damaged part it read past, say). */
  public IndicatorTable withNotes(List<Finding> more) {
    List<Finding> all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    all.sort(null);
    return new IndicatorTable(sheet, sheetIndex, title, unit, project, headerRow, firstDataRow, columns, groups,
        indicators, total, lastRow, all, scale, unitSource, declared);
  }

  /** The same table attributed to another unit, such as the roster's name for it. */
  public IndicatorTable withUnit(String name, UnitSource source) {
    return new IndicatorTable(sheet, sheetIndex, title, name, project, headerRow, firstDataRow, columns, groups,
        indicators, total, lastRow, notes, scale, source, declared);
  }

  /** The cell of the closing row's score: its 得分 cell, or where the 总分 was written instead; null without one. */
  public CellRef totalScoreCell() {
    if (total == null) {
      return null;
    }
    return declared.totalScoreCell() != null ? declared.totalScoreCell() : cell(total.row(), Column.SCORE);
  }

  /**
   * Whether the leaves' weights are given only through labels: the table has no 权重/分值 column, and the groups,
   * blocks or the leaves' own labels state the weights ({@code 产出指标（60分）}).
   */
  public boolean weightsFromLabels() {
    return !has(Column.WEIGHT);
  }

  /** Whether the table has a column for this concept. */
  public boolean has(Column column) {
    return columns.containsKey(column);
  }

  /** The cell of a concept in a row, or null when the table has no such column. */
  public CellRef cell(int row, Column column) {
    Integer col = columns.get(column);
    return col == null ? null : new CellRef(sheet, row, col);
  }

  /**
   * The cell of a concept on an indicator's row, or null when the table has no such column; a leaf's own column
   * ({@link Indicator#columns()}) wins over the table's.
   */
  public CellRef cell(Indicator indicator, Column column) {
    Integer own = indicator.columns().get(column);
    return own == null ? cell(indicator.row(), column) : new CellRef(sheet, indicator.row(), own);
  }

  /** The cell holding an indicator's name. */
  public CellRef nameCell(Indicator indicator) {
    return new CellRef(sheet, indicator.row(), indicator.nameCol());
  }

  /** The cell holding a group's label. */
  public CellRef labelCell(Group group) {
    return new CellRef(sheet, group.row(), group.col());
  }

  /** Groups of one level, in sheet order. */
  public List<Group> groups(int level) {
    return groups.stream().filter(g -> g.level() == level).toList();
  }
}
