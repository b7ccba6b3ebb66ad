package org.herodotus.model;

/**
 * A toponym in the text and the gazetteer entry it resolved to.
 *
 * @param span where the toponym stands in the text
 * @param text the toponym as written ("Deir al-Zor")
 * @param geonameId the GeoNames id, or {@code null} when unresolved or when the entry has none
 * @param name the gazetteer's name ("Deir ez-Zor"), or {@code null} when unresolved
 * @param featureCode the GeoNames feature code ({@code PPLA}, {@code ADM1}, {@code PCLI}), or null
 * @param country the ISO 3166-1 alpha-2 code of the country it lies in, or null
 * @param admin1 the name of its first-level division, or null
 * @param lat latitude in WGS84 degrees, or {@code null} when unresolved
 * @param lon longitude in WGS84 degrees, or {@code null} when unresolved
 * @param precision what kind of entry it resolved to; {@link Precision#UNRESOLVED} when none
 */
public record Place(
    Span span,
    String text,
    Long geonameId,
    String name,
    String featureCode,
    String country,
    String admin1,
    Double lat,
    Double lon,
    Precision precision) {

  public Place {
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("a place has both coordinates or neither: lat=" + lat + ", lon=" + lon);
    }
    if (precision == Precision.UNRESOLVED && lat != null) {
      throw new IllegalArgumentException("an unresolved place has no coordinates: " + text);
    }
  }

  /** A toponym found in the text that no gazetteer entry matches. */
  public static Place unresolved(Span span, String text) {
    return new Place(span, text, null, null, null, null, null, null, null, Precision.UNRESOLVED);
  }

  public boolean resolved() {
    return precision != Precision.UNRESOLVED;
  }
}
