package org.herodotus.pipeline;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a pipeline over a stream of inputs on several threads and hands the outcomes on in input
 * order. Inputs are pulled lazily and at most a small window of them is in flight, so memory stays
 * bounded whatever the size of the batch.
 */
public final class Batch {

  private final Pipeline pipeline;
  private final int threads;

  /**
   * @param threads worker threads, at least 1
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public Batch(Pipeline pipeline, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
    }
    this.pipeline = pipeline;
    this.threads = threads;
  }

  /**
   * Processes every input and passes each outcome to {@code sink}, in input order, on the calling
   * thread. Failures are outcomes too: one bad document never stops the batch.
   *
   * @return how many outcomes failed
   */
  public int run(Iterator<Outcome> inputs, Consumer<Outcome> sink) {
    if (threads == 1) {
      int failed = 0;
      while (inputs.hasNext()) {
        Outcome outcome = pipeline.process(inputs.next());
        failed += outcome instanceof Outcome.Failed ? 1 : 0;
        sink.accept(outcome);
      }
      return failed;
    }
    ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "herodotus-worker");
      thread.setDaemon(true);
      return thread;
    });
    try {
      int window = threads * 4;
      ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
      int failed = 0;
      while (inputs.hasNext() || !inFlight.isEmpty()) {
        while (inFlight.size() < window && inputs.hasNext()) {
          Outcome input = inputs.next();
          inFlight.add(workers.submit(() -> pipeline.process(input)));
        }
        Outcome outcome = await(inFlight.poll());
        failed += outcome instanceof Outcome.Failed ? 1 : 0;
        sink.accept(outcome);
      }
      return failed;
    } finally {
      workers.shutdownNow();
    }
  }

  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a document", e);
    } catch (ExecutionException e) {
      // Pipeline.process catches stage failures; anything here is an Error such as OutOfMemoryError.
      throw new IllegalStateException("a worker died: " + e.getCause(), e.getCause());
    }
  }
}
