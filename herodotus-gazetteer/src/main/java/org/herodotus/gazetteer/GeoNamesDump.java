package org.herodotus.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads the GeoNames dump files into a {@link CompactGazetteer}; see {@link
 * Gazetteers#fromGeoNamesDump}. Entries are found by id through a sorted array of packed
 * (id, handle) pairs rather than a map of 12 million boxed keys.
 */
final class GeoNamesDump {

  static final String ALL_COUNTRIES = "allCountries.txt";
  static final String ALTERNATE_NAMES = "alternateNamesV2.txt";
  static final String ADMIN_1 = "admin1CodesASCII.txt";
  static final String COUNTRY_INFO = "countryInfo.txt";
  /** alternateNamesV2 "languages" that are links, codes or postcodes, not names. */
  private static final Set<String> NOT_NAMES = Set.of("link", "post", "iata", "icao", "faac", "wkdt", "unlc",
      "tcid", "fr_1793", "phon", "piny", "uicn");

  private final IndexBuilder builder = new IndexBuilder();
  private long[] idToHandle = new long[0];

  private GeoNamesDump() {}

  static CompactGazetteer read(Path dir) {
    Path all = dir.resolve(ALL_COUNTRIES);
    if (!Files.isRegularFile(all)) {
      throw new IllegalArgumentException("No " + ALL_COUNTRIES + " in " + dir.toAbsolutePath() + ". Download "
          + "allCountries.zip (and optionally alternateNamesV2.zip, admin1CodesASCII.txt, countryInfo.txt) from "
          + "https://download.geonames.org/export/dump/ and unzip them there.");
    }
    GeoNamesDump dump = new GeoNamesDump();
    dump.places(all);
    dump.alternateNames(dir.resolve(ALTERNATE_NAMES));
    dump.admin1(dir.resolve(ADMIN_1));
    dump.countries(dir.resolve(COUNTRY_INFO));
    ProjectTables.add(dump.builder, false);
    try {
      CompactGazetteer defaults = (CompactGazetteer) Gazetteers.loadDefault();
      defaults.demonyms().forEach((demonym, code) -> dump.builder.demonym(demonym, code));
    } catch (IllegalStateException noDefaultIndex) {
      // Demonyms come only from the default index's packages; without it there are none.
    }
    return dump.builder.build();
  }

  private void places(Path file) {
    lines(file, line -> PlaceNames.add(builder, GeoNamesRow.parse(line), false));
    idToHandle = new long[builder.size()];
    for (int h = 0; h < builder.size(); h++) {
      idToHandle[h] = (builder.entry(h).geonameId() << 32) | h;
    }
    Arrays.sort(idToHandle);
  }

  /** The handle of the entry with GeoNames id {@code id}, or -1. */
  private int handle(long id) {
    int at = Arrays.binarySearch(idToHandle, id << 32);
    int insertion = at >= 0 ? at : -at - 1;
    if (insertion < idToHandle.length && (idToHandle[insertion] >> 32) == id) {
      return (int) idToHandle[insertion];
    }
    return -1;
  }

  private void alternateNames(Path file) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    lines(file, line -> {
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        throw new IllegalArgumentException(file + ": expected at least 4 columns: " + line);
      }
      int handle = handle(Long.parseLong(f[1]));
      if (handle >= 0 && !NOT_NAMES.contains(f[2]) && PlaceNames.keep(f[3], false)) {
        PlaceNames.name(builder, handle, f[3], PlaceNames.isArabicSpeaking(builder.entry(handle).countryCode()));
      }
    });
  }

  private void admin1(Path file) {
    Map<String, String> names = new TreeMap<>();
    Map<String, Integer> existing = new HashMap<>();
    Map<String, String> asciiNames = new HashMap<>();
    if (Files.isRegularFile(file)) {
      lines(file, line -> {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
          throw new IllegalArgumentException(file + ": expected 4 columns: " + line);
        }
        names.put(f[0], f[1]);
        asciiNames.put(f[0], f[2]);
        int handle = f[3].isEmpty() ? -1 : handle(Long.parseLong(f[3]));
        if (handle >= 0) {
          existing.put(f[0], handle);
        }
      });
    }
    Admin1Regions.add(builder, names, existing).forEach((code, handle) -> {
      for (String variant : Admin1Regions.variants(asciiNames.get(code))) {
        builder.name(handle, variant);
      }
    });
  }

  private void countries(Path file) {
    if (Files.isRegularFile(file)) {
      lines(file, line -> {
        String[] f = line.split("\t", -1);
        if (f.length < 17) {
          throw new IllegalArgumentException(file + ": expected 19 columns: " + line);
        }
        int handle = f[16].isEmpty() ? -1 : handle(Long.parseLong(f[16]));
        if (handle >= 0) {
          builder.code(f[0], handle);
          builder.code(f[1], handle);
          builder.name(handle, f[4]);
        }
      });
    }
    // Without countryInfo.txt, or for countries it lacks: the country entries themselves.
    for (String code : new String[] {"PCLI", "PCLD", "PCLF", "PCLS", "PCL"}) {
      for (int h = 0; h < builder.size(); h++) {
        GeoName entry = builder.entry(h);
        if (entry.featureCode().equals(code) && !entry.countryCode().isEmpty()) {
          builder.code(entry.countryCode(), h);
        }
      }
    }
  }

  /** Feeds each non-comment, non-empty line of {@code file} to {@code action}. */
  private static void lines(Path file, Consumer<String> action) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        try {
          action.accept(line);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(file + " line " + number + ": malformed number " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the GeoNames file " + file.toAbsolutePath(), e);
    }
  }
}
