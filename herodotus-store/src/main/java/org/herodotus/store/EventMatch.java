package org.herodotus.store;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;

/**
 * Whether two event mentions can be reports of one real-world event: they agree on type, actors,
 * place and date, each within a tolerance. Pairwise and symmetric; a cluster admits a mention only
 * when it agrees with every member (complete link), so a chain of small differences (a day here,
 * 40 km there) never merges events that are far apart.
 *
 * <ul>
 *   <li><b>Type</b>: the same {@link ClusterMention#typeKey} (PLOVER category, else CAMEO root).
 *   <li><b>Actors</b>: on each side (source, target) the CAMEO codes agree in their first three
 *       letters (country or group; {@code ---}, unknown, agrees with any) and in their roles (equal,
 *       one extends the other, one has none: {@code IRQ} and {@code IRQMIL}, {@code ---CVL} and
 *       {@code SYRCVL}; or both organs of one state, {@code SYRMIL} and {@code SYRGOV}: "the army",
 *       "government forces"); {@code SYRMIL} and {@code SYRCVL} differ. Without a code on one side
 *       the countries decide. A side that one mention lacks is no disagreement, as articles often
 *       name only the attacker or only the victim.
 *   <li><b>Place</b>: the same GeoNames id; two towns or points at most {@value #KILOMETRES} km
 *       apart (neighbouring districts of one city, a town and its outskirts; Idlib and Aleppo, 56 km
 *       apart, are not merged); a province and a place in it (same country and admin-1); two
 *       mentions of one country, but not a country and a town in it (a country holds too many
 *       events of a day). A macro-region or an unresolved name beside a resolved one is no
 *       disagreement; two different unresolved names are. Mentions of two articles must both be
 *       {@linkplain #located located}: a place finer than a country, or a country and both sides.
 *   <li><b>Date</b>: two exact days at most {@value #DAYS} day apart (time zones, "overnight",
 *       "on Monday" read against two publication dates); {@value #PUBLICATION_DAYS} days when either
 *       date is only the article's publication date (the event lies up to a day or two before it);
 *       coarser dates (a week, a month) must overlap; dates vaguer than {@value #WIDEST_SPAN} days
 *       (a season, a year) are merged with nothing.
 * </ul>
 */
final class EventMatch {

  static final double KILOMETRES = 50.0;
  static final int DAYS = 1;
  static final int PUBLICATION_DAYS = 2;
  static final int WIDEST_SPAN = 31;

  private EventMatch() {}

  static boolean compatible(ClusterMention a, ClusterMention b) {
    return a.typeKey().equals(b.typeKey()) && dates(a, b) && side(a.source(), b.source()) && side(a.target(), b.target())
        && places(a.place(), b.place()) && (located(a) && located(b) || a.documentId().equals(b.documentId()));
  }

  /**
   * Whether a mention is located well enough to be compared across articles: it has a place finer
   * than a country, or a country and both a source and a target. A mention that is not joins only
   * a cluster of its own article: across articles, "an operation" in Afghanistan on one day by
   * the same kind of actor is too little to call two reports one event (ISAF's press releases of
   * one day describe a dozen operations in as many districts, all "in Afghanistan").
   */
  static boolean located(ClusterMention m) {
    if (m.place() == null || m.place().precision() == Precision.REGION) {
      return false;
    }
    return m.place().precision() != Precision.COUNTRY || m.source() != null && m.target() != null;
  }

  static boolean dates(ClusterMention a, ClusterMention b) {
    if (span(a) > WIDEST_SPAN || span(b) > WIDEST_SPAN) {
      return false;
    }
    if (span(a) == 1 && span(b) == 1) {
      int tolerance = "publication".equals(a.precision()) || "publication".equals(b.precision()) ? PUBLICATION_DAYS : DAYS;
      return Math.abs(ChronoUnit.DAYS.between(a.start(), b.start())) <= tolerance;
    }
    return !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
  }

  static boolean side(ClusterMention.Side a, ClusterMention.Side b) {
    if (a == null || b == null) {
      return true;
    }
    if (a.code() != null && b.code() != null) {
      String countryA = country(a.code());
      String countryB = country(b.code());
      String roleA = a.code().length() > 3 ? a.code().substring(3) : "";
      String roleB = b.code().length() > 3 ? b.code().substring(3) : "";
      boolean countries = countryA == null || countryB == null || countryA.equals(countryB);
      boolean roles = roleA.isEmpty() || roleB.isEmpty() || roleA.startsWith(roleB) || roleB.startsWith(roleA)
          || STATE_ROLES.contains(roleA) && STATE_ROLES.contains(roleB);
      return countries && roles;
    }
    return a.country() == null || b.country() == null || a.country().equals(b.country());
  }

  /** Roles of state organs, which reports use for the same unit: "the army", "government forces", "troops". */
  private static final java.util.Set<String> STATE_ROLES = java.util.Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");

  /** The first three letters of a CAMEO actor code (a country, or {@code IMG}, {@code IGO}, ...), or {@code null} for {@code ---}. */
  private static String country(String code) {
    String head = code.length() >= 3 ? code.substring(0, 3) : code;
    return head.equals("---") ? null : head;
  }

  static boolean places(Place a, Place b) {
    if (a == null || b == null) {
      return true;
    }
    boolean aUnresolved = !a.resolved();
    boolean bUnresolved = !b.resolved();
    if (aUnresolved || bUnresolved) {
      return !(aUnresolved && bUnresolved) || a.text().toLowerCase(Locale.ROOT).equals(b.text().toLowerCase(Locale.ROOT));
    }
    if (a.precision() == Precision.REGION || b.precision() == Precision.REGION) {
      return true;
    }
    if (a.geonameId() != null && a.geonameId().equals(b.geonameId())) {
      return true;
    }
    if (a.precision() == Precision.COUNTRY || b.precision() == Precision.COUNTRY) {
      return a.precision() == b.precision() && a.country() != null && a.country().equals(b.country());
    }
    if (a.precision() == Precision.ADMIN1 || b.precision() == Precision.ADMIN1) {
      Place coarse = a.precision() == Precision.ADMIN1 ? a : b;
      Place other = coarse == a ? b : a;
      return coarse.country() != null && coarse.country().equals(other.country()) && sameAdmin1(coarse, other);
    }
    return a.lat() != null && b.lat() != null && kilometres(a.lat(), a.lon(), b.lat(), b.lon()) <= KILOMETRES;
  }

  private static boolean sameAdmin1(Place coarse, Place other) {
    if (coarse.admin1() != null && coarse.admin1().equalsIgnoreCase(other.admin1())) {
      return true;
    }
    return coarse.name() != null && coarse.name().equalsIgnoreCase(other.admin1());
  }

  /** The great-circle distance in kilometres (haversine, mean Earth radius 6,371 km). */
  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static long span(ClusterMention m) {
    return ChronoUnit.DAYS.between(m.start(), m.end()) + 1;
  }

  private static boolean extends3(String longer, String shorter) {
    return shorter.length() >= 3 && longer.startsWith(shorter);
  }
}
