package org.evalsheet.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Builds the hostile-input corpus (恶意/损坏输入样本) in a folder: every way a submission arrives broken or
 * dangerous, each made from a real workbook and paired with the Chinese reason the opener must give. Nothing
 * binary is committed; every file is built here.
 */
public final class HostileInputs {

  /** The reasons a clerk reads; tests compare the opener's reason with these exactly. */
  public static final String EMPTY = "文件为空（0 字节）";
  public static final String CORRUPT = "文件已损坏（不完整或不是有效的 Excel 文件）";
  public static final String WORD = "文件是 Word 文档，不是 Excel 工作簿（请用 Excel 另存为 .xlsx）";
  public static final String ODS = "文件是 ODS 表格，不是 Excel 工作簿（请用 Excel 另存为 .xlsx）";
  public static final String HTML = "文件是网页(HTML)，扩展名被改成了 .xlsx，请用 Excel 另存为 .xlsx";
  public static final String TEXT = "文件是文本(CSV)，扩展名被改成了 .xlsx，请用 Excel 另存为 .xlsx";
  public static final String PASSWORD = "文件受密码保护，请去除密码后重新提交";
  public static final String BOMB = "文件疑似压缩炸弹（解压后体积异常），已拒绝";
  public static final String TOO_MANY_ENTRIES = "文件包含的条目过多（超过 1000 个），已拒绝";
  public static final String DUPLICATE_ENTRIES = "文件结构异常（压缩包内有重名条目），已拒绝";
  public static final String DOCTYPE = "文件包含不安全的 XML 声明（DOCTYPE），已拒绝";
  public static final String XLSB = "文件是 Excel 二进制工作簿(.xlsb)，暂不支持，请用 Excel 另存为 .xlsx";
  public static final String PLAIN_ZIP = "文件是普通压缩包(zip)，不是 Excel 工作簿";
  public static final String XML_2003 = "文件是 Excel 2003 XML 表格，暂不支持，请用 Excel 另存为 .xlsx";
  public static final String STRICT = "文件为 Strict Open XML 格式，暂不支持，请在 Excel 中另存为普通 .xlsx";

