package org.evalsheet.batch;

import java.nio.file.Path;
import org.evalsheet.model.EvalsheetException;

/** Another evalsheet already works on the output folder (输出目录被占用); the command line exits with code 2. */
public final class LockHeldException extends EvalsheetException {
  private static final long serialVersionUID = 1L;

  private final transient Path outDir;

  LockHeldException(Path outDir, Throwable cause) {
    super("另一个 evalsheet 正在使用输出目录 " + outDir, cause);
    this.outDir = outDir;
  }

  /** The output folder that is in use. */
  public Path outDir() {
    return outDir;
  }
}
