package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.herodotus.model.Place;

/**
 * Reads event clusters: those with at least one member event matching an {@link EventQuery}, each
 * summarized from all its members ({@link EventCluster}). Counts and representative values are
 * computed when read, from the members and the near-duplicate pairs as they are now, so they can
 * never be stale. Clusters come in the order of their date, then first seen, then id.
 */
final class ClusterReader {

  private ClusterReader() {}

  static List<EventCluster> read(Connection connection, EventQuery q) throws SQLException {
    return page(connection, q, 0).items();
  }

  /**
   * The clusters {@code q} selects, in order, from {@code offset}, at most {@code q.limit()}, and how
   * many it selects in all. The database orders and counts the clusters
   * ({@link EventReader#clusterIds}); only the members of the page's clusters are read and summarized.
   */
  static EventClusterPage page(Connection connection, EventQuery q, int offset) throws SQLException {
    EventReader.ClusterIds page = EventReader.clusterIds(connection, q, offset);
    if (page.ids().isEmpty()) {
      return new EventClusterPage(page.total(), List.of());
    }
    Map<String, List<StoredEvent>> members = new HashMap<>();
    EventReader.readClustersMembers(connection, page.ids(), e -> members.computeIfAbsent(e.cluster(), k -> new ArrayList<>()).add(e));
    Map<String, String> originals = NearDuplicates.originals(connection);
    Map<String, String> outletOf = new HashMap<>();
    List<EventCluster> clusters = new ArrayList<>();
    for (String id : page.ids()) {
      clusters.add(summarize(connection, id, members.get(id), originals, outletOf));
    }
    return new EventClusterPage(page.total(), clusters);
  }

  /**
   * The member whose date the cluster takes: of those with a date, the narrowest span, a date read
   * from the text before a publication date; among equals the most common date, then the first.
   * {@link EventReader#clusterIds} orders clusters by the same choice, made in SQL: change both.
   */
  private static <T> T dated(List<T> members, Function<T, LocalDate> start, Function<T, LocalDate> end,
      Function<T, String> precision, Function<T, String> date) {
    return best(members.stream().filter(e -> start.apply(e) != null).toList(),
        Comparator.<T>comparingLong(e -> -ChronoUnit.DAYS.between(start.apply(e), end.apply(e)))
            .thenComparingInt(e -> "publication".equals(precision.apply(e)) ? 0 : 1), date);
  }

  private static EventCluster summarize(Connection connection, String id, List<StoredEvent> events,
      Map<String, String> originals, Map<String, String> outletOf) throws SQLException {
    Set<String> documents = new LinkedHashSet<>();
    Map<String, String> outlets = new LinkedHashMap<>();
    Set<String> independent = new LinkedHashSet<>();
    List<String> memberIds = new ArrayList<>();
    Map<String, String> copies = new HashMap<>();
    LocalDate first = null;
    LocalDate last = null;
    for (StoredEvent e : events) {
      memberIds.add(e.documentId() + "#" + e.index());
      documents.add(e.documentId());
      if (originals.containsKey(e.documentId())) {
        copies.put(e.documentId(), originals.get(e.documentId()));
      }
      String outlet = Origins.outlet(e.document().source());
      if (outlet != null) {
        outlets.putIfAbsent(outlet, e.document().source());
      }
      independent.add(e.originalSource() != null ? e.originalSource() : own(connection, e, originals, outletOf));
      LocalDate published = e.document().published();
      if (published != null) {
        first = first == null || published.isBefore(first) ? published : first;
        last = last == null || published.isAfter(last) ? published : last;
      }
    }
    StoredEvent coded = best(events, Comparator.comparingDouble(StoredEvent::confidence), StoredEvent::code);
    StoredEvent placed = best(events.stream().filter(e -> e.place() != null).toList(),
        Comparator.comparingInt(e -> placeRank(e.place())), e -> placeKey(e.place()));
    StoredEvent dated = dated(events, StoredEvent::dateStart, StoredEvent::dateEnd, StoredEvent::datePrecision, StoredEvent::date);
    return new EventCluster(id, coded.code(), coded.plover(), coded.action(), actor(events, StoredEvent::source),
        actor(events, StoredEvent::target), placed == null ? null : placed.place(), dated == null ? null : dated.date(),
        dated == null ? null : dated.datePrecision(), dated == null ? null : dated.dateStart(),
        dated == null ? null : dated.dateEnd(), events.size(), new ArrayList<>(documents),
        new ArrayList<>(outlets.values()), new ArrayList<>(independent), first, last, memberIds, copies);
  }

  /** The source of a document's own reporting: the outlet of the document it copies (itself when none). */
  private static String own(Connection connection, StoredEvent e, Map<String, String> originals, Map<String, String> outletOf)
      throws SQLException {
    String root = originals.getOrDefault(e.documentId(), e.documentId());
    String outlet;
    if (root.equals(e.documentId())) {
      outlet = e.document().source();
    } else if (outletOf.containsKey(root)) {
      outlet = outletOf.get(root);
    } else {
      try (PreparedStatement st = connection.prepareStatement("SELECT source FROM documents WHERE id = ?")) {
        st.setString(1, root);
        try (ResultSet rs = st.executeQuery()) {
          outlet = rs.next() ? rs.getString(1) : null;
        }
      }
      outletOf.put(root, outlet);
    }
    String key = Origins.outlet(outlet);
    return key != null ? key : "document:" + root;
  }

  /**
   * The member that ranks highest by {@code quality}; among equals, the one whose {@code key} is
   * most common, then the first; {@code null} for no members.
   */
  private static <T> T best(List<T> events, Comparator<T> quality, Function<T, ?> key) {
    if (events.isEmpty()) {
      return null;
    }
    Map<Object, Integer> frequency = new HashMap<>();
    for (T e : events) {
      frequency.merge(Objects.toString(key.apply(e)), 1, Integer::sum);
    }
    T best = events.get(0);
    for (T e : events) {
      int byQuality = quality.compare(e, best);
      if (byQuality > 0 || byQuality == 0
          && frequency.get(Objects.toString(key.apply(e))) > frequency.get(Objects.toString(key.apply(best)))) {
        best = e;
      }
    }
    return best;
  }

  /** The actor most members name on one side, those with a CAMEO code first; {@code null} when none names one. */
  private static EventActor actor(List<StoredEvent> events, Function<StoredEvent, EventActor> side) {
    List<StoredEvent> named = events.stream().filter(e -> side.apply(e) != null).toList();
    StoredEvent best = best(named, Comparator.comparingInt(e -> side.apply(e).code() == null ? 0 : 1),
        e -> side.apply(e).code() != null ? side.apply(e).code() : side.apply(e).label());
    return best == null ? null : side.apply(best);
  }

  private static int placeRank(Place p) {
    return switch (p.precision()) {
      case POINT -> 6;
      case CITY -> 5;
      case ADMIN2 -> 4;
      case ADMIN1 -> 3;
      case COUNTRY -> 2;
      case REGION -> 1;
      case UNRESOLVED -> 0;
    };
  }

  private static String placeKey(Place p) {
    return p.geonameId() != null ? p.geonameId().toString() : p.text();
  }
}
