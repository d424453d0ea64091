package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.evalsheet.read.xlsx.InputSniffer.Kind;
import org.junit.jupiter.api.Test;

class InputSnifferTest {

  @Test
  void excelWebPageIsHtmlEvenThoughItNamesExcelSheet() {
    String page = "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head>"
        + "<meta name=ProgId content=Excel.Sheet></head><body><table></table></body></html>";
    assertThat(InputSniffer.classify(utf8(page))).isEqualTo(Kind.HTML);
  }

  @Test
  void htmlAfterByteOrderMarkAndBlankLinesIsHtml() {
    assertThat(InputSniffer.classify(utf8("\uFEFF\r\n\r\n  <TABLE border=1><tr><td>1</td></tr></TABLE>")))
        .isEqualTo(Kind.HTML);
  }

  @Test
  void gbkCsvIsText() throws Exception {
    assertThat(InputSniffer.classify("单位,得分\r\n财政局,98.4\r\n".getBytes("GBK"))).isEqualTo(Kind.TEXT);
  }

  @Test
  void controlBytesAreNotText() {
    assertThat(InputSniffer.classify(new byte[] {'a', 'b', 0, 1, 2})).isEqualTo(Kind.UNKNOWN);
  }

  @Test
  void zipAndOle2AreKnownByTheirMagic() {
    assertThat(InputSniffer.classify(new byte[] {'P', 'K', 3, 4, 20})).isEqualTo(Kind.ZIP);
    assertThat(InputSniffer.classify(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
        (byte) 0xB1, 0x1A, (byte) 0xE1, 0})).isEqualTo(Kind.OLE2);
  }

  @Test
  void doctypeAfterCommentsAndDeclarationIsFound() {
    String xml = "\uFEFF<?xml version=\"1.0\"?>\n<!-- <sst> in a comment -->\n<!DOCTYPE sst []><sst/>";
    assertThat(ZipInspector.scanProlog(utf8(xml), true)).isTrue();
  }

  @Test
  void ordinaryPartHasNoDoctype() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst count=\"1\"><si><t>"
        + "<!DOCTYPE is only text here</t></si></sst>";
    assertThat(ZipInspector.scanProlog(utf8(xml), true)).isFalse();
  }

  @Test
  void doctypeCutByTheChunkEdgeAsksForMore() {
    assertThat(ZipInspector.scanProlog(utf8("<?xml version=\"1.0\"?><!DOC"), false)).isNull();
    assertThat(ZipInspector.scanProlog(utf8("<?xml version=\"1.0\"?><!-- long"), false)).isNull();
  }

  @Test
  void utf16PartIsScannedToo() {
    byte[] xml = "\uFEFF<!DOCTYPE a><a/>".getBytes(StandardCharsets.UTF_16LE);
    assertThat(ZipInspector.scanProlog(xml, true)).isTrue();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
