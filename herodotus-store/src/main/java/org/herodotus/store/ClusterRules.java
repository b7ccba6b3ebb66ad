package org.herodotus.store;

import java.util.List;
import java.util.Map;
import org.herodotus.model.Document;

/**
 * The event clustering rules of the store, for clustering done elsewhere (the Flink job keeps
 * clusters in its own keyed state): which mentions of a document are clustered, whether a mention
 * fits a cluster, which cluster it joins, and the cluster's id. The embedded store applies the
 * very same functions ({@code Clustering}), so both give the same clusters for the same candidates
 * in the same order.
 */
public final class ClusterRules {

  private ClusterRules() {}

  /**
   * The days by which two mentions' dates may differ and still match: a search for candidates must
   * reach this far before a mention's first day and after its last.
   */
  public static final int TOLERANCE_DAYS = EventMatch.PUBLICATION_DAYS;

  /**
   * The mentions of {@code doc} that are clustered: one per event presented as having happened
   * (asserted, reported, claimed) with a date that names a calendar period, in event order, each
   * with the place clustering compares (the event's, else its sentence's).
   */
  public static List<ClusterMention> mentions(Document doc) {
    return Clustering.mentions(doc);
  }

  /**
   * The source event {@code index} of {@code doc} is attributed to, folded to a key ("guardian"),
   * or {@code null} when the article states it itself: the {@code origin} of its member row.
   */
  public static String origin(Document doc, int index) {
    return Origins.of(doc, doc.events().get(index));
  }

  /** Whether {@code mention} may join a cluster of {@code members} (complete link, see {@link EventMatch}). */
  public static boolean fits(List<ClusterMention> members, ClusterMention mention) {
    return Clustering.fits(members, mention);
  }

  /**
   * The id of the cluster {@code mention} joins among {@code clusters} (id to members): of those it
   * fits, one holding a mention of its own article, else the largest, ties to the smallest id; or
   * {@code null} when it fits none and founds a cluster of its own.
   */
  public static String choose(Map<String, List<ClusterMention>> clusters, ClusterMention mention) {
    return Clustering.choose(clusters, mention);
  }

  /**
   * The id of the cluster that {@code founder} founds, in a document with content hash
   * {@code contentHash} ({@link ContentHash#of}): 16 hex digits, the same on every run.
   */
  public static String clusterId(ClusterMention founder, String contentHash) {
    return Clustering.id(founder.documentId(), contentHash, founder.index());
  }
}
