package org.evalsheet.write.fill;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.read.xlsx.OptionalParts;
import org.evalsheet.score.TableResult;
import org.evalsheet.write.AtomicFiles;
import org.evalsheet.write.fill.XlsxPatchSheet.CellEdit;

/**
 * The fast path of the filled copy (快速填写): copies every zip entry of an .xlsx/.xlsm that does not change and
 * rewrites only the table sheets' XML, the styles, the comments of marked cells, the workbook (a 评价结论 sheet,
 * forced recalculation) and the content types. Whatever it does not handle it reports by {@link
 * XlsxPatchUnsupported} before any output exists, and the writer falls back to POI's usermodel:
 * <ul>
 *   <li>a file that is not a zip, or a zip with duplicate, unsized or too many entries, or too large inflated;
 *   <li>parts in an encoding other than UTF-8, strict OOXML, a DOCTYPE, relationship targets it cannot resolve;
 *   <li>a table without a 合计 row or without a 得分率 column (both need rows or columns laid out);
 *   <li>a table sheet that is not a worksheet, rows or cells without their {@code r} position, a written cell
 *       holding rich-value metadata ({@code vm});
 *   <li>a marked sheet with a VML drawing but no comments (form controls), or comments without their drawing;
 *   <li>a 评价结论 sheet from an earlier fill that has relationships of its own;
 *   <li>anything else that throws while planning (a malformed part).
 * </ul>
 */
final class XlsxPatch {
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final String COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
  private static final String VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";

  /** The parts to write (新部件): changed entries by name, new entries in order, entries left out. */
  record Parts(Map<String, byte[]> changed, Map<String, byte[]> added, Set<String> removed) {}

  private final XlsxPatchPackage pkg;
  private final XlsxPatchStyles styles;
  private final Map<String, Map<CellRef, CellEdit>> cells = new LinkedHashMap<>();
  private final Map<String, Map<CellRef, List<Finding>>> comments = new LinkedHashMap<>();

  private XlsxPatch(XlsxPatchPackage pkg) throws XlsxPatchUnsupported {
    this.pkg = pkg;
    this.styles = new XlsxPatchStyles(pkg.text(pkg.stylesPart()));
  }

  /**
   * Writes the filled copy by patching the input's zip.
   *
   * @return null when the copy was written, else why the fast path does not apply (nothing was written then)
   */
  static String write(Path input, Path output, List<TableResult> tables, ReadLimits limits) throws IOException {
    if (!isZip(input)) {
      return "不是 .xlsx/.xlsm 压缩包";
    }
    try (XlsxPatchZip zip = XlsxPatchZip.open(input, limits.maxExpandedBytes())) {
      Parts parts;
      try {
        parts = plan(zip, tables);
      } catch (RuntimeException e) {
        return "规划时出错：" + e;
      }
      AtomicFiles.write(output, out -> zip.copy(out, parts.changed(), parts.added(), parts.removed()), false);
      return null;
    } catch (XlsxPatchUnsupported e) {
      return e.getMessage();
    }
  }

  /** Whether a file starts as a zip does (an .xlsx/.xlsm rather than an .xls). */
  static boolean isZip(Path input) throws IOException {
    try (InputStream in = Files.newInputStream(input)) {
      byte[] head = in.readNBytes(4);
      return java.util.Arrays.equals(head, ZIP_MAGIC);
    }
  }

  /** Every new and changed part, computed in memory; throws before anything is written when unsupported. */
  static Parts plan(XlsxPatchZip zip, List<TableResult> tables) throws XlsxPatchUnsupported {
    XlsxPatch patch = new XlsxPatch(new XlsxPatchPackage(zip));
    patch.dropDamagedParts(zip);
    return patch.run(tables);
  }

  /**
   * Leaves out the damaged or missing optional parts (document properties, theme, printer settings, calculation
   * chain) with their relationships and content types, so that every reader opens the copy.
   */
  private void dropDamagedParts(XlsxPatchZip zip) throws XlsxPatchUnsupported {
    List<OptionalParts.Damage> damage = OptionalParts.find(new OptionalParts.Entries() {
      @Override
      public java.util.Collection<String> names() {
        return zip.names();
      }

      @Override
      public byte[] read(String name, int max) throws IOException {
        return zip.bytes(name, max);
      }
    });
    if (damage.isEmpty()) {
      return;
    }
    Set<String> drop = new java.util.HashSet<>();
    damage.forEach(d -> drop.add(d.part().toLowerCase(java.util.Locale.ROOT)));
    for (String name : zip.names()) {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (drop.contains(lower)) {
        pkg.remove(name);
      } else if (lower.endsWith(".rels")) {
        String xml = pkg.text(name);
        String kept = OptionalParts.withoutRelationships(xml, name, drop);
        if (!kept.equals(xml)) {
          pkg.put(name, kept, false);
        }
      } else if (lower.equals("[content_types].xml")) {
        String xml = pkg.text(name);
        String kept = OptionalParts.withoutOverrides(xml, drop);
        if (!kept.equals(xml)) {
          pkg.put(name, kept, false);
        }
      }
    }
  }

