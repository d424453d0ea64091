package org.evalsheet.read.xlsx;

import java.io.IOException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rules {@code OPCPackage.open} holds the core properties part ({@code docProps/core.xml}) to (核心属性检查), so
 * that a package it refuses is never read here instead: no markup-compatibility namespace, Dublin Core refinements
 * only {@code dcterms:created} and {@code dcterms:modified} with {@code xsi:type} {@code dcterms:W3CDTF}, no
 * {@code xml:lang}, and dates POI can parse. A part that is not well-formed POI only logs, and so does this.
 */
final class CoreProperties extends DefaultHandler {
  private static final String DCTERMS = "http://purl.org/dc/terms/";
  private static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /** A date every one of POI's formats reads: the one it writes. */
  private static final Pattern PLAIN_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  private static final Pattern TIME_ZONE = Pattern.compile("([-+]\\d\\d):?(\\d\\d)");
  private static final String[] TZ_FORMATS = {"yyyy-MM-dd'T'HH:mm:ssz", "yyyy-MM-dd'T'HH:mm:ss.Sz",
      "yyyy-MM-dd'T'HH:mm:ss.SSz", "yyyy-MM-dd'T'HH:mm:ss.SSSz"};
  private static final String[] FORMATS = {"yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.SS'Z'", "yyyy-MM-dd"};

  private String date;
  private final StringBuilder text = new StringBuilder();
  private int depth;
  private int dateDepth;
  private boolean created;
  private boolean modified;
  private boolean printed;

  private CoreProperties() {}

  /** Refuses, with {@link NeedsUsermodelException}, a core properties part {@code OPCPackage} would not open. */
  static void check(byte[] xml, PackageParts.Parser parser) throws IOException {
    try {
      parser.parse(xml, new CoreProperties());
    } catch (SAXException e) {
      // OPCPackage logs a core properties part it cannot parse and opens the package without it.
    }
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) {
    if (MC.equals(uri)) {
      throw new NeedsUsermodelException("markup compatibility in core properties");
    }
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes a) {
    depth++;
    if (a.getIndex(XMLConstants.XML_NS_URI, "lang") >= 0) {
      throw new NeedsUsermodelException("xml:lang in core properties");
    }
    if (DCTERMS.equals(uri)) {
      if (!local.equals("created") && !local.equals("modified")) {
        throw new NeedsUsermodelException("dcterms:" + local);
      }
      int colon = qName.indexOf(':');
      String prefix = colon < 0 ? null : qName.substring(0, colon);
      String type = a.getValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
      if (type == null || !type.equals(prefix + ":W3CDTF")) {
        throw new NeedsUsermodelException("dcterms:" + local + " type " + type);
      }
    }
    // POI reads the first element of each date's name, its whole text.
    boolean first = DCTERMS.equals(uri) && (local.equals("created") && !created || local.equals("modified") && !modified)
        || CP.equals(uri) && local.equals("lastPrinted") && !printed;
    if (first && dateDepth == 0) {
      created |= local.equals("created");
      modified |= local.equals("modified");
      printed |= local.equals("lastPrinted");
      dateDepth = depth;
      text.setLength(0);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (dateDepth > 0) {
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (depth == dateDepth) {
      dateDepth = 0;
      date = text.toString();
      if (!date.isEmpty() && !PLAIN_DATE.matcher(date).matches() && parse(date) == null) {
        throw new NeedsUsermodelException("core properties date " + date);
      }
    }
    depth--;
  }

  /** The date as {@code PackagePropertiesPart.parseDateValue} reads it, or null where it would fail. */
  static Date parse(String s) {
    Matcher m = TIME_ZONE.matcher(s);
    Date d = null;
    if (m.find()) {
      d = parse(TZ_FORMATS, s.substring(0, m.start()) + m.group(1) + m.group(2));
    }
    return d != null ? d : parse(FORMATS, s.endsWith("Z") ? s : s + "Z");
  }

  private static Date parse(String[] formats, String s) {
    for (String f : formats) {
      SimpleDateFormat df = new SimpleDateFormat(f, Locale.ROOT);
      df.setTimeZone(TimeZone.getTimeZone("UTC"));
      Date d = df.parse(s, new ParsePosition(0));
      if (d != null) {
        return d;
      }
    }
    return null;
  }
}
