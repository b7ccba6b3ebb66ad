package org.herodotus.read;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.herodotus.fetch.Fetcher;
import org.herodotus.model.Document;

/**
 * Reads articles from files, folders, JSON Lines, WARC archives, feeds, the web and standard input.
 *
 * <pre>{@code
 * try (ArticleStream articles = Articles.open(List.of("samples"), ReadOptions.defaults())) {
 *   failed = new Batch(pipeline, 4).run(articles, sink);
 * }
 * }</pre>
 *
 * <p>Each input is one of:
 * <ul>
 *   <li>a file: {@code .txt .text .md} are plain text, {@code .html .htm .xhtml} are web pages,
 *       {@code .jsonl .ndjson .json} are JSON Lines (one article a line), {@code .warc .warc.gz}
 *       are WARC archives (one article per HTML or text response, {@link WarcArticles}),
 *       {@code .rss .atom} are feeds (one article per item, {@link FeedArticles}), {@code .urls}
 *       are lists of web addresses (one a line, fetched as below); any other file
 *       ({@code .xml} too) is sniffed as standard input is, an XML feed being a feed;
 *   <li>an {@code http:} or {@code https:} address, fetched with {@link ReadOptions#fetcher()}:
 *       a feed's items, or one page;
 *   <li>a folder: its files, recursively, in sorted path order, leaving out hidden files and
 *       images, archives and other binary formats;
 *   <li>{@code "-"}: standard input, JSON Lines if it starts with <code>{</code>, a web page if it
 *       starts with {@code <}, else plain text.
 * </ul>
 */
public final class Articles {

  private Articles() {}

  /**
   * Lazily yields one outcome per article, in input order: {@code Outcome.Done} with
   * {@link Document#of} of the article's metadata and text, or {@code Outcome.Failed} at stage
   * {@code "read"} saying what is wrong with it and what to do. A bad article never stops the
   * stream.
   *
   * @param inputs file paths, folder paths, web addresses and {@code "-"}, in the order to read them
   * @throws IllegalArgumentException if an input does not exist, there are no inputs,
   *     {@code "-"} is given more than once, or a web address is given and fetching is off
   */
  public static ArticleStream open(List<String> inputs, ReadOptions options) {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalArgumentException(Messages.NO_INPUTS);
    }
    if (options == null) {
      throw new IllegalArgumentException("no read options given; pass ReadOptions.defaults()");
    }
    long stdins = inputs.stream().filter("-"::equals).count();
    if (stdins > 1) {
      throw new IllegalArgumentException(Messages.stdinTwice(stdins));
    }
    InputReader reader = new InputReader(options);
    List<Supplier<ArticleStream>> parts = new ArrayList<>();
    for (String input : inputs) {
      if (input.equals("-")) {
        parts.add(reader::stdin);
        continue;
      }
      if (Fetcher.isWebUrl(input)) {
        if (options.fetcher() == null) {
          throw new IllegalArgumentException(Messages.urlWithoutFetcher(input));
        }
        parts.add(() -> reader.url(input));
        continue;
      }
      Path path = existing(input);
      if (Files.isDirectory(path)) {
        parts.add(() -> Streams.concat(new FolderWalk(path, file -> reader.file(file, file.toString()))));
      } else {
        parts.add(() -> reader.file(path, input));
      }
    }
    return Streams.concat(parts.iterator());
  }

  /**
   * One poll of each feed in {@code feedUrls}, in order: the items not read before, by
   * {@code state}, which learns the items read and the feeds' new validators as the stream is
   * read. Save the state once the stream is exhausted and its articles are stored.
   *
   * @throws IllegalArgumentException if there are no feeds, one is not an http or https address,
   *     or fetching is off
   */
  public static ArticleStream poll(List<String> feedUrls, FeedState state, ReadOptions options) {
    if (feedUrls == null || feedUrls.isEmpty()) {
      throw new IllegalArgumentException("no feeds given; give each feed's address with --feed");
    }
    if (options.fetcher() == null) {
      throw new IllegalArgumentException(Messages.urlWithoutFetcher(feedUrls.get(0)));
    }
    List<Supplier<ArticleStream>> parts = new ArrayList<>();
    for (String url : feedUrls) {
      if (!Fetcher.isWebUrl(url)) {
        throw new IllegalArgumentException("feed '" + url + "' is not a web address; give one like https://example.org/rss, "
            + "or name a saved feed file as an input instead");
      }
      parts.add(() -> FeedPoll.of(url, state, options));
    }
    return Streams.concat(parts.iterator());
  }

  /**
   * How many documents {@link #open} will yield for {@code inputs}, counted before reading them so a
   * progress display can show a total: a plain text file or web page is one, a JSON Lines file one
   * per line that is not blank, a folder the sum of the files it reads. Reads JSON Lines files as
   * bytes, one at a time, holding none; lists folders once more.
   *
   * @return the count, or empty when an input's count is unknown until it is read: standard input,
   *     web addresses, WARC archives, feeds and lists of addresses
   */
  public static OptionalLong estimate(List<String> inputs) {
    return DocumentCount.of(inputs);
  }

  private static Path existing(String input) {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException(Messages.noSuchInput(String.valueOf(input)));
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(Messages.noSuchInput(input), e);
    }
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(Messages.noSuchInput(input));
    }
    return path;
  }
}
