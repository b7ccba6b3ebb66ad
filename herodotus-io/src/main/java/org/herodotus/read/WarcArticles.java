package org.herodotus.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.herodotus.pipeline.Outcome;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The articles of a WARC file, plain or gzip-compressed (record by record, as Common Crawl's
 * CC-NEWS writes them): the only class that touches jwarc.
 *
 * <p>Each {@code response} record with a 2xx HTTP status and an HTML or plain-text payload (and
 * each such {@code resource} record) is one article: its id is the WARC-Record-ID, its url the
 * WARC-Target-URI, its text read as a web page; the WARC-Date is the publication date when the
 * page gives none (it wins over {@code --date}: it is when the page was seen). Other records
 * (requests, metadata, images, redirects) are skipped.
 *
 * <p>A corrupt record (a Content-Length that does not match its content, a damaged gzip member)
 * is one failure, with origin {@code file@offset}, and reading goes on at the next record found
 * after it. A file cut off in the middle of a record ends with one failure.
 */
final class WarcArticles implements ArticleStream {

  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final String TRAILER_WARNING = "invalid record trailer";

  /** A record whose payload was read, kept until the next record shows whether it ended where it said. */
  private record Pending(long offset, Outcome outcome) {}

  private final Path path;
  private final String origin;
  private final ReadOptions options;
  private final Deque<Outcome> ready = new ArrayDeque<>();
  private final List<String> warnings = new ArrayList<>();
  private FileChannel channel;
  private WarcReader reader;
  private boolean gzip;
  private Pending pending;
  /** The offset of the last record read, article or not: a bad trailer after it makes it corrupt. */
  private long lastRecord = -1;
  private int records;
  private boolean finished;

