package org.herodotus.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 3166-1 alpha-2 and alpha-3 codes and English country names, from the JDK's list. */
final class Countries {

  private Countries() {}

  private static final Map<String, String> ALPHA2 = new HashMap<>();
  private static final Map<String, String> ALPHA3 = new HashMap<>();
  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    for (String a2 : Locale.getISOCountries()) {
      String a3 = new Locale("", a2).getISO3Country();
      ALPHA2.put(a2, a2);
      ALPHA2.put(a3, a2);
      ALPHA3.put(a2, a3);
      BY_NAME.put(new Locale("", a2).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), a2);
    }
    // names news uses where the JDK's differ
    for (String[] alias : new String[][] {{"us", "US"}, {"usa", "US"}, {"america", "US"}, {"britain", "GB"}, {"uk", "GB"},
        {"great britain", "GB"}, {"england", "GB"}, {"russian federation", "RU"}, {"turkiye", "TR"}, {"türkiye", "TR"},
        {"palestine", "PS"}, {"gaza", "PS"}, {"west bank", "PS"}, {"ivory coast", "CI"}, {"burma", "MM"},
        {"democratic republic of the congo", "CD"}, {"drc", "CD"}, {"czech republic", "CZ"}, {"kosovo", "XK"}}) {
      BY_NAME.put(alias[0], alias[1]);
    }
    ALPHA2.put("XK", "XK"); // Kosovo: GeoNames' code, absent from ISO 3166-1
    ALPHA2.put("XKX", "XK");
    ALPHA3.put("XK", "XKX");
  }

  /** The alpha-2 code for an alpha-2 or alpha-3 code, or {@code null} when it is none. */
  static String alpha2(String code) {
    return ALPHA2.get(code);
  }

  /** The alpha-3 code for an alpha-2 or alpha-3 code, or {@code null}. */
  static String alpha3(String code) {
    String a2 = ALPHA2.get(code);
    return a2 == null ? null : ALPHA3.get(a2);
  }

  /** The alpha-2 code of the country called {@code name} in English ("Syria", "Britain"), case-insensitively, or {@code null}. */
  static String named(String name) {
    return BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
  }
}
