package org.herodotus.model;

/**
 * A mention of an entity or an amount in a document.
 *
 * @param span where it stands in the text
 * @param text the covered characters, {@code span.of(documentText)}
 * @param type the coarse type
 * @param subtype a finer class: {@code CITY}, {@code COUNTRY} (fine-grained NER), {@code NATIONAL},
 *     {@code ETHNIC}, {@code RELIGION}, {@code REGION} (nationalities), or {@code null}
 * @param normalized a normalized value: for amounts the number ({@code "2000.0"},
 *     {@code "$2000.0"}), for nationalities the country's ISO 3166-1 alpha-3 code ({@code "SYR"});
 *     {@code null} when there is none
 */
public record Mention(Span span, String text, EntityType type, String subtype, String normalized) {}
