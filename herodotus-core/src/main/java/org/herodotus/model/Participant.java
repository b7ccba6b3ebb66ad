package org.herodotus.model;

/**
 * The source or target of an {@link Event}: the words of the sentence that name it and the
 * article's actor they refer to.
 *
 * @param span the words in the event's sentence ("Iraqi forces", "the terror group")
 * @param text the covered characters
 * @param actorId the {@link Actor#id()} it refers to, or {@code null} when it is not linked
 * @param code the CAMEO actor code for this event ({@code "IRQMIL"}), or {@code null}
 */
public record Participant(Span span, String text, String actorId, String code) {}
