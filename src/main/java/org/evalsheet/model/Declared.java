package org.evalsheet.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a table declares beside its rows of indicators (表中另行填写的内容): the blocks its indicators are split into
 * with the weight each carries ({@code 年度绩效目标（80分）}, {@code 年度绩效目标1（40分）}), the grade the unit gave
 * itself ({@code 自评等级 优}), and where its 总分 stands when that is not the 得分 column.
 *
 * @param sections the blocks, in sheet order; empty when the table is one block
 * @param grade the 自评等级 written beside the 总分, or null
 * @param totalScoreCell the cell the closing row's score was read from when it is not in the 得分 column
 *     ({@code 总分(100分) | 100 | 自评等级 | 优}), or null
 */
public record Declared(List<Section> sections, StatedGrade grade, CellRef totalScoreCell) {

  /** A table that declares nothing beside its rows. */
  public static final Declared NONE = new Declared(List.of(), null, null);

  public Declared {
    sections = List.copyOf(sections);
  }

  /**
   * A block of indicators under a label left of the level columns (指标分块): {@code 年度绩效目标（80分）} merged down
   * over its rows, its weight the part of the full mark its indicators share.
   *
   * @param name the label without its weight
   * @param declaredWeight the weight in the label, or null
   * @param row zero-based row of the label cell
   * @param col zero-based column of the label cell
   * @param lastRow zero-based last row of the block
   */
  public record Section(String name, BigDecimal declaredWeight, int row, int col, int lastRow) {
    /** Whether an indicator's row lies in the block. */
    public boolean contains(Indicator indicator) {
      return indicator.row() >= row && indicator.row() <= lastRow;
    }

    /** Whether a group's label lies in the block. */
    public boolean contains(Group group) {
      return group.row() >= row && group.row() <= lastRow;
    }
  }

  /**
   * The grade a unit gave itself (自评等级).
   *
   * @param grade the word as written: 优, 良, 中, 差 (or 优秀, 良好, 合格…)
   * @param cell where it is written
   */
  public record StatedGrade(String grade, CellRef cell) {}

  public Declared withSections(List<Section> more) {
    return new Declared(more, grade, totalScoreCell);
  }
}
