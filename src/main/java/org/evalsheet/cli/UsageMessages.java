package org.evalsheet.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.cli.AlreadySelectedException;
import org.apache.commons.cli.AmbiguousOptionException;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * commons-cli's parse errors in Chinese (用法错误说明), with the nearest option of the command suggested for a
 * mistyped one ({@code --rooster} → {@code --roster}) and, for an option another command has, which one.
 */
final class UsageMessages {
  /** What each kind of option argument is, in words. */
  private static final Map<String, String> ARGUMENTS = Map.of(
      "DIR", "输出文件夹", "FILE", "文件名", "SECONDS", "秒数", "MB", "大小（MB）", "N", "数目", "SPEC", "等次划分",
      "NAME|FILE", "评分规则的名称或文件");

  private UsageMessages() {}

  /** The one line that says what is wrong with the command line; our own messages pass through as they are. */
  static String of(ParseException e, Command command) {
    Options options = CommandLineArgs.options(command);
    if (e instanceof UnrecognizedOptionException u) {
      return unknown(u.getOption(), command, options);
    }
    if (e instanceof MissingArgumentException m) {
      Option o = m.getOption();
      String said = name(o);
      return "选项 " + said + (said.endsWith("）") ? "" : " ") + "后面缺少" + ARGUMENTS.getOrDefault(o.getArgName(), "参数") + " " + o.getArgName();
    }
    if (e instanceof AmbiguousOptionException a) {
      return "选项 " + a.getOption() + " 不明确，可能是：" + String.join("、",
          a.getMatchingOptions().stream().map(n -> "--" + n).toList()) + "，请写全";
    }
    if (e instanceof AlreadySelectedException s) {
      return "选项 " + (s.getOption() == null ? "" : name(s.getOption())) + " 不能与已给出的选项同时使用";
    }
    return e.getMessage();
  }

  private static String unknown(String given, Command command, Options options) {
    String bare = given.replaceFirst("^-+", "").replaceFirst("=.*$", "").toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(command.verb()).append(" 没有选项 ").append(given);
    String near = nearest(bare, options.getOptions());
    if (near != null) {
      return sb.append("，是不是 ").append(near).append("？").toString();
    }
    List<String> others = new ArrayList<>();
    String elsewhere = null;
    for (Command c : Command.values()) {
      if (c == command || c == Command.PROFILE) {
        continue;
      }
      String there = nearest(bare, CommandLineArgs.options(c).getOptions());
      if (there != null && (elsewhere == null || elsewhere.equals(there))) {
        elsewhere = there;
        others.add(c.verb());
      }
    }
    if (elsewhere != null) {
      return sb.append("（").append(elsewhere).append(" 只用于 ").append(String.join("、", others)).append(" 命令）")
          .toString();
    }
    return sb.append("。可用选项：").append(String.join(" ", options.getOptions().stream().map(UsageMessages::name)
        .toList())).toString();
  }

  /** The option whose long name is within a couple of edits of {@code bare}, or null. */
  static String nearest(String bare, Collection<Option> options) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Option o : options) {
      if (o.getLongOpt() == null) {
        continue;
      }
      int d = distance(bare, o.getLongOpt());
      if (d < bestDistance) {
        bestDistance = d;
        best = "--" + o.getLongOpt();
      }
    }
    return bestDistance <= Math.max(1, Math.min(3, bare.length() / 3)) ? best : null;
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** {@code --out（-o）}, or the one name the option has. */
  private static String name(Option o) {
    if (o.getLongOpt() == null) {
      return "-" + o.getOpt();
    }
    return "--" + o.getLongOpt() + (o.getOpt() != null ? "（-" + o.getOpt() + "）" : "");
  }
}
