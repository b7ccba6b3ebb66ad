package org.herodotus.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.model.Dependency;
import org.herodotus.model.Document;
import org.herodotus.model.Mention;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;
import org.herodotus.model.Token;

/** Converts a CoreNLP {@link Annotation} into the layers of our document model. */
final class CoreNlpConversion {

  private CoreNlpConversion() {}

  static Document convert(Document doc, Annotation annotation, boolean parsed) {
    String text = doc.text();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        Span span = new Span(label.beginPosition(), label.endPosition());
        // The annotated text may differ from ours in a dateline's dash: take the word from ours.
        tokens.add(new Token(span, span.of(text), label.lemma(), label.tag()));
      }
      List<Dependency> dependencies = parsed ? dependencies(sentence, first) : List.of();
      Span span = new Span(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      sentences.add(new Sentence(span, first, tokens.size(), dependencies));
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap mention : mentions) {
          addMention(mention, text, entities, times);
        }
      }
    }
    return doc.withTokens(tokens, sentences, parsed).withEntityCandidates(entities).withTimeCandidates(times);
  }

  private static void addMention(CoreMap mention, String text, List<Mention> entities, List<TimeExpression> times) {
    Span span = new Span(mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
    String label = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    if (timex != null) {
      times.add(new TimeExpression(span, span.of(text), timexType(timex.timexType()), timex.value(), modOf(timex)));
      return;
    }
    EntityTypes.Mapped mapped = EntityTypes.map(label);
    if (mapped != null) {
      String normalized = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      entities.add(new Mention(span, span.of(text), mapped.type(), mapped.subtype(),
          normalized == null || normalized.isEmpty() ? null : normalized));
    }
  }

  private static TimexType timexType(String type) {
    try {
      return TimexType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      return TimexType.DATE;
    }
  }

  /**
   * SUTime's mod attribute, which Timex keeps only in its XML form, as a TIMEX3 mod: SUTime writes
   * EARLY and LATE where TIMEX3 has START and END; values TIMEX3 does not know are dropped.
   */
  private static String modOf(Timex timex) {
    Matcher m = MOD.matcher(timex.toString());
    if (!m.find()) {
      return null;
    }
    String mod = m.group(1);
    return switch (mod) {
      case "EARLY" -> "START";
      case "LATE" -> "END";
      default -> TIMEX3_MODS.contains(mod) ? mod : null;
    };
  }

  private static final Set<String> TIMEX3_MODS = Set.of("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
      "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX");

  private static final Pattern MOD = Pattern.compile("\\bmod=\"([A-Z_]+)\"");

  private static List<Dependency> dependencies(CoreMap sentence, int first) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      dependencies.add(new Dependency(-1, first + root.index() - 1, "root"));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      IndexedWord governor = edge.getGovernor();
      IndexedWord dependent = edge.getDependent();
      if (governor.copyCount() > 0 || dependent.copyCount() > 0) {
        continue; // ellipsis copies have no characters of their own
      }
      dependencies.add(new Dependency(first + governor.index() - 1, first + dependent.index() - 1,
          edge.getRelation().toString()));
    }
    return dependencies;
  }
}
