package org.evalsheet.write.fill;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.write.XmlText;
import org.evalsheet.write.fill.XlsxPatchXml.Tag;

/**
 * The package structure the fast path reads and extends (包结构): content types, relationships, the workbook part
 * and its sheets. Changes are spliced into the parts' text; {@link #changed()} and {@link #added()} give the parts
 * to write.
 */
final class XlsxPatchPackage {
  /** The prefix declarations of a namespace, by namespace (the few the fast path looks for). */
  private static final Map<String, Pattern> PREFIX_DECLARATIONS = new ConcurrentHashMap<>();
  private static final Pattern VML_DEFAULT = Pattern.compile("Extension=\"vml\"", Pattern.CASE_INSENSITIVE);

  static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL_TYPE = REL_NS + "/";
  static final String WORKSHEET = REL_TYPE + "worksheet";
  static final String COMMENTS = REL_TYPE + "comments";
  static final String VML = REL_TYPE + "vmlDrawing";
  private static final String STYLES = REL_TYPE + "styles";
  private static final String EMPTY_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>";
  /** Elements that follow {@code <calcPr>} in a workbook, in schema order. */
  private static final Set<String> AFTER_CALC_PR = Set.of("oleSize", "customWorkbookViews", "pivotCaches",
      "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst");

  /** A sheet of the workbook (工作表): its name, position, relationship and part (zip entry name). */
  record Sheet(String name, int index, String type, String part) {}

  /** One relationship of a part (关系). */
  record Rel(String id, String type, String target) {}

  private final XlsxPatchZip zip;
  private final Map<String, String> changed = new LinkedHashMap<>();
  private final Map<String, String> added = new LinkedHashMap<>();
  private final java.util.Set<String> removed = new java.util.LinkedHashSet<>();
  private final Set<String> taken = new HashSet<>();
  private final String workbookPart;
  private final String workbookRelsPart;
  private final List<Sheet> sheets = new ArrayList<>();
  private final List<Rel> workbookRels;
  private final String relPrefix;

  XlsxPatchPackage(XlsxPatchZip zip) throws XlsxPatchUnsupported {
    this.zip = zip;
    zip.names().forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
    Rel office = rels("_rels/.rels").stream()
        .filter(r -> r.type().equals(REL_TYPE + "officeDocument")).findFirst()
        .orElseThrow(() -> new XlsxPatchUnsupported("找不到工作簿部件"));
    workbookPart = existing(resolve("", office.target()));
    workbookRelsPart = relsOf(workbookPart);
    workbookRels = rels(workbookRelsPart);
    String wb = text(workbookPart);
    Tag root = XlsxPatchXml.next(wb, 0);
    if (root == null || !root.text(wb).contains("\"" + MAIN_NS + "\"")) {
      throw new XlsxPatchUnsupported("工作簿不是过渡型 OOXML");
    }
    relPrefix = prefixOf(root.text(wb), REL_NS);
    Tag list = XlsxPatchXml.find(wb, 0, "sheets");
    if (list == null) {
      throw new XlsxPatchUnsupported("工作簿没有 sheets");
    }
    for (int[] span : XlsxPatchXml.children(wb, list)) {
      String tag = XlsxPatchXml.next(wb, span[0]).text(wb);
      // openpyxl declares the namespace on every <sheet> rather than on the root.
      String own = prefixOf(tag, REL_NS);
      if (own == null && relPrefix == null) {
        throw new XlsxPatchUnsupported("工作表缺少关系命名空间");
      }
      String id = XlsxPatchXml.attr(tag, (own != null ? own : relPrefix) + ":id");
      Rel rel = workbookRels.stream().filter(r -> r.id().equals(id)).findFirst()
          .orElseThrow(() -> new XlsxPatchUnsupported("工作表缺少关系"));
      String part = zip.name(resolve(dir(workbookPart), rel.target()));
      sheets.add(new Sheet(XlsxPatchXml.attr(tag, "name"), sheets.size(), rel.type(), part));
    }
  }

  List<Sheet> sheets() {
    return sheets;
  }

