package org.herodotus.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.Locale;

/** The messages of read failures, in one place: what happened, with the values, and what to do. */
final class Messages {

  static final String NO_INPUTS = "no inputs given; name files, folders, or - for standard input";
  static final String EMPTY = "document is empty; give the article some text, or leave the file out";
  static final String NO_ARTICLE_TEXT = "the page has no article text after removing navigation, ads and "
      + "comments; check that it is an article page and not an index or a script-built page";
  static final String NO_TEXT_OR_HTML = "record has neither \"text\" nor \"html\"; give the article in one of them";
  static final String WHAT_WE_READ = "Herodotus reads text, HTML and JSON Lines";

  private Messages() {}

  static String noSuchInput(String input) {
    return "input '" + input + "' does not exist (working directory " + Path.of("").toAbsolutePath()
        + "); give an existing file or folder, or - for standard input";
  }

  static String stdinTwice(long times) {
    return "standard input '-' is given " + times + " times; give it once";
  }

  static String binaryNul(int offset) {
    return "looks like a binary file (NUL byte at offset " + offset + "); " + WHAT_WE_READ;
  }

  static String binaryControl(int controls, int examined) {
    return "looks like a binary file (" + controls + " control characters in its first " + examined
        + " bytes); " + WHAT_WE_READ;
  }

  static String tooManyBytes(String what, long bytes, ReadOptions options) {
    return what + " is " + number(bytes) + " bytes, more than the " + number(options.maxBytes())
        + " bytes read for --max-chars " + number(options.maxChars()) + "; raise --max-chars or split the file";
  }

  static String tooManyChars(int chars, ReadOptions options) {
    return "text is " + number(chars) + " characters, more than --max-chars " + number(options.maxChars())
        + "; raise --max-chars or split the file";
  }

  static String lineTooLong(int line, long bytes, ReadOptions options) {
    return tooManyBytes("line " + line, bytes, options);
  }

  static String jsonArray(String origin) {
    return "the file is a JSON array, not JSON Lines; write one object a line, for example with jq -c '.[]' " + origin;
  }

  static String notJson(int line, JsonProcessingException e) {
    String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
    return "line " + line + " is not JSON: " + e.getOriginalMessage() + where
        + "; write one JSON object a line";
  }

  static String notObject(int line, String type) {
    return "line " + line + " is a JSON " + type + ", not an object; write one JSON object a line";
  }

  static String wrongType(String field, String expected, String actual) {
    return "record field \"" + field + "\" is a JSON " + actual + ", not " + expected;
  }

  static String badDate(String field, String value) {
    return "record field \"" + field + "\" is \"" + value + "\", which is not a date; write it as ISO 8601, "
        + "like 2017-09-05 or 2017-09-05T10:00:00Z";
  }

  static String warcEmpty() {
    return "the WARC file holds no records; check that the download finished";
  }

  static String notWarc(Throwable e) {
    return "is not a WARC file: no WARC record at its start or after it (" + describe(e) + "); "
        + "name it after what it holds (.html, .txt, .jsonl), or give a WARC file";
  }

  static String warcBadLength(long offset) {
    return "the WARC record at offset " + offset + " does not end where its Content-Length says (corrupt record); "
        + "it is left out and reading goes on with the next record";
  }

  static String warcBadRecord(long offset, Throwable e) {
    return "the WARC record at offset " + offset + " cannot be read (" + describe(e) + "); "
        + "it is left out and reading goes on with the next record found after it";
  }

  static String warcTruncated(long offset, Throwable e) {
    return "the WARC file ends inside the record at offset " + offset + " (" + describe(e) + "); "
        + "the file is truncated: download it again to read the rest";
  }

  static String notXml(int line, int column, String problem) {
    String where = line < 0 ? "" : " at line " + line + ", column " + column;
    return "is not a feed: not well-formed XML" + where + " (" + problem + "); "
        + "check that the address or file is an RSS or Atom feed and not a web page or an error page";
  }

  static String notFeed(String why) {
    return "is XML but not an RSS or Atom feed (" + why + "); give the feed's address, not the site's";
  }

  static String feedItemEmpty(String link) {
    return "the feed item has no text" + (link == null ? "" : " and its page " + link + " was not fetched")
        + "; give the feed's web address instead of a saved copy, so linked pages are fetched";
  }

  static String feedItemPage(String link, String problem) {
    return "the feed item's page " + link + " could not be fetched: " + problem + "; it is tried again at the next poll";
  }

  static String urlListWithoutFetcher(String origin) {
    return "is a list of web addresses, and fetching is off; give it as an input or with --urls, "
        + "not inside a folder, so that its pages are fetched";
  }

  static String notWebAddress(String line) {
    return "'" + line + "' is not an http or https address; fix or remove the line (# starts a comment)";
  }

  static String urlWithoutFetcher(String url) {
    return "'" + url + "' is a web address, and fetching is off; the command line turns it on, "
        + "or pass ReadOptions.withFetcher";
  }

  static String cannotRead(Exception e) {
    return "could not read it: " + describe(e) + "; check that it exists and is readable";
  }

  static String cannotList(Exception e) {
    return "could not list the folder: " + describe(e) + "; check that it is readable";
  }

  static String unexpected(Throwable e) {
    return "could not read it because of a bug in the reader (" + describe(e)
        + "); please report it with the file";
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
