package org.herodotus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.herodotus.store.EventOrder;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;
import org.herodotus.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The totals the catalog keeps per filter stay bounded, in number and in the ids of text restrictions. */
class CatalogTotalsTest {

  @TempDir Path dir;

  @Test
  void keptTotals_areBoundedInNumberAndInTextRestrictionIds_andStayRight() {
    Store store = Store.open(dir);
    store.put(Reports.raqqa("raqqa"));
    store.put(Reports.cairo("cairo"));
    try (Catalog catalog = new Catalog(store)) {
      for (int i = 0; i < Catalog.TOTALS + 44; i++) {
        catalog.events(EventQuery.all().withPlace("place " + i), EventOrder.DOCUMENT, 0, 1);
      }
      assertThat(catalog.keptTotals()).isEqualTo(Catalog.TOTALS);

      EventQuery tooMany = EventQuery.all().within(new EventQuery.Within(ids("x", Catalog.TOTAL_IDS), Set.of("raqqa#0")));
      assertThat(catalog.events(tooMany, EventOrder.DOCUMENT, 0, 1).total()).isEqualTo(1);
      assertThat(catalog.keptTotals()).isEqualTo(Catalog.TOTALS); // not kept, nothing evicted

      int half = Catalog.TOTAL_IDS / 2 + 1;
      EventQuery first = EventQuery.all().within(new EventQuery.Within(ids("a", half), Set.of("cairo#0")));
      EventQuery second = EventQuery.all().within(new EventQuery.Within(ids("b", half), Set.of("raqqa#0", "cairo#0")));
      assertThat(catalog.events(first, EventOrder.DOCUMENT, 0, 1).total()).isEqualTo(1);
      assertThat(catalog.events(second, EventOrder.DOCUMENT, 0, 1).total()).isEqualTo(2);
      // the second pushed the first out (and every total kept before it), so the ids held stay under the bound
      assertThat(catalog.keptTotals()).isEqualTo(1);
      assertThat(catalog.events(second, EventOrder.DOCUMENT, 0, 1).total()).isEqualTo(2);
      assertThat(catalog.events(first, EventOrder.DOCUMENT, 0, 1).total()).isEqualTo(1);
      assertThat(catalog.keptTotals()).isEqualTo(1);
    }
  }

  private static Set<String> ids(String prefix, int n) {
    return IntStream.range(0, n).mapToObj(i -> prefix + i).collect(Collectors.toSet());
  }
}
