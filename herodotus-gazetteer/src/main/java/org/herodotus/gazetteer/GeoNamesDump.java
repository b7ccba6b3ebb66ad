package org.herodotus.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the GeoNames dump files into a {@link CompactGazetteer}; see {@link
 * Gazetteers#fromGeoNamesDump}. Each file is read as GeoNames ships it ({@code allCountries.zip})
 * or unzipped. Entries are found by id through a sorted array of packed (id, handle) pairs rather
 * than a map of 12 million boxed keys.
 */
final class GeoNamesDump {

  static final String ALL_COUNTRIES = "allCountries.txt";
  static final String ALTERNATE_NAMES = "alternateNamesV2.txt";
  static final String ADMIN_1 = "admin1CodesASCII.txt";
  static final String COUNTRY_INFO = "countryInfo.txt";
  /** alternateNamesV2 "languages" that are links, codes or postcodes, not names. */
  private static final Set<String> NOT_NAMES = Set.of("link", "post", "iata", "icao", "faac", "wkdt", "unlc",
      "tcid", "fr_1793", "phon", "piny", "uicn");

  /** Rows between two progress reports. */
  private static final int REPORT_EVERY = 1_000_000;

  private final IndexBuilder builder = new IndexBuilder();
  private final DumpOptions options;
  private long[] idToHandle = new long[0];

  private GeoNamesDump(DumpOptions options) {
    this.options = options;
  }

  static CompactGazetteer read(Path dir, DumpOptions options) {
    Path all = existing(dir.resolve(ALL_COUNTRIES));
    if (all == null) {
      throw new IllegalArgumentException("No " + ALL_COUNTRIES + " (or allCountries.zip) in " + dir.toAbsolutePath()
          + ". Download allCountries.zip (and optionally alternateNamesV2.zip, admin1CodesASCII.txt, "
          + "countryInfo.txt) from https://download.geonames.org/export/dump/ into it.");
    }
    GeoNamesDump dump = new GeoNamesDump(options);
    dump.places(all);
    dump.alternateNames(existing(dir.resolve(ALTERNATE_NAMES)));
    dump.admin1(existing(dir.resolve(ADMIN_1)));
    dump.countries(existing(dir.resolve(COUNTRY_INFO)));
    ProjectTables.add(dump.builder, false);
    try {
      CompactGazetteer defaults = (CompactGazetteer) Gazetteers.loadDefault();
      defaults.demonyms().forEach((demonym, code) -> dump.builder.demonym(demonym, code));
    } catch (IllegalStateException noDefaultIndex) {
      // Demonyms come only from the default index's packages; without it there are none.
    }
    return dump.builder.build();
  }

  /** {@code file} if it exists, else the zip archive GeoNames ships it in, else null. */
  private static Path existing(Path file) {
    if (Files.isRegularFile(file)) {
      return file;
    }
    Path zip = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.txt$", ".zip"));
    return Files.isRegularFile(zip) ? zip : null;
  }

  private void places(Path file) {
    lines(file, line -> {
      GeoNamesRow row = GeoNamesRow.parse(line);
      if (options.keeps(row.entry())) {
        PlaceNames.add(builder, row, options.latinOnly());
      }
    });
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
    if (file == null) {
      return;
    }
    lines(file, line -> {
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        throw new IllegalArgumentException(file + ": expected at least 4 columns: " + line);
      }
      int handle = handle(Long.parseLong(f[1]));
      if (handle >= 0 && !NOT_NAMES.contains(f[2]) && PlaceNames.keep(f[3], options.latinOnly())) {
        PlaceNames.name(builder, handle, f[3], PlaceNames.isArabicSpeaking(builder.entry(handle).countryCode()));
      }
    });
  }

  private void admin1(Path file) {
    Map<String, String> names = new TreeMap<>();
    Map<String, Integer> existing = new HashMap<>();
    Map<String, String> asciiNames = new HashMap<>();
    if (file != null) {
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
    if (file != null) {
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

  /**
   * Feeds each non-comment, non-empty line of {@code file} (a text file or its zip archive) to
   * {@code action}, reporting progress every million lines.
   */
  private void lines(Path file, Consumer<String> action) {
    options.progress().accept("reading " + file);
    try (InputStream in = open(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      int number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (number % REPORT_EVERY == 0) {
          options.progress().accept(String.format(Locale.ROOT, "%s: %,d lines, %,d entries", file.getFileName(),
              number, builder.size()));
        }
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
      throw new UncheckedIOException("Cannot read the GeoNames file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The text of {@code file}, or of the zip archive {@code file}'s entry of the same name ending in
   * {@code .txt}: alternateNamesV2.zip also holds iso-languagecodes.txt.
   */
  private static InputStream open(Path file) throws IOException {
    String name = file.getFileName().toString();
    InputStream in = Files.newInputStream(file);
    if (!name.endsWith(".zip")) {
      return in;
    }
    String wanted = name.substring(0, name.length() - ".zip".length()) + ".txt";
    ZipInputStream zip = new ZipInputStream(in);
    for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
      if (Path.of(entry.getName()).getFileName().toString().equals(wanted)) {
        return zip;
      }
    }
    zip.close();
    throw new IOException("the zip archive holds no " + wanted);
  }
}
