package org.herodotus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.herodotus.search.SearchIndex;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herodotus bench store}: loads synthetic events ({@link SyntheticNews}) into a fresh store
 * with the bulk path, builds the full-text index from it, then runs a fixed mix of typical event
 * queries and searches round-robin and reports load time, sizes and p50/p95/p99/max latency per
 * query; with {@code --api}, then the same filters and the other read routes as HTTP requests to the
 * real server started over that store ({@link ApiBench}).
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = {"Measures the event store at scale: bulk-loads synthetic events (deterministic seed), builds the",
        "search index from the store, and reports p50/p95/p99/max latency of typical queries, load time and sizes.",
        "With --api, also of typical requests to the JSON API served over that store in this process."},
    footer = {"", "Examples:", "  herodotus bench store --events 1000000 --runs 50",
        "  herodotus bench store --events 1000000 --runs 30 --api --data /tmp/bench   (keeps the store)",
        "  herodotus bench store --api --reuse --data /tmp/bench   (measures again over the kept store)"})
final class StoreBenchCommand implements Callable<Integer> {

  @Option(names = "--events", paramLabel = "N", description = "Synthetic events to load (default: ${DEFAULT-VALUE}).")
  long events = 1_000_000;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed of the synthetic articles (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--runs", paramLabel = "N", description = "Measured runs of each query (default: ${DEFAULT-VALUE}), after 3 warm-up runs.")
  int runs = 50;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Build the store here and keep it (must not hold a store); default: a temporary directory, deleted after.")
  Path data;

  @Option(names = "--api", description = "Also time HTTP requests to the JSON API, served in this process over the store.")
  boolean api;

  @Option(names = "--reuse", description = "Measure over the store a previous run kept in --data instead of loading one (--events and --seed are then ignored).")
  boolean reuse;

  @Override
  public Integer call() throws IOException {
    if (events < 1 || runs < 1) {
      throw new IllegalArgumentException("--events and --runs must be at least 1");
    }
    if (reuse && (data == null || !Files.exists(data.resolve(Store.FILE)))) {
      throw new IllegalArgumentException("--reuse needs --data with the store of an earlier run; " + data + " holds none");
    }
    if (!reuse && data != null && Files.exists(data.resolve(Store.FILE))) {
      throw new IllegalArgumentException("--data " + data + " already holds a store: give an empty or new directory");
    }
    Path dir = data != null ? data : Files.createTempDirectory("herodotus-bench-store");
    try {
      run(dir);
    } finally {
      if (data == null) {
        delete(dir);
      }
    }
    return 0;
  }

  private void run(Path dir) throws IOException {
    System.out.printf(Locale.ROOT, "store benchmark: %s, %d runs per query, in %s; %d cores, max heap %.1f GB, load average %.2f%n",
        reuse ? "the kept store" : String.format(Locale.ROOT, "%,d synthetic events, seed %d", events, seed), runs, dir,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9, loadAverage());
    try (Store store = Store.open(dir)) {
      if (!reuse) {
        long start = System.nanoTime();
        long documents = store.bulkLoad(new SyntheticNews(seed, events));
        double load = seconds(start);
        System.out.printf(Locale.ROOT, "load: %,d documents, %,d events in %.1f s (%,.0f events/s); store %s%n", documents,
            store.count("events"), load, store.count("events") / load, megabytes(size(dir, false)));
      }
      long start = System.nanoTime();
      try (SearchIndex index = SearchIndex.open(store)) {
        System.out.printf(Locale.ROOT, "search index: %,d documents indexed from the store in %.1f s; index %s%n",
            index.reconciliation().added(), seconds(start), megabytes(size(dir.resolve(SearchIndex.DIRECTORY), true)));
        measure("query (limit 100 events, or 10 documents)", "rows", queries(store, index));
      }
    }
    if (api) {
      try (ApiBench server = new ApiBench(dir)) {
        System.out.printf(Locale.ROOT, "API: server started over the store; load average %.2f%n", loadAverage());
        measure("GET (page of 100 unless said)", "bytes", server.requests());
      }
    }
    System.out.printf(Locale.ROOT, "load average at the end %.2f%n", loadAverage());
  }

  /** The system load average over the last minute, or -1 where the platform has none. */
  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** The mix: each returns how many rows it produced, so the work cannot be skipped. */
  private static Map<String, IntSupplier> queries(Store store, SearchIndex index) {
    Map<String, IntSupplier> q = new LinkedHashMap<>();
    q.put("actor \"Islamic State\"", () -> store.events(query("Islamic State", null, null, null, null, null)).size());
    q.put("type --plover PROTEST", () -> store.events(query(null, null, "PROTEST", null, null, null)).size());
    q.put("code --code 19", () -> store.events(query(null, "19", null, null, null, null)).size());
    q.put("country --country YE", () -> store.events(query(null, null, null, "YE", null, null)).size());
    q.put("bbox (Syria)", () -> store.events(query(null, null, null, null, null, null)
        .withBbox(new EventQuery.BoundingBox(35.5, 32.3, 42.4, 37.3))).size());
    q.put("place --place aden", () -> store.events(query(null, null, null, null, null, null).withPlace("aden")).size());
    q.put("outlet --outlet ledger", () -> store.events(query(null, null, null, null, null, null).withOutlet("ledger")).size());
    q.put("place + outlet, rare (none match)", () -> store.events(query(null, null, null, null, null, null)
        .withPlace("Atlantis").withOutlet("ledger")).size());
    q.put("date range (one month)", () -> store.events(query(null, null, null, null, LocalDate.of(2017, 7, 1),
        LocalDate.of(2017, 7, 31))).size());
    q.put("combination (actor, type, country, dates)", () -> store.events(query("government", null, "ASSAULT", "SY",
        LocalDate.of(2016, 1, 1), LocalDate.of(2017, 12, 31))).size());
    q.put("combination, rare (none match)", () -> store.events(query("Boko Haram", null, "RETREAT", "GR",
        LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30))).size());
    q.put("search \"defectors smugglers border\" (top 10)", () -> index.search("defectors smugglers border", 10).size());
    q.put("search phrase + fields (top 10)", () -> index.search("\"border guards\" AND plover:COERCE AND country:LY", 10).size());
    q.put("events --text \"sanctions\" --plover ASSAULT", () -> store.events(query(null, null, "ASSAULT", null, null, null)
        .within(index.matches("sanctions"))).size());
    return q;
  }

