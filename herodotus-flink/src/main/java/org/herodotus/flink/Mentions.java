package org.herodotus.flink;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.herodotus.model.Document;
import org.herodotus.store.ClusterMention;
import org.herodotus.store.ClusterRules;
import org.herodotus.store.ContentHash;

/**
 * The mentions of a processed document that are clustered ({@link ClusterRules#mentions}), each
 * keyed by type, country and week.
 *
 * <p>The country is that of the mention's place; a mention without a place (it can join only
 * clusters of its own article) takes the country of the first placed mention of the same type in
 * its article, so it meets its article's other reports of the event in one key.
 */
final class Mentions implements FlatMapFunction<Document, KeyedMention> {

  private static final long serialVersionUID = 1L;

  @Override
  public void flatMap(Document doc, Collector<KeyedMention> out) {
    List<ClusterMention> mentions = ClusterRules.mentions(doc);
    if (mentions.isEmpty()) {
      return;
    }
    String hash = ContentHash.of(doc);
    Map<String, String> countryOfType = new HashMap<>();
    for (ClusterMention m : mentions) {
      if (country(m) != null) {
        countryOfType.putIfAbsent(m.typeKey(), country(m));
      }
    }
    for (ClusterMention m : mentions) {
      String country = country(m) != null ? country(m) : countryOfType.getOrDefault(m.typeKey(), "");
      LocalDate day = doc.meta().published() != null ? doc.meta().published() : m.start();
      long timestamp = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      out.collect(new KeyedMention(KeyedMention.key(m.typeKey(), country, m.start()), timestamp, hash,
          ClusterRules.origin(doc, m.index()), m));
    }
  }

  private static String country(ClusterMention m) {
    return m.place() == null ? null : m.place().country();
  }
}
