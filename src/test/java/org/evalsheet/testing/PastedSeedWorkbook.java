package org.evalsheet.testing;

import static org.evalsheet.testing.Sheets.text;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The seed table as it looks after being copied out of a PDF into Excel (从 PDF 粘贴): no merged cells, group labels
 * only on the first row of their group, every number typed as text ({@code " 2.5 "}, {@code ３分}), full-width
 * brackets, labels broken by line feeds and spaces, and the first leaf's long 评分标准 continued on a row of its own.
 */
public final class PastedSeedWorkbook {

  /** Where the first leaf's 评分标准 is cut: the rest goes to a continuation row. */
  public static final String RULE_CUT = "③";

  private final List<String[]> rows = SeedWorkbook.rows();

  /** The 1-based sheet row of the continuation row, as Excel shows it. */
  public int continuationRow() {
    return 5;
  }

  public Path write(Path file) {
    return Sheets.write(new XSSFWorkbook(), file, this::fill);
  }

  public Sheet fill(Workbook wb) {
    Sheet sheet = wb.createSheet(SeedWorkbook.SHEET);
    text(sheet, 0, 0, SeedWorkbook.TITLE);
    text(sheet, 1, 0, "预算部门：" + SeedWorkbook.UNIT);
    for (int c = 0; c < SeedWorkbook.HEADER.size(); c++) {
      text(sheet, 2, c, SeedWorkbook.HEADER.get(c));
    }
    int r = 3;
    for (int i = 0; i < rows.size(); i++) {
      String[] v = rows.get(i).clone();
      for (int c = 0; c < 3; c++) {
        v[c] = pasted(v[c]);
      }
      v[4] = textNumber(v[4], i);
      v[9] = textNumber(v[9], i + 1);
      String rest = null;
      if (i == 0) {
        int cut = v[7].indexOf(RULE_CUT);
        rest = v[7].substring(cut);
        v[7] = v[7].substring(0, cut);
      }
      for (int c = 0; c < v.length; c++) {
        text(sheet, r, c, v[c]);
      }
      r++;
      if (rest != null) {
        text(sheet, r, 7, rest);
        r++;
      }
    }
    text(sheet, r, 0, "合 计");
    text(sheet, r, 4, "100");
    text(sheet, r, 9, "98.4");
    return sheet;
  }

  /** Full-width brackets, and the line feeds and spaces PDF text extraction leaves in labels. */
  private static String pasted(String label) {
    String s = label.replace(" (", "（").replace("(", "（").replace(")", "）");
    return switch (s) {
      case "绩效指标明确性" -> "绩效\n指标\n明确\n性";
      case "产出（25分）" -> "产 出（25分）";
      case "项目立项（6分）" -> "项目立项 （6分）";
      default -> s;
    };
  }

  /** Numbers typed by hand: padded, with 分, or in full-width digits, in turn. */
  private static String textNumber(String n, int i) {
    if (n.isEmpty()) {
      return n;
    }
    return switch (i % 3) {
      case 0 -> " " + n + " ";
      case 1 -> n + "分";
      default -> fullWidth(n) + (i % 2 == 0 ? "分" : "");
    };
  }

  private static String fullWidth(String n) {
    StringBuilder sb = new StringBuilder();
    for (char ch : n.toCharArray()) {
      sb.append(Character.isDigit(ch) ? (char) (ch - '0' + '０') : ch == '.' ? '．' : ch);
    }
    return sb.toString();
  }
}
