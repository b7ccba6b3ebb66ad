package org.herodotus.flink;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.herodotus.store.ClusterMention;

/**
 * An event mention on its way to clustering: the mention clustering compares, the content hash of
 * its document (for the id of a cluster it founds), its origin (for its member row), its event
 * time and the key of the clustering state it belongs to.
 *
 * @param key type key, country and ISO week of its first day: {@code ASSAULT|SY|2026-W11}
 * @param timestamp its document's publication day at midnight UTC in epoch milliseconds, else its own first day's
 * @param contentHash its document's content hash
 * @param origin the source it is attributed to, or {@code null}
 * @param mention what clustering compares
 */
public record KeyedMention(String key, long timestamp, String contentHash, String origin, ClusterMention mention) {

  /** The clustering key of a mention of type {@code typeKey} in {@code country} ({@code ""} unknown) on {@code day}. */
  static String key(String typeKey, String country, LocalDate day) {
    return typeKey + "|" + country + "|" + day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
        + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
