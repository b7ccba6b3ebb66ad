/**
 * The event store: documents and their actors, places, events and quotes in an embedded DuckDB
 * database in a data directory, with the near-duplicate documents and the event clusters (one per
 * real-world event, {@link org.herodotus.store.EventCluster}) derived from them. {@link org.herodotus.store.Store} is the entry point; it is the
 * only code in Herodotus that imports DuckDB.
 */
package org.herodotus.store;
