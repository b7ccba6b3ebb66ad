package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.herodotus.testing.Reports;
import org.herodotus.testing.Wires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page of event clusters is the same slice of the same order as the whole list, with the whole list's size. */
class ClusterPageTest {

  @TempDir Path dir;

  @Test
  void everyPage_isTheSliceOfTheWholeList_withItsTotal() {
    try (Store store = Store.open(dir)) {
      ClusteringTest.all().forEach(store::put);
      store.put(Reports.raqqa("raqqa"));
      store.put(Reports.cairo("cairo"));
      store.put(Wires.idlib("idlib"));
      List<EventCluster> clusters = store.clusters(EventQuery.all());
      // the database orders them by the date the summary gives each (ClusterReader.dated), then first seen, then id
      assertThat(clusters).isSortedAccordingTo(Comparator.comparing(EventCluster::dateStart, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(EventCluster::firstSeen, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EventCluster::id));
      List<String> all = ids(clusters);
      assertThat(all).hasSizeGreaterThanOrEqualTo(5);
      for (int limit = 1; limit <= all.size(); limit++) {
        for (int offset = 0; offset <= all.size(); offset++) {
          EventClusterPage page = store.clusters(EventQuery.all().withLimit(limit), offset);
          assertThat(page.total()).isEqualTo(all.size());
          assertThat(ids(page.items())).as("offset %d, limit %d", offset, limit)
              .isEqualTo(all.subList(offset, Math.min(all.size(), offset + limit)));
        }
      }
      assertThat(store.clusters(EventQuery.all(), 0).items()).usingRecursiveFieldByFieldElementComparator()
          .isEqualTo(store.clusters(EventQuery.all()));
      EventQuery later = new EventQuery(null, null, null, null, LocalDate.of(2026, 3, 11), null, null, 10);
      assertThat(store.clusters(later, 0).total()).isEqualTo(1);
      assertThat(store.clusters(later, 1).items()).isEmpty();
      assertThatThrownBy(() -> store.clusters(later, -1)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static List<String> ids(List<EventCluster> clusters) {
    return clusters.stream().map(EventCluster::id).toList();
  }
}