  /** One corpus file and the reason it must be rejected with. */
  public record Case(String name, Path file, String reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  private HostileInputs() {}

  /** A real small .xlsx (the seed table), as bytes. */
  public static byte[] realXlsx(Path dir) {
    try {
      Path file = new SeedWorkbook().write(Files.createTempFile(dir, "real", ".xlsx"));
      byte[] bytes = Files.readAllBytes(file);
      Files.delete(file);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes every case under {@code dir} and returns them in a stable order. */
  public static List<Case> build(Path dir) {
    try {
      Files.createDirectories(dir);
      byte[] real = realXlsx(dir);
      Map<String, byte[]> parts = unzip(real);
      List<Case> cases = new ArrayList<>();
      cases.add(write(dir, "empty.xlsx", new byte[0], EMPTY));
      cases.add(write(dir, "random-bytes.xlsx", randomBytes(), CORRUPT));
      cases.add(write(dir, "truncated-50.xlsx", Arrays.copyOf(real, real.length / 2), CORRUPT));
      cases.add(write(dir, "truncated-99.xlsx", Arrays.copyOf(real, real.length * 99 / 100), CORRUPT));
      cases.add(write(dir, "word-renamed.xlsx", docx(), WORD));
      cases.add(write(dir, "ods-renamed.xlsx", ods(), ODS));
      cases.add(write(dir, "html-renamed.xlsx", utf8(HTML_PAGE), HTML));
      cases.add(write(dir, "html-table-export.xls", utf8(HTML_TABLE), HTML));
      cases.add(write(dir, "csv-renamed.xlsx", utf8(CSV), TEXT));
      cases.add(write(dir, "csv-gbk-renamed.xlsx", CSV.getBytes("GBK"), TEXT));
      cases.add(write(dir, "unicode-text-renamed.xlsx", unicodeText(), TEXT));
      cases.add(write(dir, "xml-spreadsheet-2003.xls", utf8(XML_SPREADSHEET), XML_2003));
      cases.add(write(dir, "encrypted-agile.xlsx", encryptAgile(real), PASSWORD));
      cases.add(write(dir, "encrypted.xls", encryptedXls(), PASSWORD));
      cases.add(write(dir, "zip-bomb.xlsx", zip(bomb(parts)), BOMB));
      cases.add(write(dir, "too-many-entries.xlsx", zip(manyEntries(parts, 1001)), TOO_MANY_ENTRIES));
      cases.add(write(dir, "duplicate-entries.xlsx", duplicateEntry(parts), DUPLICATE_ENTRIES));
      cases.add(write(dir, "billion-laughs.xlsx", zip(billionLaughs(parts)), DOCTYPE));
      cases.add(write(dir, "doctype-xxe.xlsx", zip(externalEntity(parts)), DOCTYPE));
      cases.add(write(dir, "xlsb-renamed.xlsx", zip(xlsb()), XLSB));
      cases.add(write(dir, "plain-zip.xlsx", zip(Map.of("readme.txt", utf8("not a workbook"))), PLAIN_ZIP));
      cases.add(write(dir, "word-binary-renamed.xls", wordBinary(), WORD));
      cases.add(write(dir, "strict-ooxml.xlsx", strictXlsx(dir), STRICT));
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed workbook in Strict Open XML form: every transitional namespace swapped for its purl.oclc.org one, as
   * Excel's "Strict Open XML Spreadsheet" save does. POI 5.5 refuses these ("Strict OOXML isn't currently
   * supported"), so the opener rejects them with a reason rather than accepting them.
   */
  public static byte[] strictXlsx(Path dir) throws IOException {
    Map<String, byte[]> parts = unzip(realXlsx(dir));
    Map<String, byte[]> strict = new LinkedHashMap<>();
    parts.forEach((name, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (name.endsWith(".xml") || name.endsWith(".rels")) {
        text = text
            .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                "http://purl.oclc.org/ooxml/spreadsheetml/main")
            .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                "http://purl.oclc.org/ooxml/officeDocument/relationships")
            .replace("<workbook ", "<workbook conformance=\"strict\" ");
        strict.put(name, utf8(text));
      } else {
        strict.put(name, bytes);
      }
    });
    return zip(strict);
  }

  /** The entries of a zip, in order. */
  public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  /** A deflated zip of the given entries, in order. */
  public static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(p.getKey()));
        out.write(p.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Case write(Path dir, String name, byte[] bytes, String reason) throws IOException {
    return new Case(name, Files.write(dir.resolve(name), bytes), reason);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[8192];
    new Random(20240601L).nextBytes(b);
    return b;
  }

  private static final String HTML_PAGE = "\uFEFF<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>绩效自评表</title>"
      + "</head><body><table><tr><td>一级指标</td><td>权重</td><td>得分</td></tr>"
      + "<tr><td>决策</td><td>20</td><td>18.5</td></tr></table></body></html>\n";

  // What web systems send as "导出 Excel": a bare HTML table saved as .xls.
  private static final String HTML_TABLE = "<table border=\"1\">\r\n<tr><th>一级指标</th><th>权重</th></tr>\r\n"
      + "<tr><td>决策</td><td>20</td></tr>\r\n</table>\r\n";

  private static final String CSV = "一级指标,二级指标,三级指标,权重,得分\r\n决策,项目立项,立项依据充分性,3,3\r\n"
      + "过程,资金管理,资金到位率,4,4\r\n合计,,,100,98.4\r\n";

  // Excel's "Unicode 文本" save: UTF-16LE with a byte order mark, tab-separated.
  private static byte[] unicodeText() {
    byte[] body = CSV.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  private static final String XML_SPREADSHEET = "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
      + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
      + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"指标体系\"><Table><Row>"
      + "<Cell><Data ss:Type=\"String\">一级指标</Data></Cell></Row></Table></Worksheet></Workbook>\n";

  private static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("项目支出绩效自评报告");
      doc.createTable(2, 2).getRow(0).getCell(0).setText("一级指标");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] ods() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      // ODF puts "mimetype" first and stored, so its text sits at byte 38 in the clear.
      byte[] mime = utf8("application/vnd.oasis.opendocument.spreadsheet");
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      m.setCrc(crc.getValue());
      out.putNextEntry(m);
      out.write(mime);
      out.closeEntry();
      out.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      out.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
          + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry "
          + "manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
          + "</manifest:manifest>"));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("content.xml"));
      out.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
          + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body/>"
          + "</office:document-content>"));
      out.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] encryptAgile(byte[] xlsx) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("mima123");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(xlsx);
      } catch (java.security.GeneralSecurityException e) {
        throw new IOException(e);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static byte[] encryptedXls() throws IOException {
    Biff8EncryptionKey.setCurrentUserPassword("mima123");
    try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new SeedWorkbook().fill(wb);
      wb.write(out);
      return out.toByteArray();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  private static byte[] wordBinary() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  // 20 MB of blanks before the root element of the sheet: legal XML that deflates about 1000 to 1.
  private static Map<String, byte[]> bomb(Map<String, byte[]> parts) {
    Map<String, byte[]> out = new LinkedHashMap<>(parts);
    String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    int root = sheet.indexOf("<worksheet");
    String padded = sheet.substring(0, root) + " ".repeat(20 << 20) + sheet.substring(root);
    out.put("xl/worksheets/sheet1.xml", utf8(padded));
    return out;
  }

  private static Map<String, byte[]> manyEntries(Map<String, byte[]> parts, int extra) {
    Map<String, byte[]> out = new LinkedHashMap<>(parts);
    for (int i = 1; i <= extra; i++) {
      out.put("customXml/item" + i + ".xml", utf8("<a/>"));
    }
    return out;
  }

  // ZipOutputStream refuses a second entry of the same name, so write a same-length stand-in and rename it in
  // both its local header and the central directory.
  private static byte[] duplicateEntry(Map<String, byte[]> parts) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>(parts);
    out.put("xl/worksheets/sheetZ.xml", parts.get("xl/worksheets/sheet1.xml"));
    byte[] zip = zip(out);
    byte[] from = utf8("xl/worksheets/sheetZ.xml");
    byte[] to = utf8("xl/worksheets/sheet1.xml");
    int replaced = 0;
    for (int i = 0; i + from.length <= zip.length; i++) {
      if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
        System.arraycopy(to, 0, zip, i, to.length);
        replaced++;
      }
    }
    if (replaced != 2) {
      throw new IllegalStateException("expected the name twice, found " + replaced);
    }
    return zip;
  }

  private static Map<String, byte[]> billionLaughs(Map<String, byte[]> parts) {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    dtd.append("]>\n");
    String sst = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
    sst = sst.replaceFirst("<sst", dtd + "<sst").replaceFirst("<t>", "<t>&lol9;");
    Map<String, byte[]> out = new LinkedHashMap<>(parts);
    out.put("xl/sharedStrings.xml", utf8(sst));
    return out;
  }

  private static Map<String, byte[]> externalEntity(Map<String, byte[]> parts) {
    String wb = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
    wb = wb.replaceFirst("<workbook", "<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<workbook")
        .replaceFirst("name=\"", "name=\"&xxe;");
    Map<String, byte[]> out = new LinkedHashMap<>(parts);
    out.put("xl/workbook.xml", utf8(wb));
    return out;
  }

  private static Map<String, byte[]> xlsb() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName="
        + "\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>"));
    out.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"xl/workbook.bin\"/></Relationships>"));
    out.put("xl/workbook.bin", new byte[] {(byte) 0x83, 0x01, 0x00, (byte) 0x80, 0x01, 0x00});
    return out;
  }
}
