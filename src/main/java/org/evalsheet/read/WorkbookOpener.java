package org.evalsheet.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.evalsheet.model.UnreadableFileException;

/**
 * Opens an untrusted file as a POI workbook, read-only, or says in Chinese why it cannot (打开工作簿).
 * POI's zip-bomb and XML entity protections stay on.
 */
public final class WorkbookOpener {
  private WorkbookOpener() {}

  /** Opens {@code file} read-only; the caller closes the workbook. */
  public static Workbook open(Path file, ReadLimits limits) throws UnreadableFileException {
    try {
      if (Files.size(file) > limits.maxFileBytes()) {
        throw new UnreadableFileException(file, "文件过大");
      }
      return WorkbookFactory.create(file.toFile(), null, true);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(file, "文件已损坏或不是 Excel 工作簿", e);
    }
  }
}
