package org.herodotus.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables the project writes itself, as tab-separated resources next to this class:
 * {@code country-aliases.tsv} (common English names and demonyms the packages lack: "Turkey",
 * "the US", "Britain"), {@code admin1-aliases.tsv} (English names of regions: "Oromia", "North Darfur"), {@code country-points.tsv} (GeoNames' country points, where the country
 * package's lie elsewhere), {@code admin1-points.tsv} (points of the Canadian and Australian regions,
 * whose towns lie at one edge), {@code airports.tsv} (airports news names: "Heathrow"), {@code landmarks.tsv}
 * (seats of government: "White House", "the Kremlin"), {@code macro-regions.tsv} (regions news
 * names that are no country or division: "the Levant", "Sahel", "Kurdistan Region"), {@code town-quarters.tsv}
 * (boroughs of large towns that cities500 lacks: "Southwark", "Lewisham") and {@code town-aliases.tsv} (short names of
 * large towns: "L.A.", "Philly"). Lines starting with {@code #} are comments.
 */
final class ProjectTables {

  private ProjectTables() {}

  /**
   * Adds the aliases to the countries, moves the countries of the points table to their GeoNames
   * points, and adds the macro-regions (feature class {@code L}, code {@code RGN}, the negative ids
   * of the table), airports, landmarks and town quarters (class {@code P}, code {@code PPLX}) to
   * {@code builder}.
   *
   * @param strict whether an alias or point of a country the builder lacks is an error (else it is skipped,
   *     as for a partial GeoNames dump)
   * @throws IllegalStateException naming the table and line when a row is malformed or, if strict,
   *     names an unknown country
   */
  static void add(IndexBuilder builder, boolean strict) {
    for (Row row : rows("country-aliases.tsv", 3)) {
      Integer country = builder.country(row.cells()[2]);
      if (country == null) {
        if (strict) {
          throw row.error("no country has code " + row.cells()[2]);
        }
        continue;
      }
      switch (row.cells()[0]) {
        case "name" -> builder.name(country, row.cells()[1]);
        case "display" -> builder.rename(country, row.cells()[1]);
        case "demonym" -> builder.demonym(row.cells()[1], builder.entry(country).countryCode());
        default -> throw row.error("the first column must be 'name', 'display' or 'demonym'");
      }
    }
    for (Row row : rows("country-points.tsv", 3)) {
      Integer country = builder.country(row.cells()[0]);
      if (country == null) {
        if (strict) {
          throw row.error("no country has code " + row.cells()[0]);
        }
        continue;
      }
      builder.move(country, degrees(row, 1, 90), degrees(row, 2, 180));
    }
    addNamedPoints(builder, "macro-regions.tsv", "L", "RGN");
    addNamedPoints(builder, "airports.tsv", "S", "AIRP");
    addNamedPoints(builder, "landmarks.tsv", "S", "BLDG");
    for (Row row : rows("town-quarters.tsv", 8)) {
      String[] c = row.cells();
      try {
        int handle = builder.add(new GeoName(negativeId(row), c[1], degrees(row, 2, 90), degrees(row, 3, 180), "P", "PPLX",
            c[4], c[5], Long.parseLong(c[6])));
        addAlternates(builder, handle, c[7]);
      } catch (NumberFormatException e) {
        throw row.error("malformed number: " + e.getMessage());
      }
    }
    for (Row row : rows("town-aliases.tsv", 4)) {
      String[] c = row.cells();
      Integer town = largestTown(builder, c[1], c[2], c[3]);
      if (town == null) {
        if (strict) {
          throw row.error("no populated place " + c[1] + " in " + c[2] + "." + c[3]);
        }
        continue;
      }
      builder.name(town, c[0]);
    }
  }

  /** The handle of the most populous populated place named {@code name} in a country's admin-1 region, or null. */
  private static Integer largestTown(IndexBuilder builder, String name, String country, String admin1) {
    Integer best = null;
    for (int handle : builder.named(name)) {
      GeoName g = builder.entry(handle);
      if (g.isPopulatedPlace() && g.countryCode().equals(country) && g.admin1Code().equals(admin1)
          && Names.key(g.name()).equals(Names.key(name))
          && (best == null || g.population() > builder.entry(best).population())) {
        best = handle;
      }
    }
    return best;
  }

  /** Adds the rows of a table of id, name, lat, lon, country, other names as entries of the feature given. */
  private static void addNamedPoints(IndexBuilder builder, String table, String featureClass, String featureCode) {
    for (Row row : rows(table, 6)) {
      String[] c = row.cells();
      try {
        int handle = builder.add(new GeoName(negativeId(row), c[1], degrees(row, 2, 90), degrees(row, 3, 180), featureClass,
            featureCode, c[4], "", 0));
        addAlternates(builder, handle, c[5]);
      } catch (NumberFormatException e) {
        throw row.error("malformed number: " + e.getMessage());
      }
    }
  }

  /** The id in the first column of a row of a table of entries, which must be negative. */
  private static long negativeId(Row row) {
    long id = Long.parseLong(row.cells()[0]);
    if (id >= 0) {
      throw row.error("ids must be negative, to stay clear of GeoNames ids");
    }
    return id;
  }

  /** Adds the names of a cell of other names, separated by |, to the entry {@code handle}. */
  private static void addAlternates(IndexBuilder builder, int handle, String cell) {
    for (String alternate : cell.split("\\|")) {
      if (!alternate.isBlank()) {
        builder.name(handle, alternate.trim());
      }
    }
  }

  /**
   * Adds the English names of {@code admin1-aliases.tsv} ("Oromia", "North Darfur") and their
   * variants with "Province", "State" and the like to the regions of {@code regions}.
   *
   * @param regions the handles of the admin-1 regions, by code ("ET.51"); a row whose region has
   *     none (no populated place lies in it) is skipped
   * @param names the admin-1 names by code; a row whose code is unknown or names another region is
   *     an error, so the table cannot drift from the package's codes unnoticed
   * @throws IllegalStateException naming the line of a malformed or drifted row
   */
  static void addAdmin1Aliases(IndexBuilder builder, Map<String, Integer> regions, Map<String, String> names) {
    for (Row row : rows("admin1-aliases.tsv", 3)) {
      String code = row.cells()[0];
      String name = names.get(code);
      if (name == null) {
        throw row.error("no admin-1 region has the code " + code);
      }
      if (!name.equals(row.cells()[1])) {
        throw row.error("the admin-1 region " + code + " is named " + name + ", not " + row.cells()[1]);
      }
      Integer handle = regions.get(code);
      if (handle == null) {
        continue;
      }
      boolean arabic = PlaceNames.isArabicSpeaking(builder.entry(handle).countryCode());
      for (String alias : row.cells()[2].split("\\|")) {
        for (String variant : alias.isBlank() ? List.<String>of() : Admin1Regions.variants(alias.trim())) {
          PlaceNames.name(builder, handle, variant, arabic);
        }
      }
    }
  }

  /**
   * The points of {@code admin1-points.tsv} by admin-1 code ({@code "CA.08"}), each {lat, lon}.
   *
   * @param names the admin-1 names by code; a row whose code names another region is an error, so
   *     the table cannot drift from the package's codes unnoticed
   * @throws IllegalStateException naming the line of a malformed row or of a code with another name
   */
  static Map<String, double[]> admin1Points(Map<String, String> names) {
    Map<String, double[]> points = new HashMap<>();
    for (Row row : rows("admin1-points.tsv", 4)) {
      String code = row.cells()[0];
      String name = names.get(code);
      if (name != null && !name.equals(row.cells()[1])) {
        throw row.error("the admin-1 region " + code + " is named " + name + ", not " + row.cells()[1]);
      }
      points.put(code, new double[] {degrees(row, 2, 90), degrees(row, 3, 180)});
    }
    return points;
  }

  private static double degrees(Row row, int column, double limit) {
    try {
      double value = Double.parseDouble(row.cells()[column]);
      if (Math.abs(value) > limit) {
        throw row.error("column " + (column + 1) + " must be between -" + limit + " and " + limit + " degrees");
      }
      return value;
    } catch (NumberFormatException e) {
      throw row.error("malformed number: " + e.getMessage());
    }
  }

  /** One row of a table, with what is needed to say where it is. */
  record Row(String table, int line, String[] cells) {
    IllegalStateException error(String what) {
      return new IllegalStateException(table + " line " + line + ": " + what + " (" + String.join(" | ", cells) + ")");
    }
  }

  static List<Row> rows(String table, int columns) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = ProjectTables.class.getResourceAsStream(table)) {
      if (in == null) {
        throw new IllegalStateException("The resource " + table + " is missing next to " + ProjectTables.class.getName()
            + "; rebuild the module: mvn -pl herodotus-gazetteer -am install");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Row row = new Row(table, number, cells);
        if (cells.length != columns) {
          throw row.error("expected " + columns + " tab-separated columns, found " + cells.length);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the resource " + table, e);
    }
    return rows;
  }
}
