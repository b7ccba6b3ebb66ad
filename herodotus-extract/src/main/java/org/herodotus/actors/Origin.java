package org.herodotus.actors;

/**
 * Whom some words of a sentence name as an actor's state, region or organisation: "Iraqi"
 * ({@code IRQ}), "Turkey" ({@code TUR}), "Europe" ({@code EUR}), "ISIS" ({@code IMGMUSISI}).
 *
 * @param first the first token, document-wide
 * @param end the token after the last
 * @param code the code it gives an actor's code as prefix
 * @param country the ISO 3166-1 alpha-3 code of its state, or null (regions, most organisations)
 * @param named the named actor, when the words are a name from {@code names.tsv}; else null
 * @param source how the words were recognized
 */
record Origin(int first, int end, String code, String country, Named named, Source source) {

  /** How the words of an origin were recognized. */
  enum Source {
    /** A nationality adjective or noun from the entity layer ("Iraqi", "Saudis"). */
    NATIONALITY,
    /** A country, or a capital standing for it, from the place layer ("Turkey", "Moscow"). */
    COUNTRY,
    /** A region from {@code regions.tsv} ("Europe", "Western"). */
    REGION,
    /** A name from {@code names.tsv}. */
    NAME
  }

  boolean isState() {
    return source == Source.NATIONALITY || source == Source.COUNTRY;
  }
}
