package org.evalsheet.read.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a shared-strings part (共享字符串表) with a SAX parser into a list of strings, each as POI's usermodel reads
 * it. POI's {@code ReadOnlySharedStringsTable} is not used: it joins plain text and runs where the usermodel takes
 * the runs alone, keeps phonetic runs by default and sizes its list from the untrusted {@code uniqueCount}.
 */
final class SharedStringsPart extends DefaultHandler {
  private final List<String> strings = new ArrayList<>();
  private final RichText item = new RichText();
  private int depth;
  private boolean inSst;
  private boolean inItem;

  /** The strings in order, once parsed; an item without text is null. */
  List<String> strings() {
    return strings;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes attributes) {
    depth++;
    boolean main = XSSFRelation.NS_SPREADSHEETML.equals(uri);
    if (depth == 1) {
      inSst = main && "sst".equals(local);
    } else if (depth == 2) {
      inItem = inSst && main && "si".equals(local);
      if (inItem) {
        item.start();
      }
    } else if (inItem) {
      item.startElement(depth - 2, main, local);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (depth == 2 && inItem) {
      strings.add(item.value());
      inItem = false;
    } else if (depth > 2 && inItem) {
      item.endElement(depth - 2);
    }
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inItem) {
      item.characters(ch, start, length);
    }
  }
}
