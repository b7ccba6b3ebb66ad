package org.herodotus.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * United States counties, Louisiana's parishes and Alaska's boroughs (GeoNames feature code {@code
 * ADM2}) from the Census Bureau's county boundaries as the {@code us-atlas} package ships them: a
 * TopoJSON topology ({@code counties-10m.json}) whose counties carry their five-digit FIPS code
 * and bare name ("Laurel"), and whose states carry their names.
 *
 * <p>Each county is findable only by its full name, "Laurel County" ("Avoyelles Parish", "Kenai
 * Peninsula Borough"): the bare name stays the towns'. It lies in the first-level division whose
 * admin-1 name is its state's name, at the area-weighted centroid of its outer rings; its
 * population is that of its populated places in the builder whose GeoNames admin-2 code is its
 * county code; its synthetic id is {@code -(3,000,000 + FIPS)} ({@code 21125}, Laurel County,
 * Kentucky, is -3,021,125). The states' own centroids are given to {@link Admin1Regions} by {@link
 * #statePoints}. Left out: independent cities (Virginia's, Baltimore, St. Louis, Carson
 * City; already towns), the District of Columbia and the territories, which GeoNames files as
 * countries of their own.
 */
final class UsCounties {

  private static final Pattern PARTICLE_SPLIT = Pattern.compile("(De|La|Le|Du) (\\p{Lu}.*)");
  private static final Pattern PARTICLE_JOINED = Pattern.compile("(De|La|Le|Du)(\\p{Lu}.*)");
  static final int SYNTHETIC_ID_BASE = 3_000_000;
  private static final String LOUISIANA = "22";
  private static final String ALASKA = "02";
  /** States whose county codes from 500 up are independent cities. */
  private static final Set<String> INDEPENDENT_CITIES = Set.of("24", "29", "32", "51");
  /** The District of Columbia, American Samoa, Guam, the Northern Mariana Islands, Puerto Rico, the Virgin Islands. */
  private static final Set<String> NOT_STATES = Set.of("11", "60", "66", "69", "72", "78");
  private static final String DISTRICT_OF_COLUMBIA = "11";

  private UsCounties() {}

  /** What is needed of one county: its FIPS code, bare name and point. */
  record County(String fips, String name, double lat, double lon) {}

  /**
   * Adds the counties of {@code topoJson} to {@code builder}.
   *
   * @param admin1Names admin-1 names by "country.admin1" code, as for {@link Admin1Regions}
   * @param placePopulation population of the builder's US places by "admin1.admin2" code ("KY.125")
   * @return how many counties were added
   * @throws IllegalArgumentException when the topology lacks what is read of it
   */
  static int add(IndexBuilder builder, String topoJson, Map<String, String> admin1Names,
      Map<String, Long> placePopulation) {
    return add(builder, new Topology(topoJson), admin1Names, placePopulation);
  }

  /** As {@link #add(IndexBuilder, String, Map, Map)}, of a topology already read. */
  static int add(IndexBuilder builder, Topology topology, Map<String, String> admin1Names,
      Map<String, Long> placePopulation) {
    Map<String, String> admin1ByFips = admin1ByFips(topology, admin1Names);
    int added = 0;
    for (County county : counties(topology)) {
      String state = county.fips().substring(0, 2);
      String code = county.fips().substring(2);
      String admin1 = admin1ByFips.get(state);
      if (admin1 == null || NOT_STATES.contains(state)
          || (INDEPENDENT_CITIES.contains(state) && code.compareTo("500") >= 0)) {
        continue;
      }
      int handle = builder.add(new GeoName(-(SYNTHETIC_ID_BASE + Integer.parseInt(county.fips())),
          fullName(state, county.name()), county.lat(), county.lon(), "A", "ADM2", "US", admin1,
          placePopulation.getOrDefault(admin1 + "." + code, 0L)));
      String spelling = otherSpelling(county.name());
      if (spelling != null) {
        builder.name(handle, fullName(state, spelling));
      }
      added++;
    }
    return added;
  }

