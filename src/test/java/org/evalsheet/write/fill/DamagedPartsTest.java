package org.evalsheet.write.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.read.xlsx.OptionalParts;
import org.evalsheet.score.Assessor;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.DamagedCorpus;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.write.fill.FilledCopyWriter.Route;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damage Excel repairs on its own (可修复的损坏): a damaged or missing document-properties part, theme, printer
 * settings or calculation chain is read past with a {@code PART_IGNORED} info, and the filled copy leaves it out
 * with its relationships and content types, so that POI (and openpyxl, where installed) open the copy.
 */
class DamagedPartsTest {
  @TempDir Path dir;

  /** An openpyxl workbook (with a theme) plus a calculation chain and a sheet pointing at printer settings. */
  private static Map<String, byte[]> base() throws Exception {
    Path fixture = ProjectFiles.root().resolve("src/test/resources/layouts/openpyxl/outline-scored.xlsx");
    Map<String, byte[]> parts = new LinkedHashMap<>(DamagedCorpus.unzip(Files.readAllBytes(fixture)));
    parts.put("xl/calcChain.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><calcChain xmlns=\""
        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><c r=\"J25\" i=\"1\"/></calcChain>")
        .getBytes(StandardCharsets.UTF_8));
    edit(parts, "xl/_rels/workbook.xml.rels", x -> x.replace("</Relationships>", "<Relationship Id=\"rIdCalc\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain\" "
        + "Target=\"calcChain.xml\"/></Relationships>"));
    edit(parts, "[Content_Types].xml", x -> x.replace("</Types>", "<Override PartName=\"/xl/calcChain.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml\"/></Types>"));
    return parts;
  }

  private static void edit(Map<String, byte[]> parts, String name, java.util.function.UnaryOperator<String> f) {
    String xml = parts.containsKey(name) ? new String(parts.get(name), StandardCharsets.UTF_8)
        : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
            + "http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>";
    parts.put(name, f.apply(xml).getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> damage() {
    List<Arguments> out = new ArrayList<>();
    for (String part : List.of("docProps/core.xml", "docProps/app.xml", "xl/theme/theme1.xml", "xl/calcChain.xml")) {
      for (String kind : List.of("trailing", "cut", "missing", "namespace")) {
        for (Route route : List.of(Route.FAST, Route.USERMODEL)) {
          out.add(Arguments.of(part, kind, route));
        }
      }
    }
    for (Route route : List.of(Route.FAST, Route.USERMODEL)) {
      out.add(Arguments.of("xl/printerSettings/printerSettings1.bin", "missing", route));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("damage")
  void aDamagedOptionalPartIsReadPastAndLeftOutOfTheCopy(String part, String kind, Route route) throws Exception {
    Map<String, byte[]> parts = base();
    if (part.startsWith("xl/printerSettings")) {
      edit(parts, "xl/worksheets/_rels/sheet1.xml.rels", x -> x.replace("</Relationships>", "<Relationship "
          + "Id=\"rIdPs\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings\""
          + " Target=\"../printerSettings/printerSettings1.bin\"/></Relationships>"));
    } else if (kind.equals("missing")) {
      parts.remove(part);
    } else if (kind.equals("namespace")) {
      // Well-formed, but not what the part must hold: POI fails on it only when it saves the copy (a fuzz finding).
      edit(parts, part, x -> x.replace("schemas.openxmlformats.org", "schemas.openxmlform4ts.org"));
    } else {
      byte[] good = parts.get(part);
      parts.put(part, kind.equals("cut") ? java.util.Arrays.copyOf(good, good.length / 2)
          : (new String(good, StandardCharsets.UTF_8) + "trailing garbage <x").getBytes(StandardCharsets.UTF_8));
    }
    Path input = Files.write(dir.resolve("in.xlsx"), DamagedCorpus.zip(parts));

    List<IndicatorTable> tables = new WorkbookReader(ReadLimits.DEFAULT).read(input);
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).notes()).filteredOn(f -> f.code().equals("PART_IGNORED")).extracting(Finding::message)
        .singleElement().asString().startsWith("文件中的 " + part + " ");
    TableResult result = Assessor.assess(tables.get(0), ProfileReader.defaults());
    assertThat(result.evaluation().scoreTotal()).isEqualByComparingTo("98.4");

    Path out = dir.resolve("out.xlsx");
    FilledCopyWriter.write(input, out, List.of(result), route);

    // Left out (the fast path), or written afresh and sound (POI's usermodel rewrites document properties).
    assertThat(OptionalParts.find(out)).isEmpty();
    Map<String, byte[]> copy = DamagedCorpus.unzip(Files.readAllBytes(out));
    if (copy.containsKey(part)) {
      assertThat(route).isEqualTo(Route.USERMODEL);
      assertThat(copy.get(part)).isNotEqualTo(parts.get(part));
    }
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(wb.getSheet("评价结论")).isNotNull();
    }
    assertThat(new WorkbookReader(ReadLimits.DEFAULT).read(out).get(0).notes())
        .noneMatch(f -> f.code().equals("PART_IGNORED"));
    org.evalsheet.testing.Openpyxl.opens(out);
  }

}
