package org.herodotus.gazetteer;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What a gazetteer read from a GeoNames dump keeps ({@link Gazetteers#fromGeoNamesDump(java.nio.file.Path,
 * DumpOptions)}). The whole dump with names in every script needs about 8 GB of heap; English
 * news needs only Latin-script names, and most uses no undersea features.
 *
 * @param latinOnly keep only alternate names in Latin script (the default index's choice)
 * @param featureClasses the GeoNames feature classes kept: {@code A} countries and divisions, {@code
 *     H} water, {@code L} areas, {@code P} populated places, {@code R} roads, {@code S} spots and
 *     buildings, {@code T} terrain, {@code U} undersea, {@code V} vegetation; empty keeps all
 * @param progress receives a line now and then while a large file is read
 */
public record DumpOptions(boolean latinOnly, Set<String> featureClasses, Consumer<String> progress) {

  /** The GeoNames feature classes. */
  public static final Set<String> FEATURE_CLASSES = Set.of("A", "H", "L", "P", "R", "S", "T", "U", "V");

  /** Every name in every script, every feature class, no progress reports. */
  public static final DumpOptions ALL = new DumpOptions(false, Set.of(), line -> { });

  /** @throws IllegalArgumentException if a feature class is not one of {@link #FEATURE_CLASSES} */
  public DumpOptions {
    Set<String> unknown = new TreeSet<>(featureClasses);
    unknown.removeAll(FEATURE_CLASSES);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown GeoNames feature class " + String.join(", ", unknown)
          + "; the classes are " + String.join(", ", new TreeSet<>(FEATURE_CLASSES)));
    }
    featureClasses = Set.copyOf(featureClasses);
  }

  boolean keeps(GeoName entry) {
    return featureClasses.isEmpty() || featureClasses.contains(entry.featureClass());
  }
}
