package org.evalsheet.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.evalsheet.model.Text;

/**
 * The units expected to submit (报送单位名单), each by its official name and the other names it goes by:
 * {@code 青岛市人力资源和社会保障局,青岛市人社局,市人社局} is one unit with two aliases.
 *
 * @param file the roster file, or null for a roster given in code
 * @param units the units in roster order, no two with the same name
 */
public record Roster(Path file, List<Unit> units) {
  /** What separates a unit's names within one entry: commas, 、 and semicolons, half- or full-width. */
  private static final Pattern SEPARATORS = Pattern.compile("[,，、;；]");

  /**
   * One unit of the roster (名单单位).
   *
   * @param name the official name, as reports show it
   * @param aliases other names it goes by in submissions (简称, 曾用名), possibly none
   */
  public record Unit(String name, List<String> aliases) {
    public Unit {
      Objects.requireNonNull(name, "name");
      aliases = List.copyOf(aliases);
    }
  }

  public Roster {
    units = List.copyOf(units);
  }

  /** A roster of entries as a text file writes them, one unit per entry with its aliases after commas or 、. */
  public static Roster of(List<String> entries) {
    return new Roster(null, units(entries.stream().map(e -> List.of(e)).toList()));
  }

  /** The roster of these entries. */
  public static Roster of(String... entries) {
    return of(List.of(entries));
  }

  /**
   * Units from rows of cells, each row one unit: every cell split at the separators, the first name official and
   * the rest aliases; rows whose official name repeats an earlier one add their aliases to it.
   */
  static List<Unit> units(List<List<String>> rows) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    for (List<String> cells : rows) {
      List<String> all = new ArrayList<>();
      for (String cell : cells) {
        for (String part : SEPARATORS.split(cell == null ? "" : cell)) {
          String n = Text.strip(part);
          if (!n.isEmpty()) {
            all.add(n);
          }
        }
      }
      if (all.isEmpty()) {
        continue;
      }
      String key = Text.key(all.get(0));
      names.putIfAbsent(key, all.get(0));
      List<String> own = aliases.computeIfAbsent(key, k -> new ArrayList<>());
      for (String a : all.subList(1, all.size())) {
        if (!Text.key(a).equals(key) && own.stream().noneMatch(o -> Text.key(o).equals(Text.key(a)))) {
          own.add(a);
        }
      }
    }
    List<Unit> out = new ArrayList<>();
    names.forEach((key, name) -> out.add(new Unit(name, aliases.get(key))));
    return out;
  }

  /** The official names, in roster order. */
  public List<String> names() {
    return units.stream().map(Unit::name).toList();
  }

  /** How many units the roster names. */
  public int size() {
    return units.size();
  }
}
