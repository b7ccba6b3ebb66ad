package org.herodotus.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;
import org.herodotus.pipeline.Stage;

/**
 * The geoparser: finds the place names of an article and puts each on the map.
 *
 * <p>Recognition takes LOCATION entities; organizations, persons and other names whose whole text
 * is a country, division or large town (a town's only where the text speaks of a place, not
 * "Toyota said"; a person's only after "in", "of", "and" following a
 * location, or when tagged LOCATION elsewhere; never after a title or inside a longer person's
 * name), and later mentions of those names; well-known places opening or closing an
 * organization's name ("Illinois Department of Public Health"); capitalised proper nouns that no
 * entity covers and that the gazetteer knows (not calendar words, common words or words of a
 * person's name; sentence-initial words only when they name a large place; towns only when large
 * or qualified), and counties inside longer runs ("Licking County Prosecutor"); state
 * abbreviations after a town ("Springfield, Ill."); small towns where a person lives ("Hacker, 43,
 * of McKee") or before a state ("Bozeman, Mont."); buildings and sites tagged as organizations
 * where the text uses them as places ("at the Rogers Centre"); and the dateline's place (its
 * outlet is not a place). Nationality words ("Syrian", "Kurdish-led") stay nationality
 * entities and are not places. Designators qualify a name: "Idlib Province" and "the province of
 * Idlib" are the governorate, "the city of Aleppo" the city.
 *
 * <p>Resolution ({@code Resolution}) ranks each name's candidates by importance, "X, Y" containers
 * ("Albany, New York", "Paris, Texas"), the countries and divisions of the article's other places,
 * proximity, and one sense per name; a street, building or site the gazetteer lacks lies in the
 * town the article puts it in, at town precision, as does any name the gazetteer lacks whose town
 * the text states ("Greenlane, Auckland"). A small town read inside the name of a university, court
 * or agency ("Superior Court") is taken only in a state the article is about. Other names with no
 * gazetteer entry, and an "X, Y" whose Y has no X, are kept as {@link Place#unresolved unresolved}
 * places, never given coordinates, except names guessed from inside an organization's name, which
 * are dropped. Names on a team sheet ({@link Rosters}: "Clichy" among Arsenal's players) are no
 * places but for countries and regions; entries without a GeoNames
 * id of their own (macro-regions, synthetic ids {@code <= 0}) have a null {@code geonameId}.
 *
 * <p>Reads {@link Layer#TOKENS} (words, Penn tags, sentences), {@link Layer#ENTITIES} and the
 * dateline; adds {@link Layer#PLACES}, sorted by span, none overlapping. Thread-safe: it keeps only
 * the immutable gazetteer; about half a millisecond per news article.
 *
 * <pre>{@code
 * Pipeline.of(new EnglishCheck(), annotation, new Entities(), new Places(Gazetteers.loadDefault()), new Dates());
 * }</pre>
 */
public final class Places implements Stage {

  private final Gazetteer gazetteer;

  /**
   * The stage over {@code gazetteer}.
   *
   * @throws IllegalArgumentException if {@code gazetteer} is null
   */
  public Places(Gazetteer gazetteer) {
    if (gazetteer == null) {
      throw new IllegalArgumentException("Places needs a gazetteer; load one with Gazetteers.loadDefault()");
    }
    this.gazetteer = gazetteer;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.PLACES);
  }

  @Override
  public Document apply(Document doc) {
    Lookup lookup = new Lookup(gazetteer);
    List<Toponym> toponyms = Recognition.find(doc, lookup);
    List<Place> resolved = Resolution.resolve(doc, toponyms, lookup);
    List<Place> places = new ArrayList<>(resolved.size());
    for (int i = 0; i < resolved.size(); i++) {
      Place place = resolved.get(i);
      if ((place.resolved() || keptUnresolved(toponyms.get(i))) && !playerOnATeamSheet(doc, place)) {
        places.add(place);
      }
    }
    return doc.withPlaces(places);
  }

  /**
   * Whether a place is a name on a team sheet or other roster ({@link Rosters}): "Clichy" among
   * Arsenal's players is no town. Countries and regions stay, as sheets list national teams.
   */
  private static boolean playerOnATeamSheet(Document doc, Place place) {
    boolean area = place.precision() == Precision.COUNTRY || place.precision() == Precision.REGION
        || place.precision() == Precision.ADMIN1;
    return !area && Rosters.inRoster(doc.text(), place.span().start());
  }

  /**
   * Whether a toponym that resolution leaves unresolved is still reported as a place: not an
   * abbreviation no tagger called a place ("ACT", "SA"), which outside its area's country is the
   * common letters, nor a name read inside an organization's ("Superior Court"), which is a place
   * only where the gazetteer and the article agree on one, unless its own words say it is a place
   * ("Albany County Sheriff's Office").
   */
  private static boolean keptUnresolved(Toponym t) {
    boolean untaggedAbbreviation = t.source() == Toponym.Source.GAZETTEER && Words.AREA_ABBREVIATIONS.containsKey(t.name());
    boolean guessedFromAName = t.source() == Toponym.Source.EMBEDDED && t.hint() == Hint.NONE;
    return !untaggedAbbreviation && !guessedFromAName;
  }

  /**
   * The places of the given spans, one per span in the same order, resolved with the whole
   * document as context: the text around each span, and the other names this stage recognises
   * where no span is given. For scoring resolution alone on a gold standard's toponyms ("oracle"
   * spans). A span that is a nationality word ("Syrian") is its country; a span with no gazetteer
   * entry is an {@link Place#unresolved unresolved} place.
   *
   * @throws IllegalArgumentException if a span lies outside the text, or spans overlap
   */
  public List<Place> resolve(Document doc, List<Span> spans) {
    List<Span> sorted = spans.stream().sorted().toList();
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).end() > doc.text().length()) {
        throw new IllegalArgumentException("span " + sorted.get(i) + " ends after the text of " + doc.id()
            + " (" + doc.text().length() + " characters)");
      }
      if (i > 0 && sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new IllegalArgumentException("spans " + sorted.get(i - 1) + " and " + sorted.get(i) + " of " + doc.id()
            + " overlap; give each toponym once");
      }
    }
    Lookup lookup = new Lookup(gazetteer);
    List<Toponym> toponyms = Recognition.given(doc, lookup, sorted);
    List<Place> resolved = Resolution.resolve(doc, toponyms, lookup);
    Map<Span, Place> bySpan = new HashMap<>();
    for (int i = 0; i < toponyms.size(); i++) {
      if (toponyms.get(i).source() == Toponym.Source.GIVEN) {
        bySpan.put(toponyms.get(i).span(), resolved.get(i));
      }
    }
    return spans.stream().map(bySpan::get).toList();
  }
}
