package org.herodotus.places;

import org.herodotus.model.Span;

/**
 * A place name found in the text, before resolution.
 *
 * @param span the characters of the name, with a capitalised designator when one follows
 *     ("Idlib Province")
 * @param name the name to look up, without designators ("Idlib")
 * @param hint the kind of place the text says it is
 * @param source how it was found, which decides how much evidence resolution asks of it
 */
record Toponym(Span span, String name, Hint hint, Source source) {

  /** How a toponym was found. */
  enum Source {
    /** A span given from outside, such as a gold standard's ("oracle" resolution). */
    GIVEN,
    /** The dateline's place: the metadata's, or that of a dateline opening a later sentence ({@link Datelines}). */
    DATELINE,
    /** A LOCATION entity. */
    LOCATION,
    /** An organization, person or other entity whose whole name is a well-known place. */
    RETYPED,
    /** A capitalised run of words no entity covers that the gazetteer knows. */
    GAZETTEER,
    /** A well-known place opening or closing an organization's name ("Illinois Department of ..."). */
    EMBEDDED
  }
}
