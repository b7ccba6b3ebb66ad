package org.herodotus.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.herodotus.fetch.FetchException;
import org.herodotus.fetch.Fetched;
import org.herodotus.fetch.Fetcher;
import org.herodotus.pipeline.Outcome;

/**
 * Reads one file or standard input: looks at its first {@value Decoding#HEAD_BYTES} bytes, fails
 * binary content, settles the format (by file extension, else by the first character), and hands
 * the content to the reader of that format. Text and HTML are read whole, after checking their
 * size against {@link ReadOptions#maxBytes()}; JSON Lines are streamed.
 */
final class InputReader {

  private static final int BUFFER_BYTES = 1 << 16;

  private final ReadOptions options;
  private final JsonRecords records;

  InputReader(ReadOptions options) {
    this.options = options;
    this.records = new JsonRecords(options);
  }

  /** The articles of file {@code path}; {@code origin} is how the user named it. */
  ArticleStream file(Path path, String origin) {
    Format format = Format.ofName(path.getFileName() == null ? "" : path.getFileName().toString());
    try {
      if (format == Format.WARC || (format == Format.UNKNOWN && startsWithWarcVersion(path))) {
        return new WarcArticles(path, origin, options);
      }
      if (format == Format.URL_LIST) {
        return urlList(path, origin);
      }
      long size = Files.size(path);
      if ((format == Format.TEXT || format == Format.HTML) && size > options.maxBytes()) {
        return failed(origin, Messages.tooManyBytes("file", size, options), null);
      }
      InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER_BYTES);
      return read(in, true, origin, format, size);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return failed(origin, Messages.cannotRead(e), e);
    }
  }

  /**
   * The articles at web address {@code url}: a feed's items (their linked pages fetched when the
   * items are short), a web page, or plain text, by what the content is.
   */
  ArticleStream url(String url) {
    Fetched fetched;
    try {
      fetched = options.fetcher().get(URI.create(url.strip()));
    } catch (FetchException e) {
      return failed(url, e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      return failed(url, e.getMessage(), e);
    }
    byte[] bytes = fetched.body();
    String binary = Decoding.binaryProblem(bytes, bytes.length);
    if (binary != null) {
      return failed(url, binary, null);
    }
    String start = WebText.decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, Decoding.HEAD_BYTES)),
        fetched.charset(), false);
    String type = fetched.contentType() == null ? "" : fetched.contentType().toLowerCase(java.util.Locale.ROOT);
    if (Format.looksLikeFeed(start) || type.contains("rss") || type.contains("atom")) {
      return FeedArticles.of(bytes, url, options);
    }
    if (bytes.length > options.maxBytes()) {
      return failed(url, Messages.tooManyBytes("the page", bytes.length, options), null);
    }
    boolean html = type.contains("html") || (!type.startsWith("text/plain") && Format.sniff(start) == Format.HTML);
    String text = WebText.decode(bytes, fetched.charset(), html);
    Fields known = new Fields(null, null, null, java.util.List.of(), null, fetched.url().toString());
    try {
      return Streams.one(html ? HtmlArticle.read(text, url, known, options) : known.complete(WebText.lines(text), url, options));
    } catch (RuntimeException | StackOverflowError e) {
      return failed(url, Messages.unexpected(e), e);
    }
  }

  /**
   * The articles at the web addresses listed in {@code path}, one a line; blank lines and lines
   * starting with {@code #} are skipped, any other line that is no http(s) address fails alone.
   */
  private ArticleStream urlList(Path path, String origin) throws IOException {
    if (options.fetcher() == null) {
      return failed(origin, Messages.urlListWithoutFetcher(origin), null);
    }
    long size = Files.size(path);
    if (size > options.maxBytes()) {
      return failed(origin, Messages.tooManyBytes("file", size, options), null);
    }
    List<String> lines = Files.readAllLines(path, java.nio.charset.StandardCharsets.UTF_8);
    List<Supplier<ArticleStream>> parts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String where = origin + ":" + (i + 1);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      parts.add(Fetcher.isWebUrl(line) ? () -> url(line) : () -> failed(where, Messages.notWebAddress(line), null));
    }
    return Streams.concat(parts.iterator());
  }

  /** Whether an uncompressed file starts like a WARC record ({@code WARC/1.}), whatever its name. */
  private static boolean startsWithWarcVersion(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return new String(in.readNBytes(7), java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/1.");
    }
  }

  /** The articles of standard input, whose format is sniffed. Standard input is not closed. */
  ArticleStream stdin() {
    InputStream in = new BufferedInputStream(options.stdin(), BUFFER_BYTES);
    return read(in, false, "-", Format.UNKNOWN, -1);
  }

  /** One article from plain text: line ends become {@code \n}, the rest stays as it is. */
  static Outcome plainText(String text, String origin, ReadOptions options) {
    String normalized = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    return Fields.NONE.complete(normalized, origin, options);
  }

  private ArticleStream read(InputStream in, boolean owned, String origin, Format format, long size) {
    boolean handedOver = false;
    try {
      in.mark(Decoding.HEAD_BYTES);
      byte[] head = in.readNBytes(Decoding.HEAD_BYTES);
      in.reset();
      String binary = Decoding.binaryProblem(head, head.length);
      if (binary != null) {
        return failed(origin, binary, null);
      }
      String start = Decoding.decode(head, head.length, false);
      Format actual = format == Format.UNKNOWN ? Format.sniff(start) : format;
      if (actual == Format.HTML && format == Format.UNKNOWN && Format.looksLikeFeed(start)) {
        actual = Format.FEED;
      }
      if (actual == Format.JSON_LINES) {
        if (start.strip().startsWith("[")) {
          return failed(origin, Messages.jsonArray(origin), null);
        }
        handedOver = true;
        return new JsonLines(LineReader.of(in, head, head.length, options.maxBytes()), owned ? in : null, origin, records);
      }
      if (size > options.maxBytes()) {
        return failed(origin, Messages.tooManyBytes("file", size, options), null);
      }
      byte[] bytes = in.readNBytes((int) options.maxBytes() + 1);
      if (bytes.length > options.maxBytes()) {
        return failed(origin, Messages.tooManyBytes(owned ? "file" : "standard input", bytes.length, options), null);
      }
      if (actual == Format.FEED) {
        // A saved feed is read as it is: its items' pages are fetched only for a feed's address.
        return FeedArticles.of(bytes, origin, options.withFetcher(null));
      }
      String text = Decoding.decode(bytes, bytes.length, actual == Format.HTML);
      return Streams.one(actual == Format.HTML
          ? HtmlArticle.read(text, origin, Fields.NONE, options)
          : plainText(text, origin, options));
    } catch (IOException | UncheckedIOException e) {
      return failed(origin, Messages.cannotRead(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(origin, Messages.unexpected(e), e);
    } finally {
      if (owned && !handedOver) {
        closeQuietly(in);
      }
    }
  }

  private static ArticleStream failed(String origin, String message, Throwable cause) {
    return Streams.one(new Outcome.Failed(origin, origin, "read", message, cause));
  }

  static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Nothing was written; a failure to close a file we only read loses nothing.
    }
  }
}
