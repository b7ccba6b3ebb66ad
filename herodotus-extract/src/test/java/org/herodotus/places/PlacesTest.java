package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.herodotus.places.Fixtures.article;
import static org.herodotus.places.Fixtures.render;

import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class PlacesTest {

  static final Places PLACES = new Places(Fixtures.GAZETTEER);

  static List<String> places(Document doc) {
    return render(PLACES.apply(doc));
  }

  @Test
  void idlibProvince_isTheGovernorate_andLaterIdlibKeepsThatSense() {
    Document doc = article("Families fled to Syria and gathered in Idlib Province on Tuesday. Shops in Idlib stayed shut.",
        "Syria/LOCATION", "Idlib Province/LOCATION", "Idlib/LOCATION");
    assertThat(places(doc)).containsExactly(
        "Syria → Syria COUNTRY SY", "Idlib Province → Idlib ADMIN1 SY", "Idlib → Idlib ADMIN1 SY");
  }

  @Test
  void designatorAfterTheTaggedName_hintsTheFeature() {
    assertThat(places(article("Shelling hit villages in Idlib province overnight.", "Idlib/LOCATION")))
        .containsExactly("Idlib → Idlib ADMIN1 SY");
  }

  @Test
  void cityOfAfterAnAdjective_hintsTheFeature_butNotAfterANoun() {
    Document doc = LocalNewsPlacesTest.retagged(article("Rebels hold much of the besieged city of Idlib.", "Idlib/LOCATION"),
        "JJ", "besieged");
    assertThat(places(doc)).containsExactly("Idlib → Idlib CITY SY");
    Document noun = article("Rebels hold much of the border city of Idlib.", "Idlib/LOCATION");
    assertThat(places(noun)).containsExactly("Idlib → Idlib ADMIN1 SY");
  }

  @Test
  void provinceOfAndCityOf_hintTheFeature() {
    Document doc = article("Rebels hold much of the province of Idlib but not the city of Aleppo.",
        "Idlib/LOCATION", "Aleppo/LOCATION");
    assertThat(places(doc)).containsExactly("Idlib → Idlib ADMIN1 SY", "Aleppo → Aleppo CITY SY");
  }

  @Test
  void unqualifiedName_ofAGovernorateAndItsLargeSeat_isTheCity() {
    Document doc = article("Shelling resumed in Aleppo overnight.", "Aleppo/LOCATION");
    assertThat(places(doc)).containsExactly("Aleppo → Aleppo CITY SY");
  }

  @Test
  void deirAlZor_taggedAsPerson_isFoundAfterAPreposition() {
    Document doc = article("Convoys moved from Raqqa to Deir al-Zor after the ceasefire.", "Raqqa/LOCATION", "Deir al-Zor/PERSON");
    assertThat(places(doc)).containsExactly("Raqqa → Ar Raqqah CITY SY", "Deir al-Zor → Deir ez-Zor CITY SY");
  }

  @Test
  void personMentionStoppingBeforeTheArticle_isExtendedToTheWholePlaceName() {
    Document doc = article("Fighting goes on in Raqqa and Deir al-Zor.", "Raqqa/LOCATION", "Deir/PERSON");
    assertThat(places(doc)).containsExactly("Raqqa → Ar Raqqah CITY SY", "Deir al-Zor → Deir ez-Zor CITY SY");
  }

  @Test
  void personMentionBeforeAnArticle_withoutAPlaceOfThatName_staysAPerson() {
    Document doc = article("Aid was sent by Omar al-Bashir to the town.", "Omar/PERSON");
    assertThat(places(doc)).isEmpty();
  }

  @Test
  void untaggedName_inAnotherSpelling_isMatchedAgainstTheGazetteer() {
    Document doc = article("Artillery fire was heard near Dayr az Zawr on Sunday.");
    assertThat(places(doc)).containsExactly("Dayr az Zawr → Deir ez-Zor CITY SY");
  }

  @Test
  void demonymsAndNationalities_areNotPlaces() {
    Document doc = article("Syrian troops and Kurdish-led fighters shelled Idlib.", "Syrian/NATIONALITY", "Idlib/LOCATION");
    // Bare, Idlib is the governorate: its city holds less than a tenth of its people.
    assertThat(places(doc)).containsExactly("Idlib → Idlib ADMIN1 SY");
  }

  @Test
  void untaggedDemonym_isNotMatched() {
    assertThat(places(article("Commanders met French envoys in Erbil.", "Erbil/LOCATION"))).containsExactly("Erbil → Erbil CITY IQ");
  }

  @Test
  void albanyNewYork_isInTheUnitedStates_andNewYorkIsTheState() {
    Document doc = article("Veterans marched in Albany, New York, on Saturday.", "Albany/LOCATION", "New York/LOCATION");
    assertThat(places(doc)).containsExactly("Albany → Albany CITY US", "New York → New York ADMIN1 US");
  }

  @Test
  void parisTexas_isInTexas_andLaterMentionsKeepThatSense() {
    Document doc = article("A tornado struck Paris, Texas, late on Friday. Paris has no shelters.",
        "Paris/LOCATION", "Texas/LOCATION", "Paris/LOCATION");
    assertThat(places(doc)).containsExactly("Paris → Paris CITY US", "Texas → Texas ADMIN1 US", "Paris → Paris CITY US");
  }

  @Test
  void parisAlone_isTheCapital() {
    assertThat(places(article("Talks resume in Paris next week.", "Paris/LOCATION"))).containsExactly("Paris → Paris CITY FR");
  }

  @Test
  void largeCityKnownByAnEnglishAlternateName_beatsASmallTownOfThatName() {
    assertThat(places(article("Envoys met in Geneva on Monday.", "Geneva/LOCATION")))
        .containsExactly("Geneva → Genève CITY CH");
  }

  @Test
  void dateline_erbilKurdistanRegion_isErbilIraq() {
    Document doc = Fixtures.withDateline(article("ERBIL, Kurdistan Region - Hundreds of fighters have fled the town."),
        "ERBIL, Kurdistan Region");
    Document out = PLACES.apply(doc);
    assertThat(render(out)).containsExactly("ERBIL → Erbil CITY IQ", "Kurdistan Region → Kurdistan Region REGION IQ");
    assertThat(out.places().get(1).geonameId()).as("a project-defined region has no GeoNames id").isNull();
    assertThat(out.places().get(0).geonameId()).isEqualTo(95446L);
  }

  @Test
  void datelineOutlet_isNotAPlace() {
    Document doc = Fixtures.withDateline(article("ERBIL, Kurdistan Region (Kurdistan 24) - Fighters fled Raqqa.",
        "ERBIL/LOCATION", "Kurdistan Region/LOCATION", "Kurdistan/ORGANIZATION", "Raqqa/LOCATION"), "ERBIL, Kurdistan Region");
    assertThat(places(doc)).containsExactly(
        "ERBIL → Erbil CITY IQ", "Kurdistan Region → Kurdistan Region REGION IQ", "Raqqa → Ar Raqqah CITY SY");
  }

  @Test
  void nameTaggedAsPerson_inAListAfterAPlace_isAPlace() {
    Document doc = article("An offensive is under way in Raqqa and Deir al-Zor.", "Raqqa/LOCATION", "Deir al-Zor/PERSON");
    assertThat(places(doc)).containsExactly("Raqqa → Ar Raqqah CITY SY", "Deir al-Zor → Deir ez-Zor CITY SY");
  }

  @Test
  void placeOpeningAnOrganizationsName_isAPlace_butNotANationality() {
    Document doc = article("The Aleppo Health Directorate and the French Red Cross sent teams.",
        "Aleppo Health Directorate/ORGANIZATION", "French Red Cross/ORGANIZATION");
    assertThat(places(doc)).containsExactly("Aleppo → Aleppo CITY SY");
  }

  @Test
  void countyOrTownOpeningAnInstitutionsName_isAPlace_butNotAHamlet() {
    Document doc = article("The Albany Fire Department, the Albany County Sheriff's Office and Hope Fire Department responded.",
        "Albany Fire Department/ORGANIZATION", "Albany County Sheriff's Office/ORGANIZATION", "Hope Fire Department/ORGANIZATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text).containsExactly("Albany", "Albany County");
  }

  @Test
  void placeNamingAPathogen_isNotAPlace() {
    Document doc = article("Pigs on a farm in Syria carried Reston ebolavirus, officials said.", "Syria/LOCATION", "Reston/LOCATION");
    assertThat(places(doc)).containsExactly("Syria → Syria COUNTRY SY");
  }

  @Test
  void stateAbbreviation_afterATown_isTheState() {
    Document doc = article("Flooding closed roads near Albany, Ga. on Monday.", "Albany/LOCATION");
    assertThat(places(doc)).containsExactly("Albany → Albany CITY US", "Ga. → Georgia ADMIN1 US");
    assertThat(PLACES.apply(doc).places().get(0).admin1()).isEqualTo("Georgia");
  }

  @Test
  void compassWordBeforeAName_resolvesTheName() {
    assertThat(places(article("Storms hit East Texas overnight.", "East Texas/LOCATION")))
        .containsExactly("East Texas → Texas ADMIN1 US");
  }

  @Test
  void county_withoutAStateInTheArticle_isUnresolved_notTheFarthestNamesake() {
    assertThat(places(article("Deputies searched Albany County overnight.", "Albany County/LOCATION")))
        .containsExactly("Albany County → unresolved");
  }

  @Test
  void county_inAStateTheArticleNames_isPlacedAtItsNamesakeTown() {
    Document doc = article("Deputies in New York state searched Albany County overnight.",
        "New York/LOCATION", "Albany County/LOCATION");
    assertThat(places(doc)).containsExactly("New York → New York ADMIN1 US", "Albany County → Albany CITY US");
  }

  @Test
  void county_withAnEntry_isTheCounty_notItsNamesakeTown_theLargestWithoutContext() {
    Place county = PLACES.apply(article("Deputies searched Henry County overnight.", "Henry County/LOCATION")).places().get(0);
    assertThat(render(county)).isEqualTo("Henry County → Henry County ADMIN2 US");
    assertThat(county.admin1()).isEqualTo("Georgia");
  }

  @Test
  void county_withATownOfTheArticleInIt_isThatTownsCounty() {
    Document doc = article("Paris and Henry County are rich in history.", "Paris/LOCATION", "Henry County/LOCATION");
    assertThat(PLACES.apply(doc).places().get(1)).extracting(Place::name, Place::admin1)
        .containsExactly("Henry County", "Tennessee");
  }

  @Test
  void county_followedByItsState_isInThatState() {
    Document doc = article("Henry County, Tenn., deputies searched overnight.", "Henry County/LOCATION", "Tenn./LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::name, Place::admin1)
        .containsExactly(tuple("Henry County", "Tennessee"), tuple("Tennessee", "Tennessee"));
  }

  @Test
  void county_taggedWithoutItsDesignator_takesIt_andTheBareNameStaysTheTowns() {
    Document doc = article("Deputies searched Henry County overnight. Henry, Tennessee, was quiet.",
        "Henry/LOCATION", "Henry/LOCATION", "Tennessee/LOCATION");
    assertThat(places(doc)).containsExactly("Henry County → Henry County ADMIN2 US", "Henry → Henry CITY US",
        "Tennessee → Tennessee ADMIN1 US");
  }

  @Test
  void nameWithoutGazetteerEntry_isUnresolved_withoutCoordinates() {
    Document out = PLACES.apply(article("Militants attacked Tal Shihab at dawn.", "Tal Shihab/LOCATION"));
    Place place = out.places().get(0);
    assertThat(render(place)).isEqualTo("Tal Shihab → unresolved");
    assertThat(place.lat()).isNull();
    assertThat(place.precision()).isEqualTo(Precision.UNRESOLVED);
  }

  @Test
  void titledName_calendarWords_andSmallTownsAtSentenceStart_areNotPlaces() {
    Document doc = article("Hope faded as Gen. Jordan arrived in May. Officials in Iraq said so.", "Iraq/LOCATION");
    assertThat(places(doc)).containsExactly("Iraq → Iraq COUNTRY IQ");
  }

  @Test
  void wordOfAPersonsName_isNotMatchedAlone() {
    Document doc = article("Paris Carter said Paris was calm.", "Paris Carter/PERSON");
    assertThat(places(doc)).isEmpty();
  }

  @Test
  void organizationNamedForACountry_isAPlace_butNotAfterATitle() {
    Document doc = article("Syria rejected the plan, President Jordan said.", "Syria/ORGANIZATION", "Jordan/PERSON");
    assertThat(places(doc)).containsExactly("Syria → Syria COUNTRY SY");
  }

  @Test
  void apply_fromManyThreadsAtOnce_givesTheSameResult() {
    Document doc = article("Veterans marched in Albany, New York, while shelling resumed near Dayr az Zawr and in Idlib Province.",
        "Albany/LOCATION", "New York/LOCATION", "Idlib/LOCATION");
    List<String> expected = places(doc);
    List<List<String>> results = java.util.stream.IntStream.range(0, 200).parallel().mapToObj(i -> places(doc)).toList();
    assertThat(results).allMatch(expected::equals);
    assertThat(expected).hasSize(4);
  }

  @Test
  void pipeline_checksLayers_andStageRejectsMissingGazetteer() {
    assertThat(PLACES.requires()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.ENTITIES);
    assertThat(PLACES.adds()).containsExactly(Layer.PLACES);
    assertThatThrownBy(() -> Pipeline.of(PLACES)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Places(null)).hasMessageContaining("gazetteer");
  }

  @Test
  void namesListedBeforeCounties_areThoseCounties_notTheirNamesakeTowns() {
    Document doc = article("Kansas said Douglas and Wyandotte counties grew fastest.",
        "Kansas/LOCATION", "Douglas/PERSON", "Wyandotte/LOCATION");
    assertThat(places(doc)).containsExactly("Kansas → Kansas ADMIN1 US", "Douglas → Douglas County ADMIN2 US",
        "Wyandotte → Wyandotte County ADMIN2 US");
  }

  @Test
  void stateBeforeCounties_isTheState_notACountyOfItsName() {
    Document doc = article("Rain flooded roads in 12 Texas counties.", "Texas/LOCATION");
    assertThat(places(doc)).containsExactly("Texas → Texas ADMIN1 US");
  }

  @Test
  void townTaggedPerson_afterAPersonAndOf_isWhereTheyLive() {
    Document doc = article("Janet Evans, 52, of Marion, Ohio was told to wait.",
        "Janet Evans/PERSON", "Marion/PERSON", "Ohio/LOCATION");
    assertThat(places(doc)).containsExactly("Marion → Marion CITY US", "Ohio → Ohio ADMIN1 US");
  }

  @Test
  void countryAbbreviation_beforeAWordThatIsNoDesignatorOfIt_isStillTheCountry() {
    Document doc = article("She became the 12th fastest-growing U.S. county last year.", "U.S./LOCATION");
    assertThat(places(doc)).containsExactly("U.S. → United States COUNTRY US");
  }

  @Test
  void countyNamedWithoutTheWord_isTheCounty() {
    Document doc = article("Police in Miami-Dade arrested him.", "Miami-Dade/LOCATION");
    assertThat(places(doc)).containsExactly("Miami-Dade → Miami-Dade County ADMIN2 US");
  }

  @Test
  void countryClosingAnOrganizationsName_isAPlace_butNotANationalityWord() {
    Document doc = article("Taco Bell France recalled onions, said Air Syrian.",
        "Taco Bell France/ORGANIZATION", "Air Syrian/ORGANIZATION");
    assertThat(places(doc)).containsExactly("France → France COUNTRY FR");
  }
}
