package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InboxTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "~$自评表.xlsx          | Excel 或 WPS 打开文件时生成的临时锁定文件",
    "子目录/~$自评表.xls     | Excel 或 WPS 打开文件时生成的临时锁定文件",
    ".DS_Store             | 隐藏文件",
    ".~lock.自评表.xlsx#    | 隐藏文件",
    "._自评表.xlsx          | 隐藏文件",
    ".git/config           | 位于隐藏文件夹中",
    "a/.hidden/自评表.xlsx  | 位于隐藏文件夹中",
    "自评表.xlsx.tmp        | 临时文件或尚未下载、复制完成的文件",
    "~WRL0001.tmp          | 临时文件或尚未下载、复制完成的文件",
    "自评表.xlsx.part       | 临时文件或尚未下载、复制完成的文件",
    "自评表.xlsx.crdownload | 临时文件或尚未下载、复制完成的文件",
    "说明.txt              | 不是报送的文件（既不是工作簿，也不是文档、图片或压缩包）",
    "Thumbs.db             | 不是报送的文件（既不是工作簿，也不是文档、图片或压缩包）",
    "没有扩展名             | 不是报送的文件（既不是工作簿，也不是文档、图片或压缩包）",
  })
  void lockHiddenTempAndOtherFilesAreIgnored(String rel, String reason) {
    Optional<FileResult> r = Inbox.classify(Path.of(rel));
    assertThat(r).isPresent();
    assertThat(r.get().status()).isEqualTo(Status.IGNORED);
    assertThat(r.get().reason()).isEqualTo(reason);
    assertThat(r.get().file()).isEqualTo(rel);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "报告.docx        | Word 文档（.docx）",
    "说明.doc         | Word 文档（.doc）",
    "自评表.PDF       | PDF 文件（.pdf）",
    "自评表.wps       | WPS 文字文档（.wps）",
    "表.et            | WPS 表格文件（.et）",
    "表.ETT           | WPS 表格文件（.ett）",
    "导出.csv         | CSV 文本文件（.csv）",
    "表.tsv           | CSV 文本文件（.tsv）",
    "扫描件.jpg       | 图片（.jpg）",
    "截图.PNG         | 图片（.png）",
  })
  void whatADepartmentSendsInsteadOfAWorkbookIsRejectedAsNotAWorkbook(String rel, String kind) {
    FileResult r = Inbox.classify(Path.of(rel)).orElseThrow();
    assertThat(r.status()).isEqualTo(Status.REJECTED);
    assertThat(r.reason()).isEqualTo(kind + "不是 Excel 工作簿，请另存为 .xlsx 后重新报送");
  }

  @ParameterizedTest
  @ValueSource(strings = {"表.ods", "表.numbers", "表.xlsb", "模板.xltx"})
  void spreadsheetsInOtherFormatsAreRejectedWithSaveAsAdvice(String rel) {
    FileResult r = Inbox.classify(Path.of(rel)).orElseThrow();
    assertThat(r.status()).isEqualTo(Status.REJECTED);
    assertThat(r.reason()).contains("另存为 .xlsx").contains("无法读取");
  }

  @Test
  void anArchiveIsRejectedWithAdviceToUnpackIt() {
    FileResult r = Inbox.classify(Path.of("材料.zip")).orElseThrow();
    assertThat(r.status()).isEqualTo(Status.REJECTED);
    assertThat(r.reason()).contains("压缩包（.zip）").contains("解压");
  }

  @ParameterizedTest
  @ValueSource(strings = {"自评表.xlsx", "自评表.XLSX", "宏.xlsm", "旧版.xls", "子目录/深/自评表.xlsx", "~自评表.xlsx"})
  void workbooksAreCandidatesWhateverTheirCase(String rel) {
    assertThat(Inbox.classify(Path.of(rel))).isEmpty();
  }

  @Test
  void scanListsEveryFileInSubfoldersSortedWithSlashNames() throws Exception {
    BatchFixtures.write(dir, "b.xlsx", "b");
    BatchFixtures.write(dir, "a/z.xlsx", "z");
    BatchFixtures.write(dir, "a/b/c.xls", "c");
    BatchFixtures.write(dir, "~$b.xlsx", "");
    BatchFixtures.write(dir, ".hidden/x.xlsx", "x");
    Files.createDirectories(dir.resolve("empty"));

    Inbox inbox = Inbox.scan(dir);

    assertThat(inbox.files()).extracting(InboxFile::name)
        .containsExactly(".hidden/x.xlsx", "a/b/c.xls", "a/z.xlsx", "b.xlsx", "~$b.xlsx");
    assertThat(inbox.files().get(1).path()).isEqualTo(dir.resolve("a/b/c.xls").toAbsolutePath());
    assertThat(inbox.unreadable()).isEmpty();
  }

  @Test
  void unreadableSubfolderBecomesARejectedEntry() throws Exception {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
    BatchFixtures.write(dir, "锁住/a.xlsx", "a");
    BatchFixtures.write(dir, "b.xlsx", "b");
    Path locked = dir.resolve("锁住");
    try {
      Files.setPosixFilePermissions(locked, java.util.Set.of());
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions here");
    }
    try {
      Inbox inbox = Inbox.scan(dir);
      assertThat(inbox.files()).extracting(InboxFile::name).containsExactly("b.xlsx");
      assertThat(inbox.unreadable()).singleElement().satisfies(r -> {
        assertThat(r.file()).isEqualTo("锁住");
        assertThat(r.status()).isEqualTo(Status.REJECTED);
        assertThat(r.reason()).isEqualTo("无法读取：没有读取权限");
      });
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void symbolicLinkToAFileIsListedAndToAFolderIsNotFollowed() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("外部"));
    BatchFixtures.write(outside, "x.xlsx", "x");
    Path in = Files.createDirectories(dir.resolve("收件"));
    try {
      Files.createSymbolicLink(in.resolve("链接.xlsx"), outside.resolve("x.xlsx"));
      Files.createSymbolicLink(in.resolve("链接目录"), outside);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      Assumptions.abort("no symbolic links here");
    }
    assertThat(Inbox.scan(in).files()).extracting(InboxFile::name).containsExactly("链接.xlsx");
  }

  @Test
  void missingInboxIsUnreadable() {
    assertThatThrownBy(() -> Inbox.scan(dir.resolve("没有这个文件夹")))
        .isInstanceOf(InboxUnreadableException.class)
        .hasMessageContaining("文件夹不存在");
  }

  @Test
  void fileGivenAsInboxIsUnreadable() {
    Path file = BatchFixtures.write(dir, "a.xlsx", "a");
    assertThatThrownBy(() -> Inbox.scan(file))
        .isInstanceOf(InboxUnreadableException.class)
        .hasMessageContaining("不是一个文件夹");
  }
}
