package org.herodotus.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one site's robots.txt that apply to one crawler (RFC 9309): the group naming the
 * crawler, else the {@code *} group. A path is allowed unless its longest matching rule is a
 * {@code Disallow}; an {@code Allow} of the same length wins. Rules may use {@code *} for any
 * characters and end with {@code $} to match the end of the path.
 */
final class RobotsTxt {

  static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());
  static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule("/", false)));

  private record Rule(String pattern, boolean allow) {}

  private final List<Rule> rules;

  private RobotsTxt(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules of {@code text} for the crawler called {@code name} (lower case, e.g. "herodotus"). */
  static RobotsTxt parse(String text, String name) {
    List<Rule> ours = new ArrayList<>();
    List<Rule> anyone = new ArrayList<>();
    boolean named = false;
    List<String> agents = new ArrayList<>();
    List<Rule> group = new ArrayList<>();
    boolean inRules = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (inRules) {
          named |= take(agents, group, name, ours, anyone);
          agents.clear();
          group = new ArrayList<>();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
      } else if (key.equals("allow") || key.equals("disallow")) {
        inRules = true;
        if (!value.isEmpty()) {
          group.add(new Rule(value, key.equals("allow")));
        }
      }
    }
    named |= take(agents, group, name, ours, anyone);
    return new RobotsTxt(named ? ours : anyone);
  }

  /** Adds a finished group to ours or anyone's rules; whether it named us. */
  private static boolean take(List<String> agents, List<Rule> group, String name, List<Rule> ours, List<Rule> anyone) {
    boolean named = false;
    for (String agent : agents) {
      if (!agent.equals("*") && !agent.isEmpty() && name.startsWith(agent.split("/", 2)[0])) {
        named = true;
      }
    }
    if (named) {
      ours.addAll(group);
    } else if (agents.contains("*")) {
      anyone.addAll(group);
    }
    return named;
  }

  /** Whether the crawler may fetch {@code path} (with its query, starting with {@code /}). */
  boolean allows(String path) {
    String target = path == null || path.isEmpty() ? "/" : path;
    Rule best = null;
    for (Rule rule : rules) {
      if (matches(rule.pattern, target)
          && (best == null || rule.pattern.length() > best.pattern.length()
              || (rule.pattern.length() == best.pattern.length() && rule.allow))) {
        best = rule;
      }
    }
    return best == null || best.allow;
  }

  /** Whether {@code pattern} (with {@code *} and a closing {@code $}) matches the start of {@code path}. */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return matchFrom(body, 0, path, 0, anchored);
  }

  private static boolean matchFrom(String pattern, int p, String path, int s, boolean anchored) {
    while (p < pattern.length()) {
      char c = pattern.charAt(p);
      if (c == '*') {
        for (int from = s; from <= path.length(); from++) {
          if (matchFrom(pattern, p + 1, path, from, anchored)) {
            return true;
          }
        }
        return false;
      }
      if (s >= path.length() || path.charAt(s) != c) {
        return false;
      }
      p++;
      s++;
    }
    return !anchored || s == path.length();
  }
}
