package org.herodotus.store;

/**
 * The orders a page of events can come in ({@link Store#events(EventQuery, EventOrder, int)}); each
 * ends in document and event order, so pages never overlap. Events without a date come last.
 */
public enum EventOrder {
  /** By document id, then the event's index in its document. */
  DOCUMENT("e.document_id, e.idx"),
  /** By the first day of the event's date, earliest first. */
  DATE("e.date_start NULLS LAST, e.document_id, e.idx"),
  /** By the first day of the event's date, latest first. */
  DATE_DESCENDING("e.date_start DESC NULLS LAST, e.document_id, e.idx");

  /** The ORDER BY list over the events table as {@code e}: fixed text, never a value. */
  final String sql;

  EventOrder(String sql) {
    this.sql = sql;
  }
}
