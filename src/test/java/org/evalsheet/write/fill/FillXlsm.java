package org.evalsheet.write.fill;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/** Turns a test .xlsx into a macro-enabled .xlsm (启用宏的工作簿) with a stand-in VBA project, and reads it back. */
final class FillXlsm {
  private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
  private static final String VBA = "application/vnd.ms-office.vbaProject";
  private static final String VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";

  private FillXlsm() {}

  static Path withMacros(Path xlsx, Path xlsm) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
      PackagePart workbook = pkg.getPartsByContentType(WORKBOOK).get(0);
      pkg.replaceContentType(WORKBOOK, MACRO_WORKBOOK);
      PackagePartName name = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
      PackagePart vba = pkg.createPart(name, VBA);
      try (OutputStream out = vba.getOutputStream()) {
        out.write("Attribute VB_Name = \"Module1\"".getBytes(StandardCharsets.US_ASCII));
      }
      workbook.addRelationship(name, TargetMode.INTERNAL, VBA_REL);
      try (OutputStream out = Files.newOutputStream(xlsm)) {
        pkg.save(out);
      }
    }
    return xlsm;
  }

  static byte[] vbaProject(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry e = zip.getEntry("xl/vbaProject.bin");
      return e == null ? new byte[0] : zip.getInputStream(e).readAllBytes();
    }
  }

  static String mainContentType(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String types = new String(zip.getInputStream(zip.getEntry("[Content_Types].xml")).readAllBytes(),
          StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("ContentType=\"([^\"]+)\" PartName=\"/xl/workbook.xml\"").matcher(types);
      return m.find() ? m.group(1) : types;
    }
  }
}
