package org.herodotus.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The offline base map: the world's countries as Natural Earth draws them at 1:50 million
 * (public domain), in the TopoJSON of the pinned npm package {@code world-atlas}, written into
 * this module's jar by its build beside the gazetteer index. The web UI draws it under the events
 * so that a map shows without any tile server or network.
 */
public final class BaseMap {

  /** The resource's file name, beside this class. */
  static final String FILE = "countries-50m.topo.json";

  private BaseMap() {}

  /**
   * The TopoJSON bytes: one {@code countries} object, a GeometryCollection of polygons and
   * multipolygons with their {@code name} and ISO 3166 numeric {@code id}.
   *
   * @throws IllegalStateException if the jar was built without it
   */
  public static byte[] topoJson() {
    try (InputStream in = BaseMap.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("the base map " + FILE + " is missing from the gazetteer module: "
            + "rebuild it (mvn -pl herodotus-gazetteer package; it needs npm the first time)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the base map " + FILE, e);
    }
  }
}
