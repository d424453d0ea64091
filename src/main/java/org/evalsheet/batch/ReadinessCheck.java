package org.evalsheet.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a file in the inbox may be read yet (就绪检查): whether it opens and, for a zip workbook, is complete.
 * Which names are never read is {@link Inbox#classify}'s decision, the same as in a batch.
 */
final class ReadinessCheck {

  private static final int EOCD_SIZE = 22;
  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int LOCAL_HEADER_SIGNATURE = 0x04034b50;
  private static final int MAX_COMMENT = 0xFFFF;

  private ReadinessCheck() {}

  /**
   * Whether the file opens for reading and looks complete: a file starting like a zip (xlsx, xlsm…) must end with
   * a zip end-of-central-directory record, which a writer puts there last. Other files only need to open.
   */
  public static boolean looksComplete(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < 4) {
        return true;
      }
      ByteBuffer head = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      readFully(ch, head, 0);
      if (head.getInt(0) != LOCAL_HEADER_SIGNATURE) {
        return true;
      }
      return hasEndOfCentralDirectory(ch, size);
    } catch (IOException e) {
      // Windows refuses to open a file still being copied: not ready yet.
      return false;
    }
  }

  static boolean hasEndOfCentralDirectory(FileChannel ch, long size) throws IOException {
    if (size < EOCD_SIZE) {
      return false;
    }
    int tail = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
    ByteBuffer buf = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
    readFully(ch, buf, size - tail);
    // The record sits at the very end, followed only by its own comment; a signature elsewhere is just data.
    for (int p = tail - EOCD_SIZE; p >= 0; p--) {
      if (buf.getInt(p) == EOCD_SIGNATURE) {
        int commentLength = Short.toUnsignedInt(buf.getShort(p + 20));
        if (p + EOCD_SIZE + commentLength == tail) {
          return true;
        }
      }
    }
    return false;
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
    long pos = position;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, pos);
      if (n < 0) {
        throw new IOException("文件在读取时变短");
      }
      pos += n;
    }
  }


}
