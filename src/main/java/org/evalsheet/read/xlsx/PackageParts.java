package org.evalsheet.read.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The structure of an .xlsx/.xlsm package as POI's {@code OPCPackage} sees it on opening (包结构), read from the
 * package in memory without POI's part objects and DOM trees: the content types, every relationship, the core
 * document and the parts relationships point at. What {@code OPCPackage.open} refuses — a part without a content type,
 * a malformed content type or part name, relationships it cannot parse, core properties against the OPC rules
 * ({@link CoreProperties}) — and what this reader does not take the same way (unusual part names and targets,
 * repeated relationship ids, elements it does not know in those parts) raise {@link NeedsUsermodelException}, and
 * POI's usermodel decides.
 */
final class PackageParts {
  static final String CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";
  private static final String REL_TYPES = "http://schemas.openxmlformats.org/";
  private static final String OFFICE_DOCUMENT = REL_TYPES + "officeDocument/2006/relationships/officeDocument";
  private static final String CORE_PROPERTIES = REL_TYPES + "package/2006/relationships/metadata/core-properties";
  private static final String TYPES_NS = REL_TYPES + "package/2006/content-types";
  private static final String RELS_NS = REL_TYPES + "package/2006/relationships";
  /** A part name POI takes as it is: no character that needs escaping in a URI, no segment ending in a dot. */
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_\\-.]*[A-Za-z0-9_\\-](/[A-Za-z0-9_\\-.]*[A-Za-z0-9_\\-])*");
  private static final Pattern TARGET = Pattern.compile("/?[A-Za-z0-9_\\-.]+(/[A-Za-z0-9_\\-.]+)*");
  private static final Pattern CONTENT_TYPE = Pattern.compile("[A-Za-z0-9!#$&.+^_-]+/[A-Za-z0-9!#$&.+^_-]+");

  /** Parses a part's bytes with the reader's secure parser. */
  interface Parser {
    void parse(byte[] xml, ContentHandler handler) throws IOException, SAXException;
  }

  /**
   * One relationship (关系).
   *
   * @param id its id
   * @param type its type
   * @param target the part it points at (a part name without the leading slash), or null when external
   */
  record Rel(String id, String type, String target) {}

  private final WorkbookFile file;
  private final Parser parser;
  /** Every part, by its name in lower case (part names match ignoring case). */
  private final Map<String, WorkbookFile.Entry> parts = new HashMap<>();
  private final Map<String, String> types = new HashMap<>();
  /** Every part's relationships (the package's under ""), sorted by id as {@code OPCPackage} keeps them. */
  private final Map<String, List<Rel>> rels = new HashMap<>();

  PackageParts(WorkbookFile file, Parser parser) throws IOException, SAXException {
    this.file = file;
    this.parser = parser;
    WorkbookFile.Entry contentTypes = file.entry("[Content_Types].xml");
    if (contentTypes == null) {
      throw new NeedsUsermodelException("no content types");
    }
    for (WorkbookFile.Entry e : file.entries()) {
      String name = e.name();
      if (e != contentTypes && !name.startsWith("[trash]") && !name.endsWith("/")) {
        if (!PART.matcher(name).matches()) {
          throw new NeedsUsermodelException("part name " + name);
        }
        parts.put(name.toLowerCase(Locale.ROOT), e);
      }
    }
    ContentTypes declared = new ContentTypes();
    parseStrictly(contentTypes, declared);
    for (Map.Entry<String, WorkbookFile.Entry> p : parts.entrySet()) {
      String type = declared.typeOf(p.getKey());
      if (type == null || !CONTENT_TYPE.matcher(type).matches()) {
        throw new NeedsUsermodelException("content type of " + p.getKey());
      }
      types.put(p.getKey(), type);
    }
    readRels("");
    for (String part : new ArrayList<>(parts.keySet())) {
      if (!part.endsWith(".rels")) {
        readRels(part);
      }
      if (CORE_TYPE.equalsIgnoreCase(types.get(part))) {
        CoreProperties.check(file.bytes(parts.get(part)), parser);
      }
    }
  }

  /** The package's main part, the workbook: the first officeDocument relationship's target. */
  String officeDocument() {
    for (Rel r : rels("")) {
      if (r.type().equals(OFFICE_DOCUMENT)) {
        if (r.target() == null || !parts.containsKey(r.target())) {
          throw new NeedsUsermodelException("office document missing");
        }
        return r.target();
      }
    }
    throw new NeedsUsermodelException("no office document");
  }

  /** A part's relationships, sorted by id; empty when it has none. */
  List<Rel> rels(String part) {
    return rels.getOrDefault(part.toLowerCase(Locale.ROOT), List.of());
  }

  /** Whether the package has this part. */
  boolean has(String part) {
    return part != null && parts.containsKey(part.toLowerCase(Locale.ROOT));
  }

  /** Whether any part has this content type. */
  boolean hasType(String type) {
    return types.containsValue(type);
  }

  /** A part's inflated bytes. */
  byte[] bytes(String part) throws IOException {
    return file.bytes(parts.get(part.toLowerCase(Locale.ROOT)));
  }

  /** Reads the rels part of {@code part} ("" for the package), when it has one. */
  private void readRels(String part) throws IOException, SAXException {
    int slash = part.lastIndexOf('/');
    String dir = part.substring(0, slash + 1);
    String relsName = dir + "_rels/" + part.substring(slash + 1) + ".rels";
    WorkbookFile.Entry entry = parts.get(relsName);
    if (entry == null) {
      return;
    }
    Relationships read = new Relationships(dir);
    parseStrictly(entry, read);
    read.rels.sort(Comparator.comparing(Rel::id));
    rels.put(part, List.copyOf(read.rels));
  }

  /** Parses a structural part; what this reader does not know in it goes to the usermodel, as damage does. */
  private void parseStrictly(WorkbookFile.Entry entry, ContentHandler handler) throws IOException {
    try {
      parser.parse(file.bytes(entry), handler);
    } catch (SAXException e) {
      throw new NeedsUsermodelException("part " + entry.name() + ": " + e.getMessage());
    }
  }

  /** A relationship's target as a part name, resolved against its source's folder; null when it leaves the package. */
  static String resolve(String dir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : dir + target;
    List<String> segments = new ArrayList<>();
    for (String seg : path.split("/")) {
      if (seg.equals("..")) {
        if (segments.isEmpty()) {
          return null;
        }
        segments.remove(segments.size() - 1);
      } else if (!seg.isEmpty() && !seg.equals(".")) {
        segments.add(seg);
      }
    }
    return String.join("/", segments).toLowerCase(Locale.ROOT);
  }

  /** {@code [Content_Types].xml}: the defaults by extension and the overrides by part name, later ones winning. */
  private static final class ContentTypes extends DefaultHandler {
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private int depth;

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      depth++;
      if (depth == 1) {
        return;
      }
      if (depth != 2 || !TYPES_NS.equals(uri)) {
        throw new NeedsUsermodelException("content types element " + qName);
      }
      String type = a.getValue("", "ContentType");
      if ("Default".equals(local)) {
        String extension = a.getValue("", "Extension");
        defaults.put(extension == null ? "" : extension.toLowerCase(Locale.ROOT), type == null ? "" : type);
      } else if ("Override".equals(local)) {
        String name = a.getValue("", "PartName");
        if (name == null || !name.startsWith("/") || !PART.matcher(name.substring(1)).matches()) {
          throw new NeedsUsermodelException("override " + name);
        }
        overrides.put(name.substring(1).toLowerCase(Locale.ROOT), type == null ? "" : type);
      } else {
        throw new NeedsUsermodelException("content types element " + qName);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      depth--;
    }

    /** A part's content type as POI's {@code ContentTypeManager} gives it: its override, else its extension's. */
    String typeOf(String lowerName) {
      String override = overrides.get(lowerName);
      if (override != null) {
        return override;
      }
      int dot = lowerName.lastIndexOf('.');
      return defaults.get(dot < 0 ? "" : lowerName.substring(dot + 1));
    }
  }

  /** One rels part: plain relationships with unique ids, at most one to the core properties. */
  private static final class Relationships extends DefaultHandler {
    private final String dir;
    private final List<Rel> rels = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private boolean core;
    private int depth;

    Relationships(String dir) {
      this.dir = dir;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      depth++;
      boolean ours = RELS_NS.equals(uri);
      if (depth == 1 && ours && "Relationships".equals(local)) {
        return;
      }
      if (depth != 2 || !ours || !"Relationship".equals(local)) {
        throw new NeedsUsermodelException("relationships element " + qName);
      }
      String id = a.getValue("", "Id");
      String type = a.getValue("", "Type");
      String target = a.getValue("", "Target");
      String mode = a.getValue("", "TargetMode");
      if (id == null || id.isEmpty() || !ids.add(id) || type == null || target == null) {
        throw new NeedsUsermodelException("relationship " + id);
      }
      if (type.equals(CORE_PROPERTIES) && core) {
        throw new NeedsUsermodelException("two core properties relationships");
      }
      core |= type.equals(CORE_PROPERTIES);
      boolean external = mode != null && !mode.toLowerCase(Locale.ROOT).equals("internal");
      String part = null;
      if (!external) {
        part = TARGET.matcher(target).matches() ? resolve(dir, target) : null;
        if (part == null) {
          throw new NeedsUsermodelException("relationship target " + target);
        }
      }
      rels.add(new Rel(id, type, part));
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      depth--;
    }
  }
}
