package org.herodotus.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.herodotus.store.ClusterMention;
import org.herodotus.store.ClusterRules;

/**
 * Event clustering in keyed state: the clusters of one key (type, country, week) and the mentions
 * waiting to join them, with the store's rules ({@link ClusterRules}).
 *
 * <p><b>In event time, in a fixed order.</b> A mention waits in state until the watermark (from
 * publication dates) passes its timestamp; then the waiting mentions up to it are placed in the
 * order (publication day, document id, event index), the order a reprocessing of the archive in
 * publication order would ingest them in. So the clusters do not depend on how the articles were
 * spread over subtasks, nor on a restart: after a failure Flink restores this state and the
 * timers from the last checkpoint, the sources replay from there, and the same decisions are
 * made again, with the same deterministic cluster ids, for the sinks to upsert.
 *
 * <p><b>Expiry.</b> A key's state is dropped once the watermark is {@link #RETENTION} past the
 * newest mention it received: a report published later than that founds a cluster of its own
 * (one week covers the follow-up reports of a day's events; CC-NEWS and GDELT publish most within
 * two days).
 */
final class EventClustering extends KeyedProcessFunction<String, KeyedMention, Membership> {

  private static final long serialVersionUID = 1L;
  /** How long after its newest mention (in publication time) a key's clusters are kept. */
  static final Duration RETENTION = Duration.ofDays(7);

  private static final Comparator<KeyedMention> ORDER = Comparator.comparingLong(KeyedMention::timestamp)
      .thenComparing(m -> m.mention().documentId()).thenComparingInt(m -> m.mention().index());

  private transient ListState<KeyedMention> waiting;
  private transient ListState<Membership> members;
  private transient ValueState<Long> expiry;

  @Override
  public void open(OpenContext context) {
    waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting", KeyedMention.class));
    members = getRuntimeContext().getListState(new ListStateDescriptor<>("members", Membership.class));
    expiry = getRuntimeContext().getState(new ValueStateDescriptor<>("expiry", Long.class));
  }

  @Override
  public void processElement(KeyedMention mention, Context context, Collector<Membership> out) throws Exception {
    waiting.add(mention);
    context.timerService().registerEventTimeTimer(mention.timestamp());
    long until = mention.timestamp() + RETENTION.toMillis();
    if (expiry.value() == null || expiry.value() < until) {
      expiry.update(until);
      context.timerService().registerEventTimeTimer(until);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext context, Collector<Membership> out) throws Exception {
    List<KeyedMention> ready = new ArrayList<>();
    List<KeyedMention> later = new ArrayList<>();
    for (KeyedMention m : waiting.get()) {
      (m.timestamp() <= timestamp ? ready : later).add(m);
    }
    if (!ready.isEmpty()) {
      ready.sort(ORDER);
      place(ready, out);
      waiting.update(later);
    }
    if (expiry.value() != null && timestamp >= expiry.value() && later.isEmpty()) {
      members.clear();
      waiting.clear();
      expiry.clear();
    }
  }

  /** Places {@code ready}, in order, among the key's clusters, and hands on each membership. */
  private void place(List<KeyedMention> ready, Collector<Membership> out) throws Exception {
    Map<String, List<ClusterMention>> clusters = new LinkedHashMap<>();
    Map<String, ClusterMention> founders = new HashMap<>();
    for (Membership m : members.get()) {
      clusters.computeIfAbsent(m.clusterId(), k -> new ArrayList<>()).add(m.member().mention());
      founders.putIfAbsent(m.clusterId(), m.founder());
    }
    for (KeyedMention m : ready) {
      String id = ClusterRules.choose(clusters, m.mention());
      if (id == null) {
        id = ClusterRules.clusterId(m.mention(), m.contentHash());
        founders.put(id, m.mention());
      }
      clusters.computeIfAbsent(id, k -> new ArrayList<>()).add(m.mention());
      Membership membership = new Membership(id, founders.get(id), m);
      members.add(membership);
      out.collect(membership);
    }
  }
}
