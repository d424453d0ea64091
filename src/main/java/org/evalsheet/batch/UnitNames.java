package org.evalsheet.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evalsheet.model.Text;

/**
 * Matches the units named in tables and file names against a roster (单位名称比对), forgiving spacing and
 * full-width characters: an exact match wins, otherwise one name containing the other, when only one roster
 * name fits.
 */
final class UnitNames {
  private final Map<String, String> byKey = new LinkedHashMap<>();

  UnitNames(List<String> roster) {
    for (String name : roster) {
      String key = Text.key(name);
      if (!key.isEmpty()) {
        byKey.putIfAbsent(key, name.strip());
      }
    }
  }

  /** The roster names, duplicates (after normalising) removed, in roster order. */
  List<String> names() {
    return List.copyOf(byKey.values());
  }

  /** The roster name {@code text} stands for, if exactly one fits. */
  Optional<String> match(String text) {
    String key = Text.key(text);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String exact = byKey.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    List<String> fits = new ArrayList<>();
    for (Map.Entry<String, String> e : byKey.entrySet()) {
      String r = e.getKey();
      // A one-character name is contained in too many others to mean anything.
      boolean contains = r.length() >= 2 && key.contains(r) || key.length() >= 2 && r.contains(key);
      if (contains) {
        fits.add(e.getValue());
      }
    }
    return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
  }

  /**
   * The longest roster name written inside {@code text} (a title or a file name), such as 青岛市教育局 in
   * {@code 附件3-1 青岛市教育局2023年度课后服务项目绩效自评表}; names of one character are never looked for.
   */
  Optional<String> within(String text) {
    String key = Text.key(text);
    String best = null;
    for (Map.Entry<String, String> e : byKey.entrySet()) {
      if (e.getKey().length() >= 2 && key.contains(e.getKey())
          && (best == null || e.getKey().length() > Text.key(best).length())) {
        best = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

}