  /** The sheet of this name as Excel matches names (case-insensitively), or null. */
  Sheet sheet(String name) {
    return sheets.stream().filter(s -> s.name() != null && s.name().equalsIgnoreCase(name)).findFirst().orElse(null);
  }

  String stylesPart() throws XlsxPatchUnsupported {
    Rel r = workbookRels.stream().filter(x -> x.type().equals(STYLES)).findFirst()
        .orElseThrow(() -> new XlsxPatchUnsupported("工作簿没有样式部件"));
    return existing(resolve(dir(workbookPart), r.target()));
  }

  /** A part's current text: as changed so far, else as in the input. */
  String text(String part) throws XlsxPatchUnsupported {
    String c = changed.get(part);
    if (c != null) {
      return c;
    }
    String a = added.get(part);
    return a != null ? a : zip.text(part);
  }

  /** The relationships of a part's rels file; empty when it has none. */
  List<Rel> rels(String relsPart) throws XlsxPatchUnsupported {
    List<Rel> rels = new ArrayList<>();
    if (zip.name(relsPart) == null && !changed.containsKey(relsPart) && !added.containsKey(relsPart)) {
      return rels;
    }
    String xml = text(relsPart);
    for (Tag t = XlsxPatchXml.find(xml, 0, "Relationship"); t != null;
        t = XlsxPatchXml.find(xml, t.end(), "Relationship")) {
      String tag = t.text(xml);
      if ("External".equals(XlsxPatchXml.attr(tag, "TargetMode"))) {
        rels.add(new Rel(XlsxPatchXml.attr(tag, "Id"), XlsxPatchXml.attr(tag, "Type"), ""));
      } else {
        rels.add(new Rel(XlsxPatchXml.attr(tag, "Id"), XlsxPatchXml.attr(tag, "Type"), XlsxPatchXml.attr(tag, "Target")));
      }
    }
    return rels;
  }

  /** Adds a relationship to a part; returns its fresh id. */
  String addRel(String part, String type, String target) throws XlsxPatchUnsupported {
    String relsPart = relsOf(part);
    boolean exists = zip.name(relsPart) != null || changed.containsKey(relsPart) || added.containsKey(relsPart);
    String xml = exists ? text(relsPart) : EMPTY_RELS;
    Set<String> ids = new HashSet<>();
    rels(relsPart).forEach(r -> ids.add(r.id()));
    int n = ids.size() + 1;
    while (ids.contains("rId" + n)) {
      n++;
    }
    String id = "rId" + n;
    int end = xml.lastIndexOf("</");
    Tag root = XlsxPatchXml.next(xml, 0);
    if (end < 0 || root == null || root.empty()) {
      throw new XlsxPatchUnsupported("关系部件结构未知：" + relsPart);
    }
    String rel = "<" + root.prefix() + "Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\""
        + XmlText.escape(target) + "\"/>";
    String entry = zip.name(relsPart);
    put(entry == null ? relsPart : entry, xml.substring(0, end) + rel + xml.substring(end), entry == null);
    return id;
  }

  /** A free part name {@code prefix + n + suffix}, n counting from 1, and reserves it. */
  String freeName(String prefix, String suffix) {
    for (int n = 1; ; n++) {
      String name = prefix + n + suffix;
      if (taken.add(name.toLowerCase(Locale.ROOT))) {
        return name;
      }
    }
  }

  /** Sets a part's new text; {@code isNew} parts are added after the input's entries. */
  void put(String part, String xml, boolean isNew) {
    taken.add(part.toLowerCase(Locale.ROOT));
    if (isNew || added.containsKey(part)) {
      added.put(part, xml);
    } else {
      changed.put(part, xml);
    }
  }

