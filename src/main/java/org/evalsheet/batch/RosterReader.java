package org.evalsheet.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.IoReason;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.Text;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.read.xlsx.WorkbookOpener;

/**
 * Reads the list of units expected to submit (报送单位名单): a text file with one unit a line (UTF-8 with or
 * without BOM, UTF-16 with BOM, or GB18030 as Notepad saves it on Chinese Windows), or a workbook whose first
 * column lists them under an optional header such as 单位名称. A unit's other names follow its official name after
 * commas or 、 ({@code 青岛市人力资源和社会保障局,青岛市人社局,市人社局}), or stand in a column headed 别名 or 简称.
 */
public final class RosterReader {
  private static final Pattern HEADER =
      Pattern.compile("^(预算)?(部门|单位)(\\((单位|部门)\\))?(名称|全称|名单|名录)?$|^名称$|^单位名单$");
  private static final Set<String> NUMBER_COLUMN = Set.of("序号", "编号", "no", "no.");
  private static final Pattern ALIAS_HEADER = Pattern.compile("^(别名|简称|别称|又名|曾用名|其他名称|其它名称)");
  private static final Pattern NUMBER = Pattern.compile("^[0-9０-９]+[.、．]?$");
  /** Columns a workbook roster is read from: the number, the name and alias columns beside them. */
  private static final int COLUMNS = 8;
  /** How far down a title and a header may sit above the names. */
  private static final int HEADER_SEARCH_ROWS = 5;
  private static final Charset GB18030 = Charset.forName("GB18030");

  private RosterReader() {}

  /**
   * The units in file order, stripped, blanks, header and repeats dropped, each with its aliases.
   *
   * @param limits the bounds a roster workbook is read under, as every input
   * @throws UnreadableFileException when the file is missing, unreadable or names no unit; its reason does not
   *     repeat that it is the roster (the caller says so)
   */
  public static Roster read(Path file, ReadLimits limits) throws UnreadableFileException {
    if (!Files.isRegularFile(file)) {
      throw new UnreadableFileException(file, Files.isDirectory(file) ? "这是一个文件夹，不是名单文件" : "文件不存在");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean workbook = name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    List<List<String>> rows = workbook ? workbookRows(file, limits) : textRows(file, name.endsWith(".csv"));
    List<Roster.Unit> units = Roster.units(entries(rows, !workbook));
    if (units.isEmpty()) {
      throw new UnreadableFileException(file, "其中没有单位名称");
    }
    return new Roster(file, units);
  }

  /** The official names only, as {@link #read} finds them. */
  static List<String> names(List<List<String>> rows) {
    return Roster.units(entries(rows, false)).stream().map(Roster.Unit::name).toList();
  }

  /**
   * Each unit's cells: the name column (the second when the first is 序号 or a number), and the alias columns a
   * header names; below a header only. Without a header, a text file's further cells on a line are aliases too
   * ({@code 名称,简称} saved as CSV), a workbook's are not (they are as likely a contact or a telephone number).
   */
  private static List<List<String>> entries(List<List<String>> rows, boolean text) {
    List<List<String>> filled = rows.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
    int col = -1;
    int start = 0;
    List<Integer> aliasCols = new ArrayList<>();
    for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, filled.size()); i++) {
      List<String> r = filled.get(i);
      int c = NUMBER_COLUMN.contains(Text.key(cell(r, 0))) ? 1 : 0;
      if (HEADER.matcher(Text.key(cell(r, c))).matches()) {
        col = c;
        start = i + 1;
        for (int a = c + 1; a < r.size(); a++) {
          if (ALIAS_HEADER.matcher(Text.key(cell(r, a))).find()) {
            aliasCols.add(a);
          }
        }
        break;
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> r : filled.subList(start, filled.size())) {
      int c = col >= 0 ? col : NUMBER.matcher(Text.key(cell(r, 0))).matches() && !cell(r, 1).isBlank() ? 1 : 0;
      List<String> cells = new ArrayList<>();
      cells.add(cell(r, c));
      if (col >= 0) {
        aliasCols.forEach(a -> cells.add(cell(r, a)));
      } else if (text) {
        cells.addAll(r.subList(Math.min(c + 1, r.size()), r.size()));
      }
      if (!Text.strip(cells.get(0)).isEmpty()) {
        out.add(cells);
      }
    }
    return out;
  }

  private static List<List<String>> workbookRows(Path file, ReadLimits limits) throws UnreadableFileException {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter fmt = new DataFormatter();
    try (Workbook wb = WorkbookOpener.open(file, limits)) {
      if (wb.getNumberOfSheets() == 0) {
        return rows;
      }
      Sheet sheet = wb.getSheetAt(firstVisible(wb));
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>(COLUMNS);
        for (int c = 0; c < COLUMNS; c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : fmt.formatCellValue(cell));
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UnreadableFileException(file, IoReason.of(e), e);
    }
    return rows;
  }

  private static int firstVisible(Workbook wb) {
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
        return i;
      }
    }
    return 0;
  }

  private static List<List<String>> textRows(Path file, boolean csv) throws UnreadableFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(file, "文件不存在", e);
    } catch (IOException e) {
      throw new UnreadableFileException(file, IoReason.of(e), e);
    }
    List<List<String>> rows = new ArrayList<>();
    for (String line : decode(bytes).split("\r\n|\r|\n")) {
      if (csv || line.indexOf('\t') >= 0) {
        List<String> cells = new ArrayList<>();
        for (String part : line.split(csv ? "[,\t]" : "\t", -1)) {
          cells.add(unquote(part));
        }
        rows.add(cells);
        continue;
      }
      rows.add(List.of(line));
    }
    return rows;
  }

  /** A BOM decides; otherwise UTF-8 when the bytes are valid UTF-8, else GB18030. */
  static String decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(b, GB18030);
    }
  }

  private static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }

  private static String cell(List<String> row, int c) {
    return c < row.size() && row.get(c) != null ? row.get(c) : "";
  }

}
