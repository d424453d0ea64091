package org.evalsheet.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.Profile;

/**
 * Reads a bureau's rules (评分规则文件): a built-in profile by name ({@code mof}, {@code qingdao}) or a YAML or JSON
 * file, every key checked; a mistake is reported naming the key ({@code qualitative.partial.min 应为 0 到 1 之间的数}).
 */
public final class ProfileReader {
  private ProfileReader() {}

  /** The built-in profiles, the default first. */
  public static final List<String> BUILT_IN = List.copyOf(BuiltInProfiles.BANDS.keySet());

  /** The default profile's name: the seed report's bands. */
  public static final String DEFAULT = BUILT_IN.get(0);

  /** Built only when a profile file is read: the built-in profiles need no parser. */
  private static final class Yaml {
    static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder().build())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();
  }
  private static final long MAX_BYTES = 1 << 20;

  /** A profile file or built-in profile that cannot be used; the message names the key and is shown as is. */
  public static final class BadProfileException extends Exception {
    private static final long serialVersionUID = 1L;

    BadProfileException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The default profile, read once: it is built in and immutable. */
  private static final class Default {
    static final Profile PROFILE = load();

    private static Profile load() {
      try {
        return builtIn(DEFAULT);
      } catch (BadProfileException e) {
        throw new IllegalStateException("the built-in profile is broken", e);
      }
    }
  }

  /** The default profile ({@value #DEFAULT}). */
  public static Profile defaults() {
    return Default.PROFILE;
  }

  /** A built-in profile by name, or a profile file by path. */
  public static Profile read(String nameOrFile) throws BadProfileException {
    if (BUILT_IN.contains(nameOrFile.toLowerCase(Locale.ROOT))) {
      return builtIn(nameOrFile.toLowerCase(Locale.ROOT));
    }
    Path file = Path.of(nameOrFile);
    if (!Files.isRegularFile(file)) {
      throw new BadProfileException("没有名为“" + nameOrFile + "”的内置评分规则，也没有这个文件（内置："
          + String.join("、", BUILT_IN) + "）", null);
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new BadProfileException("评分规则文件 " + file + " 过大", null);
      }
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new BadProfileException("无法读取评分规则文件 " + file + "：" + e.getMessage(), e);
    }
  }

  /** A built-in profile's text, comments and all, as {@code evalsheet profile NAME} prints it. */
  public static String text(String name) {
    try (InputStream in = ProfileReader.class.getResourceAsStream("/org/evalsheet/profiles/" + name + ".yaml")) {
      if (in == null) {
        throw new IllegalArgumentException("没有名为“" + name + "”的内置评分规则（内置：" + String.join("、", BUILT_IN) + "）");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A profile as JSON, for {@code evalsheet profile NAME --json}. */
  public static String json(Profile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("grades", p.grades().toString());
    m.put("fullMark", p.fullMark() == null ? "own" : p.fullMark());
    m.put("tolerance", p.tolerance());
    m.put("negative", p.negative().name().toLowerCase(Locale.ROOT));
    m.put("overAchievement", p.overAchievement());
    m.put("deviationReasonRequired", p.deviationReasonRequired());
    m.put("notApplicable", p.notApplicable().name().toLowerCase(Locale.ROOT));
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("achieved", band(p.qualitative().achieved()));
    q.put("partial", band(p.qualitative().partial()));
    q.put("failed", band(p.qualitative().failed()));
    m.put("qualitative", q);
    List<Map<String, Object>> caps = new ArrayList<>();
    for (Profile.Cap c : p.executionCap()) {
      caps.add(Map.of("from", c.from(), "to", c.to(), "max", c.max()));
    }
    m.put("executionCap", caps);
    m.put("scoreNotInRule", p.scoreNotInRule().name().toLowerCase(Locale.ROOT));
    try {
      return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> band(Profile.Band b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("min", b.min());
    m.put("max", b.max());
    m.put("words", b.words());
    return m;
  }

  private static Profile builtIn(String name) throws BadProfileException {
    Profile p = BuiltInProfiles.named(name);
    return p != null ? p : parse(text(name), name);
  }

  /** The profile a text states; {@code where} names it in messages. */
  static Profile parse(String text, String where) throws BadProfileException {
    ProfileFile f;
    try {
      f = Yaml.MAPPER.readValue(text, ProfileFile.class);
    } catch (JsonMappingException e) {
      throw new BadProfileException("评分规则 " + where + " 有误：" + path(e) + describe(e), e);
    } catch (JsonProcessingException e) {
      throw new BadProfileException("评分规则 " + where + " 不是有效的 YAML 或 JSON：" + e.getOriginalMessage(), e);
    }
    if (f == null) {
      throw new BadProfileException("评分规则 " + where + " 是空的", null);
    }
    return f.toProfile(where);
  }

  private static String path(JsonMappingException e) {
    String p = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    return p.isEmpty() ? "" : p + " ";
  }

  private static String describe(JsonMappingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      return "不是可用的键（可用：" + u.getKnownPropertyIds().stream().map(Object::toString).sorted()
          .collect(Collectors.joining("、")) + "）";
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
      return "的值“" + f.getValue() + "”格式不对";
    }
    return "无法读取（" + e.getOriginalMessage() + "）";
  }

  /** The file's shape, as the IT staff write it. */
  record ProfileFile(String name, String grades, String fullMark, BigDecimal tolerance, String negative,
      BigDecimal overAchievement, Boolean deviationReasonRequired, String notApplicable, QualitativeFile qualitative,
      List<CapFile> executionCap, String scoreNotInRule) {

    Profile toProfile(String where) throws BadProfileException {
      String pre = "评分规则 " + where + " 有误：";
      if (name == null || name.isBlank()) {
        throw new BadProfileException(pre + "name 不能为空", null);
      }
      GradeScale scale;
      try {
        scale = GradeScale.parse(required(grades, "grades", pre));
      } catch (IllegalArgumentException e) {
        throw new BadProfileException(pre + "grades " + e.getMessage(), e);
      }
      BigDecimal full = null;
      if (fullMark != null && !fullMark.strip().equalsIgnoreCase("own")) {
        try {
          full = new BigDecimal(fullMark.strip());
        } catch (NumberFormatException e) {
          throw new BadProfileException(pre + "fullMark 应为 own 或一个正数，而不是“" + fullMark + "”", e);
        }
        if (full.signum() <= 0) {
          throw new BadProfileException(pre + "fullMark 应为 own 或一个正数，而不是“" + fullMark + "”", null);
        }
      }
      BigDecimal tol = tolerance == null ? new BigDecimal("0.01") : tolerance;
      if (tol.signum() < 0 || tol.compareTo(BigDecimal.TEN) > 0) {
        throw new BadProfileException(pre + "tolerance 应在 0 到 10 之间", null);
      }
      Profile.Negative neg = choice(negative, Profile.Negative.class, "negative", pre, Profile.Negative.LINEAR);
      if (overAchievement != null && overAchievement.compareTo(BigDecimal.ONE) <= 0) {
        throw new BadProfileException(pre + "overAchievement 应大于 1（或写 null 不检查）", null);
      }
      Profile.NotApplicable na = choice(notApplicable, Profile.NotApplicable.class, "notApplicable", pre,
          Profile.NotApplicable.RESCALE);
      if (qualitative == null) {
        throw new BadProfileException(pre + "缺少 qualitative（定性指标的用词和比例）", null);
      }
      Profile.Qualitative q = new Profile.Qualitative(qualitative.achieved.band("qualitative.achieved", pre),
          qualitative.partial.band("qualitative.partial", pre), qualitative.failed.band("qualitative.failed", pre));
      List<Profile.Cap> caps = new ArrayList<>();
      if (executionCap != null) {
        for (int i = 0; i < executionCap.size(); i++) {
          caps.add(executionCap.get(i).cap("executionCap[" + i + "]", pre));
        }
      }
      Profile.ScoreNotInRule notInRule = choice(scoreNotInRule, Profile.ScoreNotInRule.class, "scoreNotInRule", pre,
          Profile.ScoreNotInRule.INFO);
      return new Profile(name.strip(), scale, full, tol, neg, overAchievement, q,
          deviationReasonRequired == null || deviationReasonRequired, na, caps, notInRule);
    }

    private static String required(String v, String key, String pre) throws BadProfileException {
      if (v == null || v.isBlank()) {
        throw new BadProfileException(pre + "缺少 " + key, null);
      }
      return v;
    }

    private static <E extends Enum<E>> E choice(String v, Class<E> type, String key, String pre, E fallback)
        throws BadProfileException {
      if (v == null) {
        return fallback;
      }
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(v.strip())) {
          return e;
        }
      }
      throw new BadProfileException(pre + key + " 应为 " + java.util.Arrays.stream(type.getEnumConstants())
          .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" 或 ")) + "，而不是“" + v + "”", null);
    }
  }

  /** The 定性 grades as written. */
  record QualitativeFile(BandFile achieved, BandFile partial, BandFile failed) {
    QualitativeFile {
      if (achieved == null || partial == null || failed == null) {
        throw new IllegalArgumentException("qualitative 须有 achieved、partial、failed 三项");
      }
    }
  }

  /** One 定性 grade as written. */
  record BandFile(BigDecimal min, BigDecimal max, List<String> words) {
    Profile.Band band(String key, String pre) throws BadProfileException {
      if (min == null || max == null || min.signum() < 0 || max.compareTo(BigDecimal.ONE) > 0
          || min.compareTo(max) > 0) {
        throw new BadProfileException(pre + key + " 的 min 和 max 应为 0 到 1 之间的数，且 min 不大于 max", null);
      }
      List<String> ws = words == null ? List.of() : words.stream().filter(w -> w != null && !w.isBlank())
          .map(String::strip).toList();
      if (ws.isEmpty()) {
        throw new BadProfileException(pre + key + ".words 至少要有一个词", null);
      }
      return new Profile.Band(ws, min, max);
    }
  }

  /** One cap as written. */
  record CapFile(BigDecimal from, BigDecimal to, BigDecimal max) {
    Profile.Cap cap(String key, String pre) throws BadProfileException {
      if (from == null || to == null || max == null || from.compareTo(to) >= 0 || from.signum() < 0) {
        throw new BadProfileException(pre + key + " 应写作 {from: 0.7, to: 0.8, max: 89}，且 from 小于 to", null);
      }
      return new Profile.Cap(from, to, max);
    }
  }
}
