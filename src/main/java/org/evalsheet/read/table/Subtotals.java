package org.evalsheet.read.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.TotalRow;
import org.evalsheet.read.table.Drafts.GroupDraft;
import org.evalsheet.read.table.Drafts.LeafDraft;

/**
 * Decides which group a 小计 row closes (小计归属): the group it names ({@code 决策小计}, {@code 合计（决策）},
 * {@code 一级指标小计}); otherwise the outermost group that ends there (the next row starts a new group at that
 * level, or the table ends), or the innermost when another 小计 follows; and when those sums disagree with the
 * row while exactly one other open group's sums agree, that group.
 */
final class Subtotals {
  private final RowWalker walker;

  Subtotals(RowWalker walker) {
    this.walker = walker;
  }

  /** The group the 小计 on row {@code r} closes, or null when no group is open. */
  GroupDraft owner(int r, TotalLabels.Label label, TotalRow row) {
    List<GroupDraft> open = walker.openGroups();
    if (open.isEmpty()) {
      return null;
    }
    if (label.group() != null) {
      GroupDraft named = walker.named(label.group());
      if (named != null) {
        return named;
      }
    }
    if (label.level() > 0) {
      for (GroupDraft g : open) {
        if (g.level() == label.level()) {
          return g;
        }
      }
    }
    List<GroupDraft> free = new ArrayList<>(open.stream().filter(g -> g.subtotal == null).toList());
    if (free.isEmpty()) {
      free = open;
    }
    GroupDraft chosen = byPosition(r, free);
    if (!agrees(chosen, row)) {
      List<GroupDraft> agreeing = free.stream().filter(g -> agrees(g, row)).toList();
      if (agreeing.size() == 1) {
        chosen = agreeing.get(0);
      }
    }
    return chosen;
  }

  private GroupDraft byPosition(int r, List<GroupDraft> free) {
    int next = walker.rows().nextLevel(r);
    if (next == 0) {
      return free.get(0);
    }
    if (next < 0) {
      return free.get(free.size() - 1);
    }
    for (GroupDraft g : free) {
      if (g.level() >= next) {
        return g;
      }
    }
    return free.get(free.size() - 1);
  }

  /** Whether the row's numbers (those it has) equal the group's leaf sums. */
  private boolean agrees(GroupDraft g, TotalRow row) {
    BigDecimal[] sums = sums(walker.leaves(), g.path);
    boolean any = false;
    if (row.weight().isNumber()) {
      any = true;
      if (row.weight().value().compareTo(sums[0]) != 0) {
        return false;
      }
    }
    if (row.score().isNumber()) {
      any = true;
      return row.score().value().compareTo(sums[1]) == 0;
    }
    return any;
  }

  /** The sums of weights and of scores of the leaves under a group, as the sheet wrote them. */
  private static BigDecimal[] sums(List<LeafDraft> leaves, List<String> path) {
    BigDecimal w = BigDecimal.ZERO;
    BigDecimal s = BigDecimal.ZERO;
    for (LeafDraft l : leaves) {
      if (l.under(path)) {
        w = l.weight.isNumber() ? w.add(l.weight.value()) : w;
        s = l.score.isNumber() ? s.add(l.score.value()) : s;
      }
    }
    return new BigDecimal[] {w, s};
  }
}
