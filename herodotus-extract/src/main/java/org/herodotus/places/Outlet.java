package org.herodotus.places;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.model.Metadata;

/**
 * The home country of the outlet that published an article, from its address's country-code
 * top-level domain: {@code www.irishtimes.ie} is in Ireland, {@code bbc.co.uk} in the United
 * Kingdom. Generic domains ({@code .com}, {@code .org}) and country codes sold as vanity names
 * ({@code .tv}, {@code .io}) say nothing.
 */
final class Outlet {

  /** Country codes that are mostly bought for their letters, not by outlets of that country. */
  private static final Set<String> VANITY = Set.of("ai", "am", "cc", "co", "fm", "io", "me", "ly", "tv", "ws", "to", "gg", "la");

  private Outlet() {}

  /** The ISO 3166-1 alpha-2 code of the outlet's country, when its url has a country's domain. */
  static Optional<String> country(Metadata meta, Gazetteer gazetteer) {
    String url = meta.url();
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not a well-formed address: no evidence either way
    }
    if (host == null) {
      return Optional.empty();
    }
    String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String code = tld.equals("uk") ? "gb" : tld;
    if (code.length() != 2 || VANITY.contains(code)) {
      return Optional.empty();
    }
    String cc = code.toUpperCase(Locale.ROOT);
    return gazetteer.country(cc).map(c -> cc);
  }
}
