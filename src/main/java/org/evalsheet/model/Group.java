package org.evalsheet.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A group of indicators (指标组): a level-1, level-2 or level-3 label above leaves, such as {@code 决策 (20分)}.
 *
 * @param level 1-based level
 * @param path names from level 1 down to this group ({@code [决策, 项目立项]})
 * @param declaredWeight the weight written in the label ({@code 20} for {@code 决策 (20分)}), or null
 * @param row zero-based row of the label cell (the top-left of its merged region)
 * @param col zero-based column of the label cell
 * @param lastRow zero-based last row the group spans (its 小计 row when it has one)
 * @param ownRow the numbers on the label's own row when the label stands on a row of its own (outline layout:
 *     {@code 决策 | | | 20 | … | 18.5}), or null; a group row is never a leaf
 * @param subtotal the 小计 row closing the group ({@code 小计}, {@code 决策小计}, {@code 合计（决策）}), or null
 */
public record Group(int level, List<String> path, BigDecimal declaredWeight, int row, int col, int lastRow,
    TotalRow ownRow, TotalRow subtotal) {

  public Group {
    path = List.copyOf(path);
    if (path.size() != level) {
      throw new IllegalArgumentException("path " + path + " does not match level " + level);
    }
  }

  /** A group whose totals are stated only in its label (merged layout). */
  public Group(int level, List<String> path, BigDecimal declaredWeight, int row, int col, int lastRow) {
    this(level, path, declaredWeight, row, col, lastRow, null, null);
  }

  private static final String[] LEVELS = {"一级", "二级", "三级", "四级"};

  /** The Chinese name of a level: 一级, 二级, 三级, 四级. */
  public static String levelName(int level) {
    return level >= 1 && level <= LEVELS.length ? LEVELS[level - 1] : level + "级";
  }

  public String name() {
    return path.get(path.size() - 1);
  }

  /** The rows that state this group's totals: its own label row and its 小计 row, those present. */
  public List<TotalRow> statedRows() {
    if (ownRow == null) {
      return subtotal == null ? List.of() : List.of(subtotal);
    }
    return subtotal == null ? List.of(ownRow) : List.of(ownRow, subtotal);
  }

  /**
   * Whether an indicator lies in this group: its path goes through the group's, and it stands within the group's
   * rows (a table split into blocks may hold two groups of the same name).
   */
  public boolean contains(Indicator indicator) {
    List<String> other = indicator.path();
    if (other.size() <= path.size() || indicator.row() < row || indicator.row() > lastRow) {
      return false;
    }
    for (int i = 0; i < path.size(); i++) {
      if (!Objects.equals(other.get(i), path.get(i))) {
        return false;
      }
    }
    return true;
  }
}
