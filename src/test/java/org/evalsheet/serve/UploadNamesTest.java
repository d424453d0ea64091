package org.evalsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a browser says a file is called is shown, never used as a path (上传文件名). */
class UploadNamesTest {

  @Test
  void onlyTheLastSegmentIsKept() {
    assertThat(UploadNames.safe("../../etc/passwd")).isEqualTo("passwd");
    assertThat(UploadNames.safe("C:\\Users\\财务\\自评表.xlsx")).isEqualTo("自评表.xlsx");
    assertThat(UploadNames.safe("..")).isEqualTo(UploadNames.FALLBACK);
    assertThat(UploadNames.safe("")).isEqualTo(UploadNames.FALLBACK);
    assertThat(UploadNames.safe(null)).isEqualTo(UploadNames.FALLBACK);
  }

  @Test
  void forbiddenAndControlCharactersGo() {
    assertThat(UploadNames.safe("a<b>c:d\"e|f?g*h\u0000\u202e.xlsx")).isEqualTo("abcdefgh.xlsx");
    assertThat(UploadNames.safe(".hidden.xlsx")).isEqualTo("hidden.xlsx");
    assertThat(UploadNames.safe("~$锁定.xlsx")).isEqualTo("~$锁定.xlsx");
  }

  @Test
  void longNamesKeepTheirExtension() {
    String name = UploadNames.safe("长".repeat(300) + ".xlsx");
    assertThat(name).hasSize(120).endsWith(".xlsx");
    assertThat(UploadNames.extension("a.XLSX")).isEqualTo(".xlsx");
    assertThat(UploadNames.extension("a.x/y")).isEmpty();
  }
}
