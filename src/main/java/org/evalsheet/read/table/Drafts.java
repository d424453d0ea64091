package org.evalsheet.read.table;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Column;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.Scale;
import org.evalsheet.model.TotalRow;

/** Groups and leaves while their rows are still being read (草稿), as the sheet wrote their numbers. */
final class Drafts {
  private Drafts() {}

  /** A group while its rows are being read. */
  static final class GroupDraft {
    final List<String> path;
    final BigDecimal declared;
    final int row;
    final int col;
    int lastRow;
    /** The numbers on the label's own row (outline layout), or null. */
    TotalRow ownRow;
    /** The 小计 row that closed it, or null. */
    TotalRow subtotal;

    GroupDraft(List<String> path, BigDecimal declared, int row, int col) {
      this.path = path;
      this.declared = declared;
      this.row = row;
      this.col = col;
      this.lastRow = row;
    }

    String name() {
      return path.get(path.size() - 1);
    }

    int level() {
      return path.size();
    }

    /** Whether a leaf lies under this group: its path goes through the group's, within the group's rows. */
    boolean contains(LeafDraft leaf) {
      return leaf.path.size() > path.size() && leaf.path.subList(0, path.size()).equals(path)
          && leaf.row >= row && leaf.row <= lastRow;
    }

    Group group(Scale scale) {
      return new Group(path.size(), path, WeightScale.declared(declared, scale), row, col, lastRow,
          WeightScale.row(ownRow, scale), WeightScale.row(subtotal, scale));
    }
  }

  /** A leaf while continuation rows may still be joined to it. */
  static final class LeafDraft {
    final List<String> path;
    final int row;
    final int nameCol;
    final Map<Column, String> texts = new EnumMap<>(Column.class);
    Amount weight = Amount.BLANK;
    Amount score = Amount.BLANK;
    Amount rate = Amount.BLANK;
    Amount reviewer = Amount.BLANK;
    boolean notApplicable;
    int lastRow;

    LeafDraft(List<String> path, int row, int nameCol) {
      this.path = path;
      this.row = row;
      this.nameCol = nameCol;
      this.lastRow = row;
    }

    String name() {
      return path.get(path.size() - 1);
    }

    String text(Column column) {
      return texts.getOrDefault(column, "");
    }

    /** Whether a group (by path) holds this leaf. */
    boolean under(List<String> group) {
      return path.size() > group.size() && path.subList(0, group.size()).equals(group);
    }

    Indicator indicator(Scale scale) {
      return new Indicator(path, row, lastRow, nameCol, WeightScale.weight(weight, scale),
          WeightScale.score(score, scale), rate, WeightScale.score(reviewer, scale), notApplicable, texts, Map.of());
    }
  }
}
