package org.evalsheet.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evalsheet.read.xlsx.LoaderEquivalence;
import org.evalsheet.testing.Sheets;

/**
 * A small real workbook written row by row for one behaviour (测试工作表): strings as text, {@code Number}s as numbers,
 * {@code null} as no cell, plus merged regions in A1 notation and hooks for anything else. Every workbook written is
 * also read by both cell sources, which must agree ({@link LoaderEquivalence}), so each reader test doubles as a
 * check of the streaming reader.
 */
final class TestSheet {
  private final List<Object[]> rows = new ArrayList<>();
  private final List<String> merges = new ArrayList<>();
  private final List<java.util.function.Consumer<Sheet>> edits = new ArrayList<>();
  private String name = "Sheet1";

  TestSheet name(String name) {
    this.name = name;
    return this;
  }

  TestSheet row(Object... cells) {
    rows.add(cells);
    return this;
  }

  TestSheet merge(String range) {
    merges.add(range);
    return this;
  }

  TestSheet edit(java.util.function.Consumer<Sheet> edit) {
    edits.add(edit);
    return this;
  }

  Sheet fill(Workbook wb) {
    Sheet s = wb.createSheet(name);
    for (int r = 0; r < rows.size(); r++) {
      Row row = s.createRow(r);
      Object[] v = rows.get(r);
      for (int c = 0; c < v.length; c++) {
        if (v[c] instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else if (v[c] != null) {
          row.createCell(c).setCellValue(v[c].toString());
        }
      }
    }
    merges.forEach(m -> s.addMergedRegion(CellRangeAddress.valueOf(m)));
    edits.forEach(e -> e.accept(s));
    return s;
  }

  Path write(Path file) {
    Sheets.write(new XSSFWorkbook(), file, this::fill);
    LoaderEquivalence.check(file);
    return file;
  }

  static Cell cell(Sheet s, String a1) {
    org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(a1);
    Row row = Sheets.row(s, ref.getRow());
    return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
  }
}
