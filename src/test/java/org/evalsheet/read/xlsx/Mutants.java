package org.evalsheet.read.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/** Random damage to a real workbook's bytes (损坏的文件), the same for the opener's and the reader's tests. */
final class Mutants {

  private Mutants() {}

  /** One of: a few byte flips, a truncation, a zeroed block, or a flip plus a truncation. */
  static byte[] mutate(byte[] real, Random random) {
    byte[] b = real.clone();
    switch (random.nextInt(4)) {
      case 0 -> flip(b, random, 1 + random.nextInt(8));
      case 1 -> b = Arrays.copyOf(b, 1 + random.nextInt(b.length - 1));
      case 2 -> {
        int from = random.nextInt(b.length);
        Arrays.fill(b, from, Math.min(b.length, from + 1 + random.nextInt(256)), (byte) 0);
      }
      default -> {
        flip(b, random, 1 + random.nextInt(4));
        b = Arrays.copyOf(b, b.length / 2 + random.nextInt(b.length / 2));
      }
    }
    return b;
  }

  /** The whole file, for mutating. */
  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flip(byte[] b, Random random, int count) {
    for (int k = 0; k < count; k++) {
      b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
    }
  }
}
