package org.herodotus.store;

/** What {@link Store#put} did with a document. */
public enum Ingested {
  /** The store had no document with this id: it was added. */
  NEW,
  /** The store had this id with the same content hash: nothing was written. */
  UNCHANGED,
  /** The store had this id with another content hash: the old rows were replaced. */
  REPLACED
}
