package org.herodotus.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herodotus.model.Actor;
import org.herodotus.model.DatePrecision;
import org.herodotus.model.Document;
import org.herodotus.model.Event;
import org.herodotus.model.Participant;
import org.herodotus.model.Place;

/**
 * Assigns event mentions to event clusters, incrementally, inside the transaction that stores their
 * document: one cluster per real-world event, however many articles report it.
 *
 * <p><b>Why in the document's transaction</b> and not in a later recomputation step: the store's
 * guarantee is that a document is either entirely there or not at all, and a document's events
 * belong to it together with their cluster memberships. A crash between the put and a separate
 * clustering step would leave events without clusters, which every reader would then have to
 * detect and repair; here DuckDB's write-ahead log replays or discards the whole document,
 * memberships included ({@code WalReplayAfterKillTest}). The cost is one candidate query per event,
 * narrowed to clusters of the same type whose dates lie within the widest tolerance.
 *
 * <p><b>Rules</b>: a mention is compared with the place {@link #place} gives it. Among the
 * clusters it {@linkplain #fits fits} (compatible with every member it can be compared with), it joins
 * one that already holds a mention of its own article (a vague "the bombardment began at dawn"
 * belongs with the article's shelling, not with another outlet's larger cluster), else the one
 * with the most members (ties: the smallest id); when there is none it founds a new cluster. Only events presented as having happened (asserted,
 * reported, claimed) with a known date are clustered.
 *
 * <p><b>Ids</b> are deterministic: the first 16 hex digits of the SHA-256 of the founding member's
 * document id, content hash and event index. The same documents ingested in the same order give
 * the same clusters and ids; re-ingesting an unchanged document writes nothing. The order can
 * matter where three mentions are pairwise only partly compatible; then the earlier ingested wins.
 *
 * <p><b>Replacement</b>: {@link #detach} removes a document's members and dissolves every cluster
 * it touched; {@link #reassign} then places those clusters' other members again, in publication
 * order, so a cluster that the old version held together may split, and none keeps a stale member.
 */
final class Clustering {

  /** Candidate members: those of clusters of one type with a member whose dates lie in a window. */
  private static final String CANDIDATES = """
      SELECT m.cluster_id, m.document_id, m.idx, m.type_key, m.date_start, m.date_end, e.date_precision,
        """ + String.join(", ", Columns.placeNames("m.place")) + """
        , e.source_code, e.source_country, e.target_code, e.target_country
      FROM cluster_members m JOIN events e ON e.document_id = m.document_id AND e.idx = m.idx
      WHERE m.cluster_id IN (SELECT cluster_id FROM cluster_members WHERE type_key = ? AND date_start <= ? AND date_end >= ?)
      ORDER BY m.cluster_id, m.document_id, m.idx""";

  private final Connection connection;

  Clustering(Connection connection) {
    this.connection = connection;
  }

  /** A member to place again after its cluster was dissolved. */
  record Orphan(ClusterMention mention, String contentHash, String origin) {}

  /** Assigns each eligible event of {@code doc} (already written, with content hash {@code hash}) to a cluster. */
  void add(Document doc, String hash) throws SQLException {
    for (ClusterMention mention : mentions(doc)) {
      assign(mention, hash, Origins.of(doc, doc.events().get(mention.index())));
    }
  }

