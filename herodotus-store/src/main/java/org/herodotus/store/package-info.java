/**
 * The event store: documents and their actors, places, events and quotes in an embedded DuckDB
 * database in a data directory. {@link org.herodotus.store.Store} is the entry point; it is the
 * only code in Herodotus that imports DuckDB.
 */
package org.herodotus.store;
