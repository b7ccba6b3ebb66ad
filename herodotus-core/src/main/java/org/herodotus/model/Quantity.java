package org.herodotus.model;

/**
 * An amount an event mentions: how many people took part or were killed, how much was paid.
 *
 * @param span where it stands in the text ("hundreds", "$2,000")
 * @param text the covered characters
 * @param kind what is counted: {@code PEOPLE}, {@code KILLED}, {@code INJURED}, {@code MONEY}, ...
 * @param value the number, or {@code null} when the text gives only a magnitude that has none
 *     ("dozens" is 24 and "hundreds" 200 as lower bounds; see {@code approximate})
 * @param unit the unit: an ISO 4217 currency code for money ({@code "USD"}), else {@code null}
 * @param approximate whether the text gives a rough or lower-bound figure ("hundreds", "about 50")
 */
public record Quantity(Span span, String text, String kind, Double value, String unit, boolean approximate) {}
