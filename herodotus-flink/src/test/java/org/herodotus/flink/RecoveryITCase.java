package org.herodotus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.herodotus.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A task that throws once mid-stream, after a checkpoint and after some rows are written: Flink
 * restarts the job from the checkpoint, the source replays, the clustering state is restored, the
 * sinks upsert again, and every table ends up exactly as after a clean run: nothing lost, nothing
 * duplicated.
 */
class RecoveryITCase {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  /** Whether the injected failure happened (the MiniCluster runs tasks in this JVM). */
  static final AtomicBoolean FAILED = new AtomicBoolean();
  static final AtomicInteger SEEN = new AtomicInteger();
  static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();

  /**
   * Throws on the first document it sees once a checkpoint completed and three documents went by,
   * once per JVM. Until then it holds each document a moment, so that checkpoints complete between
   * documents and the failure comes after one (the models process these short articles faster).
   */
  static final class FailOnce implements MapFunction<Document, Document>, CheckpointListener {
    private static final long serialVersionUID = 1L;

    @Override
    public Document map(Document doc) throws InterruptedException {
      if (!FAILED.get()) {
        Thread.sleep(400);
      }
      if (SEEN.incrementAndGet() > 3 && CHECKPOINTED.get() && FAILED.compareAndSet(false, true)) {
        throw new IllegalStateException("injected failure at document " + doc.id());
      }
      return doc;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      CHECKPOINTED.set(true);
    }
  }

  static String recovered;

  @BeforeAll
  static void runWithAFailure() throws Exception {
    JobRuns.assumePostgres();
    recovered = JobRuns.freshSchema("flink_recovered_run");
    JobRuns.run(recovered, documents -> documents.map(new FailOnce()).name("fail once"));
  }

  @Test
  void theFailureHappened_andTheJobRecovered() throws Exception {
    assertThat(FAILED).as("documents seen %s, a checkpoint completed before %s", SEEN, CHECKPOINTED).isTrue();
    assertThat(JobRuns.query(recovered, "SELECT count(*) FROM documents").get(0)).isEqualTo("8");
  }

  @Test
  void everyTable_afterRecovery_equalsACleanRun() throws Exception {
    assertThat(JobRuns.tables(recovered)).isEqualTo(JobRuns.tables(JobRuns.cleanRun()));
  }

  @Test
  void noRowIsDuplicated() throws Exception {
    assertThat(JobRuns.query(recovered, "SELECT count(*) FROM (SELECT document_id, idx FROM events GROUP BY 1, 2 HAVING count(*) > 1) d"))
        .containsExactly("0");
    assertThat(JobRuns.query(recovered, "SELECT count(*) FROM (SELECT id FROM clusters GROUP BY 1 HAVING count(*) > 1) d"))
        .containsExactly("0");
  }
}
