package org.herodotus.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small United States towns that GeoNames' cities500 lacks (New England towns it files as
 * divisions, hamlets: Harwinton CT, Lanexa VA, Turkey TX), from the US ZIP codes of the {@code
 * zipcodes} package: each ZIP code with the USPS name of its post office's town, its state and a
 * point. Local news names these towns all the time.
 *
 * <ul>
 *   <li>Only the 50 states and the District of Columbia: ZIP codes whose state is among the given
 *       admin-1 codes of the US (GeoNames uses the postal abbreviations); military (AA, AE, AP)
 *       and territories (PR, GU, VI, ...) are left out, and so are ZIP codes at 0,0 or without a
 *       point.
 *   <li>Names are cleaned by {@link #clean}: firms and postal services that have a ZIP code of
 *       their own ("Bell Atlantic Telephone Co", "Shared Firm Zip", "Springfield Bmc") and
 *       abbreviated forms ("N Kingstown") are dropped.
 *   <li>The ZIP codes of one state and one cleaned name make one town, at their mean point; a
 *       group whose points lie more than {@value #MAX_SPREAD_KM} km from that mean is not one
 *       town (a name shared by two towns of a state) and is dropped.
 *   <li>A town is left out when the builder already has a populated place of the US findable by
 *       its name (any of the place's names, "Saint"/"St.", "Mount"/"Mt." and "Fort"/"Ft." taken as
 *       one) in the same state within {@value #SAME_TOWN_KM} km: that is the same town. It is
 *       left out too when a US county of the builder has that name.
 *   <li>The rest become populated places (P, PPL) of unknown population (0), with synthetic ids
 *       from {@code -(5,000,000 + 1)} down, in the order of their ZIP codes' first appearance.
 * </ul>
 */
final class UsPostalTowns {

  static final int SYNTHETIC_ID_BASE = 5_000_000;
  static final double MAX_SPREAD_KM = 50;
  static final double SAME_TOWN_KM = 30;
  static final String CODES_PREFIX = "exports.codes = ";

  /**
   * Words of the names of firms, agencies and postal services with a ZIP code of their own, lower
   * case. "University" is among them ("Auburn University", "University Of Richmond"): the towns so
   * named (University Park, University Place) are in cities500. So is "National" ("Yellowstone
   * National Park", "First National Bank"; National City is in cities500).
   */
  static final Set<String> STOP_WORDS = Set.of("co", "comp", "inc", "corp", "bank", "banks", "insurance", "ins",
      "mail", "mailing", "mailings", "firm", "firms", "zip", "brm", "bmc", "irs", "postal", "university", "univ",
      "afb", "lottery", "dept", "svc", "ctr", "service", "services", "assoc", "telephone", "express", "mutual",
      "national", "apo", "fpo", "dpo");

  private UsPostalTowns() {}

  /** One ZIP code: its state's postal abbreviation, USPS town name and point. */
  record Zip(String state, String city, double lat, double lon) {}

  /** One town: state, cleaned name, point. */
  record Town(String state, String name, double lat, double lon) {}

  /**
   * The ZIP codes of the package's {@code lib/codes.js}, whose first line is {@code exports.codes =
   * {"10001":{"zip":"10001","latitude":40.7484,"longitude":-73.9967,"city":"New York","state":"NY",...},...};}.
   *
   * @throws IllegalArgumentException when the file does not start so
   */
  @SuppressWarnings("unchecked")
  static List<Zip> parse(String codesJs) {
    int end = codesJs.indexOf('\n');
    String line = (end < 0 ? codesJs : codesJs.substring(0, end)).strip();
    if (!line.startsWith(CODES_PREFIX) || !line.endsWith(";")) {
      throw new IllegalArgumentException("Not the zipcodes package's codes.js: it does not start with '"
          + CODES_PREFIX + "{...};'");
    }
    Object codes = Json.parse(line.substring(CODES_PREFIX.length(), line.length() - 1));
    if (!(codes instanceof Map<?, ?> byZip)) {
      throw new IllegalArgumentException("codes.js: exports.codes is not an object");
    }
    List<Zip> zips = new ArrayList<>(byZip.size());
    for (Object value : byZip.values()) {
      Map<String, Object> zip = (Map<String, Object>) value;
      if (zip.get("state") instanceof String state && zip.get("city") instanceof String city
          && zip.get("latitude") instanceof Number lat && zip.get("longitude") instanceof Number lon) {
        zips.add(new Zip(state, city, lat.doubleValue(), lon.doubleValue()));
      }
    }
    return zips;
  }

  /**
   * The town name of a USPS name, or null when it is no town's: a name with a digit or a
   * punctuation mark other than a hyphen, apostrophe or dot ("115 Firms", "At&t"), with a word of
   * {@link #STOP_WORDS} ("J C Penney Co", "Shared Firm Zip"), or whose first word is one letter
   * ("N Kingstown", "O Fallon", "U S Geological Survey"). "Mc" is joined to the next word, as
   * news writes the names ("Mc Lean" is "McLean").
   */
  static String clean(String usps) {
    String name = usps.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      return null;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '\'' && c != '.') {
        return null;
      }
    }
    String[] words = name.split(" ");
    if (words[0].length() == 1) {
      return null;
    }
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < words.length; i++) {
      if (STOP_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
        return null;
      }
      if (out.length() > 0 && !(i > 0 && words[i - 1].equals("Mc"))) {
        out.append(' ');
      }
      out.append(words[i]);
    }
    return out.toString();
  }

  /**
   * The towns of {@code zips}: one a state and cleaned name, at the mean point of its ZIP codes,
   * in the order of their first ZIP code; see the class comment for what is left out.
   *
   * @param states the admin-1 codes of the US kept ("CT", "DC", ...)
   */
  static List<Town> towns(List<Zip> zips, Set<String> states) {
    Map<String, List<Zip>> groups = new LinkedHashMap<>();
    for (Zip zip : zips) {
      if (!states.contains(zip.state()) || (zip.lat() == 0 && zip.lon() == 0)
          || Math.abs(zip.lat()) > 90 || Math.abs(zip.lon()) > 180) {
        continue;
      }
      String name = clean(zip.city());
      if (name != null) {
        groups.computeIfAbsent(zip.state() + "\t" + name, k -> new ArrayList<>()).add(zip);
      }
    }
    List<Town> towns = new ArrayList<>();
    groups.forEach((key, group) -> {
      double lat = 0;
      double lon = 0;
      for (Zip zip : group) {
        lat += zip.lat();
        lon += zip.lon();
      }
      lat /= group.size();
      lon /= group.size();
      for (Zip zip : group) {
        if (km(lat, lon, zip.lat(), zip.lon()) > MAX_SPREAD_KM) {
          return;
        }
      }
      towns.add(new Town(group.get(0).state(), key.substring(key.indexOf('\t') + 1),
          Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5));
    });
    return towns;
  }

  /**
   * Adds the towns that are not yet in {@code builder} (see the class comment) as populated places
   * of the US, and returns how many were added.
   */
  static int add(IndexBuilder builder, List<Town> towns) {
    int added = 0;
    for (Town town : towns) {
      if (known(builder, town)) {
        continue;
      }
      added++;
      builder.add(new GeoName(-(SYNTHETIC_ID_BASE + (long) added), town.name(), town.lat(), town.lon(), "P", "PPL",
          "US", town.state(), 0));
    }
    return added;
  }

  /** Whether the builder has the town already, or a US county of its name. */
  private static boolean known(IndexBuilder builder, Town town) {
    for (int handle : builder.named(town.name())) {
      GeoName g = builder.entry(handle);
      if (g.countryCode().equals("US") && g.isAdmin2()) {
        return true;
      }
    }
    for (String variant : variants(town.name())) {
      for (int handle : builder.named(variant)) {
        GeoName g = builder.entry(handle);
        if (g.isPopulatedPlace() && g.countryCode().equals("US") && g.admin1Code().equals(town.state())
            && km(g.lat(), g.lon(), town.lat(), town.lon()) <= SAME_TOWN_KM) {
          return true;
        }
      }
    }
    return false;
  }

  /** The name and its forms with "Saint", "Mount", "Fort" abbreviated, or these words spelled out. */
  static List<String> variants(String name) {
    List<String> variants = new ArrayList<>(List.of(name));
    String[][] pairs = {{"Saint", "St."}, {"Mount", "Mt."}, {"Fort", "Ft."}, {"Sainte", "Ste."}};
    for (String[] pair : pairs) {
      for (int w = 0; w < 2; w++) {
        String from = pair[w];
        String to = pair[1 - w];
        String spaced = " " + name + " ";
        String word = " " + from + " ";
        if (spaced.contains(word)) {
          variants.add(spaced.replace(word, " " + to + " ").strip());
        }
      }
    }
    return variants;
  }

  /** Great-circle distance in km. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
