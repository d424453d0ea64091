package org.evalsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * The house along the data's trip: each package knows only the ones before it, POI stays in the packages that
 * touch spreadsheets, only the command line prints, and the halves of the reader meet only at the grid.
 */
class LayeringTest {
  /** Packages in the order of the data's trip; a package may import only packages of a lower rank. */
  private static final Map<String, Integer> RANK = Map.ofEntries(
      Map.entry("model", 0), Map.entry("profile", 1),
      Map.entry("read.grid", 2), Map.entry("read.xlsx", 3), Map.entry("read.table", 3), Map.entry("read", 4),
      Map.entry("validate", 5), Map.entry("review", 6), Map.entry("score", 7),
      Map.entry("write", 8), Map.entry("write.fill", 9), Map.entry("write.summary", 9),
      Map.entry("batch", 10), Map.entry("serve", 11), Map.entry("cli", 12));
  /** Packages that may import POI: the container, the writers and the roster reader's batch. */
  private static final Set<String> POI = Set.of("read.xlsx", "read", "write", "write.fill", "write.summary", "batch");
  /** The public face of the packages whose machinery is kept package-private. */
  private static final Map<String, Set<String>> PUBLIC = Map.of(
      "read", Set.of("WorkbookReader"),
      "read.grid", Set.of("Grid", "Coordinates", "BadCoordinateException", "SheetTooLargeException"),
      "read.xlsx", Set.of("WorkbookLoader", "WorkbookOpener", "OptionalParts", "WorkbookFile"),
      "read.table", Set.of("TableParser"),
      "profile", Set.of("ProfileReader"),
      "write", Set.of("AtomicFiles", "JsonReport", "RunInfo", "XmlText"),
      "write.fill", Set.of("FilledCopyWriter"),
      "write.summary", Set.of("SummaryWriter", "Round"),
      "serve", Set.of("RoundServer", "ServeOptions", "Tokens"));
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?org\\.evalsheet\\.([a-z.]+)\\.[A-Z]", Pattern.MULTILINE);
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("^public (?:final |abstract |sealed )*(?:class|record|enum|interface) (\\w+)", Pattern.MULTILINE);
  private static final Path MAIN = ProjectFiles.root().resolve("src/main/java/org/evalsheet");

  @Test
  void everyPackageHasARankAndImportsOnlyEarlierOnes() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path f : sources()) {
      String pkg = pkg(f);
      assertThat(RANK).as("rank of package %s", pkg).containsKey(pkg);
      Matcher m = IMPORT.matcher(Files.readString(f));
      while (m.find()) {
        String to = m.group(1);
        if (!to.equals(pkg) && RANK.getOrDefault(to, 99) >= RANK.get(pkg)) {
          violations.add(MAIN.relativize(f) + " imports " + to);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void onlyTheContainerWritersAndBatchTouchPoiAndOnlyTheCommandLinePrints() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path f : sources()) {
      String pkg = pkg(f);
      String text = Files.readString(f);
      if (!POI.contains(pkg) && text.contains("import org.apache.poi")) {
        violations.add(MAIN.relativize(f) + " uses POI");
      }
      if (!pkg.equals("cli") && (text.contains("System.out") || text.contains("System.err")
          || text.contains("System.exit"))) {
        violations.add(MAIN.relativize(f) + " prints or exits");
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theTableLogicKnowsTheContainerOnlyThroughTheGrid() throws IOException {
    for (Path f : sources()) {
      if (pkg(f).equals("read.table") || pkg(f).equals("read.grid")) {
        assertThat(Files.readString(f)).as(MAIN.relativize(f).toString())
            .doesNotContain("org.apache.poi", "org.evalsheet.read.xlsx", "javax.xml", "java.util.zip");
      }
    }
  }

  @Test
  void packagesShowOnlyTheirSmallPublicFace() throws IOException {
    Map<String, Set<String>> found = new java.util.TreeMap<>();
    for (Path f : sources()) {
      Matcher m = PUBLIC_TYPE.matcher(Files.readString(f));
      if (PUBLIC.containsKey(pkg(f)) && m.find()) {
        found.computeIfAbsent(pkg(f), k -> new TreeSet<>()).add(m.group(1));
      }
    }
    PUBLIC.forEach((pkg, allowed) -> assertThat(found.getOrDefault(pkg, Set.of())).as(pkg)
        .containsExactlyInAnyOrderElementsOf(allowed));
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static String pkg(Path file) {
    return MAIN.relativize(file.getParent()).toString().replace('/', '.');
  }
}
