package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
    BatchFixtures.write(dir, "锁住/a.xlsx", "a");
    BatchFixtures.write(dir, "b.xlsx", "b");
    Path locked = dir.resolve("锁住");
    try {
      Files.setPosixFilePermissions(locked, Set.of());
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions on this file system");
    }
    try {
      List<String> seen = scanWithoutReadingPrivileges(locked);
      assertThat(seen).containsExactly("file b.xlsx", "unreadable 锁住|REJECTED|无法读取：没有权限");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /**
   * Scans the inbox of {@code locked} in a JVM of its own, one line per listed file and per unreadable entry (as
   * {@link Scan} prints them). Root reads a folder whatever its mode (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), and CI
   * runs as root: there the child is started by setpriv without those two capabilities, so the folder is as
   * unreadable to it as to a clerk's account.
   */
  private static List<String> scanWithoutReadingPrivileges(Path locked) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    if (Files.isReadable(locked)) { // this process reads every folder: drop the capabilities that let it
      Path setpriv = Path.of("/usr/bin/setpriv");
      Assumptions.assumeTrue(Files.isExecutable(setpriv),
          "this process reads folders whatever their mode (root) and /usr/bin/setpriv is missing to drop that");
      command.addAll(List.of(setpriv.toString(), "--bounding-set=-dac_override,-dac_read_search"));
    }
    command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), Scan.class.getName(),
        locked.getParent().toString()));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("the scan said: %s", said).isZero();
    return said.lines().toList();
  }

  /** Run in a child JVM: scans the folder given and prints what the inbox holds. */
  static final class Scan {
    public static void main(String[] args) throws Exception {
      PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
      Inbox inbox = Inbox.scan(Path.of(args[0]));
      inbox.files().forEach(f -> out.println("file " + f.name()));
      inbox.unreadable().forEach(r -> out.println("unreadable " + r.file() + "|" + r.status() + "|" + r.reason()));
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
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no symbolic links on this file system");
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
