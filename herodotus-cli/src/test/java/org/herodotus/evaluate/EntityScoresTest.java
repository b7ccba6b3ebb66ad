package org.herodotus.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Metadata;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class EntityScoresTest {

  static final String TEXT = "Syrian troops entered Idlib , the army said .";

  static Mention mention(int start, int end, EntityType type) {
    return new Mention(new Span(start, end), TEXT.substring(start, end), type, null, null);
  }

  @Test
  void score_mapsNationalityToConllMiscAndRequiresExactSpans() throws Exception {
    GoldSet gold = new GoldSet(List.of(new ObjectMapper().readTree("""
        {"id": "c1", "corpus": "conll2003", "text": "%s", "entities": [
          {"start": 0, "end": 6, "surface": "Syrian", "type": "MISC"},
          {"start": 22, "end": 27, "surface": "Idlib", "type": "LOC"}]}
        """.formatted(TEXT))));
    Document predicted = Document.of(Metadata.of("c1"), TEXT).withEntities(List.of(
        mention(0, 6, EntityType.NATIONALITY), mention(22, 29, EntityType.LOCATION), mention(34, 38, EntityType.ORGANIZATION)));
    EntityScores.CorpusScore conll = EntityScores.score(gold, Map.of("c1", predicted)).get(0);
    assertThat(conll.corpus()).isEqualTo("conll2003");
    assertThat(conll.overall()).isEqualTo(new Prf(1, 3, 2));
    assertThat(conll.perType()).containsEntry("MISC", new Prf(1, 1, 1)).containsEntry("LOC", new Prf(0, 1, 1));
  }

  @Test
  void score_re3d_keepsOnlyCapitalisedNames() throws Exception {
    GoldSet gold = new GoldSet(List.of(new ObjectMapper().readTree("""
        {"id": "r1", "corpus": "re3d", "text": "%s", "entities": [
          {"start": 0, "end": 13, "surface": "Syrian troops", "type": "Organisation"},
          {"start": 22, "end": 27, "surface": "Idlib", "type": "Location"},
          {"start": 30, "end": 38, "surface": "the army", "type": "Organisation"}]}
        """.formatted(TEXT))));
    Document predicted = Document.of(Metadata.of("r1"), TEXT).withEntities(List.of(
        mention(22, 27, EntityType.LOCATION), mention(34, 38, EntityType.ORGANIZATION)));
    EntityScores.CorpusScore re3d = EntityScores.score(gold, Map.of("r1", predicted)).get(0);
    assertThat(re3d.overall()).isEqualTo(new Prf(1, 1, 2));
  }
}
