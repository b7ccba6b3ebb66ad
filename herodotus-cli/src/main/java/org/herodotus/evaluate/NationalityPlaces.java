package org.herodotus.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.herodotus.gazetteer.GeoName;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;

/**
 * Predictions in which nationality words count as places, for a second, labelled line of
 * {@code evaluate places}. Herodotus keeps "Russian" and "Syrian" as nationalities linked to their
 * country (entities of type {@code NATIONALITY} whose {@code normalized} is an ISO alpha-3 code),
 * not as places; GeoWebNews, LGL and TR-News annotate them as toponyms. Scoring both ways shows how
 * much of the gap to those corpora is this convention and how much is error. The main scores never
 * use this.
 */
public final class NationalityPlaces {

  private NationalityPlaces() {}

  /**
   * Each document with its nationality mentions added as places at their country's point, where
   * {@code countryByCode} finds the country of the mention's ISO code and no place of the document
   * overlaps the mention; places stay in text order.
   */
  public static Map<String, Document> added(Map<String, Document> predicted, Function<String, Optional<GeoName>> countryByCode) {
    Map<String, Document> out = new HashMap<>();
    predicted.forEach((id, doc) -> out.put(id, added(doc, countryByCode)));
    return out;
  }

  static Document added(Document doc, Function<String, Optional<GeoName>> countryByCode) {
    List<Place> places = new ArrayList<>(doc.places());
    for (Mention m : doc.entities()) {
      if (m.type() != EntityType.NATIONALITY || m.normalized() == null
          || doc.places().stream().anyMatch(p -> p.span().start() < m.span().end() && m.span().start() < p.span().end())) {
        continue;
      }
      countryByCode.apply(m.normalized()).ifPresent(c -> places.add(new Place(m.span(), m.text(),
          c.geonameId() > 0 ? c.geonameId() : null, c.name(), c.featureCode(), c.countryCode(), null, c.lat(), c.lon(),
          Precision.COUNTRY)));
    }
    places.sort(Comparator.comparingInt((Place p) -> p.span().start()).thenComparingInt(p -> p.span().end()));
    return doc.withPlaces(places);
  }
}
