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
 * @param lastRow zero-based last row the group spans
 */
public record Group(int level, List<String> path, BigDecimal declaredWeight, int row, int col, int lastRow) {

  public Group {
    path = List.copyOf(path);
    if (path.size() != level) {
      throw new IllegalArgumentException("path " + path + " does not match level " + level);
    }
  }

  public String name() {
    return path.get(path.size() - 1);
  }

  /** Whether an indicator lies in this group (its path starts with this group's path). */
  public boolean contains(Indicator indicator) {
    List<String> other = indicator.path();
    if (other.size() <= path.size()) {
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
