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
 * statement ("said") is coded only when the sentence has no other event. Sources, targets, place,
 * date, quantities and mode come from the same sentence ({@link Roles}, {@link Circumstances},
 * {@link Modes}); movements ("fled Syria into Turkey") carry origin and destination. Participants
 * are linked to the actor whose mention holds their head when the document has
 * {@link Layer#ACTORS}; otherwise they get a {@link ProvisionalCodes provisional} code.
 *
 * <p>Reads {@link Layer#TOKENS}, {@link Layer#DEPENDENCIES}, {@link Layer#ENTITIES},
 * {@link Layer#TIMES}, {@link Layer#PLACES} (and {@link Layer#ACTORS} when present); adds
 * {@link Layer#EVENTS} in text order. Thread-safe; loads the lexicon once.
 */
public final class Events implements Stage {

  /** Relations by which a frame governs its act ("threatened to attack", "called for the release"). */
  private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp", "obj", "obl:for", "obl:to", "obl:on",
      "nmod:for", "nmod:to", "nmod:on", "nmod:of", "acl", "acl:to");
  /** CAMEO roots whose acts are mutual when coordinated actors do them together ("A and B agreed"). */
  private static final Set<String> MUTUAL = Set.of("03", "04", "05", "06");

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
    return Set.of(Layer.TOKENS, Layer.DEPENDENCIES, Layer.ENTITIES, Layer.TIMES, Layer.PLACES);
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
      if (p != null) {
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
    boolean others = acts.entrySet().stream().anyMatch(e -> !absorbed.contains(e.getKey()) && !statement(e.getValue()));
    List<Event> events = new ArrayList<>();
    for (var entry : acts.entrySet()) {
      int t = entry.getKey();
      if (!absorbed.contains(t) && !(others && statement(entry.getValue()))) {
        Integer act = complements.get(t);
        events.addAll(events(parse, notes, t, entry.getValue(), act, act == null ? null : acts.get(act)));
      }
    }
    return events;
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

  private List<Event> events(Parse parse, Annotations notes, int t, Predicate p, Integer actToken, Predicate act) {
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
      }
    }
    List<Integer> sources = Roles.sources(parse, t, p.movement());
    List<Integer> targets = targets(parse, t, actToken, sources, p.movement());
    targets.removeAll(sources);
    List<int[]> pairs = new ArrayList<>();
    if (targets.isEmpty() && sources.size() > 1 && code != null && MUTUAL.contains(code.substring(0, 2))) {
      for (int a : sources) {
        for (int b : sources) {
          if (a != b) {
            pairs.add(new int[] {a, b});
          }
        }
      }
    } else {
      for (int s : sources.isEmpty() ? List.of(-1) : sources.subList(0, Math.min(4, sources.size()))) {
        for (int o : targets.isEmpty() ? List.of(-1) : targets.subList(0, Math.min(4, targets.size()))) {
          pairs.add(new int[] {s, o});
        }
      }
    }
    int dateAt = actToken != null && Circumstances.date(parse, notes, t) == null ? actToken : t;
    TimeExpression time = Circumstances.date(parse, notes, dateAt);
    String date = time != null ? time.value()
        : parse.doc.meta().published() == null ? null : parse.doc.meta().published().toString();
    Place origin = p.movement() ? Circumstances.origin(parse, notes, t, p.action()) : null;
    Place destination = p.movement() ? Circumstances.destination(parse, notes, t) : null;
    String plover = lexicon.plover(code);
    Span evidence = parse.sentence.span();
    List<Event> out = new ArrayList<>();
    for (int[] pair : pairs) {
      Participant source = participant(parse, notes, pair[0]);
      Participant target = participant(parse, notes, pair[1]);
      List<Span> taken = new ArrayList<>();
      for (Participant x : new Participant[] {source, target}) {
        if (x != null) {
          taken.add(x.span());
        }
      }
      for (Place x : new Place[] {origin, destination}) {
        if (x != null) {
          taken.add(x.span());
        }
      }
      Place place = Circumstances.place(parse, notes, t, taken);
      List<Quantity> quantities = Circumstances.quantities(parse, notes, t,
          pair[0] < 0 ? List.of() : List.of(pair[0]), pair[1] < 0 ? List.of() : List.of(pair[1]), action);
      double confidence = 0.4 + (source != null ? 0.25 : 0) + (target != null ? 0.2 : 0) + (parse.verb(t) ? 0.15 : 0);
      out.add(new Event(code, plover, action, source, target, place, origin, destination, date,
          time == null ? null : time.span(), quantities, mode, parse.token(t).span(), evidence, confidence));
    }
    return out;
  }

  private static List<Integer> targets(Parse parse, int t, Integer act, List<Integer> sources, boolean movement) {
    List<Integer> own = Roles.targets(parse, t, movement);
    if (act != null) {
      own.remove(act);
    }
    if (!own.isEmpty() || act == null) {
      return own;
    }
    List<Integer> subjects = Roles.heads(parse, parse.dependents(act, "nsubj"));
    subjects.removeAll(sources);
    return subjects.isEmpty() ? Roles.targets(parse, act, false) : subjects;
  }

  private static Participant participant(Parse parse, Annotations notes, int head) {
    if (head < 0) {
      return null;
    }
    List<Integer> words = Roles.phrase(parse, head);
    int first = words.stream().min(Integer::compare).orElseThrow();
    int last = words.stream().max(Integer::compare).orElseThrow();
    Span span = new Span(parse.token(first).span().start(), parse.token(last).span().end());
    Actor actor = notes.actor(head);
    if (actor != null) {
      return new Participant(span, parse.doc.textOf(span), actor.id(), actor.code());
    }
    return new Participant(span, parse.doc.textOf(span), null, ProvisionalCodes.code(parse, notes, words));
  }
}
