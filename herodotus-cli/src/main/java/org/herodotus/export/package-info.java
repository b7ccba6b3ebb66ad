/**
 * Writing stored events out: a readable table, CSV, JSON Lines, GeoJSON, and ACLED-like CSV
 * (the column mapping is in {@code docs/export.md}). {@link org.herodotus.export.EventFormat} names
 * the formats and makes their writers.
 */
package org.herodotus.export;