  private static EventQuery query(String actor, String code, String plover, String country, LocalDate from, LocalDate to) {
    return new EventQuery(actor, code, plover, country, from, to, null, 100);
  }

  private void measure(String title, String produced, Map<String, IntSupplier> queries) {
    Map<String, long[]> times = new LinkedHashMap<>();
    Map<String, Integer> rows = new LinkedHashMap<>();
    queries.keySet().forEach(name -> times.put(name, new long[runs]));
    for (int run = -3; run < runs; run++) { // round-robin, so that load on the machine hits every query alike
      for (Map.Entry<String, IntSupplier> q : queries.entrySet()) {
        long start = System.nanoTime();
        rows.put(q.getKey(), q.getValue().getAsInt());
        if (run >= 0) {
          times.get(q.getKey())[run] = System.nanoTime() - start;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%-48s %8s %9s %9s %9s %9s%n", title, produced, "p50 ms", "p95 ms", "p99 ms", "max ms");
    for (Map.Entry<String, long[]> t : times.entrySet()) {
      long[] sorted = t.getValue().clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "%-48s %8d %9.1f %9.1f %9.1f %9.1f%n", t.getKey(), rows.get(t.getKey()),
          percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.95) / 1e6, percentile(sorted, 0.99) / 1e6,
          sorted[sorted.length - 1] / 1e6);
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
  }

  /** Bytes under {@code dir}; without the search index unless {@code all}. */
  private static long size(Path dir, boolean all) throws IOException {
    Path index = dir.resolve(SearchIndex.DIRECTORY);
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> list = files.filter(Files::isRegularFile).filter(p -> all || !p.startsWith(index)).toList();
      long total = 0;
      for (Path p : list) {
        total += Files.size(p);
      }
      return total;
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(files.toList());
      all.sort(Comparator.reverseOrder());
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    }
  }
}
