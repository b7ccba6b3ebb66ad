package org.herodotus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.herodotus.gazetteer.DumpOptions;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.gazetteer.Gazetteers;
import picocli.CommandLine.Option;

/**
 * The {@code --gazetteer} option of the commands that resolve places: the default gazetteer
 * (GeoNames places of 500 or more people), or a larger one a user built from the full GeoNames
 * dump. Loaded once, at the first use.
 */
final class GazetteerOption {

  @Option(names = "--gazetteer", paramLabel = "PATH",
      description = "Resolve places against this gazetteer, not the default one: an index that 'herodotus gazetteer "
          + "build' wrote (loads in seconds), or a folder with a GeoNames dump (allCountries.txt or .zip; "
          + "read in minutes).")
  Path path;

  private Gazetteer loaded;

  /**
   * The chosen gazetteer.
   *
   * @throws IllegalArgumentException if {@code --gazetteer} names no readable index or dump
   */
  synchronized Gazetteer gazetteer() {
    if (loaded == null) {
      loaded = path == null ? Gazetteers.loadDefault() : load(path);
    }
    return loaded;
  }

  /** The gazetteer at {@code path}, an index file or a dump folder, with errors the user can act on. */
  static Gazetteer load(Path path) {
    if (Files.isDirectory(path)) {
      System.err.println("herodotus: reading the GeoNames dump in " + path + " (minutes; 'herodotus gazetteer "
          + "build' writes an index that loads in seconds)");
      return Gazetteers.fromGeoNamesDump(path, new DumpOptions(true, Set.of(), line -> { }));
    }
    try {
      return Gazetteers.load(path);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
