package org.evalsheet.read.table;

import java.util.List;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Text;
import org.evalsheet.read.table.Drafts.LeafDraft;

/** Whether a leaf does not apply (不适用): it is then left out and the table rescaled over the applicable weight. */
final class NotApplicable {
  private NotApplicable() {}

  /** What a 实际完成值 or 备注 says when a leaf does not apply and its 得分 is left empty. */
  private static final List<String> WORDS =
      List.of("不适用", "不涉及", "无此项", "不考核", "未涉及", "本项不适用", "本年度不涉及", "本年不涉及");

  /**
   * A leaf does not apply when its 得分 says so ({@code 不适用}, {@code /}, {@code —}) beside a weight, or is empty
   * while its 实际完成值 or 备注 says so; never when a submitted 得分率 gives its score. Notes the decision at
   * {@code col} (the 得分 column) of the leaf's row.
   */
  static boolean decide(LeafDraft l, TableCells cells, Integer col) {
    if (!l.rate.isEmpty() || l.weight.kind() == Amount.Kind.TEXT || l.weight.kind() == Amount.Kind.ERROR) {
      return false;
    }
    String why;
    if (l.score.kind() == Amount.Kind.NOT_APPLICABLE) {
      why = "得分为“" + l.score.text() + "”";
    } else if (l.score.kind() == Amount.Kind.BLANK && saysNotApplicable(l.text(Column.ACTUAL))) {
      why = "实际完成值为“" + l.text(Column.ACTUAL) + "”";
    } else if (l.score.kind() == Amount.Kind.BLANK && saysNotApplicable(l.text(Column.REMARK))) {
      why = "备注为“" + l.text(Column.REMARK) + "”";
    } else {
      return false;
    }
    cells.note(Finding.info(Code.NOT_APPLICABLE, cells.ref(l.row, col == null ? l.nameCol : col),
        "指标“" + l.name() + "”" + why + "，按不适用指标处理，不计入得分"));
    return true;
  }

  private static boolean saysNotApplicable(String text) {
    String t = Text.compact(text);
    return !t.isEmpty() && WORDS.stream().anyMatch(t::startsWith);
  }
}
