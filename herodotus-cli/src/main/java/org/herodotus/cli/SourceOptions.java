package org.herodotus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herodotus.fetch.FetchOptions;
import org.herodotus.fetch.Fetcher;
import org.herodotus.read.ReadOptions;
import picocli.CommandLine.Option;

/**
 * How the commands that read articles ({@code extract}, {@code ingest}) read them: where they come
 * from besides the positional inputs ({@code --urls FILE} lists of web addresses), how politely
 * the web is fetched ({@code --rate}), the publication date for articles without one
 * ({@code --date}), the longest text accepted ({@code --max-chars}) and whether progress is shown.
 * The fetcher is made only when something is to be fetched.
 */
final class SourceOptions {

  @Option(names = "--urls", paramLabel = "FILE",
      description = {"A file of web addresses to fetch and read, one a line (blank lines",
          "and # comments skipped). Repeatable. Addresses can also be given as inputs."})
  List<Path> urlLists = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents that do not give one; relative dates resolve against it.")
  LocalDate date;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Longest document text accepted, in characters (default: ${DEFAULT-VALUE}).")
  int maxChars = 2_000_000;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on standard error (default: when it is a terminal): documents done, failed, docs/s,"
          + " time elapsed and, for files and folders (counted first), the total and the time left.")
  Boolean progress;

  @Option(names = "--rate", paramLabel = "N",
      description = "Requests a second to one host, at most (default: ${DEFAULT-VALUE}); robots.txt is always honoured.")
  double rate = 1.0;

  /** The positional inputs followed by the addresses of every {@code --urls} file. */
  List<String> inputs(List<String> positional) throws IOException {
    List<String> all = new ArrayList<>(positional == null ? List.of() : positional);
    for (Path list : urlLists) {
      if (!Files.isRegularFile(list)) {
        throw new IllegalArgumentException("--urls " + list + " is not a file; give a file of web addresses, one a line");
      }
      int number = 0;
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        number++;
        String url = line.strip();
        if (url.isEmpty() || url.startsWith("#")) {
          continue;
        }
        if (!Fetcher.isWebUrl(url)) {
          throw new IllegalArgumentException("--urls " + list + " line " + number + " is '" + url
              + "', not an http or https address; fix or remove the line");
        }
        all.add(url);
      }
    }
    return all;
  }

  /** Read options for {@code inputs}, with a fetcher if any input is a web address or a {@code .urls} list, or {@code fetchAnyway}. */
  ReadOptions readOptions(List<String> inputs, InputStream stdin, boolean fetchAnyway) {
    ReadOptions options = new ReadOptions(date, maxChars, stdin);
    boolean web = fetchAnyway || inputs.stream().anyMatch(input -> Fetcher.isWebUrl(input)
        || input.toLowerCase(Locale.ROOT).endsWith(".urls"));
    return web ? options.withFetcher(new Fetcher(fetchOptions())) : options;
  }

  /** Whether to show the progress line: as {@code --progress} says, else when standard error is a terminal. */
  boolean showProgress() {
    return progress != null ? progress : Progress.terminal();
  }

  FetchOptions fetchOptions() {
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "--rate must be a positive number of requests per second, got %s; 0.2 is one request every 5 s", rate));
    }
    return FetchOptions.defaults().withPerHostInterval(Duration.ofNanos(Math.round(1e9 / rate)));
  }
}
