package org.herodotus.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The home towns of news outlets whose address does not begin with their town's name ({@code
 * outlets.tsv}: "ajc.com" is the Atlanta Journal-Constitution's), read once. Immutable.
 */
final class KnownOutlets {

  static final String RESOURCE = "outlets.tsv";
  private static final KnownOutlets SHIPPED = load();

  /** A town as the table writes it: its gazetteer name, country and (for US towns) state. */
  record Town(String name, String countryCode, String admin1Code) {}

  private final Map<String, Town> byDomain;

  private KnownOutlets(Map<String, Town> byDomain) {
    this.byDomain = Map.copyOf(byDomain);
  }

  /** The table shipped with Herodotus. */
  static KnownOutlets shipped() {
    return SHIPPED;
  }

  /** Every domain of the table with its town. */
  Map<String, Town> all() {
    return byDomain;
  }

  /** The town of the outlet at {@code host}: of its domain, or of a domain it ends in after a dot. */
  Optional<Town> town(String host) {
    String domain = host.toLowerCase(Locale.ROOT);
    while (true) {
      Town town = byDomain.get(domain);
      int dot = domain.indexOf('.');
      if (town != null || dot < 0) {
        return Optional.ofNullable(town);
      }
      domain = domain.substring(dot + 1); // "blogs.ajc.com" → "ajc.com"
    }
  }

  private static KnownOutlets load() {
    try (InputStream in = KnownOutlets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing next to " + KnownOutlets.class.getName());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
  }

  /**
   * The table in {@code reader}.
   *
   * @throws IllegalStateException naming the line of a row without four tab-separated columns
   */
  static KnownOutlets parse(BufferedReader reader) throws IOException {
    Map<String, Town> byDomain = new HashMap<>();
    int number = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 4 || cols[0].isBlank() || cols[1].isBlank() || !cols[2].matches("[A-Z]{2}")) {
        throw new IllegalStateException(RESOURCE + " line " + number
            + ": expected domain, town, ISO alpha-2 country code, admin-1 code or nothing; got '" + line + "'");
      }
      byDomain.put(cols[0].toLowerCase(Locale.ROOT), new Town(cols[1], cols[2], cols[3]));
    }
    return new KnownOutlets(byDomain);
  }
}
