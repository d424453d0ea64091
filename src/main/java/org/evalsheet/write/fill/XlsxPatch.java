package org.evalsheet.write.fill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Column;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.read.xlsx.OptionalParts;
import org.evalsheet.read.xlsx.WorkbookFile;
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
  private static final String COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
  private static final String VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";

  /** The parts to write (新部件): changed entries by name, new entries in order, entries left out. */
  record Parts(Map<String, byte[]> changed, Map<String, byte[]> added, Set<String> removed) {}

  private final XlsxPatchPackage pkg;
  private final XlsxPatchStyles styles;
  private final Map<String, Map<CellRef, CellEdit>> cells = new LinkedHashMap<>();
  private final Map<String, Map<CellRef, List<String>>> comments = new LinkedHashMap<>();

  private XlsxPatch(XlsxPatchPackage pkg) throws XlsxPatchUnsupported {
    this.pkg = pkg;
    this.styles = new XlsxPatchStyles(pkg.text(pkg.stylesPart()));
  }

  /**
   * Writes the filled copy by patching the input's zip, read from the workbook in memory.
   *
   * @return null when the copy was written, else why the fast path does not apply (nothing was written then)
   */
  static String write(WorkbookFile input, Path output, List<TableResult> tables, ReadLimits limits)
      throws IOException {
    if (!input.startsAsZip()) {
      return "不是 .xlsx/.xlsm 压缩包";
    }
    try {
      XlsxPatchZip zip = XlsxPatchZip.of(input, limits.maxExpandedBytes());
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

  /** Every new and changed part, computed in memory; throws before anything is written when unsupported. */
  static Parts plan(XlsxPatchZip zip, List<TableResult> tables) throws XlsxPatchUnsupported {
    XlsxPatch patch = new XlsxPatch(new XlsxPatchPackage(zip));
    patch.dropDamagedParts(zip);
    return patch.run(tables);
  }

  /**
   * Leaves out the damaged or missing optional parts (document properties, theme, printer settings, calculation
   * chain) with their relationships and content types, so that every reader opens the copy. The reader has found
   * them already; the list is the one it noted.
   */
  private void dropDamagedParts(XlsxPatchZip zip) throws XlsxPatchUnsupported {
    List<OptionalParts.Damage> damage = zip.file().damage();
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
    FillPlan plan = FillPlan.of(tables, new Layout());
    for (FillPlan.Table t : plan.tables()) {
      if (t.cells().stream().anyMatch(c -> c.sheet().equals(t.sheet()))) {
        // The table's own sheet first, then the others its findings name, as the usermodel draws them.
        cells.computeIfAbsent(t.sheet(), k -> new HashMap<>());
      }
      for (FillPlan.Cell c : t.cells()) {
        CellRef at = new CellRef(c.sheet(), c.row(), c.col());
        if (c.number() != null || c.mark() != FillPlan.Mark.NONE) {
          CellEdit edit = cells.computeIfAbsent(c.sheet(), k -> new HashMap<>()).computeIfAbsent(at, k -> new CellEdit());
          if (c.number() != null) {
            edit.value = c.number();
            edit.percent |= c.percent();
          }
          if (c.mark() != FillPlan.Mark.NONE) {
            edit.mark = c.mark();
          }
        }
        if (!c.comment().isEmpty()) {
          comments.computeIfAbsent(c.sheet(), k -> new TreeMap<>(Comparator.comparingInt(CellRef::row)
              .thenComparingInt(CellRef::col))).put(at, c.comment());
        }
      }
    }
    Map<String, FillPlan.Print> printing = plan.printing();
    printing.keySet().forEach(sheet -> cells.computeIfAbsent(sheet, k -> new HashMap<>()));
    for (String sheet : cells.keySet()) {
      patchSheet(pkg.sheet(sheet), printing.get(sheet));
    }
    for (Map.Entry<String, FillPlan.Print> e : printing.entrySet()) {
      pkg.widenPrintArea(pkg.sheet(e.getKey()).index(), e.getValue().lastCol());
    }
    conclusion(plan.conclusion());
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

  /**
   * The package's sheets as the plan is laid on them: a table's own 合计 row and 得分率 column, since adding rows or
   * columns to sheet XML is left to the usermodel; only worksheets are written into.
   */
  private final class Layout implements FillPlan.Layout<XlsxPatchUnsupported> {
    private final List<String> names = pkg.sheets().stream().map(XlsxPatchPackage.Sheet::name).toList();

    @Override
    public FillPlan.Place place(IndicatorTable t) throws XlsxPatchUnsupported {
      int index = FillPlan.sheetIndex(names, t.sheet(), t.sheetIndex());
      if (index < 0) {
        throw new XlsxPatchUnsupported("工作簿中没有工作表 " + t.sheet());
      }
      if (t.total() == null) {
        throw new XlsxPatchUnsupported("表格没有合计行，需追加");
      }
      Integer rateCol = t.columns().get(Column.RATE);
      if (rateCol == null) {
        throw new XlsxPatchUnsupported("表格没有得分率列，需添加");
      }
      XlsxPatchPackage.Sheet sheet = pkg.sheets().get(index);
      worksheet(sheet);
      return FillPlan.Place.own(sheet.name(), t, rateCol);
    }

    @Override
    public String sheet(String name) throws XlsxPatchUnsupported {
      int index = FillPlan.sheetNamed(names, name);
      if (index < 0) {
        return null;
      }
      worksheet(pkg.sheets().get(index));
      return pkg.sheets().get(index).name();
    }
  }

  private static void worksheet(XlsxPatchPackage.Sheet sheet) throws XlsxPatchUnsupported {
    if (!XlsxPatchPackage.WORKSHEET.equals(sheet.type()) || sheet.part() == null) {
      throw new XlsxPatchUnsupported("不是普通工作表：" + sheet.name());
    }
  }

  private void patchSheet(XlsxPatchPackage.Sheet sheet, FillPlan.Print print) throws XlsxPatchUnsupported {
    String xml = pkg.text(sheet.part());
    String legacy = null;
    Map<CellRef, List<String>> marked = comments.get(sheet.name());
    if (marked != null) {
      legacy = comments(sheet, xml, marked);
    }
    pkg.put(sheet.part(), XlsxPatchSheet.transform(xml, cells.get(sheet.name()), styles, legacy, print), false);
  }

  /** Writes the sheet's comments and drawing; returns the {@code <legacyDrawing>} to add, or null. */
  private String comments(XlsxPatchPackage.Sheet sheet, String xml, Map<CellRef, List<String>> marked)
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
  private void conclusion(FillPlan.Sheet plan) throws XlsxPatchUnsupported {
    String xml = XlsxPatchConclusion.xml(plan, styles);
    XlsxPatchPackage.Sheet old = pkg.sheet(plan.name());
    if (old == null) {
      pkg.addSheet(plan.name(), pkg.freeName("xl/worksheets/sheet", ".xml"), xml);
      return;
    }
    worksheet(old);
    if (!pkg.rels(XlsxPatchPackage.relsOf(old.part())).isEmpty()) {
      throw new XlsxPatchUnsupported("已有的评价结论工作表带有关系部件");
    }
    pkg.put(old.part(), xml, false);
  }
}
