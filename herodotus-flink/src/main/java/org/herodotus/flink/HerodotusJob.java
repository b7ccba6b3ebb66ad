package org.herodotus.flink;

import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Flink job's entry point: {@code flink run herodotus-flink.jar --articles ... --events ...}
 * (see {@link JobOptions}). Creates the tables when they are missing, wires the {@link Topology}
 * and runs it.
 */
public final class HerodotusJob {

  private HerodotusJob() {}

  public static void main(String[] args) throws Exception {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    run(StreamExecutionEnvironment.getExecutionEnvironment(), options);
  }

  /** Runs the job on {@code env} until its sources end (files) or it is cancelled (Kafka). */
  public static JobExecutionResult run(StreamExecutionEnvironment env, JobOptions options) throws Exception {
    Postgres.createTables(options.events());
    Topology.configure(env, options);
    Topology.events(Topology.articles(env, options.articles()), options);
    return env.execute("herodotus: " + options.articles() + " into " + redacted(options.events()));
  }

  private static String redacted(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
