package org.herodotus.flink;

import org.herodotus.store.ClusterMention;

/**
 * A decision of clustering: {@code member} belongs to cluster {@code clusterId}, which
 * {@code founder} founded. Written as the cluster's row and the member's row, both upserts.
 *
 * @param clusterId the cluster's id
 * @param founder the mention that founded the cluster
 * @param member the mention placed in it
 */
public record Membership(String clusterId, ClusterMention founder, KeyedMention member) {}
