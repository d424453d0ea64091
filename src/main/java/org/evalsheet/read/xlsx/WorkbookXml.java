package org.evalsheet.read.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Lists the sheets of a workbook part (工作簿 XML) from SAX events: name, visibility and relationship id. */
final class WorkbookXml extends DefaultHandler {
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /**
   * One {@code <sheet>} element.
   *
   * @param name the sheet name
   * @param hidden state hidden or veryHidden
   * @param relId the relationship id of its part, null when missing
   */
  record Entry(String name, boolean hidden, String relId) {}

  private final List<Entry> entries = new ArrayList<>();
  private int depth;
  private boolean sheetsSeen;
  private boolean inSheets;

  List<Entry> entries() {
    return entries;
  }

  boolean sheetsSeen() {
    return sheetsSeen;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes a) {
    depth++;
    boolean main = XSSFRelation.NS_SPREADSHEETML.equals(uri);
    if (depth == 1 && !(main && "workbook".equals(local))) {
      throw new NeedsUsermodelException("workbook root " + qName);
    } else if (depth == 2 && main && "sheets".equals(local) && !sheetsSeen) {
      sheetsSeen = inSheets = true;
    } else if (depth == 3 && main && inSheets && "sheet".equals(local)) {
      String state = a.getValue("", "state");
      boolean hidden = switch (state == null ? "visible" : state) {
        case "visible" -> false;
        case "hidden", "veryHidden" -> true;
        default -> throw new NeedsUsermodelException("sheet state " + state);
      };
      String name = a.getValue("", "name");
      if (name == null) {
        throw new NeedsUsermodelException("sheet without name");
      }
      entries.add(new Entry(name, hidden, a.getValue(RELATIONSHIPS, "id")));
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (depth == 2) {
      inSheets = false;
    }
    depth--;
  }
}
