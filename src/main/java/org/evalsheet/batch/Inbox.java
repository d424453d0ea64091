package org.evalsheet.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evalsheet.model.IoReason;
import org.evalsheet.score.FileResult;

/**
 * The folder the departments' files are dropped into (收件文件夹): lists every regular file in it, read-only, and
 * decides by name alone which ones are submissions to read, which are rejected and which are ignored.
 */
public final class Inbox {

  /** Extensions read as workbooks; what they hold is checked when they are opened. */
  private static final Set<String> CANDIDATES = Set.of("xlsx", "xlsm", "xls");

  /** What a department sends instead of a workbook: a document, a PDF, a picture, a text export. */
  private static final Map<String, String> NOT_WORKBOOKS = kinds(
      "Word 文档", "doc docx docm dot dotx rtf odt",
      "WPS 文字文档", "wps wpt",
      "WPS 表格文件", "et ett",
      "PDF 文件", "pdf",
      "OFD 电子文件", "ofd",
      "CSV 文本文件", "csv tsv",
      "演示文稿", "ppt pptx dps odp",
      "图片", "jpg jpeg png gif bmp tif tiff heic webp",
      "网页文件", "htm html mht mhtml");

  /** Spreadsheets in formats this tool does not read: reported so the clerk can ask for an .xlsx. */
  private static final Map<String, String> OTHER_SPREADSHEETS = kinds(
      "OpenDocument 表格", "ods fods",
      "苹果 Numbers 表格", "numbers",
      "Excel 二进制工作簿", "xlsb",
      "Excel 模板文件", "xltx xltm xlt");

  /** Archives: the clerk unpacks them into the inbox. */
  private static final Set<String> ARCHIVES = Set.of("zip", "rar", "7z", "gz", "tar");

  /** The reason a file that is no Excel workbook is returned with; the kind of file is said before it. */
  static final String NOT_A_WORKBOOK = "不是 Excel 工作簿，请另存为 .xlsx 后重新报送";

  /** Names of files still being written or downloaded. */
  private static final Set<String> TEMP_EXTENSIONS =
      Set.of("tmp", "temp", "part", "partial", "crdownload", "download", "swp");

  static final String NOT_A_SUBMISSION = "不是报送的文件（既不是工作簿，也不是文档、图片或压缩包）";
  static final String LOCK_FILE = "Excel 或 WPS 打开文件时生成的临时锁定文件";
  static final String HIDDEN_FILE = "隐藏文件";
  static final String HIDDEN_FOLDER = "位于隐藏文件夹中";
  static final String TEMP_FILE = "临时文件或尚未下载、复制完成的文件";

  private final Path root;
  private final List<InboxFile> files;
  private final List<FileResult> unreadable;

  private Inbox(Path root, List<InboxFile> files, List<FileResult> unreadable) {
    this.root = root;
    this.files = List.copyOf(files);
    this.unreadable = List.copyOf(unreadable);
  }

  /**
   * Lists every regular file under {@code root}, subfolders included, sorted by relative name. Symbolic links to
   * folders are not followed. Subfolders or files that cannot be listed become rejected results instead.
   *
   * @throws InboxUnreadableException when {@code root} is missing, not a folder or cannot be listed
   */
  public static Inbox scan(Path root) throws InboxUnreadableException {
    Path abs = root.toAbsolutePath().normalize();
    if (!Files.exists(abs)) {
      throw new InboxUnreadableException(root, "文件夹不存在", null);
    }
    if (!Files.isDirectory(abs)) {
      throw new InboxUnreadableException(root, "这不是一个文件夹", null);
    }
    List<InboxFile> files = new ArrayList<>();
    List<FileResult> unreadable = new ArrayList<>();
    try {
      Files.walkFileTree(abs, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          BasicFileAttributes a = attrs;
          if (a.isSymbolicLink()) {
            try {
              a = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
              return FileVisitResult.CONTINUE; // a dangling link is nothing to read
            }
          }
          if (a.isRegularFile()) {
            files.add(new InboxFile(name(abs.relativize(file)), file, modified(a)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (file.equals(abs)) {
            throw e;
          }
          if (!(e instanceof NoSuchFileException)) { // vanished while listing: nothing to report
            unreadable.add(FileResult.rejected(name(abs.relativize(file)), "无法读取：" + IoReason.of(e)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new InboxUnreadableException(root, IoReason.of(e), e);
    }
    files.sort(Comparator.comparing(InboxFile::name));
    return new Inbox(abs, files, unreadable);
  }

  /** The inbox folder, absolute. */
  public Path root() {
    return root;
  }

  /** Every regular file found, sorted by relative name. */
  public List<InboxFile> files() {
    return files;
  }

  /** Subfolders and files that could not be listed or examined, each as a rejected result. */
  public List<FileResult> unreadable() {
    return unreadable;
  }

  /**
   * Decides by name alone what becomes of a file: empty for a workbook to read (.xlsx, .xlsm, .xls), otherwise
   * its final result — rejected with a Chinese reason for what a department sends instead of a workbook (a .docx,
   * .pdf, .wps, .et, .csv, a picture: {@value #NOT_A_WORKBOOK}), for spreadsheets in formats that are not read
   * (.ods, .numbers, .xlsb, templates) and for archives; ignored for lock, hidden and temporary files and files of
   * no such kind.
   *
   * @param rel the path relative to the inbox
   */
  public static Optional<FileResult> classify(Path rel) {
    String name = name(rel);
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      if (rel.getName(i).toString().startsWith(".")) {
        return Optional.of(FileResult.ignored(name, HIDDEN_FOLDER));
      }
    }
    String file = rel.getFileName().toString();
    if (file.startsWith("~$")) {
      return Optional.of(FileResult.ignored(name, LOCK_FILE));
    }
    if (file.startsWith(".")) {
      return Optional.of(FileResult.ignored(name, HIDDEN_FILE));
    }
    String ext = extension(file);
    if (TEMP_EXTENSIONS.contains(ext) || file.endsWith("#") || file.endsWith("~")) {
      return Optional.of(FileResult.ignored(name, TEMP_FILE));
    }
    if (CANDIDATES.contains(ext)) {
      return Optional.empty();
    }
    String kind = NOT_WORKBOOKS.get(ext);
    if (kind != null) {
      return Optional.of(FileResult.rejected(name, kind + "（." + ext + "）" + NOT_A_WORKBOOK));
    }
    kind = OTHER_SPREADSHEETS.get(ext);
    if (kind != null) {
      return Optional.of(FileResult.rejected(name, kind + "（." + ext + "）本工具无法读取，请另存为 .xlsx 后重新报送"));
    }
    if (ARCHIVES.contains(ext)) {
      return Optional.of(FileResult.rejected(name, "压缩包（." + ext + "），请解压后把其中的 Excel 工作簿放入收件文件夹"));
    }
    return Optional.of(FileResult.ignored(name, NOT_A_SUBMISSION));
  }

  /** The name shown to users: the relative path with {@code /} separators on every system. */
  public static String name(Path rel) {
    StringBuilder sb = new StringBuilder();
    for (Path part : rel) {
      sb.append(sb.length() == 0 ? "" : "/").append(part);
    }
    return sb.toString();
  }

  /** {@code kind, "ext ext …"} pairs as extension → kind. */
  private static Map<String, String> kinds(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      for (String ext : pairs[i + 1].split(" ")) {
        m.put(ext, pairs[i]);
      }
    }
    return Map.copyOf(m);
  }

  private static String extension(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static FileTime modified(BasicFileAttributes a) {
    FileTime t = a.lastModifiedTime();
    return t != null ? t : FileTime.fromMillis(0);
  }
}
