package org.herodotus.store;

import java.util.List;

/**
 * One page of event clusters ({@link Store#clusters(EventQuery, int)}) and how many clusters the
 * query selects in all, so that a client can page without reading every cluster.
 *
 * @param total how many clusters the query selects
 * @param items the clusters of the page, in order
 */
public record EventClusterPage(long total, List<EventCluster> items) {
  public EventClusterPage {
    items = List.copyOf(items);
  }
}
