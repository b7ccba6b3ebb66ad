package org.herodotus.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.herodotus.model.Actor;
import org.herodotus.model.Dependency;
import org.herodotus.model.Document;
import org.herodotus.model.Event;
import org.herodotus.model.Layer;
import org.herodotus.model.Mode;
import org.herodotus.model.Participant;
import org.herodotus.model.Place;
import org.herodotus.model.Quantity;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.pipeline.Stage;

/**
 * The event coder: who did what to whom, where and when, one sentence at a time, coded in CAMEO
 * and PLOVER.
 *
 * <p>Triggers are the verbs, nouns and adjectives of the {@link Lexicon} ("attacked", "an
 * offensive", "backed by", "ousted from"). A frame ("threatened to", "demanded", "agreed to")
 * takes the act it governs and is coded as CAMEO codes the statement ("threatened to attack" is
 * 1384); an act planned with "will" is coded as an intent (03x) or a threat (13x). A noun that is
 * the argument of another trigger ("condemned the attack") adds no event of its own, and a bare
 * statement ("said") is coded only when the sentence has no other event and it attributes no
 * clause ("..., officials said": CAMEO codes the reported event, not its attribution). Sources, targets, place,
 * date, quantities and mode come from the same sentence ({@link Roles}, {@link Circumstances},
 * {@link Modes}); movements ("fled Syria into Turkey") carry origin and destination. Participants
 * are linked to the actors whose mentions end at their head (see {@link Annotations}), one event
 * per coordinated source or target, as CAMEO codes them.
 *
 * <p>Reads {@link Layer#TOKENS}, {@link Layer#DEPENDENCIES}, {@link Layer#ENTITIES},
 * {@link Layer#TIMES}, {@link Layer#PLACES} and {@link Layer#ACTORS}; adds
 * {@link Layer#EVENTS} in text order. Thread-safe; loads the lexicon once.
 */
public final class Events implements Stage {

