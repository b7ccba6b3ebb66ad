package org.herodotus.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;
import org.herodotus.model.Mention;
import org.herodotus.model.Token;
import org.herodotus.pipeline.Stage;

/**
 * The final entity layer: the statistical tagger's mentions, checked. Pronouns that the tagger
 * marks as persons ("he") are dropped: they are references, not names, and coreference resolves
 * them later.
 *
 * <p>Reads {@link Layer#TOKENS} and {@link Layer#ENTITY_CANDIDATES}; adds {@link Layer#ENTITIES},
 * sorted by span. Thread-safe; loads nothing.
 */
public final class Entities implements Stage {

  @Override
  public Document apply(Document doc) {
    List<Mention> kept = new ArrayList<>(doc.entityCandidates().size());
    for (Mention candidate : doc.entityCandidates()) {
      if (!isPronoun(doc, candidate)) {
        kept.add(candidate);
      }
    }
    kept.sort((a, b) -> a.span().compareTo(b.span()));
    return doc.withEntities(kept);
  }

  private static boolean isPronoun(Document doc, Mention mention) {
    List<Token> tokens = doc.tokens();
    int low = 0;
    int high = tokens.size() - 1;
    while (low <= high) { // tokens are in text order
      int mid = (low + high) >>> 1;
      Token token = tokens.get(mid);
      if (token.span().start() < mention.span().start()) {
        low = mid + 1;
      } else if (token.span().start() > mention.span().start()) {
        high = mid - 1;
      } else {
        return token.span().equals(mention.span()) && token.tag() != null && token.tag().startsWith("PRP");
      }
    }
    return false;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.ENTITY_CANDIDATES);
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.ENTITIES);
  }
}