  /** The mentions clustering compares, one per eligible event of {@code doc} with a known date, in event order. */
  static List<ClusterMention> mentions(Document doc) {
    Map<String, Actor> actors = doc.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
    List<ClusterMention> mentions = new ArrayList<>();
    List<Event> events = doc.events();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      DateRange range = DateRange.of(e.date());
      if (!ClusterMention.eligible(e.mode()) || range == null) {
        continue;
      }
      mentions.add(new ClusterMention(doc.id(), i, ClusterMention.typeKey(e), range.start(), range.end(),
          DatePrecision.of(e.date(), e.dateSpan() == null), place(doc, e), side(e.source(), actors), side(e.target(), actors)));
    }
    return mentions;
  }

  /**
   * Removes the members of document {@code documentId} and dissolves the clusters they were in.
   * Call it before the document's events are deleted.
   *
   * @return the other members of those clusters, to {@link #reassign} once the new version is written
   */
  List<Orphan> detach(String documentId) throws SQLException {
    List<Orphan> orphans = new ArrayList<>();
    String sql = """
        SELECT m.cluster_id, m.document_id, m.idx, m.type_key, m.date_start, m.date_end, e.date_precision,
          """ + String.join(", ", Columns.placeNames("m.place")) + """
          , e.source_code, e.source_country, e.target_code, e.target_country, d.content_hash, m.origin
        FROM cluster_members m JOIN events e ON e.document_id = m.document_id AND e.idx = m.idx
          JOIN documents d ON d.id = m.document_id
        WHERE m.document_id <> ? AND m.cluster_id IN (SELECT cluster_id FROM cluster_members WHERE document_id = ?)
        ORDER BY d.published NULLS LAST, m.document_id, m.idx""";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setString(1, documentId);
      st.setString(2, documentId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          orphans.add(new Orphan(mention(rs), rs.getString("content_hash"), rs.getString("origin")));
        }
      }
    }
    for (String delete : new String[] {
        "DELETE FROM clusters WHERE id IN (SELECT cluster_id FROM cluster_members WHERE document_id = ?)",
        "DELETE FROM cluster_members WHERE cluster_id IN (SELECT cluster_id FROM cluster_members WHERE document_id = ?)"}) {
      try (PreparedStatement st = connection.prepareStatement(delete)) {
        st.setString(1, documentId);
        st.executeUpdate();
      }
    }
    return orphans;
  }

  /** Places again the members that {@link #detach} returned, in the order it returned them. */
  void reassign(List<Orphan> orphans) throws SQLException {
    for (Orphan orphan : orphans) {
      assign(orphan.mention(), orphan.contentHash(), orphan.origin());
    }
  }

  void assign(ClusterMention mention, String hash, String origin) throws SQLException {
    Map<String, List<ClusterMention>> clusters = new LinkedHashMap<>();
    try (PreparedStatement st = connection.prepareStatement(CANDIDATES)) {
      st.setString(1, mention.typeKey());
      st.setDate(2, Date.valueOf(mention.end().plusDays(EventMatch.PUBLICATION_DAYS)));
      st.setDate(3, Date.valueOf(mention.start().minusDays(EventMatch.PUBLICATION_DAYS)));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          clusters.computeIfAbsent(rs.getString("cluster_id"), k -> new ArrayList<>()).add(mention(rs));
        }
      }
    }
    String best = choose(clusters, mention);
    if (best == null) {
      best = id(mention.documentId(), hash, mention.index());
      writeCluster(connection, best, mention);
    }
    writeMember(connection, best, mention, origin);
  }

  /** Inserts the row of cluster {@code id}, founded by {@code founder}. */
  static void writeCluster(Connection connection, String id, ClusterMention founder) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("INSERT INTO clusters VALUES (?, ?, ?, ?)")) {
      st.setString(1, id);
      st.setString(2, founder.typeKey());
      st.setString(3, founder.documentId());
      st.setInt(4, founder.index());
      st.executeUpdate();
    }
  }

  /** Inserts the row that makes {@code mention} a member of cluster {@code clusterId}. */
  static void writeMember(Connection connection, String clusterId, ClusterMention mention, String origin) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(
        "INSERT INTO cluster_members VALUES (?, ?, ?, ?, ?, ?, ?, " + "?, ".repeat(Columns.placeNames("place").size() - 1) + "?)")) {
      st.setString(1, clusterId);
      st.setString(2, mention.documentId());
      st.setInt(3, mention.index());
      st.setString(4, mention.typeKey());
      st.setDate(5, Date.valueOf(mention.start()));
      st.setDate(6, Date.valueOf(mention.end()));
      st.setString(7, origin);
      Columns.bindPlace(st, 8, mention.place());
      st.executeUpdate();
    }
  }

  /**
   * The cluster {@code mention} joins among {@code clusters} (id to members): of those it
   * {@linkplain #fits fits}, one that holds a mention of its own article, else the one with the
   * most members, ties to the smallest id; {@code null} when it fits none.
   */
  static String choose(Map<String, List<ClusterMention>> clusters, ClusterMention mention) {
    String best = null;
    int bestRank = 0;
    for (Map.Entry<String, List<ClusterMention>> cluster : clusters.entrySet()) {
      boolean fits = fits(cluster.getValue(), mention);
      boolean sameDocument = cluster.getValue().stream().anyMatch(member -> member.documentId().equals(mention.documentId()));
      int rank = (sameDocument ? 1 << 24 : 0) + Math.min(cluster.getValue().size(), (1 << 24) - 1);
      if (fits && (rank > bestRank || rank == bestRank && cluster.getKey().compareTo(best) < 0)) {
        best = cluster.getKey();
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * Whether {@code mention} may join a cluster of {@code members}: it is compatible with each member
   * of its own article and with each located member of the others when it is located itself; a
   * placeless member of another article is not compared (it belongs to the cluster through its
   * own article), and at least one member must have been compared.
   */
  static boolean fits(List<ClusterMention> members, ClusterMention mention) {
    boolean compared = false;
    for (ClusterMention member : members) {
      boolean sameArticle = member.documentId().equals(mention.documentId());
      if (!sameArticle && !(EventMatch.located(member) && EventMatch.located(mention))) {
        continue;
      }
      if (!EventMatch.compatible(member, mention)) {
        return false;
      }
      compared = true;
    }
    return compared;
  }

  private static ClusterMention mention(ResultSet rs) throws SQLException {
    return new ClusterMention(rs.getString("document_id"), rs.getInt("idx"), rs.getString("type_key"),
        rs.getDate("date_start").toLocalDate(), rs.getDate("date_end").toLocalDate(), rs.getString("date_precision"),
        Columns.readPlace(rs, "place"),
        ClusterMention.Side.of(rs.getString("source_code"), rs.getString("source_country")),
        ClusterMention.Side.of(rs.getString("target_code"), rs.getString("target_country")));
  }

  /**
   * Where clustering places an event: its own place, else the first resolved place of its sentence
   * (the parser often leaves "shelled the town of Idlib" or "hit Idlib" without one). Not the
   * dateline's: that is where the outlet or press office sits ("KABUL, Afghanistan" on every ISAF
   * release), not where the event happened.
   */
  static Place place(Document doc, Event e) {
    if (e.place() != null) {
      return e.place();
    }
    for (Place p : doc.places()) {
      if (p.resolved() && e.evidence().contains(p.span())) {
        return p;
      }
    }
    return null;
  }

  private static ClusterMention.Side side(Participant p, Map<String, Actor> actors) {
    if (p == null) {
      return null;
    }
    Actor actor = p.actorId() == null ? null : actors.get(p.actorId());
    return ClusterMention.Side.of(p.code(), actor == null ? null : actor.country());
  }

  /** The id of the cluster founded by event {@code index} of a document with this id and content hash. */
  static String id(String documentId, String hash, int index) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((documentId + "\0" + hash + "\0" + index).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }
}
