package org.herodotus.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What kind of article file an input is, from its name or from its first characters. */
enum Format {
  TEXT,
  HTML,
  JSON_LINES,
  /** A WARC archive, plain or gzip-compressed: many pages. */
  WARC,
  /** An RSS 2.0, RSS 1.0 (RDF) or Atom feed: many items. */
  FEED,
  /** A list of web addresses to fetch, one a line ({@code .urls}). */
  URL_LIST,
  /** Not known from the name: look at the content. */
  UNKNOWN;

  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md");
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
  private static final Set<String> JSON_EXTENSIONS = Set.of("jsonl", "ndjson", "json");
  private static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom");
  private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");
  /** Images, audio, video, archives, office and executable files: never articles. */
  private static final Set<String> BINARY_EXTENSIONS = Set.of(
      "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "ico", "svg", "heic", "avif",
      "mp3", "wav", "ogg", "flac", "m4a", "mp4", "m4v", "mov", "avi", "mkv", "webm",
      "gz", "tgz", "zip", "bz2", "xz", "zst", "7z", "rar", "tar", "jar", "war",
      "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "epub",
      "exe", "dll", "so", "dylib", "class", "bin", "dat", "iso", "woff", "woff2", "ttf", "otf",
      "parquet", "avro", "db", "sqlite", "duckdb");

  /** The format a file name's extension names, or {@link #UNKNOWN}. */
  static Format ofName(String fileName) {
    if (isWarcName(fileName)) {
      return WARC;
    }
    String extension = extension(fileName);
    if (FEED_EXTENSIONS.contains(extension)) {
      return FEED;
    }
    if (extension.equals("urls")) {
      return URL_LIST;
    }
    if (TEXT_EXTENSIONS.contains(extension)) {
      return TEXT;
    }
    if (HTML_EXTENSIONS.contains(extension)) {
      return HTML;
    }
    return JSON_EXTENSIONS.contains(extension) ? JSON_LINES : UNKNOWN;
  }

  /** Whether a file name's extension says it is an image, archive or other binary format. */
  static boolean isBinaryName(String fileName) {
    return !isWarcName(fileName) && BINARY_EXTENSIONS.contains(extension(fileName));
  }

  /** Whether a file name ends in {@code .warc} or {@code .warc.gz}. */
  static boolean isWarcName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  /**
   * Whether content that starts with {@code head} is a feed: XML whose root element is
   * {@code rss}, {@code feed} or {@code rdf:RDF}, before any HTML element.
   */
  static boolean looksLikeFeed(String head) {
    String start = head.stripLeading();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1);
    }
    if (!start.startsWith("<")) {
      return false;
    }
    Matcher root = FEED_ROOT.matcher(start);
    int html = start.toLowerCase(Locale.ROOT).indexOf("<html");
    return root.find() && (html < 0 || root.start() < html);
  }

  /**
   * The format of content that starts with {@code head}: JSON Lines if its first non-blank
   * character is <code>{</code>, HTML if it is {@code <}, else plain text.
   */
  static Format sniff(String head) {
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '{') {
        return JSON_LINES;
      }
      if (c == '<') {
        return HTML;
      }
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return TEXT;
      }
    }
    return TEXT;
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
