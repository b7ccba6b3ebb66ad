package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.herodotus.testing.NewsPages.BRIDGE;
import static org.herodotus.testing.NewsPages.FERRY;
import static org.herodotus.testing.NewsPages.MARKET;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.herodotus.fetch.Validators;
import org.herodotus.pipeline.Outcome;
import org.herodotus.testing.LocalWeb;
import org.herodotus.testing.NewsPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollTest {

  final LocalWeb web = LocalWeb.start();
  final AtomicReference<String> feed = new AtomicReference<>();
  final AtomicReference<String> etag = new AtomicReference<>();

  @AfterEach
  void stop() {
    web.close();
  }

  /** Serves {@link #feed} with {@link #etag}, answering 304 when the client has it. */
  void serveFeed() {
    web.on("/rss", exchange -> {
      exchange.getResponseHeaders().set("ETag", etag.get());
      if (etag.get().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalWeb.send(exchange, 304, null, new byte[0]);
      } else {
        LocalWeb.send(exchange, 200, "application/rss+xml", feed.get().getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  List<Outcome> poll(FeedState state) {
    List<Outcome> outcomes = new java.util.ArrayList<>();
    try (ArticleStream stream = Articles.poll(List.of(web.url("/rss").toString()), state, FeedArticlesTest.fetching())) {
      stream.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }

  @Test
  void secondPoll_isAConditionalGet_thenOnlyNewItemsAreRead_acrossSavedState(@TempDir Path data) throws Exception {
    String site = web.url("").toString();
    feed.set(NewsPages.rssWithFullText(site, FERRY, BRIDGE));
    etag.set("\"v1\"");
    serveFeed();
    Path file = data.resolve(FeedState.FILE);
    FeedState state = FeedState.load(file);
    assertThat(poll(state)).hasSize(2).allSatisfy(Reading::done);
    state.save();

    FeedState reloaded = FeedState.load(file);
    assertThat(reloaded.validators(web.url("/rss").toString())).isEqualTo(new Validators("\"v1\"", null));
    assertThat(poll(reloaded)).as("304 Not Modified").isEmpty();

    feed.set(NewsPages.rssWithFullText(site, MARKET, FERRY, BRIDGE));
    etag.set("\"v2\"");
    List<Outcome> third = poll(reloaded);
    assertThat(third).extracting(o -> Reading.done(o).meta().title()).containsExactly(MARKET.headline());
    assertThat(Files.list(data)).extracting(p -> p.getFileName().toString()).containsExactly(FeedState.FILE);
  }

  @Test
  void itemWhosePageFails_isTriedAgainAtTheNextPoll_withoutTheConditionalGet() throws Exception {
    String site = web.url("").toString();
    feed.set(NewsPages.rssWithTeasers(site, FERRY, BRIDGE));
    etag.set("\"v1\"");
    serveFeed();
    web.page(FERRY.path(), "text/html", FERRY.page()); // the bridge story is not there yet: 404
    FeedState state = FeedState.load(Files.createTempDirectory("feeds").resolve(FeedState.FILE));
    List<Outcome> first = poll(state);
    assertThat(first).hasSize(2);
    assertThat(Reading.done(first.get(0)).text()).isEqualTo(FERRY.text());
    assertThat(Reading.failed(first.get(1)).message()).contains("404", "tried again at the next poll");

    web.page(BRIDGE.path(), "text/html", BRIDGE.page());
    List<Outcome> second = poll(state);
    assertThat(second).extracting(o -> Reading.done(o).text()).containsExactly(BRIDGE.text());
    assertThat(web.requestsFor(FERRY.path())).as("the ferry story is not fetched again").isEqualTo(1);
  }

  @Test
  void feedThatCannotBeFetched_isOneFailure() throws Exception {
    FeedState state = FeedState.load(Files.createTempDirectory("feeds").resolve(FeedState.FILE));
    List<Outcome> outcomes = poll(state);
    assertThat(outcomes).hasSize(1);
    assertThat(Reading.failed(outcomes.get(0)).message()).contains("answered HTTP 404");
  }

  @Test
  void corruptStateFile_isABadArgument_sayingWhatToDo(@TempDir Path data) throws Exception {
    Path file = Files.writeString(data.resolve(FeedState.FILE), "{\"feeds\": [");
    assertThatThrownBy(() -> FeedState.load(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not JSON").hasMessageContaining("delete it");
  }

  @Test
  void seenIds_keepOnlyTheNewest() {
    FeedState.Feed one = new FeedState.Feed();
    for (int i = 0; i < FeedState.SEEN_PER_FEED + 10; i++) {
      one.see("item-" + i);
    }
    assertThat(one.seen).hasSize(FeedState.SEEN_PER_FEED).doesNotContain("item-9").contains("item-10", "item-" + (FeedState.SEEN_PER_FEED + 9));
  }
}