  WarcArticles(Path path, String origin, ReadOptions options) throws IOException {
    this.path = path;
    this.origin = origin;
    this.options = options;
    this.channel = FileChannel.open(path, StandardOpenOption.READ);
    open(0);
    this.gzip = reader.compression() == WarcCompression.GZIP;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !finished) {
      advance();
    }
    return !ready.isEmpty();
  }

  @Override
  public Outcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + origin);
    }
    return ready.poll();
  }

  @Override
  public void close() {
    finished = true;
    pending = null;
    ready.clear();
    try {
      if (reader != null) {
        reader.close();
      }
      if (channel.isOpen()) {
        channel.close();
      }
    } catch (IOException e) {
      // Only read from: nothing is lost.
    }
  }

  /** Reads one record; queues what it settles (the record before it, failures). */
  private void advance() {
    warnings.clear();
    long position = reader.position();
    Optional<WarcRecord> record;
    try {
      record = reader.next();
    } catch (IOException | RuntimeException e) {
      long at = Math.max(position, reader.position());
      if (lastRecord >= 0 && trailerInvalid()) {
        corrupt(lastRecord, null);
        return;
      }
      flushPending();
      corrupt(at, e);
      return;
    }
    if (lastRecord >= 0 && trailerInvalid()) {
      corrupt(lastRecord, null);
      return;
    }
    flushPending();
    if (record.isEmpty()) {
      if (records == 0) {
        ready.add(new Outcome.Failed(origin, origin, "read", Messages.warcEmpty(), null));
      }
      finished = true;
      closeFile();
      return;
    }
    long offset = reader.position();
    lastRecord = offset;
    records++;
    try {
      Outcome outcome = article(record.get(), offset);
      if (outcome != null) {
        pending = new Pending(offset, outcome);
      }
    } catch (IOException | RuntimeException e) {
      corrupt(offset, e);
    }
  }

  private boolean trailerInvalid() {
    return warnings.stream().anyMatch(w -> w.contains(TRAILER_WARNING));
  }

  private void flushPending() {
    if (pending != null) {
      ready.add(pending.outcome);
      pending = null;
    }
  }

  /**
   * Queues a failure for the record at {@code offset} and goes on at the next record after it, if
   * any: a record that did not end where its length said ({@code cause} null), one that could
   * not be read, or the end of a truncated file (nothing found after it).
   */
  private void corrupt(long offset, Throwable cause) {
    pending = null;
    lastRecord = -1;
    String where = origin + "@" + offset;
    long next;
    try {
      next = find(offset + 1);
    } catch (IOException e) {
      ready.add(new Outcome.Failed(where, where, "read", Messages.cannotRead(e), e));
      finished = true;
      closeFile();
      return;
    }
    String message = cause == null ? Messages.warcBadLength(offset)
        : records == 0 && offset == 0 && next < 0 ? Messages.notWarc(cause)
        : next < 0 ? Messages.warcTruncated(offset, cause) : Messages.warcBadRecord(offset, cause);
    ready.add(new Outcome.Failed(where, where, "read", message, cause));
    if (next < 0) {
      finished = true;
      closeFile();
      return;
    }
    try {
      open(next); // the old reader is dropped, not closed: closing it would close the file
    } catch (IOException e) {
      ready.add(new Outcome.Failed(where, where, "read", Messages.cannotRead(e), e));
      finished = true;
      closeFile();
    }
  }

  private void closeFile() {
    try {
      reader.close();
      channel.close();
    } catch (IOException e) {
      // Only read from: nothing is lost.
    }
  }

  private void open(long offset) throws IOException {
    channel.position(offset);
    reader = new WarcReader(channel);
    reader.onWarning(warnings::add);
  }

  /** The offset of the first record start at or after {@code from}, or -1. */
  private long find(long from) throws IOException {
    byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long base = from;
    byte previous = '\n';
    try (FileChannel scan = FileChannel.open(path, StandardOpenOption.READ)) {
      scan.position(from);
      int carry = 0;
      byte[] window = new byte[(1 << 16) + magic.length];
      while (true) {
        buffer.clear();
        int read = scan.read(buffer);
        if (read <= 0) {
          return -1;
        }
        System.arraycopy(buffer.array(), 0, window, carry, read);
        int length = carry + read;
        for (int i = 0; i + magic.length <= length; i++) {
          byte before = i == 0 ? previous : window[i - 1];
          if (startsWith(window, i, magic) && (gzip || before == '\n')) {
            return base + i;
          }
        }
        carry = Math.min(magic.length - 1, length);
        previous = window[length - carry - 1 < 0 ? 0 : length - carry - 1];
        System.arraycopy(window, length - carry, window, 0, carry);
        base += length - carry;
      }
    }
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The article of a record, or {@code null} if it holds none. */
  private Outcome article(WarcRecord record, long offset) throws IOException {
    String where = origin + "@" + offset;
    MessageBody body;
    MediaType type;
    String target;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
        return null;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299) {
        return null;
      }
      body = http.bodyDecoded();
      type = http.contentType();
      target = response.target();
    } else if (record instanceof WarcResource resource) {
      body = resource.body();
      type = resource.contentType();
      target = resource.target();
    } else {
      return null;
    }
    boolean html = isHtml(type);
    if (!html && !isText(type)) {
      return null;
    }
    String id = record.id() == null ? target : record.id().toString();
    Fields known = new Fields(id, null, null, List.of(), null, target);
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = in.readNBytes((int) options.maxBytes() + 1);
    }
    if (bytes.length > options.maxBytes()) {
      return known.failed(where, Messages.tooManyBytes("the record's payload", bytes.length, options));
    }
    String text = WebText.decode(bytes, charsetOf(type), html);
    LocalDate seen = record.date() == null ? null : record.date().atZone(ZoneOffset.UTC).toLocalDate();
    ReadOptions dated = seen == null ? options : options.withDefaultPublished(seen);
    return html ? HtmlArticle.read(text, where, known, dated) : known.complete(WebText.lines(text), where, dated);
  }

  private static boolean isHtml(MediaType type) {
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    return subtype.equals("html") || subtype.equals("xhtml+xml");
  }

  private static boolean isText(MediaType type) {
    return type.type().equalsIgnoreCase("text") && type.subtype().equalsIgnoreCase("plain");
  }

  private static Charset charsetOf(MediaType type) {
    String name = type.parameters().get("charset");
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
