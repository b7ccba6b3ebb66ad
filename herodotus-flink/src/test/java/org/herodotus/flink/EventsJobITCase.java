package org.herodotus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.herodotus.annotate.CoreNlpConfig;
import org.herodotus.model.Document;
import org.herodotus.output.DocumentJson;
import org.herodotus.pipeline.Outcome;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipelines.Pipelines;
import org.herodotus.store.EventCluster;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a MiniCluster (parallelism 2) over eight articles written for the project, with the
 * real models, into PostgreSQL: the documents, their events and the event clusters are written,
 * and the clusters are the ones the embedded store makes of the same articles.
 */
class EventsJobITCase {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  static String url;

  @BeforeAll
  static void runTheJob() throws Exception {
    JobRuns.assumePostgres();
    url = JobRuns.cleanRun();
  }

  @Test
  void everyArticle_isOneDocumentRow() throws Exception {
    assertThat(JobRuns.query(url, "SELECT id FROM documents ORDER BY id"))
        .containsExactly("aleppo", "courier", "defectors", "market", "piraeus", "post", "tribune", "wire");
  }

  @Test
  void theEventsOfTheArticles_areWritten_withTheirPlaces() throws Exception {
    assertThat(JobRuns.query(url, "SELECT count(*) FROM events WHERE document_id = 'wire'").get(0)).isNotEqualTo("0");
    assertThat(JobRuns.query(url, "SELECT DISTINCT place_name FROM events WHERE document_id = 'wire' AND plover = 'ASSAULT'"))
        .contains("Idlib");
  }

  @Test
  void fourReportsOfTheIdlibShelling_areOneCluster_andAleppoIsAnother() throws Exception {
    String idlib = JobRuns.query(url, "SELECT cluster_id FROM cluster_members WHERE document_id = 'wire' AND idx = 0").get(0);
    assertThat(JobRuns.query(url, "SELECT DISTINCT document_id FROM cluster_members WHERE cluster_id = '" + idlib + "' ORDER BY 1"))
        .containsExactly("courier", "post", "tribune", "wire");
    assertThat(JobRuns.query(url, "SELECT DISTINCT cluster_id FROM cluster_members WHERE document_id = 'aleppo'"))
        .isNotEmpty().doesNotContain(idlib);
    assertThat(JobRuns.query(url, "SELECT founder_document || '#' || founder_idx FROM clusters WHERE id = '" + idlib + "'"))
        .containsExactly("wire#0");
  }

  @Test
  void theClusters_areTheOnesTheEmbeddedStoreMakes(@TempDir Path data) throws Exception {
    Pipeline pipeline = Pipelines.standard(CoreNlpConfig.defaults());
    List<Document> docs = Files.readAllLines(JobRuns.articles()).stream()
        .map(line -> ((Outcome.Done) pipeline.process(DocumentJson.read(line))).document())
        .sorted(Comparator.comparing((Document d) -> d.meta().published()).thenComparing(Document::id))
        .toList();
    Set<Set<String>> embedded = new HashSet<>();
    try (Store store = Store.open(data)) {
      docs.forEach(store::put);
      for (EventCluster c : store.clusters(EventQuery.all())) {
        embedded.add(new TreeSet<>(c.members()));
      }
      assertThat(JobRuns.query(url, "SELECT count(*) FROM events").get(0)).isEqualTo(String.valueOf(store.count("events")));
    }
    Set<Set<String>> flink = new HashSet<>();
    for (String members : JobRuns.query(url,
        "SELECT string_agg(document_id || '#' || idx, ',') FROM cluster_members GROUP BY cluster_id")) {
      flink.add(new TreeSet<>(List.of(members.split(","))));
    }
    assertThat(flink).isEqualTo(embedded);
  }
}