  /** Relations by which a frame governs its act ("threatened to attack", "called for the release"). */
  private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp", "obj", "obl:for", "obl:to", "obl:on",
      "nmod:for", "nmod:to", "nmod:on", "nmod:of", "acl", "acl:to", "advcl", "advcl:to");
  /** Relations that embed a clause under another predicate. */
  private static final Set<String> SUBORDINATE = Set.of("advcl", "acl", "ccomp", "xcomp", "csubj", "parataxis");
  /** CAMEO roots whose acts are mutual when coordinated actors do them together ("A and B agreed"). */
  private static final Set<String> MUTUAL = Set.of("03", "04", "05", "06");

  /** Prepositions that mark the recipient of an act, whatever noun the parser hung them on ("to Iran, Libya and Sudan"). */
  private static final Set<String> STRANDED_CASES = Set.of("to", "on", "against", "with", "toward", "towards");

  private final Lexicon lexicon;

  /** The coder with the lexicon shipped with Herodotus. */
  public Events() {
    this(Lexicon.loadDefault());
  }

  /**
   * The coder with {@code lexicon}.
   *
   * @throws IllegalArgumentException if {@code lexicon} is null
   */
  public Events(Lexicon lexicon) {
    if (lexicon == null) {
      throw new IllegalArgumentException("Events needs a lexicon; use Lexicon.loadDefault()");
    }
    this.lexicon = lexicon;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.DEPENDENCIES, Layer.ENTITIES, Layer.TIMES, Layer.PLACES, Layer.ACTORS);
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public Document apply(Document doc) {
    Annotations notes = new Annotations(doc);
    List<Event> events = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      if (!sentence.dependencies().isEmpty()) {
        events.addAll(code(new Parse(doc, sentence), notes));
      }
    }
    return doc.withEvents(events);
  }

  private List<Event> code(Parse parse, Annotations notes) {
    Map<Integer, Predicate> acts = new TreeMap<>();
    for (int t = parse.sentence.firstToken(); t < parse.sentence.endToken(); t++) {
      Predicate p = lexicon.predicate(parse, t);
      Dependency head = parse.head(t);
      boolean modifier = head != null && (head.relation().equals("amod") || head.relation().equals("compound"));
      if (p != null && !modifier) {
        acts.put(t, p);
      }
    }
    Map<Integer, Integer> complements = new TreeMap<>();
    Set<Integer> absorbed = new HashSet<>();
    for (var entry : acts.entrySet()) {
      if (entry.getValue().frame() != null) {
        Integer act = complement(parse, entry.getKey(), acts);
        if (act != null) {
          complements.put(entry.getKey(), act);
          absorbed.add(act);
        }
      }
    }
    for (int t : acts.keySet()) {
      Dependency head = parse.head(t);
      if (parse.noun(t) && head != null && !head.isRoot() && acts.containsKey(head.governor()) && !head.relation().startsWith("conj")) {
        absorbed.add(t);
      }
    }
    Map<Integer, List<Event>> coded = new TreeMap<>();
    for (var entry : acts.entrySet()) {
      int t = entry.getKey();
      if (!absorbed.contains(t) && !statement(entry.getValue())) {
        Integer act = complements.get(t);
        List<Event> found = events(parse, notes, t, entry.getValue(), act, act == null ? null : acts.get(act), acts);
        if (!found.isEmpty()) {
          coded.put(t, found);
        }
      }
    }
    if (coded.isEmpty()) {
      for (var entry : acts.entrySet()) { // a bare statement ("X said") only when the sentence has no other event
        if (!absorbed.contains(entry.getKey()) && statement(entry.getValue()) && !attributes(parse, entry.getKey())) {
          coded.put(entry.getKey(), events(parse, notes, entry.getKey(), entry.getValue(), null, null, acts));
        }
      }
    }
    Set<Integer> transparent = new HashSet<>();
    acts.forEach((t, p) -> {
      if (p.frame() != null || p.code() != null && p.code().startsWith("01")) {
        transparent.add(t);
        transparent.addAll(patternWords(parse, t, p)); // "voiced concern that ...": the clause hangs on "concern"
      }
    });
    int main = coded.keySet().stream().mapToInt(t -> depth(parse, t, transparent)).min().orElse(0);
    List<Event> events = new ArrayList<>();
    coded.forEach((t, found) -> {
      if (depth(parse, t, transparent) == main) {
        events.addAll(found);
      }
    });
    return events;
  }

  /**
   * How deeply the trigger at {@code t} is embedded: the subordinate clauses ("after rebels
   * kidnapped", "to protest", "who are deployed") and noun modifiers ("allegations of genocide")
   * between it and the root. A verb of saying, a comment (01x: "voiced concern that militants
   * could return") or a frame above it does not count: "X said Y attacked" codes the attack as the
   * main event. Only the least embedded events of a sentence
   * are coded, as CAMEO codes the main events of a lead and not every act it mentions.
   */
  private static int depth(Parse parse, int t, Set<Integer> transparent) {
    int depth = 0;
    int at = t;
    for (int step = 0; step < 30; step++) {
      Dependency head = parse.head(at);
      if (head == null || head.isRoot() || !parse.inside(head.governor())) {
        break;
      }
      String r = head.relation();
      String family = r.contains(":") ? r.substring(0, r.indexOf(':')) : r;
      int governor = head.governor();
      boolean saying = transparent.contains(governor) || Modes.reporting(parse.lemma(governor));
      if (!saying && (SUBORDINATE.contains(family) || family.equals("nmod") && parse.noun(at) && parse.noun(governor))) {
        depth++;
      }
      at = governor;
    }
    return depth;
  }

  /**
   * Whether the statement at {@code t} attributes a clause ("..., officials said", "X said that Y
   * attacked"): CAMEO codes the reported event, not its attribution, so such a "said" is no
   * event even when the reported one is not in the lexicon.
   */
  private static boolean attributes(Parse parse, int t) {
    for (Dependency d : parse.dependents(t)) {
      String r = d.relation();
      if ((Parse.is(r, "ccomp") || Parse.is(r, "parataxis") || Parse.is(r, "advcl") || Parse.is(r, "xcomp")) && parse.verb(d.dependent())) {
        return true;
      }
    }
    return false;
  }

  private static boolean statement(Predicate p) {
    return "010".equals(p.code());
  }

  /** The act a frame at {@code t} governs, or null. */
  private static Integer complement(Parse parse, int t, Map<Integer, Predicate> acts) {
    for (Dependency d : parse.dependents(t)) {
      Predicate p = acts.get(d.dependent());
      if (p != null && p.frame() == null && (COMPLEMENTS.contains(d.relation()) || d.relation().startsWith("acl"))) {
        return d.dependent();
      }
    }
    return null;
  }

  private List<Event> events(Parse parse, Annotations notes, int t, Predicate p, Integer actToken, Predicate act,
      Map<Integer, Predicate> acts) {
    Mode mode = Modes.of(parse, t);
    String code;
    String action;
    if (p.frame() != null) {
      code = lexicon.frameCode(p.frame(), act == null ? null : act.code());
      action = act == null ? p.action() : p.action() + " to " + act.action();
    } else {
      code = p.code();
      action = p.action();
      if (mode == Mode.PLANNED && code != null && !code.startsWith("01") && !code.startsWith("02")) {
        String intent = lexicon.frameCode("INTENT", code);
        code = intent == null ? code : intent;
      } else if (mode == Mode.NEGATED && code != null && Modes.refused(parse, t) && !code.startsWith("01")) {
        code = lexicon.frameCode("REJECT", code); // "would not provide support" is a rejection, as CAMEO codes it
      }
    }
    Set<Integer> exclude = new HashSet<>(patternWords(parse, t, p));
    if (act != null) {
      exclude.addAll(patternWords(parse, actToken, act));
    }
    Set<Integer> notActors = new HashSet<>(exclude);
    notActors.addAll(acts.keySet());
    List<Integer> sources = Roles.sources(parse, t, p.movement(), notActors);
    List<Integer> targets = targets(parse, t, p, actToken, sources, exclude, acts);
    targets.removeAll(sources);
    List<Integer> speakers = speakers(parse, t, sources);
    if (!speakers.isEmpty()) {
      sources = speakers;
    }
    List<Participant> from = participants(parse, notes, sources);
    List<Participant> to = participants(parse, notes, targets);
    if (!p.movement() && !statement(p) && to.stream().allMatch(x -> x.code() == null && x.actorId() == null)) {
      List<Participant> listed = participants(parse, notes, stranded(parse, notes, t, actToken));
      listed.removeIf(x -> x.code() == null);
      to = listed.isEmpty() ? to : listed;
    }
    if (!p.movement() && !statement(p) && to.stream().allMatch(x -> x.code() == null && x.actorId() == null)) {
      Set<Integer> skip = new HashSet<>(exclude);
      sources.forEach(x -> skip.addAll(Roles.phrase(parse, x)));
      List<Participant> nearest = nearest(parse, notes, t, skip, from);
      to = nearest.isEmpty() ? to : nearest;
    }
    if (from.isEmpty() && to.isEmpty()) {
      return List.of(); // an act by no one on no one tells an analyst nothing
    }
    List<Participant[]> pairs = new ArrayList<>();
    if (to.isEmpty() && from.size() > 1 && code != null && MUTUAL.contains(code.substring(0, 2))) {
      for (Participant a : from) {
        for (Participant b : from) {
          if (a != b) {
            pairs.add(new Participant[] {a, b});
          }
        }
      }
    } else {
      for (Participant a : from.isEmpty() ? java.util.Collections.<Participant>singletonList(null) : from) {
        for (Participant b : to.isEmpty() ? java.util.Collections.<Participant>singletonList(null) : to) {
          pairs.add(new Participant[] {a, b});
        }
      }
    }
    int dateAt = actToken != null && Circumstances.date(parse, notes, t) == null ? actToken : t;
    TimeExpression time = Circumstances.date(parse, notes, dateAt);
    String date = time != null ? time.value()
        : parse.doc.meta().published() == null ? null : parse.doc.meta().published().toString();
    Place origin = p.movement() ? Circumstances.origin(parse, notes, t, p.action()) : null;
    Place destination = p.movement() ? Circumstances.destination(parse, notes, t, p.action()) : null;
    String plover = lexicon.plover(code);
    List<Span> taken = new ArrayList<>();
    from.forEach(x -> taken.add(x.span()));
    to.forEach(x -> taken.add(x.span()));
    for (Place x : new Place[] {origin, destination}) {
      if (x != null) {
        taken.add(x.span());
      }
    }
    Place place = Circumstances.place(parse, notes, t, taken);
    List<Quantity> quantities = Circumstances.quantities(parse, notes, t, sources, targets, action);
    List<Event> out = new ArrayList<>();
    for (Participant[] pair : pairs) {
      double confidence = 0.4 + (pair[0] != null ? 0.25 : 0) + (pair[1] != null ? 0.2 : 0) + (parse.verb(t) ? 0.15 : 0);
      out.add(new Event(code, plover, action, pair[0], pair[1], place, origin, destination, date,
          time == null ? null : time.span(), quantities, mode, parse.token(t).span(), parse.sentence.span(), confidence, null));
    }
    return out;
  }

  /**
   * The coordinated speakers a plural pronoun source stands for: in "Obama and Putin said they
   * will attack Iraq" "they" is both subjects of "said", which the actors stage leaves unlinked
   * (a pronoun names one actor). Only "they" and "we" as the one source of a clause that a verb of
   * saying with two or more subjects governs; else none.
   */
  private static List<Integer> speakers(Parse parse, int t, List<Integer> sources) {
    if (sources.size() != 1 || !Set.of("they", "we").contains(parse.token(sources.get(0)).word().toLowerCase(java.util.Locale.ROOT))) {
      return List.of();
    }
    int at = t;
    for (int step = 0; step < 3; step++) {
      Dependency head = parse.head(at);
      if (head == null || head.isRoot() || !parse.inside(head.governor())) {
        return List.of();
      }
      int governor = head.governor();
      if (Parse.is(head.relation(), "ccomp") && Modes.reporting(parse.lemma(governor))) {
        List<Integer> subjects = new ArrayList<>(parse.dependents(governor, "nsubj"));
        for (int s : List.copyOf(subjects)) {
          for (Dependency d : parse.dependents(s)) {
            if (Parse.is(d.relation(), "conj") && !subjects.contains(d.dependent())) {
              subjects.add(d.dependent());
            }
          }
        }
        subjects.sort(null);
        return subjects.size() > 1 ? subjects : List.of();
      }
      if (!Parse.is(head.relation(), "xcomp") && !Parse.is(head.relation(), "conj")) {
        return List.of();
      }
      at = governor;
    }
    return List.of();
  }

  /** The dependents of {@code t} that are words of its pattern ("missiles" of "launch missile"): no participants. */
  private static List<Integer> patternWords(Parse parse, int t, Predicate p) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : parse.dependents(t)) {
      if (p.words().contains(parse.lemma(d.dependent()))) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * The targets: the object of a preposition the pattern names ("fired at X", "cracked down on X"),
   * else the trigger's own; for a frame without one, the subject or else the target of its act
   * ("demanded that the US match", "threatened to attack X"). A target that is itself an act
   * ("condemned Serbia's suppression") stands for the act's source.
   */
  private static List<Integer> targets(Parse parse, int t, Predicate p, Integer act, List<Integer> sources, Set<Integer> exclude,
      Map<Integer, Predicate> acts) {
    List<Integer> own = new ArrayList<>();
    for (Dependency d : parse.dependents(t)) {
      String r = d.relation();
      if ((Parse.is(r, "obl") || Parse.is(r, "nmod")) && p.words().contains(Parse.subtype(r)) && !exclude.contains(d.dependent())) {
        own.add(d.dependent());
      }
    }
    if (own.isEmpty()) {
      own = Roles.targets(parse, t, p.movement(), exclude);
    }
    if (act != null) {
      own.remove(act);
      if (own.isEmpty()) {
        List<Integer> subjects = Roles.heads(parse, parse.dependents(act, "nsubj"));
        subjects.removeIf(x -> parse.tag(x).startsWith("PRP") || exclude.contains(x));
        subjects.removeAll(sources);
        own = subjects.isEmpty() ? Roles.targets(parse, act, false, exclude) : subjects;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int x : own) {
      Predicate nominal = acts.get(x);
      if (nominal != null && nominal.frame() == null && !parse.verb(x)) {
        out.addAll(Roles.sources(parse, x, nominal.movement(), exclude));
      } else {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * The recipients the parser hung on a date instead of the act: in "lift embargoes ... in late
   * February to Iran, Libya, North Korea, Sudan" the "to" phrase and the list after it depend on
   * "February". The object of a recipient preposition ("to", "on", "against", "with") of a date
   * that is an oblique of the trigger or of the act its frame governs, with its conjuncts and the
   * date's conjuncts after it.
   */
  private static List<Integer> stranded(Parse parse, Annotations notes, int t, Integer actToken) {
    List<Integer> out = new ArrayList<>();
    for (int v : actToken == null ? List.of(t) : List.of(t, actToken)) {
      for (Dependency d : parse.dependents(v)) {
        int date = d.dependent();
        if (!(Parse.is(d.relation(), "obl") || Parse.is(d.relation(), "nmod")) || notes.time(date) == null) {
          continue;
        }
        for (Dependency e : parse.dependents(date)) {
          if ((Parse.is(e.relation(), "nmod") || Parse.is(e.relation(), "obl")) && STRANDED_CASES.contains(Parse.subtype(e.relation()))) {
            int recipient = e.dependent();
            out.add(recipient);
            out.addAll(parse.dependents(recipient, "conj"));
            for (int c : parse.dependents(date, "conj")) {
              if (c > recipient && notes.time(c) == null) {
                out.add(c);
              }
            }
          }
        }
      }
    }
    return Roles.heads(parse, out);
  }

  /**
   * The target an analyst reads off a clause whose own target is no actor: the nearest words
   * below the trigger (not its subject, nor a clause coordinated with it) that name an actor, a
   * country or a nationality, all of them at the nearest level: "threatened to cut off electricity
   * to Nakhichevan", "demanded that Hamas renounce", "lifted a curfew in Montenegro", "banned
   * Ugandan opposition candidates".
   */
  private static List<Participant> nearest(Parse parse, Annotations notes, int t, Set<Integer> skip, List<Participant> sources) {
    Set<Integer> seen = new HashSet<>(skip);
    seen.add(t);
    List<Integer> level = List.of(t);
    for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      List<Participant> found = new ArrayList<>();
      for (int x : level) {
        for (Dependency d : parse.dependents(x)) {
          int y = d.dependent();
          String r = d.relation();
          boolean aside = r.equals("punct") || Parse.is(r, "conj") && x == t || r.equals("parataxis") || r.equals("advcl")
              || x == t && (Parse.is(r, "nsubj") || Parse.is(r, "csubj"));
          if (aside || !seen.add(y) || notes.time(y) != null) {
            continue;
          }
          next.add(y);
          for (Participant q : named(parse, notes, y)) {
            boolean same = q.actorId() != null && sources.stream().anyMatch(s -> q.actorId().equals(s.actorId()));
            if (!same && found.stream().noneMatch(f -> f.code().equals(q.code()))) {
              found.add(q);
            }
          }
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      level = next;
    }
    return List.of();
  }

  /** The coded participants the token itself names: its actors, else its country (place or nationality). */
  private static List<Participant> named(Parse parse, Annotations notes, int y) {
    Span span = parse.token(y).span();
    List<Participant> out = new ArrayList<>();
    for (Actor actor : notes.actors(y)) {
      if (actor.code() != null) {
        Span mention = actor.mentions().stream().filter(m -> m.start() <= span.start() && span.end() <= m.end()).findFirst().orElse(span);
        out.add(new Participant(mention, parse.doc.textOf(mention), actor.id(), actor.code()));
      }
    }
    String country = notes.country(y);
    if (out.isEmpty() && country != null) {
      out.add(new Participant(span, parse.doc.textOf(span), null, country));
    }
    return out;
  }

  private static List<Participant> participants(Parse parse, Annotations notes, List<Integer> heads) {
    List<Participant> out = new ArrayList<>();
    for (int head : heads) {
      out.addAll(participant(parse, notes, head));
    }
    return out;
  }

  /**
   * The participants headed by {@code head}: one per actor its phrase refers to (coordinated
   * nationalities on one head give one per country: "Hungarian and Romanian officials"). A head
   * no actor's mention reaches takes the country of an actor or a place among its modifiers
   * ("opponents of Rwanda's Senate": {@code RWA}, "the city of Mosul": {@code IRQ}) without being
   * linked to that actor; else it is a participant without a code.
   */
  private static List<Participant> participant(Parse parse, Annotations notes, int head) {
    if (notes.time(head) != null) {
      return List.of();
    }
    List<Integer> words = Roles.phrase(parse, head);
    int first = words.stream().min(Integer::compare).orElseThrow();
    int last = words.stream().max(Integer::compare).orElseThrow();
    Span span = new Span(parse.token(first).span().start(), parse.token(last).span().end());
    String text = parse.doc.textOf(span);
    List<Participant> out = new ArrayList<>();
    for (Actor actor : notes.actors(head)) {
      String code = actor.code();
      if (code != null && code.startsWith("---")) { // "Taiwan's Vice Foreign Minister": the country of a modifier
        String country = modifierCountry(parse, notes, words.subList(1, words.size()));
        code = country == null ? code : country + code.substring(3);
      }
      out.add(new Participant(span, text, actor.id(), code));
    }
    if (out.isEmpty()) {
      out.add(new Participant(span, text, null, modifierCountry(parse, notes, words)));
    }
    return out;
  }

  /** The country of the first place or modifier actor among a phrase's words (head first), or null. */
  private static String modifierCountry(Parse parse, Annotations notes, List<Integer> words) {
    for (int w : words) {
      for (Actor actor : notes.actors(w)) {
        if (actor.country() != null) {
          return actor.country();
        }
      }
      String country = notes.country(w);
      if (country != null) {
        return country;
      }
    }
    return null;
  }
}
