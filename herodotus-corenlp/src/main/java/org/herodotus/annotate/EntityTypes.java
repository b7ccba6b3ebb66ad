package org.herodotus.annotate;

import java.util.Map;
import org.herodotus.model.EntityType;

/**
 * Maps CoreNLP's NER labels onto ours. Fine-grained location labels keep their class as the
 * subtype; labels that are not names (TITLE, CAUSE_OF_DEATH, URL, ...) and temporal labels (which
 * become time expressions) map to nothing.
 */
final class EntityTypes {

  /** A mapped label: our type and the subtype to keep (or null). */
  record Mapped(EntityType type, String subtype) {}

  private static final Map<String, Mapped> LABELS = Map.ofEntries(
      Map.entry("PERSON", new Mapped(EntityType.PERSON, null)),
      Map.entry("ORGANIZATION", new Mapped(EntityType.ORGANIZATION, null)),
      Map.entry("LOCATION", new Mapped(EntityType.LOCATION, null)),
      Map.entry("CITY", new Mapped(EntityType.LOCATION, "CITY")),
      Map.entry("COUNTRY", new Mapped(EntityType.LOCATION, "COUNTRY")),
      Map.entry("STATE_OR_PROVINCE", new Mapped(EntityType.LOCATION, "STATE_OR_PROVINCE")),
      Map.entry("NATIONALITY", new Mapped(EntityType.NATIONALITY, null)),
      Map.entry("RELIGION", new Mapped(EntityType.NATIONALITY, "RELIGION")),
      Map.entry("IDEOLOGY", new Mapped(EntityType.MISC, "IDEOLOGY")),
      Map.entry("MISC", new Mapped(EntityType.MISC, null)),
      Map.entry("MONEY", new Mapped(EntityType.MONEY, null)),
      Map.entry("NUMBER", new Mapped(EntityType.NUMBER, null)),
      Map.entry("PERCENT", new Mapped(EntityType.PERCENT, null)),
      Map.entry("ORDINAL", new Mapped(EntityType.ORDINAL, null)));

  private EntityTypes() {}

  /** Our type for a CoreNLP label, or null when the label is not an entity of ours. */
  static Mapped map(String label) {
    return label == null ? null : LABELS.get(label);
  }
}
