package org.herodotus.model;

/**
 * A mention of an entity or an amount in a document.
 *
 * @param span where it stands in the text
 * @param text the covered characters, {@code span.of(documentText)}
 * @param type the coarse type
 * @param subtype a finer class such as {@code CITY} or {@code COUNTRY}, or {@code null}
 * @param normalized a normalized value for amounts ({@code "2000.0"}, {@code "$2000.0"}), or
 *     {@code null}
 */
public record Mention(Span span, String text, EntityType type, String subtype, String normalized) {}