  /**
   * The area-weighted centroids {lat, lon} of the 50 states and the District of Columbia, by
   * admin-1 code ("US.TX"), for {@link Admin1Regions}; a state whose name is not among {@code
   * admin1Names} is left out, and so are the territories, which GeoNames files as countries.
   */
  static Map<String, double[]> statePoints(Topology topology, Map<String, String> admin1Names) {
    Map<String, String> admin1ByFips = admin1ByFips(topology, admin1Names);
    Map<String, double[]> points = new HashMap<>();
    for (Map<String, Object> state : topology.geometries("states")) {
      String fips = (String) state.get("id");
      String admin1 = admin1ByFips.get(fips);
      double[] centroid = topology.centroid(state);
      if (admin1 != null && centroid != null && (fips.equals(DISTRICT_OF_COLUMBIA) || !NOT_STATES.contains(fips))) {
        points.put("US." + admin1, new double[] {round(centroid[0]), round(centroid[1])});
      }
    }
    return points;
  }

  /** The admin-1 code of each state of the topology whose name is an admin-1 name of the US, by FIPS code. */
  private static Map<String, String> admin1ByFips(Topology topology, Map<String, String> admin1Names) {
    Map<String, String> admin1ByStateName = new HashMap<>();
    admin1Names.forEach((code, name) -> {
      if (code.startsWith("US.")) {
        admin1ByStateName.put(name, code.substring(3));
      }
    });
    Map<String, String> admin1ByFips = new HashMap<>();
    for (Map<String, Object> state : topology.geometries("states")) {
      String admin1 = admin1ByStateName.get(properties(state).get("name"));
      if (admin1 != null) {
        admin1ByFips.put((String) state.get("id"), admin1);
      }
    }
    return admin1ByFips;
  }

  /**
   * The name with its French or Dutch particle joined or split the other way, as news writes both:
   * "De Soto" and "DeSoto", "LaSalle" and "La Salle", "DuPage" and "Du Page"; null for other names.
   */
  static String otherSpelling(String name) {
    Matcher split = PARTICLE_SPLIT.matcher(name);
    if (split.matches()) {
      return split.group(1) + split.group(2);
    }
    Matcher joined = PARTICLE_JOINED.matcher(name);
    return joined.matches() ? joined.group(1) + " " + joined.group(2) : null;
  }

  /** "Laurel County"; "Avoyelles Parish" in Louisiana; "Kenai Peninsula Borough" in Alaska. */
  static String fullName(String stateFips, String name) {
    return name + (stateFips.equals(LOUISIANA) ? " Parish" : stateFips.equals(ALASKA) ? " Borough" : " County");
  }

