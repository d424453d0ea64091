package org.evalsheet.read.table;

import java.util.List;
import java.util.regex.Pattern;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Text;
import org.evalsheet.model.UnitSource;
import org.evalsheet.read.grid.Grid;

/**
 * The rows above a table (表头以上): its title and the label cells naming the unit and the project, such as
 * {@code 预算部门：青岛市人民政府办公厅} or {@code 项目名称 | 办公业务费}.
 */
final class CoverBlock {
  private CoverBlock() {}

  /**
   * What the rows above the header say.
   *
   * @param title the table's title, or ""
   * @param unit the submitting unit: a label's, else the one the title or the file name names, else the file name
   * @param project the project, or ""
   * @param source where the unit was read
   * @param note an info finding saying where the unit was taken from when no label named it, or null
   */
  record Cover(String title, String unit, String project, UnitSource source, Finding note) {}

  /** Unit labels, most specific first: the budget department is the one the bureau files by. */
  private static final List<String> UNIT_LABELS =
      List.of("预算部门", "预算单位", "部门(单位)名称", "单位名称", "部门名称", "主管部门", "实施单位", "填报单位");

  private static final String PROJECT_LABEL = "项目名称";
  private static final Pattern SEAL = Pattern.compile("\\((盖章|公章|签章|章)\\)");
  private static final Pattern GAP = Pattern.compile("(\\s{2,}|\u3000).*$", Pattern.DOTALL);
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})年度?");
  private static final Pattern TITLE_TAIL =
      Pattern.compile("(项目)?(支出)?(绩效)?(自评|评价)?(指标体系|自评表|评分表|考核表|指标表|情况表)$");
  private static final List<String> TITLE_WORDS =
      List.of("指标体系", "自评表", "评价", "绩效", "指标表", "评分表", "考核表");

  static Cover read(Grid grid, int headerRow, String fallbackUnit) {
    String title = "";
    int titleRow = 0;
    String project = "";
    String unit = "";
    int unitRank = UNIT_LABELS.size();
    for (int r = 0; r < headerRow; r++) {
      boolean labelRow = false;
      for (int c = 0; c <= grid.lastCol(); c++) {
        String text = grid.own(r, c).kind() == Grid.Kind.TEXT ? grid.own(r, c).text() : "";
        String key = key(text);
        if (key == null) {
          continue;
        }
        labelRow = true;
        String value = value(grid, r, c, text);
        int rank = UNIT_LABELS.indexOf(key);
        if (key.equals(PROJECT_LABEL) && project.isEmpty()) {
          project = value;
        } else if (rank >= 0 && rank < unitRank && !value.isEmpty()) {
          unit = value;
          unitRank = rank;
        }
      }
      if (!labelRow && title.isEmpty()) {
        title = title(grid, r);
        titleRow = r;
      }
    }
    if (!unit.isEmpty()) {
      return new Cover(title, unit, project.isEmpty() ? projectFromTitle(title, unit) : project, UnitSource.LABEL,
          null);
    }
    CellRef at = new CellRef(grid.sheet(), titleRow, 0);
    TitleNames.Names fromTitle = TitleNames.of(title);
    if (!fromTitle.unit().isEmpty()) {
      return new Cover(title, fromTitle.unit(), project.isEmpty() ? fromTitle.project() : project, UnitSource.TITLE,
          Finding.info(Code.UNIT_FROM_TITLE, at, "表中没有填写单位名称，按标题取单位“" + fromTitle.unit() + "”"));
    }
    TitleNames.Names fromFile = TitleNames.of(fallbackUnit);
    String u = fromFile.unit().isEmpty() ? fallbackUnit : fromFile.unit();
    String p = !project.isEmpty() ? project : !fromTitle.project().isEmpty() ? fromTitle.project()
        : !fromFile.project().isEmpty() ? fromFile.project() : projectFromTitle(title, u);
    Finding note = u.equals(fallbackUnit) ? null : Finding.info(Code.UNIT_FROM_FILE_NAME, at,
        "表中和标题中都没有单位名称，按文件名“" + fallbackUnit + "”取单位“" + u + "”");
    return new Cover(title, u, p, UnitSource.FILE_NAME, note);
  }

  /**
   * The project a title names when no 项目名称 cell does: {@code 青岛市人民政府办公厅专项业务费项目支出指标体系} →
   * 专项业务费 (the unit, the year and the form's own words removed), or "" when nothing is left.
   */
  static String projectFromTitle(String title, String unit) {
    String t = title;
    int u = unit.isEmpty() ? -1 : t.indexOf(unit);
    if (u >= 0) {
      t = t.substring(u + unit.length());
    }
    t = YEAR.matcher(t).replaceFirst("");
    t = TITLE_TAIL.matcher(t).replaceFirst("");
    return t.length() >= 2 ? t : "";
  }

  /** The label a cell starts with ({@code 预算部门（盖章）：X} → 预算部门), or null when it is no label. */
  private static String key(String text) {
    if (text.isEmpty()) {
      return null;
    }
    int colon = colon(text);
    String k = Text.compact(colon < 0 ? text : text.substring(0, colon));
    k = SEAL.matcher(k).replaceAll("");
    return UNIT_LABELS.contains(k) || k.equals(PROJECT_LABEL) ? k : null;
  }

  /** The value after the colon, or in the next non-empty cell to the right that is not itself a label. */
  private static String value(Grid grid, int r, int c, String text) {
    int colon = colon(text);
    String after = colon < 0 ? "" : Text.strip(text.substring(colon + 1));
    if (!after.isEmpty()) {
      return Text.strip(GAP.matcher(after).replaceFirst(""));
    }
    for (int k = c + 1; k <= grid.lastCol(); k++) {
      Grid.Cell cell = grid.own(r, k);
      if (!cell.isBlank()) {
        return key(cell.text()) == null ? Text.label(cell.text()) : "";
      }
    }
    return "";
  }

  private static int colon(String text) {
    int a = text.indexOf('：');
    int b = text.indexOf(':');
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /** The first text of a row when it reads like a title, else "". */
  private static String title(Grid grid, int r) {
    for (int c = 0; c <= grid.lastCol(); c++) {
      Grid.Cell cell = grid.own(r, c);
      if (cell.isBlank()) {
        continue;
      }
      String t = Text.label(cell.text());
      return cell.kind() == Grid.Kind.TEXT && TITLE_WORDS.stream().anyMatch(t::contains) ? t : "";
    }
    return "";
  }
}
