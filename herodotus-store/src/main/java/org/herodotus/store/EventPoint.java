package org.herodotus.store;

import java.time.LocalDate;

/**
 * An event as a map and a timeline need it, and no more: which event, where, of what type, on
 * which day, and for movements where from and where to. Read without the evidence, actors or
 * documents, so that tens of thousands of them come back quickly.
 *
 * @param documentId the document
 * @param index the event's position in it
 * @param type the PLOVER category, else the CAMEO code, or {@code null}
 * @param day the first day of its date, or {@code null} when undated
 * @param lat the latitude of its place, or {@code null}
 * @param lon the longitude of its place, or {@code null}
 * @param originLat the origin's latitude, or {@code null}
 * @param originLon the origin's longitude, or {@code null}
 * @param destinationLat the destination's latitude, or {@code null}
 * @param destinationLon the destination's longitude, or {@code null}
 */
public record EventPoint(String documentId, int index, String type, LocalDate day, Double lat, Double lon,
    Double originLat, Double originLon, Double destinationLat, Double destinationLon) {

  /** Whether it has both an origin and a destination with coordinates: a movement to draw as an arrow. */
  public boolean moves() {
    return originLat != null && originLon != null && destinationLat != null && destinationLon != null;
  }
}
