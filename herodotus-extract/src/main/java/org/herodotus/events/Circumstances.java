package org.herodotus.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Dependency;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Place;
import org.herodotus.model.Quantity;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;

/**
 * Where, when and how many, from the trigger's own clause: a place from a locative preposition of
 * the trigger (else the first place of the sentence that is no participant), movements' origin
 * ("from", "out of", what is fled) and destination ("into", "to"), a date from a time expression
 * attached to the clause, and the numbers and amounts attached to the trigger or its participants.
 */
final class Circumstances {

  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across", "along",
      "around", "throughout", "within", "over", "on", "off", "outside_of", "near_to");
  private static final Set<String> ORIGINS = Set.of("from", "out_of", "out");
  private static final Set<String> DESTINATIONS = Set.of("into", "to", "toward", "towards", "for", "across");
  /** Approximate counts a number word gives ("hundreds" is at least 200). */
  private static final Map<String, Double> MAGNITUDES = Map.of("dozens", 24.0, "hundreds", 200.0, "thousands", 2000.0,
      "scores", 40.0, "millions", 2_000_000.0, "tens", 20.0);

  /** Verbs whose counted object is the injured, not the dead. */
  private static final Set<String> WOUNDING = Set.of("wound", "injure", "hurt", "maim");

  private Circumstances() {}

  /** The place of a locative dependent of {@code t} or of its clause's verb, else of the sentence outside {@code exclude}. */
  static Place place(Parse parse, Annotations notes, int t, List<Span> exclude) {
    for (int at : clause(parse, t)) {
      for (Dependency d : parse.dependents(at)) {
        if ((Parse.is(d.relation(), "obl") || Parse.is(d.relation(), "nmod")) && LOCATIVE.contains(Parse.subtype(d.relation()))) {
          Place p = notes.place(d.dependent());
          if (p != null) {
            return p;
          }
        }
      }
    }
    for (int i = parse.sentence.firstToken(); i < parse.sentence.endToken(); i++) {
      Place p = notes.place(i);
      if (p != null && exclude.stream().noneMatch(s -> s.overlaps(p.span())) && !ORIGIN_OF_SOMETHING.matcher(parse.token(i).word()).matches()) {
        return p;
      }
    }
    return null;
  }

  /**
   * A place that says where an actor is from or who runs it, not where anything happens: "a
   * Britain-based monitoring group", "the US-led coalition", "a Saudi-funded school".
   */
  private static final java.util.regex.Pattern ORIGIN_OF_SOMETHING = java.util.regex.Pattern.compile(
      "(?i).+-(based|born|bred|registered|listed|headquartered|funded|backed|led|run|owned|made|sponsored)");

  /** A movement's origin: the place it is from, or the place fled or left. */
  static Place origin(Parse parse, Annotations notes, int t, String action) {
    for (Dependency d : parse.dependents(t)) {
      String r = d.relation();
      boolean from = (Parse.is(r, "obl") || Parse.is(r, "nmod")) && ORIGINS.contains(Parse.subtype(r));
      boolean fled = r.equals("obj") && (action.equals("flee") || action.equals("move"));
      if ((from || fled) && notes.place(d.dependent()) != null) {
        return notes.place(d.dependent());
      }
    }
    return null;
  }

  /** Where a gathering ends: the place its people gather in or at ("have gathered in Idlib"). */
  private static final Set<String> GATHERING_PLACES = Set.of("in", "at", "inside", "near", "around", "outside");

  /** A movement's destination: the place it goes into or to, or, for a gathering, the place it gathers in. */
  static Place destination(Parse parse, Annotations notes, int t, String action) {
    for (Dependency d : parse.dependents(t)) {
      String r = d.relation();
      boolean to = DESTINATIONS.contains(Parse.subtype(r)) || action.equals("gather") && GATHERING_PLACES.contains(Parse.subtype(r));
      if ((Parse.is(r, "obl") || Parse.is(r, "nmod")) && to && notes.place(d.dependent()) != null) {
        return notes.place(d.dependent());
      }
    }
    return null;
  }

  /** A dated time expression attached to the trigger's clause, or null. */
  static TimeExpression date(Parse parse, Annotations notes, int t) {
    List<Integer> clause = clause(parse, t);
    for (int i = parse.sentence.firstToken(); i < parse.sentence.endToken(); i++) {
      TimeExpression time = notes.time(i);
      if (time == null || time.value() == null || (time.type() != TimexType.DATE && time.type() != TimexType.TIME)
          || !Character.isDigit(time.value().charAt(0))) {
        continue;
      }
      Integer anchor = attachment(parse, i, time.span(), notes);
      if (anchor != null && clause.contains(anchor)) {
        return time;
      }
    }
    return null;
  }

  /** The numbers and amounts attached to the trigger, its clause's verb or a participant. */
  static List<Quantity> quantities(Parse parse, Annotations notes, int t, List<Integer> sources, List<Integer> targets, String action) {
    List<Quantity> out = new ArrayList<>();
    List<Integer> clause = clause(parse, t);
    boolean casualties = Set.of("kill", "attack", "bomb", "shell", "shoot", "massacre").contains(action);
    for (int i = parse.sentence.firstToken(); i < parse.sentence.endToken(); i++) {
      Mention m = notes.mention(i);
      String word = parse.token(i).word().toLowerCase(java.util.Locale.ROOT);
      boolean number = m != null && (m.type() == EntityType.NUMBER || m.type() == EntityType.MONEY) && notes.time(i) == null;
      if (!number && !MAGNITUDES.containsKey(word)) {
        continue;
      }
      Span span = number ? m.span() : parse.token(i).span();
      if (out.stream().anyMatch(q -> q.span().equals(span))) {
        continue;
      }
      int up = i;
      String kind = null;
      boolean wounded = false; // "wounding 30 others": a count under a verb of wounding is of the injured
      for (int step = 0; step < 5 && kind == null; step++) { // 30 → others → wounding → killing → attacked
        wounded |= WOUNDING.contains(parse.token(up).lemma());
        if (sources.contains(up)) {
          kind = "PEOPLE";
        } else if (targets.contains(up)) {
          kind = casualties ? (action.equals("injure") ? "INJURED" : "KILLED") : "PEOPLE";
        } else if (clause.contains(up)) {
          kind = number && m.type() == EntityType.MONEY ? "MONEY" : casualties ? "KILLED" : "PEOPLE";
        }
        Dependency head = parse.head(up);
        if (head == null || head.isRoot() || !parse.inside(head.governor())) {
          break;
        }
        up = head.governor();
      }
      if (kind == null) {
        continue;
      }
      if (wounded && kind.equals("KILLED")) {
        kind = "INJURED";
      }
      if (number && m.type() == EntityType.MONEY) {
        kind = "MONEY";
      }
      out.add(quantity(parse, span, number ? m : null, word, kind));
    }
    return out;
  }

  private static Quantity quantity(Parse parse, Span span, Mention m, String word, String kind) {
    String text = span.of(parse.doc.text());
    if (m == null) {
      return new Quantity(span, text, kind, MAGNITUDES.get(word), null, true);
    }
    String normalized = m.normalized() == null ? "" : m.normalized();
    Double value = null;
    String digits = normalized.replaceAll("[^0-9.Ee-]", "");
    try {
      value = digits.isEmpty() ? null : Double.parseDouble(digits);
    } catch (NumberFormatException e) {
      value = null;
    }
    String unit = null;
    if (m.type() == EntityType.MONEY) {
      unit = normalized.contains("$") ? "USD" : normalized.contains("€") ? "EUR" : normalized.contains("£") ? "GBP"
          : normalized.contains("¥") ? "JPY" : null;
    }
    boolean approximate = normalized.matches(".*[~<>].*") || MAGNITUDES.containsKey(word);
    if (value == null && MAGNITUDES.containsKey(word)) {
      value = MAGNITUDES.get(word);
    }
    return new Quantity(span, text, kind, value, unit, approximate);
  }

  /**
   * The trigger and, for a noun, the verb whose argument it is: the tokens a clause's own
   * modifiers attach to.
   */
  static List<Integer> clause(Parse parse, int t) {
    List<Integer> out = new ArrayList<>(2);
    out.add(t);
    Dependency head = parse.head(t);
    if (parse.noun(t) && head != null && !head.isRoot() && parse.inside(head.governor()) && parse.verb(head.governor())) {
      out.add(head.governor());
    }
    return out;
  }

  /** The token outside {@code span} that the expression at {@code i} attaches to: the governor of its head. */
  private static Integer attachment(Parse parse, int i, Span span, Annotations notes) {
    for (int at = i; at < parse.sentence.endToken() && span.contains(parse.token(at).span()); at++) {
      Dependency head = parse.head(at);
      if (head != null && !head.isRoot() && parse.inside(head.governor()) && !span.contains(parse.token(head.governor()).span())) {
        int g = head.governor();
        // "on Monday" in "on the day of X" or "in July after ..." attach through a noun to the verb
        Dependency up = parse.head(g);
        if (!parse.verb(g) && up != null && !up.isRoot() && parse.inside(up.governor()) && Parse.is(head.relation(), "nmod")) {
          return up.governor();
        }
        return g;
      }
    }
    return null;
  }
}
