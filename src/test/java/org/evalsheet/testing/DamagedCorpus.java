package org.evalsheet.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Damaged copies of a good workbook (损坏的副本), as mail clients, disks and careless tools damage them: XML-level
 * damage to one part of the package (truncated, garbage inserted or appended, characters flipped, a row number or a
 * column beyond Excel's range, a merged region that ends before it starts, a part missing), zip-level byte damage,
 * and truncation. Deterministic for a seed.
 */
public final class DamagedCorpus {
  private DamagedCorpus() {}

  /** {@code count} damaged copies of {@code good} (an .xlsx's bytes), a third of each kind. */
  public static List<byte[]> of(byte[] good, int count, long seed) {
    Random random = new Random(seed);
    Map<String, byte[]> parts = unzip(good);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(switch (i % 3) {
        case 0 -> xmlDamage(parts, random);
        case 1 -> bytesDamage(good, random);
        default -> Arrays.copyOf(good, 1 + random.nextInt(good.length - 1));
      });
    }
    return out;
  }

  /** Writes the copies as {@code damaged-NNN.xlsx} into {@code dir}; returns the files. */
  public static List<Path> write(Path dir, byte[] good, int count, long seed) {
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      List<byte[]> copies = of(good, count, seed);
      for (int i = 0; i < copies.size(); i++) {
        files.add(Files.write(dir.resolve(String.format("damaged-%03d.xlsx", i)), copies.get(i)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static byte[] xmlDamage(Map<String, byte[]> parts, Random random) {
    Map<String, byte[]> copy = new LinkedHashMap<>(parts);
    List<String> names = new ArrayList<>(copy.keySet());
    String name = names.get(random.nextInt(names.size()));
    String xml = new String(copy.get(name), StandardCharsets.UTF_8);
    int kind = random.nextInt(9);
    String sheet = names.stream().filter(n -> n.startsWith("xl/worksheets/sheet")).findFirst().orElse(name);
    switch (kind) {
      case 0 -> copy.put(name, cut(xml, random).getBytes(StandardCharsets.UTF_8));
      case 1 -> copy.put(name, insert(xml, random, "<<&garbage\u0000>").getBytes(StandardCharsets.UTF_8));
      case 2 -> copy.put(name, (xml + "trailing garbage \uFFFD<x").getBytes(StandardCharsets.UTF_8));
      case 3 -> copy.put(name, flip(xml, random).getBytes(StandardCharsets.UTF_8));
      case 4 -> copy.put(sheet, replaceFirstRow(copy.get(sheet), "2147483648"));
      case 5 -> copy.put(sheet, replaceFirstRow(copy.get(sheet), String.valueOf(1_048_577 + random.nextInt(1000))));
      case 6 -> copy.put(sheet, new String(copy.get(sheet), StandardCharsets.UTF_8)
          .replaceFirst("ref=\"[A-Z]+[0-9]+:[A-Z]+[0-9]+\"", "ref=\"K9:A2\"").getBytes(StandardCharsets.UTF_8));
      case 7 -> copy.put(sheet, new String(copy.get(sheet), StandardCharsets.UTF_8)
          .replaceFirst("<c r=\"[A-Z]+([0-9]+)\"", "<c r=\"XFE$1\"").getBytes(StandardCharsets.UTF_8));
      default -> copy.remove(name);
    }
    return zip(copy);
  }

  private static byte[] replaceFirstRow(byte[] sheet, String number) {
    return new String(sheet, StandardCharsets.UTF_8).replaceFirst("<row r=\"[0-9]+\"", "<row r=\"" + number + "\"")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String cut(String s, Random random) {
    return s.substring(0, s.isEmpty() ? 0 : random.nextInt(s.length()));
  }

  private static String insert(String s, Random random, String what) {
    int at = s.isEmpty() ? 0 : random.nextInt(s.length());
    return s.substring(0, at) + what + s.substring(at);
  }

  private static String flip(String s, Random random) {
    char[] c = s.toCharArray();
    for (int k = 0; k < 1 + random.nextInt(6) && c.length > 0; k++) {
      String junk = "<>&\"'=/ \u0000x";
      c[random.nextInt(c.length)] = junk.charAt(random.nextInt(junk.length()));
    }
    return new String(c);
  }

  private static byte[] bytesDamage(byte[] good, Random random) {
    byte[] b = good.clone();
    for (int k = 0; k < 1 + random.nextInt(16); k++) {
      b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
    }
    return b;
  }

  /** The entries of a zip, in order. */
  public static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A zip of the entries, in order. */
  public static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
