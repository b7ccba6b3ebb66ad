package org.herodotus.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Span;
import org.herodotus.model.Token;
import org.herodotus.testing.Documents;
import org.junit.jupiter.api.Test;

class EntitiesTest {

  static Document withCandidates(String text, Mention... candidates) {
    Document doc = Documents.tokenized("t", text);
    List<Token> tagged = new ArrayList<>();
    for (Token t : doc.tokens()) {
      tagged.add(new Token(t.span(), t.word(), t.lemma(), t.word().equals("he") ? "PRP" : "NNP"));
    }
    return doc.withTokens(tagged, doc.sentences(), false).withEntityCandidates(List.of(candidates));
  }

  static Mention mention(String text, String surface, EntityType type) {
    int start = text.indexOf(surface);
    return new Mention(new Span(start, start + surface.length()), surface, type, null, null);
  }

  static List<String> render(Document doc) {
    return doc.entities().stream().map(m -> m.text() + "/" + m.type()).toList();
  }

  @Test
  void apply_pronounTaggedAsPerson_isDropped() {
    String text = "Laerke said he had seen the trucks in Aleppo.";
    Document doc = withCandidates(text, mention(text, "Aleppo", EntityType.LOCATION),
        mention(text, "he", EntityType.PERSON), mention(text, "Laerke", EntityType.PERSON));
    assertThat(render(new Entities().apply(doc))).containsExactly("Laerke/PERSON", "Aleppo/LOCATION");
  }
}
