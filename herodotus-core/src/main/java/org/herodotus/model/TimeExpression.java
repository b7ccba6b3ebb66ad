package org.herodotus.model;

/**
 * A temporal expression with its TIMEX3 normalization.
 *
 * @param span where it stands in the text
 * @param text the covered characters
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value, resolved against the publication date where the expression is
 *     relative ({@code "2017-08"}, {@code "P3D"}, {@code "PRESENT_REF"}), or {@code null} when it
 *     cannot be normalized
 * @param mod the TIMEX3 modifier ({@code START}, {@code MID}, {@code END}, {@code APPROX}, ...), or
 *     {@code null}
 */
public record TimeExpression(Span span, String text, TimexType type, String value, String mod) {}
