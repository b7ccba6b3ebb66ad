package org.herodotus.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;
import org.herodotus.fetch.Validators;

/**
 * What polling remembers of each feed between polls and runs: the {@code ETag} and
 * {@code Last-Modified} of its last complete read (for a conditional GET) and the ids of the
 * items already read, the newest {@value #SEEN_PER_FEED} of them. Kept as a small JSON file,
 * {@value #FILE} in the data directory, replaced atomically (a temporary file renamed over it),
 * so a crash never leaves half a file. Not thread-safe.
 */
public final class FeedState {

  /** The file's name in the data directory. */
  public static final String FILE = "feeds.json";
  /** How many item ids are remembered per feed; feeds show far fewer at a time. */
  static final int SEEN_PER_FEED = 5000;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One feed's state. */
  static final class Feed {
    Validators validators = Validators.NONE;
    final LinkedHashSet<String> seen = new LinkedHashSet<>();

    void see(String id) {
      seen.remove(id);
      seen.add(id);
      Iterator<String> oldest = seen.iterator();
      while (seen.size() > SEEN_PER_FEED) {
        oldest.next();
        oldest.remove();
      }
    }
  }

  private final Path file;
  private final Map<String, Feed> feeds = new TreeMap<>();

  private FeedState(Path file) {
    this.file = file;
  }

  /**
   * The state in {@code file}, or an empty state to be saved there if it does not exist.
   *
   * @throws IllegalArgumentException if the file is not a feed state this class wrote
   * @throws IOException if it cannot be read
   */
  public static FeedState load(Path file) throws IOException {
    FeedState state = new FeedState(file);
    if (!Files.exists(file)) {
      return state;
    }
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the feed state " + file + " is not JSON (" + e.getOriginalMessage()
          + "); delete it to start polling afresh (stored articles are not read twice either way)", e);
    }
    JsonNode all = root == null ? null : root.get("feeds");
    if (all == null || !all.isObject()) {
      throw new IllegalArgumentException("the feed state " + file + " has no \"feeds\" object; delete it to start polling afresh");
    }
    all.fields().forEachRemaining(entry -> {
      Feed feed = new Feed();
      JsonNode node = entry.getValue();
      feed.validators = new Validators(text(node, "etag"), text(node, "lastModified"));
      JsonNode seen = node.get("seen");
      if (seen != null && seen.isArray()) {
        seen.forEach(id -> feed.see(id.asText()));
      }
      state.feeds.put(entry.getKey(), feed);
    });
    return state;
  }

  /** Writes the state to its file: a temporary file beside it, renamed over it. */
  public void save() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode all = root.putObject("feeds");
    feeds.forEach((url, feed) -> {
      ObjectNode node = all.putObject(url);
      node.put("etag", feed.validators.etag());
      node.put("lastModified", feed.validators.lastModified());
      ArrayNode seen = node.putArray("seen");
      feed.seen.forEach(seen::add);
    });
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, FILE, ".tmp");
    try {
      Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The file this state is saved to. */
  public Path file() {
    return file;
  }

  /** Whether the item {@code id} of feed {@code url} was read before. */
  public boolean seen(String url, String id) {
    Feed feed = feeds.get(url);
    return feed != null && feed.seen.contains(id);
  }

  /** The validators of the last complete read of feed {@code url}. */
  public Validators validators(String url) {
    Feed feed = feeds.get(url);
    return feed == null ? Validators.NONE : feed.validators;
  }

  void see(String url, String id) {
    feeds.computeIfAbsent(url, u -> new Feed()).see(id);
  }

  void validators(String url, Validators validators) {
    feeds.computeIfAbsent(url, u -> new Feed()).validators = validators;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
