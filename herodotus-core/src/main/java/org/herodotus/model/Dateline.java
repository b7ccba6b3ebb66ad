package org.herodotus.model;

/**
 * The dateline that opens a wire story, such as {@code ERBIL, Kurdistan Region (Kurdistan 24) –}.
 *
 * @param span the whole dateline in the text
 * @param place the place part ({@code "ERBIL, Kurdistan Region"}), or {@code null}
 * @param outlet the outlet or agency named in it ({@code "Kurdistan 24"}), or {@code null}
 */
public record Dateline(Span span, String place, String outlet) {}
