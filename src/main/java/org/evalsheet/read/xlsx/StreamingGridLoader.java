package org.evalsheet.read.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.evalsheet.read.grid.Grid;
import org.evalsheet.read.grid.SheetTooLargeException;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the sheets of an .xlsx/.xlsm package straight from their XML (流式读取) into the same {@link Grid}s that
 * {@link PoiGridLoader} builds from POI's usermodel, without building the workbook's object tree. The package is
 * opened read-only through POI, so its zip-bomb and entry limits apply, and every part is parsed with POI's secure
 * SAX parser, which refuses DOCTYPE declarations. Sheets are listed as {@code XSSFWorkbook} lists them: in
 * workbook.xml order, worksheets and chartsheets (which hold no cells) only, a sheet whose part is missing left
 * out. Throws {@link NeedsUsermodelException} for a workbook only the usermodel reads right.
 */
final class StreamingGridLoader implements Closeable {

  /**
   * One sheet of the workbook.
   *
   * @param name the sheet's name
   * @param index its position among the workbook's sheets, hidden ones included
   * @param hidden hidden or very hidden
   * @param part the worksheet part, null for a chartsheet
   */
  record Sheet(String name, int index, boolean hidden, PackagePart part) {}

  private final OPCPackage pkg;
  private final long maxCells;
  private final PackagePart workbook;
  private final List<Sheet> sheets = new ArrayList<>();
  private final NumberCells numbers = new NumberCells();
  private List<String> strings;
  private CellStyles styles;
  private XMLReader parser;

  private StreamingGridLoader(OPCPackage pkg, long maxCells) throws IOException, OpenXML4JException, SAXException {
    this.pkg = pkg;
    this.maxCells = maxCells;
    WorkbookPartReader reader = new WorkbookPartReader(pkg);
    this.workbook = reader.workbookPart();
    WorkbookXml listed = new WorkbookXml();
    try (InputStream in = reader.getWorkbookData()) {
      parse(in, listed);
    }
    if (!listed.sheetsSeen()) {
      throw new NeedsUsermodelException("workbook without <sheets>");
    }
    for (WorkbookXml.Entry e : listed.entries()) {
      PackageRelationship rel = e.relId() == null ? null : workbook.getRelationship(e.relId());
      boolean worksheet = rel != null && XSSFRelation.WORKSHEET.getRelation().equals(rel.getRelationshipType());
      boolean chartsheet = rel != null && XSSFRelation.CHARTSHEET.getRelation().equals(rel.getRelationshipType());
      PackagePart part = worksheet || chartsheet ? target(rel) : null;
      if (part != null) {
        sheets.add(new Sheet(e.name(), sheets.size(), e.hidden(), worksheet ? part : null));
      }
    }
    // Read whether or not a sheet needs them, as XSSFWorkbook does: a damaged table rejects the file on both paths.
    strings();
    styles();
  }

  /**
   * Opens a package that {@link WorkbookOpener#check} has passed; the caller closes the loader.
   *
   * @param maxCells non-blank cells allowed in one sheet ({@link SheetTooLargeException} beyond)
   */
  static StreamingGridLoader open(Path file, long maxCells) throws IOException, OpenXML4JException, SAXException {
    OPCPackage pkg = WorkbookOpener.openPackage(file);
    try {
      return new StreamingGridLoader(pkg, maxCells);
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException | Error e) {
      pkg.revert();
      throw e;
    }
  }

  /** Every sheet, hidden ones included, in workbook order. */
  List<Sheet> sheets() {
    return sheets;
  }

  /** Every visible sheet as a grid, in workbook order. */
  List<Grid> visibleGrids() throws IOException, OpenXML4JException, SAXException {
    List<Grid> grids = new ArrayList<>();
    for (Sheet s : sheets) {
      if (!s.hidden()) {
        grids.add(load(s));
      }
    }
    return grids;
  }

  /** One sheet as a grid; throws {@link SheetTooLargeException} beyond the cell limit. */
  Grid load(Sheet sheet) throws IOException, OpenXML4JException, SAXException {
    Grid.Builder grid = new Grid.Builder(sheet.name(), sheet.index(), maxCells);
    if (sheet.part() == null) {
      return grid.build();
    }
    SheetHandler handler = new SheetHandler(grid, strings(), styles(), numbers);
    try (InputStream in = sheet.part().getInputStream()) {
      parse(in, handler);
    }
    return handler.build();
  }

  /** Closes the package without writing anything back. */
  @Override
  public void close() {
    pkg.revert();
  }

  private List<String> strings() throws IOException, OpenXML4JException, SAXException {
    if (strings == null) {
      PackagePart part = related(XSSFRelation.SHARED_STRINGS);
      if (part == null) {
        List<PackagePart> byType = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        part = byType.isEmpty() ? null : byType.get(0);
      }
      if (part == null) {
        strings = List.of();
      } else {
        SharedStringsPart sst = new SharedStringsPart();
        try (InputStream in = part.getInputStream()) {
          parse(in, sst);
        }
        strings = sst.strings();
      }
    }
    return strings;
  }

  private CellStyles styles() throws IOException, OpenXML4JException, SAXException {
    if (styles == null) {
      PackagePart part = related(XSSFRelation.STYLES);
      if (part == null) {
        styles = new CellStyles(new StylesTable());
      } else {
        StylesPart read = new StylesPart();
        try (InputStream in = part.getInputStream()) {
          parse(in, read);
        }
        styles = new CellStyles(read);
      }
    }
    return styles;
  }

  /** The part the workbook relates to with this relation, the last one when several (as XSSFWorkbook keeps). */
  private PackagePart related(XSSFRelation relation) throws InvalidFormatException {
    PackagePart found = null;
    for (PackageRelationship rel : workbook.getRelationshipsByType(relation.getRelation())) {
      PackagePart part = target(rel);
      if (part != null) {
        found = part;
      }
    }
    return found;
  }

  /** The internal part a relationship points at, or null, resolved as POI's document parts resolve it. */
  private PackagePart target(PackageRelationship rel) throws InvalidFormatException {
    if (rel.getTargetMode() == TargetMode.EXTERNAL) {
      return null;
    }
    URI uri = rel.getTargetURI();
    return pkg.getPart(uri.getRawFragment() != null ? PackagingURIHelper.createPartName(uri.getPath())
        : PackagingURIHelper.createPartName(uri));
  }

  /**
   * Parses a part with POI's secure, namespace-aware SAX parser; a handler's own exception comes out unwrapped.
   * Creating a parser costs as much as parsing a small part, so one serves the whole workbook; it is not kept
   * longer because its symbol table grows with every element name it meets.
   */
  private void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
    try {
      if (parser == null) {
        parser = XMLHelper.newXMLReader();
      }
      parser.setContentHandler(handler);
      parser.parse(new InputSource(in));
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    } catch (SAXException e) {
      if (e.getException() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** XSSFReader, with the workbook part it found made visible for relationship lookups. */
  private static final class WorkbookPartReader extends XSSFReader {
    WorkbookPartReader(OPCPackage pkg) throws IOException, OpenXML4JException {
      super(pkg);
    }

    PackagePart workbookPart() {
      return workbookPart;
    }
  }
}
