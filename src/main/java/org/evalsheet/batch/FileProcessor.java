package org.evalsheet.batch;

import java.nio.file.Path;
import org.evalsheet.score.FileResult;

/** Turns one input file into its result (处理单个文件): read, validate, score and write its filled copy. */
@FunctionalInterface
public interface FileProcessor {

  /**
   * Processes one file. Never throws for bad input: an unreadable file comes back rejected with its reason.
   *
   * @param file the input, which must not be modified
   * @param name the name shown to users (the path relative to the inbox)
   */
  FileResult process(Path file, String name);
}
