/**
 * Writing stored events out: a readable table, CSV, JSON Lines, GeoJSON, ACLED-like CSV and
 * GDELT-like TSV (the column mappings are in {@code docs/export.md}). {@link org.herodotus.export.EventFormat} names
 * the formats and makes their writers.
 */
package org.herodotus.export;
