package org.evalsheet.read.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import javax.xml.parsers.ParserConfigurationException;
import org.evalsheet.model.ReadLimits;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of a package that no indicator table needs (可忽略的部件): document properties ({@code docProps/*}), the
 * theme, printer settings and the calculation chain. Excel rebuilds or does without each of them; when one is
 * damaged or missing the workbook is still read (the reader says so, {@code PART_IGNORED}) and the filled copy
 * leaves it out, so that POI, openpyxl and LibreOffice all open the copy.
 */
public final class OptionalParts {
  private OptionalParts() {}

  /** Part names (no leading slash, any case) that may be left out of a package. */
  private static final Pattern OPTIONAL = Pattern.compile(
      "(?i)docProps/[^/]+\\.xml|xl/theme/[^/]+\\.xml|xl/printerSettings/[^/]+|xl/calcChain\\.xml");
  private static final Pattern RELATIONSHIP = Pattern.compile(
      "<(?:[A-Za-z_][\\w.-]*:)?Relationship\\b[^>]*?(?:/>|>\\s*</(?:[A-Za-z_][\\w.-]*:)?Relationship\\s*>)");
  private static final Pattern OVERRIDE = Pattern.compile(
      "<(?:[A-Za-z_][\\w.-]*:)?Override\\b[^>]*?(?:/>|>\\s*</(?:[A-Za-z_][\\w.-]*:)?Override\\s*>)");
  private static final Pattern TARGET = Pattern.compile("\\bTarget\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
  private static final Pattern PART_NAME = Pattern.compile("\\bPartName\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
  private static final Pattern EXTERNAL = Pattern.compile("\\bTargetMode\\s*=\\s*[\"']External[\"']");
  /** An optional part larger than this is not something Excel wrote: it is treated as damaged. */
  private static final int MAX_PART_BYTES = 8 << 20;

  /**
   * One optional part that cannot be kept.
   *
   * @param part its name in the package, such as {@code docProps/core.xml}
   * @param why what is wrong with it, for the clerk: 已损坏 or 缺失
   */
  public record Damage(String part, String why) {
    /** The info a clerk reads about it. */
    public String message() {
      return "文件中的 " + part + " " + why + "，已忽略：它不影响指标表，填好的副本中已删去该部分（Excel 会自动补全）";
    }
  }

  /** The entries of a package, however it is held. */
  public interface Entries {
    /** Every entry's name. */
    Collection<String> names();

    /** An entry's bytes, at most {@code max} plus one; throws when the entry cannot be inflated. */
    byte[] read(String name, int max) throws IOException;
  }

  /** The optional parts of the .xlsx/.xlsm file that are damaged, or that a relationship names but are missing. */
  public static List<Damage> find(Path file) {
    try {
      return find(WorkbookFile.read(file, ReadLimits.DEFAULT));
    } catch (IOException | RuntimeException e) {
      // The zip itself is the reader's concern (it rejects a zip it cannot open); nothing optional to say here.
      return List.of();
    }
  }

  /** The same for a package in memory; empty when it is not a zip whose directory reads. */
  static List<Damage> find(WorkbookFile file) {
    if (!file.isZip()) {
      return List.of();
    }
    return find(new Entries() {
      @Override
      public Collection<String> names() {
        return file.entries().stream().map(WorkbookFile.Entry::name).toList();
      }

      @Override
      public byte[] read(String name, int max) throws IOException {
        try (InputStream in = file.stream(file.exact(name))) {
          return in.readNBytes(max + 1);
        }
      }
    });
  }

  /** The optional parts of a package that are damaged, or that a relationship names but are missing. */
  public static List<Damage> find(Entries zip) {
    Map<String, String> lower = new LinkedHashMap<>();
    for (String n : zip.names()) {
      lower.put(n.toLowerCase(Locale.ROOT), n);
    }
    Map<String, Damage> found = new LinkedHashMap<>();
    XMLReader[] parser = {null};
    for (String name : lower.values()) {
      if (OPTIONAL.matcher(name).matches()) {
        String why = check(zip, name, parser);
        if (why != null) {
          found.put(name.toLowerCase(Locale.ROOT), new Damage(name, why));
        }
      }
    }
    for (String rels : lower.values()) {
      if (!rels.toLowerCase(Locale.ROOT).endsWith(".rels")) {
        continue;
      }
      String xml = text(zip, rels);
      if (xml == null) {
        continue;
      }
      for (String target : targets(xml, rels)) {
        String key = target.toLowerCase(Locale.ROOT);
        if (OPTIONAL.matcher(target).matches() && !lower.containsKey(key) && !found.containsKey(key)) {
          found.put(key, new Damage(target, "缺失"));
        }
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * The package with its damaged and missing optional parts left out (the parts, their relationships and their
   * content-type overrides), in memory; null when nothing needs leaving out.
   *
   * @param file an .xlsx/.xlsm read into memory
   * @throws IOException when the zip cannot be read or its entries inflate past its bound
   */
  static byte[] repaired(WorkbookFile file) throws IOException {
    List<Damage> damage = file.damage();
    if (damage.isEmpty()) {
      return null;
    }
    Set<String> drop = new java.util.HashSet<>();
    damage.forEach(d -> drop.add(d.part().toLowerCase(Locale.ROOT)));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    long budget = file.maxExpandedBytes();
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
      for (WorkbookFile.Entry e : file.entries()) {
        String lower = e.name().toLowerCase(Locale.ROOT);
        if (drop.contains(lower) || e.isDirectory()) {
          continue;
        }
        byte[] data;
        try (InputStream in = file.stream(e)) {
          data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget + 1));
        }
        budget -= data.length;
        if (budget < 0) {
          throw new IOException("解压后过大");
        }
        if (lower.endsWith(".rels")) {
          data = withoutRelationships(new String(data, java.nio.charset.StandardCharsets.UTF_8), e.name(), drop)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else if (lower.equals("[content_types].xml")) {
          data = withoutOverrides(new String(data, java.nio.charset.StandardCharsets.UTF_8), drop)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.name()));
        out.write(data);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A rels file without the relationships whose target is one of {@code parts} (lower-case names). */
  public static String withoutRelationships(String relsXml, String relsPart, Set<String> parts) {
    Matcher m = RELATIONSHIP.matcher(relsXml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String target = target(m.group(), relsPart);
      boolean drop = target != null && parts.contains(target.toLowerCase(Locale.ROOT));
      m.appendReplacement(out, drop ? "" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code [Content_Types].xml} without the overrides naming one of {@code parts} (lower-case names). */
  public static String withoutOverrides(String contentTypes, Set<String> parts) {
    Matcher m = OVERRIDE.matcher(contentTypes);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Matcher n = PART_NAME.matcher(m.group());
      String name = n.find() ? (n.group(2) != null ? n.group(2) : n.group(3)) : null;
      String key = name == null ? null : name.replaceFirst("^/", "").toLowerCase(Locale.ROOT);
      m.appendReplacement(out, key != null && parts.contains(key) ? "" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Why a present optional part cannot be kept, or null when it is sound. {@code parser} holds POI's secure,
   * namespace-aware SAX reader (as the streaming reader uses it), made on first need and kept for this package only.
   */
  private static String check(Entries zip, String name, XMLReader[] parser) {
    byte[] bytes;
    try {
      bytes = zip.read(name, MAX_PART_BYTES);
    } catch (IOException | RuntimeException e) {
      return "已损坏（无法解压）";
    }
    if (bytes.length > MAX_PART_BYTES) {
      return "过大";
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
      return null;
    }
    Root root = new Root();
    try {
      if (parser[0] == null) {
        parser[0] = XMLHelper.newXMLReader();
      }
      parser[0].setContentHandler(root);
      parser[0].parse(new InputSource(new ByteArrayInputStream(bytes)));
      Set<String> expected = expectedRoots(name);
      return expected.isEmpty() || expected.contains(root.name) ? null : "已损坏（不是该部分应有的内容）";
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("secure XML parsing is required", e);
    } catch (SAXException | IOException e) {
      return "已损坏（XML 不完整或有多余内容）";
    }
  }

  /** The document element of a part, as {@code {namespace}localName}. */
  private static final class Root extends DefaultHandler {
    private String name;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (name == null) {
        name = "{" + uri + "}" + localName;
      }
    }
  }

  private static final String EXTENDED = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
      + "Properties";
  private static final String CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
      + "Properties";
  private static final String CORE = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
      + "coreProperties";

  /**
   * The document elements the parts POI parses into typed objects may have (transitional and strict); empty for
   * a part that is only kept as bytes. A well-formed part with another root (say a mistyped namespace) is as
   * damaged to POI as a truncated one: it fails when the copy is saved.
   */
  private static Set<String> expectedRoots(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("docprops/app.xml")) {
      return Set.of(EXTENDED, "{http://purl.oclc.org/ooxml/officeDocument/extendedProperties}Properties");
    }
    if (n.equals("docprops/custom.xml")) {
      return Set.of(CUSTOM, "{http://purl.oclc.org/ooxml/officeDocument/customProperties}Properties");
    }
    if (n.equals("docprops/core.xml")) {
      return Set.of(CORE);
    }
    if (n.startsWith("xl/theme/")) {
      return Set.of("{http://schemas.openxmlformats.org/drawingml/2006/main}theme",
          "{http://purl.oclc.org/ooxml/drawingml/main}theme",
          "{http://schemas.openxmlformats.org/drawingml/2006/main}themeOverride",
          "{http://purl.oclc.org/ooxml/drawingml/main}themeOverride");
    }
    if (n.equals("xl/calcchain.xml")) {
      return Set.of("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}calcChain",
          "{http://purl.oclc.org/ooxml/spreadsheetml/main}calcChain");
    }
    return Set.of();
  }

  private static String text(Entries zip, String name) {
    try {
      byte[] b = zip.read(name, MAX_PART_BYTES);
      return b.length > MAX_PART_BYTES ? null : new String(b, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Every internal target of a rels file, as part names. */
  private static List<String> targets(String relsXml, String relsPart) {
    List<String> out = new ArrayList<>();
    Matcher m = RELATIONSHIP.matcher(relsXml);
    while (m.find()) {
      String t = target(m.group(), relsPart);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** The part a relationship element points at, resolved against its rels file; null for external or odd ones. */
  private static String target(String element, String relsPart) {
    if (EXTERNAL.matcher(element).find()) {
      return null;
    }
    Matcher t = TARGET.matcher(element);
    if (!t.find()) {
      return null;
    }
    String target = t.group(2) != null ? t.group(2) : t.group(3);
    // _rels/.rels belongs to the package root; xl/_rels/workbook.xml.rels to xl/workbook.xml.
    String source = relsPart.replaceFirst("(^|/)_rels/([^/]*)\\.rels$", "$1$2");
    String base = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
    try {
      URI resolved = target.startsWith("/") ? new URI(null, null, target, null)
          : new URI(null, null, "/" + base, null).resolve(new URI(null, null, target, null));
      String path = resolved.normalize().getPath();
      return path == null || path.contains("..") ? null : path.replaceFirst("^/", "");
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
