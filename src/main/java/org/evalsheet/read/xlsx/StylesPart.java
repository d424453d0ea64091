package org.evalsheet.read.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the number formats of a styles part (样式表) with a SAX parser: the number format id of every cell style
 * ({@code <xf>} in {@code <cellXfs>}) and the workbook's own format codes ({@code <numFmt>}), which is all the grid
 * needs, without building POI's {@code StylesTable}. Values POI's XMLBeans might read differently (an id that is not
 * a plain unsigned number, a repeated section, another root) hand the workbook to the usermodel.
 */
final class StylesPart extends DefaultHandler {
  private static final long MAX_UNSIGNED_INT = 0xFFFF_FFFFL;

  private final Map<Short, String> formats = new HashMap<>();
  private short[] xfFormats = new short[16];
  private int xfCount;
  private int depth;
  private boolean inSheet;
  private boolean inNumFmts;
  private boolean inCellXfs;
  private boolean seenNumFmts;
  private boolean seenCellXfs;

  /** How many cell styles the part has. */
  int count() {
    return xfCount;
  }

  /** The number format id of cell style {@code index} as POI's {@code XSSFCellStyle.getDataFormat()} gives it. */
  short formatId(int index) {
    return xfFormats[index];
  }

  /** The workbook's own format code for a format id, or null (then the built-in format applies). */
  String formatCode(short id) {
    return formats.get(id);
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes attributes) {
    depth++;
    boolean main = XSSFRelation.NS_SPREADSHEETML.equals(uri);
    if (depth == 1) {
      if (!main || !"styleSheet".equals(local)) {
        throw new NeedsUsermodelException("styles root " + qName);
      }
      inSheet = true;
    } else if (depth == 2 && inSheet && main) {
      if ("numFmts".equals(local)) {
        inNumFmts = once(seenNumFmts, local);
        seenNumFmts = true;
      } else if ("cellXfs".equals(local)) {
        inCellXfs = once(seenCellXfs, local);
        seenCellXfs = true;
      }
    } else if (depth == 3 && main && inNumFmts && "numFmt".equals(local)) {
      String code = attributes.getValue("", "formatCode");
      if (code == null) {
        throw new NeedsUsermodelException("numFmt without formatCode");
      }
      // StylesTable keys its formats by the id cast to short, a later one replacing an earlier one.
      formats.put((short) unsigned(attributes.getValue("", "numFmtId"), false), code);
    } else if (depth == 3 && main && inCellXfs && "xf".equals(local)) {
      unsigned(attributes.getValue("", "xfId"), true);
      if (xfCount == xfFormats.length) {
        xfFormats = java.util.Arrays.copyOf(xfFormats, xfCount * 2);
      }
      // XSSFCellStyle.getDataFormat(): the unsigned id cast to short, 0 when the attribute is absent.
      xfFormats[xfCount++] = (short) unsigned(attributes.getValue("", "numFmtId"), true);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (depth == 2) {
      inNumFmts = false;
      inCellXfs = false;
    }
    depth--;
  }

  private static boolean once(boolean seen, String local) {
    if (seen) {
      throw new NeedsUsermodelException("styles with two " + local);
    }
    return true;
  }

  /** A plain unsigned decimal as XMLBeans reads an {@code xsd:unsignedInt}; absent is 0 when allowed. */
  private static long unsigned(String s, boolean optional) {
    if (s == null && optional) {
      return 0;
    }
    if (s == null || s.isEmpty() || s.length() > 10) {
      throw new NeedsUsermodelException("style number " + s);
    }
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        throw new NeedsUsermodelException("style number " + s);
      }
      n = n * 10 + (ch - '0');
    }
    if (n > MAX_UNSIGNED_INT) {
      throw new NeedsUsermodelException("style number " + s);
    }
    return n;
  }
}
