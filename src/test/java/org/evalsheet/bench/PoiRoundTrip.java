package org.evalsheet.bench;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's usermodel round trip (往返) for comparison with the floor: open each workbook as an {@link XSSFWorkbook} and
 * write it out again, on a fixed pool. Issue 5 quotes 20–33 ms per file for this.
 *
 * <p>Usage: {@code java -cp CLASSES:POI org.evalsheet.bench.PoiRoundTrip [--threads N] --out DIR INPUT...}
 */
public final class PoiRoundTrip {

  private PoiRoundTrip() {}

  public static void main(String[] args) throws Exception {
    FileSweep.Args a = FileSweep.Args.parse(args);
    FileSweep.Result r = FileSweep.run(a, PoiRoundTrip::roundTrip, System.err);
    System.out.println(r.line("poi-roundtrip", a.threads()));
    System.exit(r.failed() == 0 ? 0 : 1);
  }

  static void roundTrip(Path in, Path out) throws Exception {
    try (InputStream is = Files.newInputStream(in);
        XSSFWorkbook wb = new XSSFWorkbook(is);
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      wb.write(os);
    }
  }
}