  /** Declares a part's content type with an Override (and the vml Default when a drawing needs it). */
  void contentType(String part, String type) throws XlsxPatchUnsupported {
    String xml = text("[Content_Types].xml");
    int end = xml.lastIndexOf("</");
    Tag root = XlsxPatchXml.next(xml, 0);
    if (end < 0 || root == null) {
      throw new XlsxPatchUnsupported("内容类型部件结构未知");
    }
    String p = root.prefix();
    String entry;
    if (part.toLowerCase(Locale.ROOT).endsWith(".vml")) {
      if (VML_DEFAULT.matcher(xml).find()) {
        return;
      }
      entry = "<" + p + "Default Extension=\"vml\" ContentType=\"" + type + "\"/>";
    } else {
      entry = "<" + p + "Override PartName=\"/" + XmlText.escape(part) + "\" ContentType=\"" + type + "\"/>";
    }
    put(zip.name("[Content_Types].xml"), xml.substring(0, end) + entry + xml.substring(end), false);
  }

  /** Appends a worksheet to the workbook: its {@code <sheet>}, relationship and content type. */
  void addSheet(String name, String part, String xml) throws XlsxPatchUnsupported {
    put(part, xml, true);
    String id = addRel(workbookPart, WORKSHEET, relative(dir(workbookPart), part));
    contentType(part, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
    String wb = text(workbookPart);
    Tag list = XlsxPatchXml.find(wb, 0, "sheets");
    int max = 0;
    for (Tag t = XlsxPatchXml.find(wb, list.end(), "sheet"); t != null; t = XlsxPatchXml.find(wb, t.end(), "sheet")) {
      String sid = XlsxPatchXml.attr(t.text(wb), "sheetId");
      max = Math.max(max, sid == null ? 0 : Integer.parseInt(sid.trim()));
    }
    if (max == Integer.MAX_VALUE) {
      throw new XlsxPatchUnsupported("sheetId 已到整数上限");
    }
    int close = XlsxPatchXml.endOf(wb, list) - ("</" + list.name() + ">").length();
    String sheet = "<" + list.prefix() + "sheet name=\"" + XmlText.escape(name) + "\" sheetId=\"" + (max + 1)
        + "\" " + (relPrefix == null ? "xmlns:r=\"" + REL_NS + "\" r:id" : relPrefix + ":id") + "=\"" + id
        + "\"/>";
    put(workbookPart, wb.substring(0, close) + sheet + wb.substring(close), false);
    sheets.add(new Sheet(name, sheets.size(), WORKSHEET, part));
  }

  /**
   * Widens the print area the department set on a sheet to end at {@code lastCol}, as {@link FillPlan#widenedArea}
   * says; a sheet without one, or with one that already covers it or is not one rectangle, is left as it is.
   */
  void widenPrintArea(int sheetIndex, int lastCol) throws XlsxPatchUnsupported {
    String wb = text(workbookPart);
    for (Tag t = XlsxPatchXml.find(wb, 0, "definedName"); t != null; t = XlsxPatchXml.find(wb, t.end(), "definedName")) {
      String tag = t.text(wb);
      if (t.empty() || !"_xlnm.Print_Area".equals(XlsxPatchXml.attr(tag, "name"))
          || !String.valueOf(sheetIndex).equals(XlsxPatchXml.attr(tag, "localSheetId"))) {
        continue;
      }
      int close = wb.indexOf("</" + t.name() + ">", t.end());
      if (close < 0) {
        throw new XlsxPatchUnsupported("definedName 未结束");
      }
      String area = XmlText.unescape(wb.substring(t.end(), close));
      String wider = FillPlan.widenedArea(area, lastCol);
      if (wider != null) {
        String sheet = area.contains("!") ? area.substring(0, area.lastIndexOf('!') + 1) : "";
        put(workbookPart, wb.substring(0, t.end()) + XmlText.escape(sheet + wider) + wb.substring(close), false);
      }
      return;
    }
  }

  /** Asks Excel to recalculate every formula on opening, as POI's setForceFormulaRecalculation does. */
  void forceRecalculation() throws XlsxPatchUnsupported {
    String wb = text(workbookPart);
    Tag calc = XlsxPatchXml.find(wb, 0, "calcPr");
    if (calc != null) {
      String tag = XlsxPatchXml.withAttr(calc.text(wb), "fullCalcOnLoad", "1");
      if ("manual".equals(XlsxPatchXml.attr(tag, "calcMode"))) {
        tag = XlsxPatchXml.withAttr(tag, "calcMode", "auto");
      }
      put(workbookPart, wb.substring(0, calc.start()) + tag + wb.substring(calc.end()), false);
      return;
    }
    Tag root = XlsxPatchXml.next(wb, 0);
    int at = -1;
    for (int[] span : XlsxPatchXml.children(wb, root)) {
      if (AFTER_CALC_PR.contains(XlsxPatchXml.next(wb, span[0]).local())) {
        at = span[0];
        break;
      }
    }
    if (at < 0) {
      at = XlsxPatchXml.endOf(wb, root) - ("</" + root.name() + ">").length();
    }
    put(workbookPart, wb.substring(0, at) + "<" + root.prefix() + "calcPr fullCalcOnLoad=\"1\"/>"
        + wb.substring(at), false);
  }

  /** Leaves an entry of the input out of the copy. */
  void remove(String part) {
    removed.add(part);
    changed.remove(part);
  }

  /** The entries left out of the copy. */
  java.util.Set<String> removed() {
    return removed;
  }

  Map<String, String> changed() {
    return changed;
  }

  Map<String, String> added() {
    return added;
  }

  /** The rels part of a part: {@code xl/worksheets/_rels/sheet1.xml.rels} for {@code xl/worksheets/sheet1.xml}. */
  static String relsOf(String part) {
    return dir(part) + "_rels/" + part.substring(part.lastIndexOf('/') + 1) + ".rels";
  }

  static String dir(String part) {
    return part.substring(0, part.lastIndexOf('/') + 1);
  }

  /** A relationship target resolved against the source part's folder, as a zip entry name. */
  static String resolve(String dir, String target) throws XlsxPatchUnsupported {
    if (target == null || target.contains("%") || target.contains("\\") || target.contains("://")) {
      throw new XlsxPatchUnsupported("关系目标无法解析：" + target);
    }
    String path = target.startsWith("/") ? target.substring(1) : dir + target;
    List<String> parts = new ArrayList<>();
    for (String seg : path.split("/")) {
      if (seg.equals("..")) {
        if (parts.isEmpty()) {
          throw new XlsxPatchUnsupported("关系目标越出包：" + target);
        }
        parts.remove(parts.size() - 1);
      } else if (!seg.isEmpty() && !seg.equals(".")) {
        parts.add(seg);
      }
    }
    return String.join("/", parts);
  }

  /** The target of a relationship from a part in {@code dir} to {@code part}. */
  static String relative(String dir, String part) {
    String d = dir;
    String up = "";
    while (!part.startsWith(d)) {
      d = d.substring(0, d.lastIndexOf('/', d.length() - 2) + 1);
      up += "../";
    }
    return up + part.substring(d.length());
  }

  /** The zip entry name of an existing part (names match case-insensitively). */
  String entry(String part) throws XlsxPatchUnsupported {
    return existing(part);
  }

  private String existing(String part) throws XlsxPatchUnsupported {
    String name = zip.name(part);
    if (name == null) {
      throw new XlsxPatchUnsupported("缺少部件 " + part);
    }
    return name;
  }

  /**
   * A relationship-id attribute for an element added to a part: with the prefix its root binds to the relationships
   * namespace, or with a local declaration when the root binds none.
   */
  static String relId(String xml, String id) throws XlsxPatchUnsupported {
    Tag root = XlsxPatchXml.next(xml, 0);
    String prefix = root == null ? null : prefixOf(root.text(xml), REL_NS);
    return prefix == null ? "xmlns:r=\"" + REL_NS + "\" r:id=\"" + id + "\"" : prefix + ":id=\"" + id + "\"";
  }

  /** The prefix a start tag binds to a namespace, or null. */
  private static String prefixOf(String tag, String ns) {
    Matcher m = PREFIX_DECLARATIONS.computeIfAbsent(ns,
        k -> Pattern.compile("xmlns:([\\w.-]+)\\s*=\\s*[\"']" + Pattern.quote(k) + "[\"']")).matcher(tag);
    return m.find() ? m.group(1) : null;
  }
}
