package org.evalsheet.read;

import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;

/**
 * A table reduced to what must not change between layouts (表的形状): paths, weights, scores, texts, groups with
 * declared weights and the 合计 row, without row positions, cell texts of numbers or line feeds in texts.
 */
final class TableShape {
  private TableShape() {}

  static List<String> of(IndicatorTable t) {
    List<String> lines = new ArrayList<>();
    lines.add("unit " + t.unit());
    lines.add("title " + t.title());
    for (Group g : t.groups()) {
      lines.add("group " + g.level() + " " + g.path() + " " + Decimals.format(g.declaredWeight()));
    }
    for (Indicator i : t.indicators()) {
      lines.add("leaf " + i.path() + " w=" + amount(i.weight()) + " s=" + amount(i.score()) + " r=" + amount(i.rate()));
      i.texts().forEach((c, v) -> lines.add("  " + c + " " + v.replace("\n", "")));
    }
    lines.add(t.total() == null ? "no total"
        : "total w=" + amount(t.total().weight()) + " s=" + amount(t.total().score()));
    return lines;
  }

  private static String amount(Amount a) {
    return a.isNumber() ? Decimals.format(a.value()) + (a.percent() ? "%" : "") : a.kind().name();
  }
}
