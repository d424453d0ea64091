package org.evalsheet.read.xlsx;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.read.grid.Grid;
import org.evalsheet.read.grid.SheetTooLargeException;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the sheets of an .xlsx/.xlsm package straight from their XML (流式读取) into the same {@link Grid}s that
 * {@link PoiGridLoader} builds from POI's usermodel, without building the workbook's object tree. The package comes
 * from memory ({@link WorkbookFile}, inflated within its bounds); its structure is read as POI's {@code OPCPackage}
 * reads it ({@link PackageParts}), and every part is parsed with POI's secure SAX parser, which refuses DOCTYPE
 * declarations. Sheets are listed as {@code XSSFWorkbook} lists them: in workbook.xml order, worksheets and
 * chartsheets (which hold no cells) only, a sheet whose part is missing left out. Throws {@link
 * NeedsUsermodelException} for a workbook only the usermodel reads right.
 */
final class StreamingGridLoader implements Closeable {
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String WORKSHEET = RELATIONSHIPS + "worksheet";
  private static final String CHARTSHEET = RELATIONSHIPS + "chartsheet";
  private static final String SHARED_STRINGS = RELATIONSHIPS + "sharedStrings";
  private static final String STYLES = RELATIONSHIPS + "styles";
  private static final String SHARED_STRINGS_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

  /**
   * One sheet of the workbook.
   *
   * @param name the sheet's name
   * @param index its position among the workbook's sheets, hidden ones included
   * @param hidden hidden or very hidden
   * @param part the worksheet part, null for a chartsheet
   */
  record Sheet(String name, int index, boolean hidden, String part) {}

  private final PackageParts pkg;
  private final long maxCells;
  private final String workbook;
  private final List<Sheet> sheets = new ArrayList<>();
  private final NumberCells numbers = new NumberCells();
  private List<String> strings;
  private CellStyles styles;
  private XMLReader parser;

  private StreamingGridLoader(WorkbookFile file, long maxCells) throws IOException, SAXException {
    this.pkg = new PackageParts(file, this::parse);
    this.maxCells = maxCells;
    this.workbook = pkg.officeDocument();
    WorkbookXml listed = new WorkbookXml();
    parse(pkg.bytes(workbook), listed);
    if (!listed.sheetsSeen()) {
      throw new NeedsUsermodelException("workbook without <sheets>");
    }
    Map<String, PackageParts.Rel> byId = new HashMap<>();
    pkg.rels(workbook).forEach(r -> byId.put(r.id(), r));
    for (WorkbookXml.Entry e : listed.entries()) {
      PackageParts.Rel rel = e.relId() == null ? null : byId.get(e.relId());
      boolean worksheet = rel != null && WORKSHEET.equals(rel.type());
      boolean chartsheet = rel != null && CHARTSHEET.equals(rel.type());
      if ((worksheet || chartsheet) && pkg.has(rel.target())) {
        sheets.add(new Sheet(e.name(), sheets.size(), e.hidden(), worksheet ? rel.target() : null));
      }
    }
    // Read whether or not a sheet needs them, as XSSFWorkbook does: a damaged table rejects the file on both paths.
    strings();
    styles();
  }

  /**
   * Opens a package in memory that {@link WorkbookOpener#check} has passed.
   *
   * @param maxCells non-blank cells allowed in one sheet ({@link SheetTooLargeException} beyond)
   */
  static StreamingGridLoader open(WorkbookFile file, long maxCells) throws IOException, SAXException {
    return new StreamingGridLoader(file, maxCells);
  }

  /** Opens a package file without the checks before (tests show what the reader alone does with hostile XML). */
  static StreamingGridLoader open(Path file, long maxCells) throws IOException, SAXException {
    return open(WorkbookFile.read(file, ReadLimits.DEFAULT), maxCells);
  }

  /** Every sheet, hidden ones included, in workbook order. */
  List<Sheet> sheets() {
    return sheets;
  }

  /** Every visible sheet as a grid, in workbook order. */
  List<Grid> visibleGrids() throws IOException, SAXException {
    List<Grid> grids = new ArrayList<>();
    for (Sheet s : sheets) {
      if (!s.hidden()) {
        grids.add(load(s));
      }
    }
    return grids;
  }

  /** One sheet as a grid; throws {@link SheetTooLargeException} beyond the cell limit. */
  Grid load(Sheet sheet) throws IOException, SAXException {
    Grid.Builder grid = new Grid.Builder(sheet.name(), sheet.index(), maxCells);
    if (sheet.part() == null) {
      return grid.build();
    }
    SheetHandler handler = new SheetHandler(grid, strings(), styles(), numbers);
    parse(pkg.bytes(sheet.part()), handler);
    return handler.build();
  }

  /** Nothing to release: the package is in memory. */
  @Override
  public void close() {
    // The package's bytes stay with the WorkbookFile, which the filled copy reads next.
  }

  private List<String> strings() throws IOException, SAXException {
    if (strings == null) {
      String part = related(SHARED_STRINGS);
      if (part == null && pkg.hasType(SHARED_STRINGS_TYPE)) {
        // XSSFWorkbook then takes the first part of that type, in an order of part names of its own.
        throw new NeedsUsermodelException("shared strings without a relationship");
      }
      if (part == null) {
        strings = List.of();
      } else {
        SharedStringsPart sst = new SharedStringsPart();
        parse(pkg.bytes(part), sst);
        strings = sst.strings();
      }
    }
    return strings;
  }

  private CellStyles styles() throws IOException, SAXException {
    if (styles == null) {
      String part = related(STYLES);
      if (part == null) {
        styles = new CellStyles(new StylesTable());
      } else {
        StylesPart read = new StylesPart();
        parse(pkg.bytes(part), read);
        styles = new CellStyles(read);
      }
    }
    return styles;
  }

  /** The part the workbook relates to with this type, the last one when several (as XSSFWorkbook keeps). */
  private String related(String type) {
    String found = null;
    for (PackageParts.Rel rel : pkg.rels(workbook)) {
      if (rel.type().equals(type) && pkg.has(rel.target())) {
        found = rel.target();
      }
    }
    return found;
  }

  /**
   * Parses a part with POI's secure, namespace-aware SAX parser; a handler's own exception comes out unwrapped.
   * Creating a parser costs as much as parsing a small part, so one serves the whole workbook; it is not kept
   * longer because its symbol table grows with every element name it meets.
   */
  private void parse(byte[] xml, ContentHandler handler) throws IOException, SAXException {
    try {
      if (parser == null) {
        parser = XMLHelper.newXMLReader();
      }
      parser.setContentHandler(handler);
      parser.parse(new InputSource(new ByteArrayInputStream(xml)));
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    } catch (SAXException e) {
      if (e.getException() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
