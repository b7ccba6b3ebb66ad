package org.herodotus.read;

import java.net.URI;
import java.util.NoSuchElementException;
import org.herodotus.fetch.FetchException;
import org.herodotus.fetch.Fetched;
import org.herodotus.fetch.Fetcher;
import org.herodotus.pipeline.Outcome;

/**
 * One poll of one feed: a conditional GET with the validators of the last complete read; on 304
 * nothing, else the items not read before. Item ids read are remembered in the state as they are
 * read; the new validators only once every item was read without failure, so that an item whose
 * page could not be fetched is tried again at the next poll.
 */
final class FeedPoll implements ArticleStream {

  private final String url;
  private final FeedState state;
  private final ArticleStream items;
  private final Fetched fetched;
  private boolean failures;
  private boolean settled;

  private FeedPoll(String url, FeedState state, ArticleStream items, Fetched fetched) {
    this.url = url;
    this.state = state;
    this.items = items;
    this.fetched = fetched;
  }

  /** The new items of feed {@code url}, or one failure if it cannot be fetched or read. */
  static ArticleStream of(String url, FeedState state, ReadOptions options) {
    Fetcher fetcher = options.fetcher();
    Fetched fetched;
    try {
      fetched = fetcher.get(URI.create(url.strip()), state.validators(url));
    } catch (FetchException | IllegalArgumentException e) {
      return Streams.one(new Outcome.Failed(url, url, "read", e.getMessage(), e));
    }
    if (fetched.notModified()) {
      return new FeedPoll(url, state, Streams.none(), fetched);
    }
    FeedXml.Feed feed;
    try {
      feed = FeedXml.parse(fetched.body());
    } catch (Unreadable e) {
      return Streams.one(new Outcome.Failed(url, url, "read", e.getMessage(), e.getCause()));
    }
    ArticleStream items = new FeedArticles(feed, url, options, id -> !state.seen(url, id), id -> state.see(url, id));
    return new FeedPoll(url, state, items, fetched);
  }

  @Override
  public boolean hasNext() {
    boolean more = items.hasNext();
    if (!more && !settled) {
      settled = true;
      if (!failures) {
        state.validators(url, fetched.validators());
      }
    }
    return more;
  }

  @Override
  public Outcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more new items in " + url);
    }
    Outcome outcome = items.next();
    failures |= outcome instanceof Outcome.Failed;
    return outcome;
  }

  @Override
  public void close() {
    items.close();
  }
}
