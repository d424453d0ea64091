package org.evalsheet.write.fill;

import java.util.Arrays;
import java.util.HashMap;
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

  /** The fill a finding adds to its cell (标注颜色): light red for errors, light yellow for warnings. */
  enum Mark {
    NONE(null, (short) -1),
    ERROR(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, IndexedColors.ROSE.getIndex()),
    WARNING(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, IndexedColors.LIGHT_YELLOW.getIndex());

    private final byte[] rgb;
    private final short indexed;

    Mark(byte[] rgb, short indexed) {
      this.rgb = rgb;
      this.indexed = indexed;
    }

    /** The fill colour as RRGGBB, upper case; null for no mark. */
    String hex() {
      return rgb == null ? null : java.util.HexFormat.of().withUpperCase().formatHex(rgb);
    }
  }

  static final String PERCENT = "0.00%";

  /** What a derived style is made of (样式来源): the original style's index and what was added to it. */
  private record Key(int base, Mark mark, boolean percent) {}

  private final Workbook workbook;
  private final Map<Key, CellStyle> derived = new HashMap<>();
  private short percentFormat = -1;

  StyleCache(Workbook workbook) {
    this.workbook = workbook;
  }

  /** The style {@code base} with the mark's fill and, when asked, the {@code 0.00%} format; base itself if it has them. */
  CellStyle derive(CellStyle base, Mark mark, boolean percent) {
    if (has(base, mark, percent)) {
      return base;
    }
    return derived.computeIfAbsent(new Key(Short.toUnsignedInt(base.getIndex()), mark, percent), k -> {
      CellStyle style = workbook.createCellStyle();
      style.cloneStyleFrom(base);
      if (percent) {
        style.setDataFormat(percentFormat());
      }
      if (mark != Mark.NONE) {
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (style instanceof XSSFCellStyle x) {
          x.setFillForegroundColor(new XSSFColor(mark.rgb, null));
        } else {
          style.setFillForegroundColor(mark.indexed);
        }
      }
      return style;
    });
  }

  private boolean has(CellStyle style, Mark mark, boolean percent) {
    if (percent && !PERCENT.equals(style.getDataFormatString())) {
      return false;
    }
    if (mark == Mark.NONE) {
      return true;
    }
    if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
      return false;
    }
    if (style instanceof XSSFCellStyle x) {
      XSSFColor c = x.getFillForegroundXSSFColor();
      return c != null && Arrays.equals(c.getRGB(), mark.rgb);
    }
    return style.getFillForegroundColor() == mark.indexed;
  }

  private short percentFormat() {
    if (percentFormat < 0) {
      percentFormat = workbook.createDataFormat().getFormat(PERCENT);
    }
    return percentFormat;
  }
}