  /** The counties of the topology's {@code counties} collection, each at its centroid. */
  static List<County> counties(Topology topology) {
    List<County> counties = new ArrayList<>();
    for (Map<String, Object> geometry : topology.geometries("counties")) {
      if (!(geometry.get("id") instanceof String fips) || fips.length() != 5
          || !(properties(geometry).get("name") instanceof String name)) {
        throw new IllegalArgumentException("A county of the topology lacks its five-digit id or its name: "
            + abbreviate(geometry));
      }
      double[] centroid = topology.centroid(geometry);
      if (centroid != null) {
        counties.add(new County(fips, name, round(centroid[0]), round(centroid[1])));
      }
    }
    return counties;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> geometry) {
    return geometry.get("properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
  }

  private static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() > 120 ? text.substring(0, 120) + "..." : text;
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e5) / 1e5;
  }

  /**
   * A quantized TopoJSON topology (https://github.com/topojson/topojson-specification): arcs of
   * delta-encoded integer positions, decoded with the topology's transform; a ring lists arc
   * indices, {@code ~i} for arc {@code i} reversed.
   */
  static final class Topology {
    private final Map<String, Object> root;
    private final double[][][] arcs;

    @SuppressWarnings("unchecked")
    Topology(String json) {
      if (!(Json.parse(json) instanceof Map<?, ?> map) || !(map.get("arcs") instanceof List<?> arcList)
          || !(map.get("transform") instanceof Map<?, ?> transform)) {
        throw new IllegalArgumentException("Not a quantized TopoJSON topology (no arcs or transform)");
      }
      root = (Map<String, Object>) map;
      List<Object> scale = (List<Object>) transform.get("scale");
      List<Object> translate = (List<Object>) transform.get("translate");
      arcs = new double[arcList.size()][][];
      for (int a = 0; a < arcs.length; a++) {
        List<Object> positions = (List<Object>) arcList.get(a);
        double[][] points = new double[positions.size()][];
        double x = 0;
        double y = 0;
        for (int p = 0; p < points.length; p++) {
          List<Object> delta = (List<Object>) positions.get(p);
          x += (Double) delta.get(0);
          y += (Double) delta.get(1);
          points[p] = new double[] {x * (Double) scale.get(0) + (Double) translate.get(0),
              y * (Double) scale.get(1) + (Double) translate.get(1)};
        }
        arcs[a] = points;
      }
    }

    /** The geometries of the named collection of the topology's objects. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> geometries(String object) {
      if (!(root.get("objects") instanceof Map<?, ?> objects) || !(objects.get(object) instanceof Map<?, ?> collection)
          || !(collection.get("geometries") instanceof List<?> geometries)) {
        throw new IllegalArgumentException("The topology has no geometry collection '" + object + "'");
      }
      return (List<Map<String, Object>>) geometries;
    }

    /**
     * {lat, lon} of the area-weighted centroid of the outer rings of a Polygon or MultiPolygon
     * (holes are ignored), or null for another type or no area. Eastern longitudes are taken as
     * beyond the antimeridian, as for the western Aleutians: this is a reader for the United States.
     */
    @SuppressWarnings("unchecked")
    double[] centroid(Map<String, Object> geometry) {
      List<Object> polygons = switch (String.valueOf(geometry.get("type"))) {
        case "Polygon" -> List.of(geometry.get("arcs"));
        case "MultiPolygon" -> (List<Object>) geometry.get("arcs");
        default -> List.of();
      };
      double area = 0;
      double lonSum = 0;
      double latSum = 0;
      for (Object polygon : polygons) {
        double[] ring = ringMoments((List<Object>) ((List<Object>) polygon).get(0));
        area += ring[0];
        lonSum += ring[1];
        latSum += ring[2];
      }
      if (area <= 0) {
        return null;
      }
      double lon = lonSum / area;
      return new double[] {latSum / area, lon < -180 ? lon + 360 : lon};
    }

    /** The shoelace area of a ring and its first moments, {|A|, Cx·|A|, Cy·|A|}, in degrees. */
    private double[] ringMoments(List<Object> ring) {
      double twiceArea = 0;
      double cx = 0;
      double cy = 0;
      double[] previous = null;
      for (Object index : ring) {
        int i = ((Double) index).intValue();
        double[][] arc = arcs[i >= 0 ? i : ~i];
        for (int p = 0; p < arc.length; p++) {
          double[] at = arc[i >= 0 ? p : arc.length - 1 - p];
          double[] point = at[0] > 0 ? new double[] {at[0] - 360, at[1]} : at;
          if (previous != null) {
            double cross = previous[0] * point[1] - point[0] * previous[1];
            twiceArea += cross;
            cx += (previous[0] + point[0]) * cross;
            cy += (previous[1] + point[1]) * cross;
          }
          previous = point;
        }
      }
      if (twiceArea == 0) {
        return new double[3];
      }
      double sign = Math.signum(twiceArea);
      // Cx = cx / (3 * twiceArea); weighted by |A| = |twiceArea| / 2 that is cx * sign / 6.
      return new double[] {Math.abs(twiceArea) / 2, sign * cx / 6, sign * cy / 6};
    }
  }
}
