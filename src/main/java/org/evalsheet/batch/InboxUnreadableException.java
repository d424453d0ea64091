package org.evalsheet.batch;

import java.nio.file.Path;
import org.evalsheet.model.EvalsheetException;

/** The inbox folder itself cannot be read (收件文件夹无法读取): missing, not a folder or not permitted; exit code 3. */
public final class InboxUnreadableException extends EvalsheetException {
  private static final long serialVersionUID = 1L;

  private final transient Path inbox;

  public InboxUnreadableException(Path inbox, String reason, Throwable cause) {
    super("无法读取收件文件夹 " + inbox + "：" + reason, cause);
    this.inbox = inbox;
  }

  /** The folder that could not be read. */
  public Path inbox() {
    return inbox;
  }
}
