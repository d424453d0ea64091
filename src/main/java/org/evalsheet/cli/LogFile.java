package org.evalsheet.cli;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The run's log (运行日志): for the length of one command, {@code System.err} (where SLF4J's simple logger writes, and
 * where POI and the XML parser report what they meet) goes to a log file instead of the console, and with
 * {@code --verbose} to the console as well. The clerk's console then shows evalsheet's own lines only, which the
 * command line prints through the writer it was given, never through {@code System.err}.
 *
 * <p>The file is appended to, one header line per run; a file above {@link #ROTATE_BYTES} is moved to
 * {@code NAME.1} first, so a watcher that runs for months keeps two files at most.
 */
final class LogFile implements AutoCloseable {
  static final long ROTATE_BYTES = 10L << 20;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final PrintStream previous;
  private final Lines lines;
  private final Path file;

  private LogFile(PrintStream previous, Lines lines, Path file) {
    this.previous = previous;
    this.lines = lines;
    this.file = file;
  }

  /**
   * Points {@code System.err} at the log until {@link #close()}.
   *
   * @param file the log file, or null to keep no file (validate and fill without {@code --log})
   * @param console where a copy of every line goes with {@code --verbose}, or null
   * @param header the first line of this run ({@code evalsheet 0.2.0 batch 收件箱 --out 结果})
   * @throws UsageException when the file cannot be opened for writing
   */
  static LogFile open(Path file, PrintWriter console, String header) {
    Writer writer = null;
    if (file != null) {
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        if (Files.isRegularFile(file) && Files.size(file) > ROTATE_BYTES) {
          Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND, StandardOpenOption.WRITE));
      } catch (IOException | RuntimeException e) {
        throw new UsageException("无法写日志文件 " + file + "：" + e.getMessage());
      }
    }
    Lines lines = new Lines(writer, console);
    lines.line("==== " + TIME.format(LocalDateTime.now()) + " " + header);
    PrintStream previous = System.err;
    System.setErr(new PrintStream(lines, true, StandardCharsets.UTF_8));
    return new LogFile(previous, lines, file);
  }

  /** The log file, or null when the run keeps none. */
  Path file() {
    return file;
  }

  @Override
  public void close() {
    System.err.flush();
    System.setErr(previous);
    lines.close();
  }

  /** Bytes written to the stream, cut into lines, each written to the file and (verbose) the console. */
  private static final class Lines extends OutputStream {
    private final Writer file;
    private final PrintWriter console;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean failed;

    Lines(Writer file, PrintWriter console) {
      this.file = file;
      this.console = console;
    }

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        line(pending.toString(StandardCharsets.UTF_8));
        pending.reset();
      } else if (b != '\r') {
        pending.write(b);
      }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }

    synchronized void line(String text) {
      if (file != null && !failed) {
        try {
          file.write(text);
          file.write('\n');
          file.flush();
        } catch (IOException e) {
          // A full disk must not stop the round: the log is lost, the outputs are not.
          failed = true;
        }
      }
      if (console != null) {
        console.println(text);
        console.flush();
      }
    }

    @Override
    public synchronized void close() {
      if (pending.size() > 0) {
        line(pending.toString(StandardCharsets.UTF_8));
        pending.reset();
      }
      if (file != null) {
        try {
          file.close();
        } catch (IOException e) {
          failed = true;
        }
      }
    }
  }
}
