package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.testing.NewsPages.BRIDGE;
import static org.herodotus.testing.NewsPages.FERRY;
import static org.herodotus.testing.NewsPages.MARKET;
import static org.herodotus.testing.WarcFiles.concat;
import static org.herodotus.testing.WarcFiles.gzip;
import static org.herodotus.testing.WarcFiles.request;
import static org.herodotus.testing.WarcFiles.response;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Outcome;
import org.herodotus.testing.NewsPages.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticlesTest {

  static final String SITE = "https://courier.example";

  static byte[] page(String id, Story story) {
    return response(id, SITE + story.path(), story.date() + "T08:00:00Z", story.page());
  }

  @Test
  void plainWarc_eachHtmlResponseIsADocument_requestsAndImagesSkipped(@TempDir Path dir) {
    byte[] request = request("r-1", SITE + FERRY.path(), "2026-11-24T08:00:00Z");
    Path warc = Reading.write(dir, "crawl.warc", concat(
        request,
        page("a-1", FERRY),
        response("img-1", SITE + "/logo.png", "2026-11-24T08:00:01Z", "image/png", "PNG...", 0),
        page("a-2", BRIDGE)));
    List<Outcome> outcomes = Reading.all(warc);
    assertThat(outcomes).hasSize(2);
    Document ferry = Reading.done(outcomes.get(0));
    assertThat(ferry.id()).isEqualTo("urn:uuid:a-1");
    assertThat(ferry.meta().url()).isEqualTo(SITE + FERRY.path());
    assertThat(ferry.meta().title()).isEqualTo(FERRY.headline());
    assertThat(ferry.text()).isEqualTo(FERRY.text());
    assertThat(ferry.meta().origin()).isEqualTo(warc + "@" + request.length);
    assertThat(ferry.meta().published()).as("the page's own date").hasToString(FERRY.date());
    assertThat(Reading.done(outcomes.get(1)).text()).isEqualTo(BRIDGE.text());
  }

  @Test
  void warcDate_isThePublicationDate_whenThePageGivesNone(@TempDir Path dir) {
    String undated = "<html><body><article>" + "<p>" + String.join("</p><p>", MARKET.paragraphs()) + "</p></article></body></html>";
    Path warc = Reading.write(dir, "undated.warc", response("u-1", SITE + "/market", "2026-11-27T23:10:00Z", undated));
    assertThat(Reading.done(Reading.one(warc)).meta().published()).hasToString("2026-11-27");
  }

  @Test
  void gzipWarc_recordByRecord_readsTheSame(@TempDir Path dir) {
    Path warc = Reading.write(dir, "CC-NEWS-20261126.warc.gz",
        concat(gzip(page("a-1", FERRY)), gzip(page("a-2", BRIDGE)), gzip(page("a-3", MARKET))));
    List<Outcome> outcomes = Reading.all(warc);
    assertThat(outcomes).extracting(o -> Reading.done(o).text()).containsExactly(FERRY.text(), BRIDGE.text(), MARKET.text());
  }

  @Test
  void corruptRecord_badLength_failsAlone_withItsOffset_andTheNextRecordsAreRead(@TempDir Path dir) {
    byte[] first = page("a-1", FERRY);
    byte[] corrupt = response("a-2", SITE + BRIDGE.path(), "2026-11-25T08:00:00Z", "text/html", BRIDGE.page(), 40);
    Path warc = Reading.write(dir, "damaged.warc", concat(first, corrupt, page("a-3", MARKET), page("a-4", FERRY)));
    List<Outcome> outcomes = Reading.all(warc);
    assertThat(outcomes).hasSize(4);
    assertThat(Reading.done(outcomes.get(0)).id()).isEqualTo("urn:uuid:a-1");
    Outcome.Failed failed = Reading.failed(outcomes.get(1));
    assertThat(failed.origin()).isEqualTo(warc + "@" + first.length);
    assertThat(failed.message()).contains("WARC record at offset " + first.length, "Content-Length");
    assertThat(Reading.done(outcomes.get(2)).id()).isEqualTo("urn:uuid:a-3");
    assertThat(Reading.done(outcomes.get(3)).id()).isEqualTo("urn:uuid:a-4");
  }

  @Test
  void corruptGzipMember_failsAlone_andTheNextMemberIsRead(@TempDir Path dir) {
    byte[] first = gzip(page("a-1", FERRY));
    byte[] damaged = gzip(page("a-2", BRIDGE));
    for (int i = 30; i < 60; i++) {
      damaged[i] ^= (byte) 0x5a;
    }
    Path warc = Reading.write(dir, "damaged.warc.gz", concat(first, damaged, gzip(page("a-3", MARKET))));
    List<Outcome> outcomes = Reading.all(warc);
    assertThat(outcomes).hasSize(3);
    assertThat(Reading.done(outcomes.get(0)).id()).isEqualTo("urn:uuid:a-1");
    assertThat(Reading.failed(outcomes.get(1)).origin()).isEqualTo(warc + "@" + first.length);
    assertThat(Reading.done(outcomes.get(2)).id()).isEqualTo("urn:uuid:a-3");
  }

  @Test
  void truncatedFile_endsWithOneFailure_afterTheWholeRecords(@TempDir Path dir) {
    byte[] one = gzip(page("a-1", FERRY));
    byte[] two = gzip(page("a-2", BRIDGE));
    byte[] three = gzip(page("a-3", MARKET));
    Path warc = Reading.write(dir, "cut.warc.gz", concat(one, two, Arrays.copyOf(three, three.length / 2)));
    List<Outcome> outcomes = Reading.all(warc);
    assertThat(outcomes).hasSize(3);
    assertThat(Reading.done(outcomes.get(1)).id()).isEqualTo("urn:uuid:a-2");
    Outcome.Failed end = Reading.failed(outcomes.get(2));
    assertThat(end.origin()).isEqualTo(warc + "@" + (one.length + two.length));
    assertThat(end.message()).contains("the WARC file ends inside the record", "truncated");
  }

  @Test
  void truncatedPlainFile_endsWithOneFailure(@TempDir Path dir) {
    byte[] one = page("a-1", FERRY);
    byte[] two = page("a-2", BRIDGE);
    Path warc = Reading.write(dir, "cut.warc", concat(one, Arrays.copyOf(two, two.length - 300)));
    List<Outcome> outcomes = Reading.all(warc);
    assertThat(outcomes).hasSize(2);
    assertThat(Reading.failed(outcomes.get(1)).message()).contains("truncated");
  }

  @Test
  void corruptRequestRecord_failsAlone_andTheResponseAfterItIsRead(@TempDir Path dir) {
    byte[] request = request("r-1", SITE + FERRY.path(), "2026-11-24T08:00:00Z");
    String text = new String(request, StandardCharsets.ISO_8859_1);
    byte[] badRequest = text.replaceFirst("Content-Length: (\\d+)", "Content-Length: 5").getBytes(StandardCharsets.ISO_8859_1);
    Path warc = Reading.write(dir, "requests.warc", concat(badRequest, page("a-1", FERRY)));
    List<Outcome> outcomes = Reading.all(warc);
    assertThat(outcomes).hasSize(2);
    assertThat(Reading.failed(outcomes.get(0)).origin()).isEqualTo(warc + "@0");
    assertThat(Reading.done(outcomes.get(1)).id()).isEqualTo("urn:uuid:a-1");
  }

  @Test
  void notAWarc_orEmpty_isOneClearFailure(@TempDir Path dir) {
    Path html = Reading.write(dir, "page.warc", FERRY.page());
    assertThat(Reading.failed(Reading.one(html)).message()).startsWith("is not a WARC file");
    Path empty = Reading.write(dir, "empty.warc.gz", new byte[0]);
    assertThat(Reading.failed(Reading.one(empty)).message()).contains("holds no records");
  }

  @Test
  void payloadCharset_fromTheHttpContentType_notGuessed(@TempDir Path dir) {
    String sentence = "Депутаты городского совета "
        + "проголосовали за новый бюджет "
        + "во вторник.";
    String page = "<html><body><article><p>" + sentence + " " + sentence + "</p></article></body></html>";
    byte[] http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] body = page.getBytes(Charset.forName("windows-1251"));
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:cp-1>\r\nWARC-Date: 2026-11-26T08:00:00Z\r\n"
        + "WARC-Target-URI: https://courier.example/budget\r\nContent-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + (http.length + body.length) + "\r\n\r\n";
    Path warc = Reading.write(dir, "legacy.warc", concat(header.getBytes(StandardCharsets.US_ASCII), http, body,
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    assertThat(Reading.done(Reading.one(warc)).text()).startsWith(sentence);
  }

  @Test
  void warcWithoutItsExtension_isKnownByItsFirstLine(@TempDir Path dir) {
    Path warc = Reading.write(dir, "crawl-00001", page("a-1", FERRY));
    assertThat(Reading.done(Reading.one(warc)).id()).isEqualTo("urn:uuid:a-1");
  }

  @Test
  void warcFilesInAFolder_areRead_notTakenForBinaryArchives(@TempDir Path dir) {
    Reading.write(dir, "in/a.warc.gz", gzip(page("a-1", FERRY)));
    Reading.write(dir, "in/b.tar.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0});
    assertThat(Reading.all(dir.resolve("in"))).extracting(o -> Reading.done(o).id()).containsExactly("urn:uuid:a-1");
  }
}
