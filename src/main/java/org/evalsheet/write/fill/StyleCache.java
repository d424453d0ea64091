package org.evalsheet.write.fill;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Derived cell styles (样式缓存): one new style per (original style, what evalsheet adds), never one per cell, so
 * that marking thousands of cells adds only a handful of styles and a workbook never nears Excel's style limit.
 */
final class StyleCache {
  /** What a derived style is made of (样式来源): the original style's index and what was added to it. */
  private record Key(int base, FillPlan.Mark mark, boolean percent) {}

  private final Workbook workbook;
  private final Map<Key, CellStyle> derived = new HashMap<>();
  private short percentFormat = -1;

  StyleCache(Workbook workbook) {
    this.workbook = workbook;
  }

  /** The style {@code base} with the mark's fill and, when asked, the {@code 0.00%} format; base itself if it has them. */
  CellStyle derive(CellStyle base, FillPlan.Mark mark, boolean percent) {
    if (has(base, mark, percent)) {
      return base;
    }
    return derived.computeIfAbsent(new Key(Short.toUnsignedInt(base.getIndex()), mark, percent), k -> {
      CellStyle style = workbook.createCellStyle();
      style.cloneStyleFrom(base);
      if (percent) {
        style.setDataFormat(percentFormat());
      }
      if (mark != FillPlan.Mark.NONE) {
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (style instanceof XSSFCellStyle x) {
          x.setFillForegroundColor(new XSSFColor(rgb(mark), null));
        } else {
          style.setFillForegroundColor(indexed(mark));
        }
      }
      return style;
    });
  }

  private static byte[] rgb(FillPlan.Mark mark) {
    return HexFormat.of().parseHex(mark.hex());
  }

  /** The .xls palette's nearest colour to a mark: rose for errors, light yellow for warnings. */
  private static short indexed(FillPlan.Mark mark) {
    return mark == FillPlan.Mark.ERROR ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex();
  }

  private boolean has(CellStyle style, FillPlan.Mark mark, boolean percent) {
    if (percent && !FillPlan.PERCENT.equals(style.getDataFormatString())) {
      return false;
    }
    if (mark == FillPlan.Mark.NONE) {
      return true;
    }
    if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
      return false;
    }
    if (style instanceof XSSFCellStyle x) {
      XSSFColor c = x.getFillForegroundXSSFColor();
      return c != null && Arrays.equals(c.getRGB(), rgb(mark));
    }
    return style.getFillForegroundColor() == indexed(mark);
  }

  private short percentFormat() {
    if (percentFormat < 0) {
      percentFormat = workbook.createDataFormat().getFormat(FillPlan.PERCENT);
    }
    return percentFormat;
  }
}
