package org.evalsheet.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Counts the rows of every sheet of a written workbook, such as the batch's summary (汇总表), with SAX and no POI, so
 * the benchmark can check that all its tables reached the summary without loading 10,000 rows into memory.
 *
 * <p>Usage: {@code java -cp CLASSES org.evalsheet.bench.SummaryRows FILE} prints {@code 汇总=10001 问题清单=…}.
 */
public final class SummaryRows {

  private SummaryRows() {}

  public static void main(String[] args) throws Exception {
    StringBuilder sb = new StringBuilder();
    count(Path.of(args[0])).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
    System.out.println(sb);
  }

  /** Sheet name to number of {@code <row>} elements, in workbook order. */
  static Map<String, Integer> count(Path file) throws Exception {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    SAXParser parser = f.newSAXParser();
    Map<String, String> sheetIds = new LinkedHashMap<>();
    Map<String, String> targets = new LinkedHashMap<>();
    Map<String, Integer> rows = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      parse(parser, zip, "xl/workbook.xml", new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
          if (local.equals("sheet")) {
            sheetIds.put(a.getValue("name"),
                a.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
          }
        }
      });
      parse(parser, zip, "xl/_rels/workbook.xml.rels", new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
          if (local.equals("Relationship")) {
            String t = a.getValue("Target");
            targets.put(a.getValue("Id"), t.startsWith("/") ? t.substring(1) : "xl/" + t);
          }
        }
      });
      for (Map.Entry<String, String> e : sheetIds.entrySet()) {
        int[] n = {0};
        parse(parser, zip, targets.get(e.getValue()), new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String q, Attributes a) {
            if (local.equals("row")) {
              n[0]++;
            }
          }
        });
        rows.put(e.getKey(), n[0]);
      }
    }
    return rows;
  }

  private static void parse(SAXParser parser, ZipFile zip, String name, DefaultHandler h) throws Exception {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new IllegalArgumentException("no part " + name + " in " + zip.getName());
    }
    parser.reset();
    try (InputStream in = zip.getInputStream(entry)) {
      parser.parse(in, h);
    }
  }
}
