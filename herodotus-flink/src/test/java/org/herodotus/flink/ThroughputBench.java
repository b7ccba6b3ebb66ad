package org.herodotus.flink;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.herodotus.annotate.CoreNlpConfig;
import org.herodotus.pipelines.Pipelines;

/**
 * Measures the job's throughput at one parallelism on a local MiniCluster: loads the models first
 * (as a task manager does once), then runs the job over a file of articles into PostgreSQL and
 * prints the job's net run time, the articles per second, the articles per CPU-second of the JVM
 * (the per-core rate, less sensitive to other load on the machine than wall time) and the heap: after loading, the most
 * that survived a collection during the run, and the peak (a collector sizes it as it likes). Not a test; run by hand (docs/scale-out.md says how):
 * {@code ThroughputBench PARALLELISM ARTICLES_FILE ARTICLE_COUNT JDBC_URL}.
 */
final class ThroughputBench {

  private ThroughputBench() {}

  public static void main(String[] args) throws Exception {
    int parallelism = Integer.parseInt(args[0]);
    URI articles = URI.create(args[1]);
    int count = Integer.parseInt(args[2]);
    String url = args[3];
    long start = System.nanoTime();
    Pipelines.standard(CoreNlpConfig.defaults());
    System.out.printf("models loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
    System.gc();
    long loaded = heapUsed();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    AtomicLong live = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (true) {
        live.accumulateAndGet(heapAfterGc(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
    JobExecutionResult result = HerodotusJob.run(env, new JobOptions(articles, url, parallelism, null, Duration.ofSeconds(30)));
    double seconds = result.getNetRuntime() / 1000.0;
    double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("parallelism %d: %d articles in %.1f s: %.2f articles/s%n", parallelism, count, seconds, count / seconds);
    System.out.printf("CPU time %.1f s (JVM, all threads): %.2f articles per CPU-second%n", cpuSeconds, count / cpuSeconds);
    System.out.printf("heap after loading the models %d MB; during the run: at most %d MB after a collection, peak %d MB%n",
        loaded >> 20, live.get() >> 20, peak >> 20);
    System.exit(0);
  }

  /** The heap in use after the last collection of each heap pool: what survived, an upper bound of the live set. */
  private static long heapAfterGc() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
