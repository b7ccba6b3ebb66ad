package org.herodotus.attribution;

import java.util.List;
import org.herodotus.model.Span;

/**
 * An attribution as the finders see it, before speakers are linked to actors and chains are
 * built.
 *
 * @param content the attributed words (a quote split by its cue runs from the first piece to the last)
 * @param cue the cue's words, or {@code null}
 * @param entry the lexicon entry of the cue, or {@code null}
 * @param speaker the speaker as written ("he", "who", "a former militant"), or {@code null}
 * @param speakerHead the token that names the speaker's actor (a relative pronoun's antecedent), or -1
 * @param recipient the phrase of whom the speaker told ("told British-based publication the Guardian"), or null
 * @param via who the article has the attribution from ("according to two diplomats" around "France said"), or null
 * @param hedges hedge words found on the cue and at the top of the content
 */
record Found(Span content, Span cue, Cue entry, Span speaker, int speakerHead, Span recipient, Span via, List<String> hedges) {

  Found {
    hedges = List.copyOf(hedges);
  }

  Found extendedTo(int end) {
    return new Found(new Span(content.start(), Math.max(end, content.end())), cue, entry, speaker, speakerHead, recipient, via, hedges);
  }

  Found withVia(Span newVia) {
    return new Found(content, cue, entry, speaker, speakerHead, recipient, newVia, hedges);
  }

  Found withContent(Span newContent) {
    return new Found(newContent, cue, entry, speaker, speakerHead, recipient, via, hedges);
  }
}
