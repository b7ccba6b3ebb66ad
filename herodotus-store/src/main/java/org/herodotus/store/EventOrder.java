package org.herodotus.store;

/**
 * The orders a page of events can come in ({@link Store#events(EventQuery, EventOrder, int)}); each
 * ends in document and event order, so pages never overlap. Events without the sorted field come last.
 */
public enum EventOrder {
  /** By document id, then the event's index in its document. */
  DOCUMENT("e.document_id, e.idx"),
  /** By the first day of the event's date, earliest first. */
  DATE("e.date_start NULLS LAST, e.document_id, e.idx"),
  /** By the first day of the event's date, latest first. */
  DATE_DESCENDING("e.date_start DESC NULLS LAST, e.document_id, e.idx"),
  /** By type: the PLOVER category, else the CAMEO code, then the CAMEO code. */
  TYPE("coalesce(e.plover, e.code) NULLS LAST, e.code NULLS LAST, e.document_id, e.idx"),
  /** By type, Z to A. */
  TYPE_DESCENDING("coalesce(e.plover, e.code) DESC NULLS LAST, e.code DESC NULLS LAST, e.document_id, e.idx"),
  /** By the place's gazetteer name (else its text), case-insensitively. */
  PLACE("lower(coalesce(e.place_name, e.place_text)) NULLS LAST, e.document_id, e.idx"),
  /** By place, Z to A. */
  PLACE_DESCENDING("lower(coalesce(e.place_name, e.place_text)) DESC NULLS LAST, e.document_id, e.idx"),
  /** By the source actor's name (else its text), case-insensitively. */
  SOURCE("lower(coalesce(e.source_name, e.source_text)) NULLS LAST, e.document_id, e.idx"),
  /** By source, Z to A. */
  SOURCE_DESCENDING("lower(coalesce(e.source_name, e.source_text)) DESC NULLS LAST, e.document_id, e.idx"),
  /** By the target actor's name (else its text), case-insensitively. */
  TARGET("lower(coalesce(e.target_name, e.target_text)) NULLS LAST, e.document_id, e.idx"),
  /** By target, Z to A. */
  TARGET_DESCENDING("lower(coalesce(e.target_name, e.target_text)) DESC NULLS LAST, e.document_id, e.idx");

  /** The ORDER BY list over the events table as {@code e}: fixed text, never a value. */
  final String sql;

  EventOrder(String sql) {
    this.sql = sql;
  }
}