  private Parts run(List<TableResult> tables) throws XlsxPatchUnsupported {
    List<TableResult> order = tables.stream()
        .sorted(Comparator.comparingInt((TableResult t) -> t.table().sheetIndex())
            .thenComparing(t -> -t.table().headerRow()))
        .toList();
    for (TableResult t : order) {
      collect(t);
    }
    for (String sheet : cells.keySet()) {
      patchSheet(pkg.sheet(sheet));
    }
    conclusion(tables);
    pkg.forceRecalculation();
    if (styles.changed()) {
      pkg.put(pkg.stylesPart(), styles.toXml(), false);
    }
    Map<String, byte[]> changed = new HashMap<>();
    pkg.changed().forEach((k, v) -> changed.put(k, v.getBytes(StandardCharsets.UTF_8)));
    Map<String, byte[]> added = new LinkedHashMap<>();
    pkg.added().forEach((k, v) -> added.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return new Parts(changed, added, pkg.removed());
  }

  /** Gathers one table's numbers and marks, by sheet, as {@link FillTable} applies them. */
  private void collect(TableResult result) throws XlsxPatchUnsupported {
    IndicatorTable t = result.table();
    XlsxPatchPackage.Sheet sheet = pkg.sheet(t.sheet());
    if (sheet == null && t.sheetIndex() < pkg.sheets().size()) {
      sheet = pkg.sheets().get(t.sheetIndex());
    }
    if (sheet == null) {
      throw new XlsxPatchUnsupported("工作簿中没有工作表 " + t.sheet());
    }
    if (t.total() == null) {
      throw new XlsxPatchUnsupported("表格没有合计行，需追加");
    }
    Integer rateCol = t.columns().get(Column.RATE);
    if (rateCol == null) {
      throw new XlsxPatchUnsupported("表格没有得分率列，需添加");
    }
    worksheet(sheet);
    Map<CellRef, FillTable.Edit> edits = FillTable.edits(result, sheet.name(), t.total().row(), rateCol);
    Map<CellRef, List<Finding>> marked = FillTable.marked(result, c -> c);
    for (Map.Entry<CellRef, FillTable.Edit> e : edits.entrySet()) {
      CellEdit edit = edit(sheet.name(), e.getKey());
      edit.value = e.getValue().value();
      edit.percent |= e.getValue().percent();
      mark(edit, marked.get(e.getKey()));
    }
    for (Map.Entry<CellRef, List<Finding>> e : marked.entrySet()) {
      CellRef at = e.getKey();
      XlsxPatchPackage.Sheet target = at.sheet().equals(sheet.name()) ? sheet : pkg.sheet(at.sheet());
      if (target == null) {
        continue;
      }
      worksheet(target);
      CellRef key = new CellRef(target.name(), at.row(), at.col());
      if (!edits.containsKey(at)) {
        mark(edit(target.name(), key), e.getValue());
      }
      comments.computeIfAbsent(target.name(), k -> new TreeMap<>(Comparator.comparingInt(CellRef::row)
          .thenComparingInt(CellRef::col))).put(key, e.getValue());
    }
  }

  private CellEdit edit(String sheet, CellRef at) {
    return cells.computeIfAbsent(sheet, k -> new HashMap<>())
        .computeIfAbsent(new CellRef(sheet, at.row(), at.col()), k -> new CellEdit());
  }

  private static void mark(CellEdit edit, List<Finding> findings) {
    StyleCache.Mark m = findings == null ? StyleCache.Mark.NONE : CellMarks.mark(findings);
    if (m != StyleCache.Mark.NONE) {
      edit.mark = m;
    }
  }

  private static void worksheet(XlsxPatchPackage.Sheet sheet) throws XlsxPatchUnsupported {
    if (!XlsxPatchPackage.WORKSHEET.equals(sheet.type()) || sheet.part() == null) {
      throw new XlsxPatchUnsupported("不是普通工作表：" + sheet.name());
    }
  }

  private void patchSheet(XlsxPatchPackage.Sheet sheet) throws XlsxPatchUnsupported {
    String xml = pkg.text(sheet.part());
    String legacy = null;
    Map<CellRef, List<Finding>> marked = comments.get(sheet.name());
    if (marked != null) {
      legacy = comments(sheet, xml, marked);
    }
    pkg.put(sheet.part(), XlsxPatchSheet.transform(xml, cells.get(sheet.name()), styles, legacy), false);
  }

  /** Writes the sheet's comments and drawing; returns the {@code <legacyDrawing>} to add, or null. */
  private String comments(XlsxPatchPackage.Sheet sheet, String xml, Map<CellRef, List<Finding>> marked)
      throws XlsxPatchUnsupported {
    String dir = XlsxPatchPackage.dir(sheet.part());
    List<XlsxPatchPackage.Rel> rels = pkg.rels(XlsxPatchPackage.relsOf(sheet.part()));
    XlsxPatchPackage.Rel commentRel = rels.stream().filter(r -> XlsxPatchPackage.COMMENTS.equals(r.type()))
        .findFirst().orElse(null);
    XlsxPatchPackage.Rel vmlRel = rels.stream().filter(r -> XlsxPatchPackage.VML.equals(r.type()))
        .findFirst().orElse(null);
    // The text test first: a scan of every tag for an element most sheets do not have is the dearer part.
    boolean hasLegacy = xml.contains("legacyDrawing") && XlsxPatchXml.find(xml, 0, "legacyDrawing") != null;
    if (commentRel == null && (vmlRel != null || hasLegacy)) {
      throw new XlsxPatchUnsupported("工作表已有 VML 绘图（控件）：" + sheet.name());
    }
    if (commentRel != null) {
      if (vmlRel == null || !hasLegacy) {
        throw new XlsxPatchUnsupported("工作表的批注缺少绘图：" + sheet.name());
      }
      String commentsPart = pkg.entry(XlsxPatchPackage.resolve(dir, commentRel.target()));
      String vmlPart = pkg.entry(XlsxPatchPackage.resolve(dir, vmlRel.target()));
      XlsxPatchComments.Parts parts = XlsxPatchComments.write(pkg.text(commentsPart), pkg.text(vmlPart),
          1, marked);
      pkg.put(commentsPart, parts.comments(), false);
      pkg.put(vmlPart, parts.vml(), false);
      return null;
    }
    String commentsPart = pkg.freeName("xl/comments", ".xml");
    String vmlPart = pkg.freeName("xl/drawings/vmlDrawing", ".vml");
    int number = Integer.parseInt(vmlPart.replaceAll("\\D", ""));
    XlsxPatchComments.Parts parts = XlsxPatchComments.write(null, null, number, marked);
    pkg.put(commentsPart, parts.comments(), true);
    pkg.put(vmlPart, parts.vml(), true);
    pkg.addRel(sheet.part(), XlsxPatchPackage.COMMENTS, XlsxPatchPackage.relative(dir, commentsPart));
    String vmlId = pkg.addRel(sheet.part(), XlsxPatchPackage.VML, XlsxPatchPackage.relative(dir, vmlPart));
    pkg.contentType(commentsPart, COMMENTS_TYPE);
    pkg.contentType(vmlPart, VML_TYPE);
    XlsxPatchXml.Tag data = XlsxPatchXml.find(xml, 0, "sheetData");
    return "<" + data.prefix() + "legacyDrawing " + XlsxPatchPackage.relId(xml, vmlId) + "/>";
  }

  /** Writes the 评价结论 sheet: a new worksheet, or the one an earlier fill added, rewritten in place. */
  private void conclusion(List<TableResult> tables) throws XlsxPatchUnsupported {
    Set<String> tableSheets = tables.stream().map(t -> t.table().sheet()).collect(Collectors.toSet());
    String name = tableSheets.contains(FillConclusionSheet.NAME)
        ? FillConclusionSheet.FALLBACK : FillConclusionSheet.NAME;
    String xml = XlsxPatchConclusion.xml(tables, styles);
    XlsxPatchPackage.Sheet old = pkg.sheet(name);
    if (old == null) {
      pkg.addSheet(name, pkg.freeName("xl/worksheets/sheet", ".xml"), xml);
      return;
    }
    worksheet(old);
    if (!pkg.rels(XlsxPatchPackage.relsOf(old.part())).isEmpty()) {
      throw new XlsxPatchUnsupported("已有的评价结论工作表带有关系部件");
    }
    pkg.put(old.part(), xml, false);
  }
}
