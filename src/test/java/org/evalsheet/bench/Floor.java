package org.evalsheet.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The floor (下限) of issue 5: for each workbook, unzip every entry, run a secure namespace-aware SAX parser over
 * every XML part and write one copy of the file, re-zipped entry by entry, on a fixed pool. JDK only: no reader of
 * ours can read and write a workbook faster than this.
 *
 * <p>Usage: {@code java -cp CLASSES org.evalsheet.bench.Floor [--threads N] --out DIR INPUT...}
 */
public final class Floor {

  private static final AtomicLong ELEMENTS = new AtomicLong();

  private static final ThreadLocal<SAXParser> PARSER = ThreadLocal.withInitial(() -> {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newSAXParser();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  });

  private Floor() {}

  public static void main(String[] args) throws Exception {
    FileSweep.Args a = FileSweep.Args.parse(args);
    FileSweep.Result r = FileSweep.run(a, Floor::copy, System.err);
    System.out.println(r.line("floor", a.threads()) + " xml-elements=" + ELEMENTS.get());
    System.exit(r.failed() == 0 ? 0 : 1);
  }

  /** Reads every entry, SAX-parses the XML ones and writes the entries to a new zip. */
  static void copy(Path in, Path out) throws Exception {
    SAXParser parser = PARSER.get();
    Counter counter = new Counter();
    try (ZipFile zip = new ZipFile(in.toFile());
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        ZipOutputStream zos = new ZipOutputStream(os)) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        byte[] data;
        try (var is = zip.getInputStream(entry)) {
          data = is.readAllBytes();
        }
        String name = entry.getName();
        if (name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml")) {
          parser.reset();
          parser.parse(new ByteArrayInputStream(data), counter);
        }
        zos.putNextEntry(new ZipEntry(name));
        zos.write(data);
        zos.closeEntry();
      }
    }
    ELEMENTS.addAndGet(counter.elements);
  }

  /** Counts elements so the parse has an observable result. */
  private static final class Counter extends DefaultHandler {
    long elements;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      elements++;
    }
  }
}
