package org.evalsheet.batch;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evalsheet.model.Text;

/**
 * Matches the units named in tables and file names against a roster (单位名称比对), forgiving spacing, full-width
 * characters and common short forms ({@link ShortForms}: 青岛市科技局 is 青岛市科学技术局), and knowing each unit's
 * aliases from the roster: an exact match wins, otherwise one name containing the other, when only one roster unit
 * fits.
 */
final class UnitNames {
  /** Every name and alias of the roster, in its short form, to the official name. */
  private final Map<String, String> byKey = new LinkedHashMap<>();
  private final List<String> names;

  UnitNames(Roster roster) {
    Set<String> official = new LinkedHashSet<>();
    for (Roster.Unit u : roster.units()) {
      String name = u.name().strip();
      if (key(name).isEmpty() || byKey.containsKey(key(name))) {
        continue;
      }
      official.add(name);
      byKey.put(key(name), name);
      for (String alias : u.aliases()) {
        byKey.putIfAbsent(key(alias), name);
      }
    }
    byKey.remove("");
    this.names = List.copyOf(official);
  }

  /** The key two names are the same by: {@link Text#key} in short form. */
  static String key(String name) {
    return ShortForms.shorten(Text.key(name));
  }

  /** The roster names, duplicates (after normalising) removed, in roster order. */
  List<String> names() {
    return names;
  }

  /** The roster name {@code text} stands for, if exactly one unit fits. */
  Optional<String> match(String text) {
    String key = key(text);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String exact = byKey.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    Set<String> fits = new LinkedHashSet<>();
    for (Map.Entry<String, String> e : byKey.entrySet()) {
      String r = e.getKey();
      // A one-character name is contained in too many others to mean anything.
      boolean contains = r.length() >= 2 && key.contains(r) || key.length() >= 2 && r.contains(key);
      if (contains) {
        fits.add(e.getValue());
      }
    }
    return fits.size() == 1 ? Optional.of(fits.iterator().next()) : Optional.empty();
  }

  /**
   * The roster unit whose longest name or alias is written inside {@code text} (a title or a file name), such as
   * 青岛市教育局 in {@code 附件3-1 青岛市教育局2023年度课后服务项目绩效自评表}; names of one character are never looked for.
   */
  Optional<String> within(String text) {
    String key = key(text);
    String best = null;
    int bestLength = 0;
    for (Map.Entry<String, String> e : byKey.entrySet()) {
      if (e.getKey().length() >= 2 && key.contains(e.getKey()) && e.getKey().length() > bestLength) {
        best = e.getValue();
        bestLength = e.getKey().length();
      }
    }
    return Optional.ofNullable(best);
  }
}
