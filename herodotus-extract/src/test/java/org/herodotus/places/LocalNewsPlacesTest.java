package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.herodotus.places.Fixtures.article;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.gazetteer.Gazetteers;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Local news against the default gazetteer: streets and buildings it lacks, towns inside the names
 * of local bodies, small towns the tagger took for persons, and "X, State" pairs.
 */
class LocalNewsPlacesTest {

  static final Places PLACES = new Places(Gazetteers.loadDefault());

  static Place place(Document doc, String text) {
    return PLACES.apply(doc).places().stream().filter(p -> p.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no place " + text + " in " + PLACES.apply(doc).places()));
  }

  @Test
  void street_theGazetteerLacks_liesInTheTownTheArticlePutsItIn() {
    Document doc = article("Firefighters were called to a house on Royal Street in New Orleans late on Sunday.",
        "Royal Street/LOCATION", "New Orleans/LOCATION");
    assertThat(place(doc, "Royal Street")).extracting(Place::name, Place::precision, Place::admin1)
        .containsExactly("New Orleans", Precision.CITY, "Louisiana");
  }

  @Test
  void site_withoutATownInTheArticle_staysUnresolved_andANationalParkIsNoSite() {
    Document doc = article("Rangers closed Yellowstone National Park and the Old Faithful Inn on Friday.",
        "Yellowstone National Park/LOCATION", "Old Faithful Inn/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::resolved).containsOnly(false);
    assertThat(Resolution.isSite("Old Faithful Inn")).isTrue();
    assertThat(Resolution.isSite("Yellowstone National Park")).isFalse();
  }

  @Test
  void smallTown_openingTheNameOfItsFireDepartment_isAPlace() {
    Document doc = article("A spokesperson for the Byesville Volunteer Fire Department said the cause was unknown.",
        "Byesville Volunteer Fire Department/ORGANIZATION");
    assertThat(place(doc, "Byesville")).extracting(Place::country, Place::admin1).containsExactly("US", "Ohio");
  }

  @Test
  void nameTaggedAsAPerson_beforeAStateAbbreviation_isATownOfThatState() {
    Document doc = article("The plane was headed to Bozeman, Mont., but was rerouted to Butte.",
        "Bozeman/PERSON", "Butte/LOCATION");
    assertThat(place(doc, "Bozeman")).extracting(Place::country, Place::admin1).containsExactly("US", "Montana");
  }

  @Test
  void townAndState_whenTheStateHasNoSuchTown_leavesTheTownUnresolved() {
    // The gazetteer has a Howland in Maine and none in Texas: placing it in Maine would mislead.
    Document doc = article("The fair in Howland, Texas, drew crowds every April.", "Howland/LOCATION", "Texas/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::resolved)
        .containsExactly(tuple("Howland", false), tuple("Texas", true));
  }

  @Test
  void nameFoundThroughATownInIt_votesAsThatTown_soTheCountyDecides() {
    Document doc = article("NEWARK - The Henrys bought the stock of Newark Live Bait, which closed in Newark last year. "
        + "Anglers across Licking County welcomed the shop.",
        "NEWARK/LOCATION", "Newark Live Bait/LOCATION", "Newark/LOCATION", "Licking County/LOCATION");
    assertThat(PLACES.apply(doc).places()).filteredOn(p -> p.text().equalsIgnoreCase("Newark"))
        .extracting(Place::admin1).containsOnly("Ohio");
  }

  @Test
  void compassWordsBeforeATown_areNoRegionOfTheirOwn() {
    Document doc = article("Peddar, of Brent, north west London, denies the charges.", "north west London/LOCATION");
    assertThat(place(doc, "north west London")).extracting(Place::name, Place::country).containsExactly("London", "GB");
    Document island = article("She worked on the North Island of New Zealand.", "North Island/LOCATION", "New Zealand/LOCATION");
    assertThat(place(island, "North Island").country()).as("not Iceland, 'Island'").isEqualTo("NZ");
  }

  @Test
  void broadcastersOffice_inALargeTown_namesTheTown() {
    Document doc = article("The shelter's director told CTV Winnipeg that the dogs were safe.", "CTV Winnipeg/ORGANIZATION");
    assertThat(place(doc, "Winnipeg")).extracting(Place::country, Place::admin1).containsExactly("CA", "Manitoba");
  }

  @Test
  void countyInsideALongerCapitalisedRun_isTaken() {
    Document doc = article("Licking County Prosecutor Ken Oswalt said the trial would start in May.", "Ken Oswalt/PERSON");
    assertThat(place(doc, "Licking County")).extracting(Place::precision, Place::admin1)
        .containsExactly(Precision.ADMIN2, "Ohio");
  }

  @Test
  void smallTown_whereAPersonLives_isAPlaceEvenWhenTaggedAsAPerson() {
    Document doc = article("Deputies found Kimberly Hacker, 43, of McKee, in the vehicle.", "Kimberly Hacker/PERSON", "McKee/PERSON");
    assertThat(place(doc, "McKee")).extracting(Place::country, Place::admin1).containsExactly("US", "Kentucky");
  }

  @Test
  void partyAffiliationTaggedAsALocation_isTheStateAfterTheLetter() {
    Document doc = article("Rep. Charles Rangel, D-N.Y., chairs the committee.", "Charles Rangel/PERSON", "D-N.Y./LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::name).containsExactly(tuple("N.Y.", "New York"));
  }

  /** {@code doc} with {@code tokens}, all in one sentence, as the tests that retokenize need it. */
  static Document inOneSentence(Document doc, List<Token> tokens) {
    Sentence one = new Sentence(new Span(0, doc.text().length()), 0, tokens.size(), List.of());
    return doc.withTokens(tokens, List.of(one), false);
  }

  /** {@code doc} with "Co" and its full stop one token, as the tagger writes an abbreviation, in one sentence. */
  static Document abbreviated(Document doc) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : doc.tokens()) {
      Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
      if (last != null && last.word().equals("Co") && t.word().equals(".") && t.span().start() == last.span().end()) {
        tokens.set(tokens.size() - 1, new Token(new Span(last.span().start(), t.span().end()), "Co.", "co.", "NNP"));
      } else {
        tokens.add(t);
      }
    }
    return inOneSentence(doc, tokens);
  }

  @Test
  void countyAbbreviated_isTheCounty() {
    Document doc = abbreviated(article("Platte Co. tops 32,000 for the first time, census data show for Nebraska.",
        "Platte Co./LOCATION", "Nebraska/LOCATION"));
    assertThat(place(doc, "Platte Co.")).extracting(Place::name, Place::admin1).containsExactly("Platte County", "Nebraska");
  }

  @Test
  void wordsBeforeAKnownArea_leaveTheAreaFound_butAGenericLastWordIsNoPlace() {
    Document doc = article("Applicants could look at the Building Ireland home loan. Seals breed on the Chandeleur Islands.",
        "Building Ireland/ORGANIZATION", "Chandeleur Islands/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::name)
        .containsExactly(tuple("Ireland", "Ireland"), tuple("Chandeleur Islands", null));
    Document tagged = article("Applicants could look at the Building Ireland home loan.", "Building Ireland/LOCATION");
    assertThat(place(tagged, "Building Ireland")).extracting(Place::country).isEqualTo("IE");
  }

  @Test
  void buildingTaggedAsAnOrganization_afterAt_isAPlaceInItsTown_butATownOpeningItsNameIsTakenFirst() {
    Document doc = article("Fans in Toronto waited for hours at the Rogers Centre on Friday.",
        "Toronto/LOCATION", "Rogers Centre/ORGANIZATION");
    assertThat(place(doc, "Rogers Centre")).extracting(Place::name, Place::precision).containsExactly("Toronto", Precision.CITY);
    Document named = article("She was taken to Limerick Maternity Hospital on Sunday.", "Limerick Maternity Hospital/ORGANIZATION");
    assertThat(PLACES.apply(named).places()).extracting(Place::text, Place::country).containsExactly(tuple("Limerick", "IE"));
  }

  @Test
  void nameWithADesignator_thatOnlyASmallTownHasAsAnAlternate_isTheNameWithTheHint() {
    // "Las Vegas City" is an alternate name of the New Mexico town only
    Document doc = article("Las Vegas City officials approved the budget on Tuesday.", "Las Vegas City/LOCATION");
    assertThat(place(doc, "Las Vegas City")).extracting(Place::name, Place::admin1).containsExactly("Las Vegas", "Nevada");
  }

  @Test
  void outletsTown_fromItsAddress_isContextForTheTownsItsArticlesName() {
    Document doc = article("An 80-year-old woman was killed this morning in Arlington when a neighbor backed out of a driveway.",
        "Arlington/LOCATION");
    assertThat(place(doc, "Arlington").admin1()).as("the largest Arlington, without the outlet").isEqualTo("Virginia");
    Document dallas = doc.withMeta(new Metadata("d", null, null, null, null,
        "http://www.dallasnews.com/sharedcontent/dws/news/city/arlington/stories/crash.html", null, null));
    assertThat(place(dallas, "Arlington").admin1()).isEqualTo("Texas");
  }

  @Test
  void cityOf_aNameOnlySmallTownsElsewhereBearAsAnAlternate_isTheTownOfTheState() {
    // New Providence, New Jersey, has "Turkey" as an old name; Turkey, Texas, is in the gazetteer from its ZIP code.
    Document doc = article("Tickets are sold by the city of Turkey, in Hall County, Texas.",
        "Turkey/LOCATION", "Hall County/LOCATION", "Texas/LOCATION");
    assertThat(place(doc, "Turkey")).extracting(Place::country, Place::admin1, Place::precision)
        .containsExactly("US", "Texas", Precision.CITY);
  }

  @Test
  void airportNamedAlone_isTheAirport_notAVillageOfItsName() {
    Document doc = article("Flights at Heathrow were cancelled as snow fell across London.", "Heathrow/LOCATION", "London/LOCATION");
    assertThat(place(doc, "Heathrow")).extracting(Place::name, Place::featureCode, Place::country, Place::precision)
        .containsExactly("Heathrow Airport", "AIRP", "GB", Precision.POINT);
  }

  @Test
  void threeNamesInAList_areNoTownAndItsState() {
    Document doc = article("After stops in Washington, New York and Boston, the crown prince flew west.",
        "Washington/LOCATION", "New York/LOCATION", "Boston/LOCATION");
    assertThat(place(doc, "Washington")).extracting(Place::name, Place::admin1)
        .containsExactly("Washington", "District of Columbia");
  }

  @Test
  void divisionNamedAfterItsLargeSeat_unqualified_isTheCity() {
    Document doc = article("Talks on Syria resumed in Geneva on Monday.", "Syria/LOCATION", "Geneva/LOCATION");
    assertThat(place(doc, "Geneva")).extracting(Place::name, Place::featureCode).containsExactly("Genève", "PPLA");
  }

  @Test
  void townSharingItsNameWithADivision_needsMoreThanItsStatesSupport() {
    Document doc = article("The new sentencing rules apply in England and Wales from April, officials in London and Birmingham said.",
        "England/LOCATION", "Wales/LOCATION", "London/LOCATION", "Birmingham/LOCATION");
    assertThat(place(doc, "Wales")).extracting(Place::featureCode, Place::precision).containsExactly("ADM1", Precision.ADMIN1);
  }

  @Test
  void newEnglandTown_cities500Lacks_isFoundThroughItsZipCode() {
    // GeoNames files Harwinton as a division; the gazetteer has it from the ZIP codes, of unknown population.
    Document doc = article("HARWINTON - The selectmen of Harwinton met with Torrington and Litchfield officials on "
        + "Tuesday to share the cost of plowing the roads between the towns.",
        "HARWINTON/LOCATION", "Harwinton/LOCATION", "Torrington/LOCATION", "Litchfield/LOCATION");
    assertThat(place(doc, "Harwinton")).extracting(Place::name, Place::country, Place::admin1, Place::precision)
        .containsExactly("Harwinton", "US", "Connecticut", Precision.CITY);
  }

  @Test
  void townOfUnknownSize_isTakenOnlyInACountryTheArticleIsAbout() {
    Document doc = article("Ministers at Holyrood in Edinburgh voted on the bill.", "Holyrood/LOCATION", "Edinburgh/LOCATION");
    assertThat(place(doc, "Holyrood").country()).as("not the ZIP-code town in Kansas").isNotEqualTo("US");
    assertThat(place(doc, "Edinburgh").country()).as("the ZIP-code town casts no vote for Kansas").isEqualTo("GB");
  }

  /** {@code doc} with hyphens and possessive "'s" tokens of their own, as the tagger splits them. */
  static Document splitAsTheTaggerDoes(Document doc) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : doc.tokens()) {
      String w = t.word();
      int start = t.span().start();
      int dash = w.indexOf('-');
      if (dash > 0 && dash < w.length() - 1) {
        tokens.add(new Token(new Span(start, start + dash), w.substring(0, dash), w.substring(0, dash).toLowerCase(), "NNP"));
        tokens.add(new Token(new Span(start + dash, start + dash + 1), "-", "-", ":"));
        tokens.add(new Token(new Span(start + dash + 1, t.span().end()), w.substring(dash + 1), w.substring(dash + 1), "JJ"));
      } else if (w.endsWith("'s") && w.length() > 2) {
        tokens.add(new Token(new Span(start, t.span().end() - 2), w.substring(0, w.length() - 2), w.toLowerCase(), "NNP"));
        tokens.add(new Token(new Span(t.span().end() - 2, t.span().end()), "'s", "'s", "POS"));
      } else {
        tokens.add(t);
      }
    }
    return inOneSentence(doc, tokens);
  }

  @Test
  void placeBeforeAHyphenatedModifierOrAPossessive_inAnOrganizationsName_isAPlace() {
    Document wide = splitAsTheTaggerDoes(article("He is the subject of a Canada-wide warrant.", "Canada-wide/MISC"));
    assertThat(PLACES.apply(wide).places()).extracting(Place::text, Place::country).containsExactly(tuple("Canada", "CA"));
    Document kurdish = splitAsTheTaggerDoes(article("The Kurdish-led forces advanced.", "Kurdish-led/MISC"));
    assertThat(PLACES.apply(kurdish).places()).as("a nationality word is no place").isEmpty();
    Document owned = splitAsTheTaggerDoes(article("A statement by Jordan's Public Security Directorate followed.",
        "Jordan's Public Security Directorate/ORGANIZATION"));
    assertThat(PLACES.apply(owned).places()).extracting(Place::text, Place::country).containsExactly(tuple("Jordan", "JO"));
  }

  @Test
  void firmOrPartyNamedAfterAPlace_isNoPlace_unlessTheTextSpeaksOfOne() {
    Document firm = article("Toyota said sales rose in March.", "Toyota/ORGANIZATION");
    assertThat(PLACES.apply(firm).places()).isEmpty();
    Document town = article("The plant in Toyota closed for a week.", "Toyota/ORGANIZATION");
    assertThat(PLACES.apply(town).places()).extracting(Place::country).containsExactly("JP");
    Document party = article("United Russia won the most seats.", "United Russia/LOCATION");
    assertThat(PLACES.apply(party).places()).extracting(Place::resolved).containsOnly(false);
  }

  @Test
  void smallTownTaggedAsAPerson_listedWithANeighbouringTown_isAPlace() {
    Document doc = article("Lamar County sales tax is still booming. Paris and Roxton both received larger rebates this spring.",
        "Lamar County/LOCATION", "Paris/LOCATION", "Roxton/PERSON");
    assertThat(place(doc, "Roxton")).extracting(Place::country, Place::admin1).containsExactly("US", "Texas");
    Document people = article("The award went to Smith and Jones on Friday.", "Smith/PERSON", "Jones/PERSON");
    assertThat(PLACES.apply(people).places()).isEmpty();
  }

  @Test
  void stateTheArticleRepeats_outweighsNeighbouringStatesListedOnce() {
    Document doc = article("Boone County's unemployment rate rose to 7.7 percent, the Indiana Department of Workforce "
        + "Development said. Indiana's rate was 9.4 percent. Indiana added jobs in March. Rates also rose in "
        + "Illinois, Ohio, Kentucky and Michigan.",
        "Boone County/LOCATION", "Indiana/LOCATION", "Indiana/LOCATION", "Indiana/LOCATION", "Illinois/LOCATION",
        "Ohio/LOCATION", "Kentucky/LOCATION", "Michigan/LOCATION");
    assertThat(place(doc, "Boone County").admin1()).isEqualTo("Indiana");
  }

  @Test
  void townKnownByTheNameOnlyAsAnAlternate_losesToTownsThatBearIt() {
    // Beeville, Texas was once called Maryville; beside Fort Worth it still is not the Maryville meant.
    Document doc = article("The pastor from Fort Worth, Texas, preached in Maryville on Sunday.",
        "Fort Worth/LOCATION", "Texas/LOCATION", "Maryville/LOCATION");
    assertThat(place(doc, "Maryville").name()).isEqualTo("Maryville");
  }

  @Test
  void capitalKnownByAFormerName_isNotTakenOverTheTownThatBearsIt() {
    Document doc = article("Russia denied any role in the poisoning in Salisbury, and Moscow said Britain, the United "
        + "States and France had shown no evidence.", "Russia/LOCATION", "Salisbury/LOCATION", "Moscow/LOCATION",
        "Britain/LOCATION", "United States/LOCATION", "France/LOCATION");
    assertThat(place(doc, "Salisbury")).extracting(Place::name, Place::country).containsExactly("Salisbury", "GB");
  }

  @Test
  void placeInsideAnOrganizationsName_afterACompassWordOrATitleWord_isFound() {
    Document college = article("She attended Northeast Texas Community College for two years.",
        "Northeast Texas Community College/ORGANIZATION");
    assertThat(PLACES.apply(college).places()).extracting(Place::text, Place::admin1).containsExactly(tuple("Texas", "Texas"));
    Document association = article("He directs the Spina Bifida Association of Western Pennsylvania.",
        "Spina Bifida Association of Western Pennsylvania/ORGANIZATION");
    assertThat(PLACES.apply(association).places()).extracting(Place::text).containsExactly("Pennsylvania");
    Document state = article("He studied at West Virginia University.", "West Virginia University/ORGANIZATION");
    assertThat(PLACES.apply(state).places()).as("a compass word that is part of the name stays")
        .extracting(Place::text).containsExactly("West Virginia");
    Document trust = article("Craig Henry of the Saint Lucia National Trust spoke.", "Craig Henry/PERSON",
        "Saint Lucia National Trust/ORGANIZATION");
    assertThat(PLACES.apply(trust).places()).extracting(Place::country).containsExactly("LC");
  }

  @Test
  void countyOrParishNamedWithoutItsWord_beforeAnInstitution_isTheCounty() {
    Document court = article("Judge Mary O'Brien of Prince William Circuit Court ruled on Monday.",
        "Mary O'Brien/PERSON", "Prince William Circuit Court/ORGANIZATION");
    assertThat(place(court, "Prince William")).extracting(Place::name, Place::precision)
        .containsExactly("Prince William County", Precision.ADMIN2);
    Document sheriff = article("A captain with the Pointe Coupee Sheriff's Office said the boy was found.",
        "Pointe Coupee Sheriff's Office/ORGANIZATION");
    assertThat(place(sheriff, "Pointe Coupee")).extracting(Place::name, Place::admin1)
        .containsExactly("Pointe Coupee Parish", "Louisiana");
  }

  @Test
  void firmEndingInCo_isNoCounty_andATownOfCommonWordsInItsState_isFound() {
    Document doc = article("Joe Mazzuca, a manager at Meth Lab Cleanup Co. in Post Falls, Idaho, tested the rooms.",
        "Joe Mazzuca/PERSON", "Meth Lab Cleanup Co./ORGANIZATION", "Idaho/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::admin1)
        .containsExactly(tuple("Post Falls", "Idaho"), tuple("Idaho", "Idaho"));
  }

  @Test
  void placesJoinedByAHyphen_insideAName_areEachFound_butAFirmsNameIsNoPlace() {
    Document council = splitAsTheTaggerDoes(article("Mary Lodge, director of the Paris-Henry County Arts Council, spoke.",
        "Mary Lodge/PERSON", "Paris-Henry County Arts Council/ORGANIZATION"));
    assertThat(PLACES.apply(council).places()).extracting(Place::text, Place::admin1)
        .containsExactly(tuple("Paris", "Tennessee"), tuple("Henry County", "Tennessee"));
    Document university = splitAsTheTaggerDoes(article("The survey is run by the University of Nebraska-Lincoln.",
        "University of Nebraska-Lincoln/ORGANIZATION"));
    assertThat(PLACES.apply(university).places()).extracting(Place::text, Place::admin1)
        .containsExactly(tuple("Nebraska", "Nebraska"), tuple("Lincoln", "Nebraska"));
    Document county = splitAsTheTaggerDoes(article("Officials notified Miami-Dade Schools police.", "Miami-Dade Schools/MISC"));
    assertThat(PLACES.apply(county).places()).extracting(Place::text, Place::name)
        .containsExactly(tuple("Miami-Dade", "Miami-Dade County"));
    Document firm = splitAsTheTaggerDoes(article("said an analyst at ASK-Raymond James.", "ASK-Raymond James/ORGANIZATION"));
    assertThat(PLACES.apply(firm).places()).isEmpty();
  }

  @Test
  void districtNamedAfterItsTown_isThatTown_wherever_itLies() {
    Document jordan = article("Civil defence received reports of a fire in the Karak district, Jordan's police said.",
        "Karak/LOCATION", "Jordan/LOCATION");
    assertThat(place(jordan, "Karak")).extracting(Place::country).isEqualTo("JO");
    Document court = article("The men were brought before Tipperary District Court yesterday. Gardai in Tipperary said more "
        + "arrests were likely.", "Tipperary District Court/ORGANIZATION", "Tipperary/LOCATION");
    assertThat(PLACES.apply(court).places()).extracting(Place::text, Place::country)
        .containsExactly(tuple("Tipperary", "IE"), tuple("Tipperary", "IE"));
  }

  @Test
  void namesJoinedByAHyphen_areResolvedByTheirCountyOrFirstPlace_butNotAMacroRegionsCompound() {
    Document county = article("Road work is planned this week in Athens-Clarke County.", "Athens-Clarke County/LOCATION");
    assertThat(PLACES.apply(county).places()).extracting(Place::name, Place::admin1)
        .containsExactly(tuple("Clarke County", "Georgia"));
    Document region = article("Sales in Asia-Pacific rose.", "Asia-Pacific/LOCATION");
    assertThat(PLACES.apply(region).places()).extracting(Place::name).containsExactly("Asia-Pacific"); // not Asia
  }

  @Test
  void shortNamesAndCompassAbbreviations_ofTowns_areResolved() {
    Document doc = article("Markets opened in South L.A. after a shooting in W. Phila. and a rally in Philly.",
        "South L.A./LOCATION", "W. Phila./LOCATION", "Philly/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::name)
        .containsExactly("Los Angeles", "Philadelphia", "Philadelphia");
  }

  @Test
  void stateOfAPartyAffiliation_withoutItsFullStop_isTheState() {
    Document doc = article("House Speaker Nancy Pelosi, D-Calif, told colleagues to wait.", "Nancy Pelosi/PERSON");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::name).containsExactly(tuple("Calif", "California"));
  }

  @Test
  void namesListedTogether_areOfOneKind_townsAmongTownsAndStatesAmongStates() {
    Document towns = article("The firm has offices in Los Angeles, Miami, New York and Detroit.",
        "Los Angeles/LOCATION", "Miami/LOCATION", "New York/LOCATION", "Detroit/LOCATION");
    assertThat(place(towns, "New York")).extracting(Place::name, Place::precision).containsExactly("New York City", Precision.CITY);
    Document states = article("Cases were confirmed in Georgia, Illinois, Missouri, New York, Ohio and Oregon.",
        "Georgia/LOCATION", "Illinois/LOCATION", "Missouri/LOCATION", "New York/LOCATION", "Ohio/LOCATION", "Oregon/LOCATION");
    assertThat(place(states, "New York").precision()).isEqualTo(Precision.ADMIN1);
    assertThat(place(states, "Georgia")).extracting(Place::country, Place::precision).containsExactly("US", Precision.ADMIN1);
  }

  @Test
  void regionOfOneCountry_weighsAsADivision_soTheArticlesCountryDecides() {
    Document england = article("Police in the West Midlands and Merseyside made arrests in Birmingham.",
        "West Midlands/LOCATION", "Merseyside/LOCATION", "Birmingham/LOCATION");
    assertThat(PLACES.apply(england).places()).extracting(Place::country).containsOnly("GB");
    Document zimbabwe = article("Farmers in Zimbabwe's Midlands lost cattle to anthrax, Harare said.",
        "Zimbabwe/LOCATION", "Midlands/LOCATION", "Harare/LOCATION");
    assertThat(place(zimbabwe, "Midlands").country()).isEqualTo("ZW");
  }

  @Test
  void townInsideAPersonsName_beforeATitleOrAfterOf_isAPlace() {
    Document selectman = article("The crowd included Litchfield Selectman Marsha Bernstein.",
        "Litchfield Selectman Marsha Bernstein/PERSON");
    assertThat(PLACES.apply(selectman).places()).extracting(Place::text).containsExactly("Litchfield");
    Document of = article("Former party chairman Terry McAuliffe of McLean entered the race.", "Terry McAuliffe of McLean/PERSON");
    assertThat(PLACES.apply(of).places()).extracting(Place::text, Place::admin1).containsExactly(tuple("McLean", "Virginia"));
    Document person = article("The award went to Mary Smith of the Academy.", "Mary Smith/PERSON");
    assertThat(PLACES.apply(person).places()).isEmpty();
  }

  @Test
  void smallTownTaggedAsAPersonOrOrganization_afterInOrInAList_isAPlace() {
    Document in = article("Nicole Shelton, 33, of Telegraph Road in Glen Allen was charged.", "Nicole Shelton/PERSON",
        "Telegraph Road/LOCATION", "Glen Allen/PERSON");
    assertThat(place(in, "Glen Allen").admin1()).isEqualTo("Virginia");
    Document list = article("Crews from Harwinton, Bantam, Litchfield and Torrington helped.", "Harwinton/LOCATION",
        "Bantam/ORGANIZATION", "Litchfield/LOCATION", "Torrington/LOCATION");
    assertThat(place(list, "Bantam").admin1()).isEqualTo("Connecticut");
  }

  @Test
  void organizationOpeningWithAPlaceOfTheArticle_containsThatPlace() {
    Document doc = article("Ozark police cordoned off Ozark Dodge on Monday after the shooting.", "Ozark Dodge/ORGANIZATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text).containsExactly("Ozark", "Ozark");
    Document modifier = article("Police arrested a Roselle man on Monday.", "Roselle/MISC");
    assertThat(PLACES.apply(modifier).places()).extracting(Place::admin1).containsExactly("Illinois");
  }

  @Test
  void stateAfterACompassWord_taggedAsAnOrganization_isAPlace() {
    Document doc = article("He was arrested, according to South Florida news reports.", "South Florida/ORGANIZATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::name).containsExactly(tuple("South Florida", "Florida"));
  }

  @Test
  void organizationOpeningWithACountysName_containsThatPlace() {
    Document doc = article("Members came from Cavan County Council and Cavan Institute.",
        "Cavan County Council/ORGANIZATION", "Cavan Institute/ORGANIZATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text).containsExactly("Cavan County", "Cavan");
  }

  @Test
  void countyTaggedAsAPerson_isTheCounty() {
    Document doc = splitAsTheTaggerDoes(article("Jobless rate dips. Henry County's unemployment rate went down in February.",
        "Henry County/PERSON"));
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::precision)
        .containsExactly(tuple("Henry County", Precision.ADMIN2));
  }

  @Test
  void largeTownOpeningAnUntaggedEventsName_isAPlace_butNotOneOpeningAPersonsName() {
    Document festival = article("It won the audience award at the Berlin International Film Festival.");
    assertThat(PLACES.apply(festival).places()).extracting(Place::text, Place::country).containsExactly(tuple("Berlin", "DE"));
    Document person = article("Critics of Jordan Peterson Lectures gathered outside.");
    assertThat(PLACES.apply(person).places()).isEmpty();
  }

  @Test
  void givenNationalityWord_isItsCountry_evenWhereATownBearsTheWord() {
    // Canadian, Texas and Spanish, Ontario are towns; a nationality word given as a toponym names the country.
    Document doc = article("Canadian and Spanish officials met in Ottawa.");
    String text = doc.text();
    List<Span> spans = List.of(new Span(0, 8), new Span(text.indexOf("Spanish"), text.indexOf("Spanish") + 7));
    assertThat(PLACES.resolve(doc, spans)).extracting(Place::country, Place::precision)
        .containsExactly(tuple("CA", Precision.COUNTRY), tuple("ES", Precision.COUNTRY));
  }

  @Test
  void namesListedAfterCounties_areCounties() {
    Document doc = article("Nebraska's three largest counties - Douglas, Lancaster and Sarpy - grew by 14,240 people.",
        "Nebraska/LOCATION", "Douglas/PERSON", "Lancaster/LOCATION", "Sarpy/ORGANIZATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::name, Place::admin1).containsExactly(
        tuple("Nebraska", "Nebraska"), tuple("Douglas County", "Nebraska"), tuple("Lancaster County", "Nebraska"),
        tuple("Sarpy County", "Nebraska"));
    Document one = article("Texas counties such as Travis saw growth.", "Texas/LOCATION", "Travis/PERSON");
    assertThat(PLACES.apply(one).places()).as("one name after the word may be anything").extracting(Place::text)
        .containsExactly("Texas");
  }

  @Test
  void untaggedStreet_theTextSpeaksOfAsAPlace_liesInTheArticlesTown() {
    Document doc = splitAsTheTaggerDoes(article("HARARE - Council voted to rename Harare's Third Street. Shops on Samora Machel Avenue "
        + "closed early.", "HARARE/LOCATION", "Harare/LOCATION", "Third/ORDINAL"));
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::name)
        .contains(tuple("Third Street", "Harare"), tuple("Samora Machel Avenue", "Harare"));
    Document program = article("The Main Street program paid for new lights in Springfield.", "Springfield/LOCATION");
    assertThat(PLACES.apply(program).places()).extracting(Place::text).containsExactly("Springfield");
  }

  @Test
  void placesTheTaggerTookIntoOtherNames_orLeftUntagged_areFound() {
    Document in = article("He studied at the University of California at Berkeley.",
        "University of California at Berkeley/ORGANIZATION");
    assertThat(PLACES.apply(in).places()).extracting(Place::text).contains("Berkeley");
    Document based = article("The onions came from Irwindale based Ready Pac.", "Irwindale/ORGANIZATION", "Ready Pac/ORGANIZATION");
    assertThat(PLACES.apply(based).places()).extracting(Place::text, Place::admin1).containsExactly(tuple("Irwindale", "California"));
    assertThat(Words.capitalised("d'Ivoire")).as("Côte d'Ivoire is one name").isTrue();
    assertThat(Words.capitalised("d'ici")).isFalse();
    Document season = article("With the United States flu season under way, clinics filled.", "United States/LOCATION");
    assertThat(PLACES.apply(season).places()).extracting(Place::country).containsExactly("US");
    Document teen = article("Deputies arrest Pointe Coupee teen on weapon count.");
    assertThat(PLACES.apply(teen).places()).extracting(Place::name).containsExactly("Pointe Coupee Parish");
  }

  @Test
  void untaggedTownOrCountyBeforeATitle_isAPlace() {
    Document sheriff = article("Speed checks go on. DuPage Sheriff John Zaruba is warning residents.", "John Zaruba/PERSON");
    assertThat(PLACES.apply(sheriff).places()).extracting(Place::text, Place::name)
        .containsExactly(tuple("DuPage", "DuPage County"));
    Document superintendent = article("Readington Superintendent declines raise. Schools in Hunterdon County, New Jersey, "
        + "cut costs.", "Hunterdon County/LOCATION", "New Jersey/LOCATION");
    assertThat(place(superintendent, "Readington").admin1()).isEqualTo("New Jersey");
  }

  @Test
  void abbreviatedMount_findsTheTownsSpelledOut_andASaintsNameIsNoPlace() {
    Document iowa = article("Mt. Pleasant's jazz band placed first at the district contest in Iowa City and goes to Des Moines.",
        "Mt. Pleasant/LOCATION", "Iowa City/LOCATION", "Des Moines/LOCATION");
    assertThat(place(iowa, "Mt. Pleasant")).extracting(Place::name, Place::admin1).containsExactly("Mount Pleasant", "Iowa");
    assertThat(Lookup.longForm("Ft. Worth")).isEqualTo("Fort Worth");
    assertThat(Lookup.longForm("St. Louis")).as("saints' names are left as written").isNull();
    Document saint = article("He teaches at the University of St. Thomas.", "University of St. Thomas/ORGANIZATION");
    assertThat(PLACES.apply(saint).places()).isEmpty();
  }

  @Test
  void oceanNamedBare_isTheOcean_notTheTownNamedAfterIt() {
    Document doc = article("Storms over the Pacific and the Atlantic grounded flights.", "Pacific/LOCATION", "Atlantic/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::name).containsExactly("Pacific Ocean", "Atlantic Ocean");
  }

  @Test
  void hamletBearingACitysName_gainsLittleFromItsState() {
    // Charleston, New York is a hamlet on Staten Island; a suspect from the Bronx does not make it the Charleston meant.
    Document doc = article("Police found drugs on a Charleston man accused of pulling a gun at a motel in Kanawha City. "
        + "Charleston police were called Tuesday. A second man is wanted in Bronx County, N.Y.",
        "Charleston/LOCATION", "Kanawha City/LOCATION", "Charleston/LOCATION", "Bronx County/LOCATION", "N.Y./LOCATION");
    assertThat(place(doc, "Charleston").admin1()).isEqualTo("West Virginia");
  }

  @Test
  void emptyTokenWords_afterCountiesOrBeforeAStateAbbreviation_doNotBreakRecognition() {
    Document doc = article("The counties - Douglas and Sarpy - grew, and 5 N.Y. towns did too.");
    List<Token> tokens = new ArrayList<>();
    for (Token t : doc.tokens()) {
      boolean blank = t.word().equals("-") || t.word().equals("5");
      tokens.add(blank ? new Token(t.span(), "", "", ":") : t);
    }
    assertThat(PLACES.apply(inOneSentence(doc, tokens)).places()).extracting(Place::text).contains("N.Y.");
  }

  @Test
  void smallTownsThatLieTogether_areTakenTogether_overLargerNamesakesApart() {
    Document doc = article("New London's police chief asked to keep his job, the Mt. Pleasant News learned. New London "
        + "council members met in Winfield on Tuesday.", "New London/LOCATION", "Mt. Pleasant/LOCATION",
        "New London/LOCATION", "Winfield/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::admin1).containsOnly("Iowa");
  }

  @Test
  void bareNameOfACountyTheArticleNames_isThatCountyOrItsTown() {
    Document georgia = article("A woman was stabbed near Briarcliff Road in DeKalb County, police said. DeKalb officers "
        + "searched the woods near Decatur.", "Briarcliff Road/LOCATION", "DeKalb County/LOCATION", "DeKalb/LOCATION",
        "Decatur/LOCATION");
    assertThat(place(georgia, "DeKalb").admin1()).isEqualTo("Georgia");
    Document illinois = article("A DeKalb man was arrested. He was held at the DeKalb County Jail near Sycamore.",
        "DeKalb/LOCATION", "DeKalb County Jail/ORGANIZATION", "Sycamore/LOCATION");
    assertThat(PLACES.apply(illinois).places()).extracting(Place::admin1).containsOnly("Illinois");
  }

  @Test
  void streetsNamedAfterTowns_lieInTheArticlesTown_andDoNotSwayItsState() {
    // Counted as Memphis and Nashville, the streets made Jackson the Tennessee one.
    Document doc = article("Jackson police said the crash happened where Memphis Street meets Nashville Avenue, near downtown Jackson.",
        "Jackson/ORGANIZATION", "Memphis Street/LOCATION", "Nashville Avenue/LOCATION", "Jackson/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::name, Place::admin1).containsExactly(
        tuple("Jackson", "Jackson", "Mississippi"), tuple("Memphis Street", "Jackson", "Mississippi"),
        tuple("Nashville Avenue", "Jackson", "Mississippi"), tuple("Jackson", "Jackson", "Mississippi"));
  }

  @Test
  void nameBeforeANewspapersNameOrBased_isTheCity() {
    Document doc = article("A New York-based trade group and a New York Times reporter both attended the hearing in Albany.",
        "New York/LOCATION", "New York Times/ORGANIZATION", "Albany/LOCATION");
    assertThat(PLACES.apply(doc).places()).filteredOn(p -> p.text().equals("New York"))
        .extracting(Place::name, Place::precision).containsOnly(tuple("New York City", Precision.CITY)).hasSize(2);
  }

  @Test
  void countryNamingACurrencyInsideAnAmount_isAPlace_butANationalityWordIsNot() {
    Document doc = article("The ministry listed 658 projects worth 59.2 billion US dollars and a further 400 million Canadian dollars.",
        "59.2 billion US dollars/MONEY", "400 million Canadian dollars/MONEY");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::country).containsExactly(tuple("US", "US"));
  }

  @Test
  void stateAbbreviation_standsForTheStateOfTheCountryTheArticleIsAbout() {
    Document australian = article("Health officials in Rockingham, south of Perth, said WA beaches would stay closed.",
        "Rockingham/LOCATION", "Perth/LOCATION", "WA/LOCATION");
    assertThat(place(australian, "WA")).extracting(Place::name, Place::country).containsExactly("Western Australia", "AU");
    Document american = article("The company moved its offices to Seattle, WA, last spring.", "Seattle/LOCATION", "WA/LOCATION");
    assertThat(place(american, "WA")).extracting(Place::name, Place::country).containsExactly("Washington", "US");
  }

  @Test
  void abbreviationLetters_elsewhere_areNoPlaces() {
    // No place of the article is Australian or South African; the letters are a test, a team, a
    // road number and an era.
    Document doc = article("Students across Ohio sat the ACT on Saturday, the SA team won, crews closed KY 90, "
        + "and a museum showed coins from 206 BC.", "Ohio/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text).containsExactly("Ohio");
  }

  @Test
  void earthAndThePlanets_areNoPlaces_unlessATownOfAStateNamedAfter() {
    Document doc = article("Oxygen on Mars is scarce, unlike on Earth, scientists said. Volunteers met in Mars, Pa., last week.",
        "Mars/LOCATION", "Earth/LOCATION", "Mars/LOCATION", "Pa./LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::admin1)
        .containsExactly(tuple("Mars", "Pennsylvania"), tuple("Pa.", "Pennsylvania"));
  }

  @Test
  void countryBeforeTheWordCity_isTheCountry_andAnAcronymIsNoTownOfItsLetters() {
    Document doc = article("A water main broke in the US city of White Plains, New York, officials of the EU said.",
        "US/LOCATION", "White Plains/LOCATION", "New York/LOCATION", "EU/LOCATION");
    assertThat(place(doc, "US")).extracting(Place::name).isEqualTo("United States");
    assertThat(place(doc, "EU").resolved()).isFalse(); // not Eu in Normandy
  }

  @Test
  void seatOfGovernment_isTheBuilding_notTheTownNamedLikeIt() {
    Document doc = article("Reporters gathered outside the White House on Monday.", "White House/LOCATION");
    assertThat(place(doc, "White House")).extracting(Place::name, Place::country, Place::precision)
        .containsExactly("White House", "US", Precision.POINT);
    assertThat(place(doc, "White House").lat()).isBetween(38.8, 39.0);
  }

  @Test
  void stateWhoseCapitalIsNamedAfterIt_isTheState_unlessTheCityHoldsMuchOfIt() {
    Document doc = article("He secured a place on the ballot in Oklahoma with a payment.", "Oklahoma/LOCATION");
    assertThat(place(doc, "Oklahoma")).extracting(Place::name, Place::precision).containsExactly("Oklahoma", Precision.ADMIN1);
    Document aleppo = article("Shelling resumed in Aleppo on Sunday.", "Aleppo/LOCATION");
    assertThat(place(aleppo, "Aleppo").precision()).isEqualTo(Precision.CITY);
  }

  @Test
  void regionOfWales_openingABodysName_isTheRegion_notTheTownInPennsylvania() {
    Document doc = article("A fire broke out at a hotel near Dolgellau, and North Wales Fire and Rescue Service sent crews.",
        "Dolgellau/LOCATION", "North Wales Fire and Rescue Service/ORGANIZATION");
    assertThat(place(doc, "North Wales")).extracting(Place::country, Place::precision).containsExactly("GB", Precision.REGION);
  }

  @Test
  void townAfterInClosingABodysName_isItsPlace_beforeTheNameOpeningIt() {
    Document doc = article("She spent six years as superintendent of Carbon School District in Price, Utah.",
        "Carbon School District in Price/ORGANIZATION", "Utah/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::admin1)
        .containsExactly(tuple("Price", "Utah"), tuple("Utah", "Utah"));
  }

  @Test
  void countiesOfIrelandAndEngland_inEnglish_withoutTakingTheTownNamedLikeOne() {
    Document doc = article("Gardai in County Cork and Tipperary searched farms, and a man from Cork city was held in Reading, Berkshire.",
        "County Cork/LOCATION", "Tipperary/LOCATION", "Cork/LOCATION", "Reading/LOCATION", "Berkshire/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::name, Place::country).containsExactly(
        tuple("County Cork", "County Cork", "IE"), tuple("Tipperary", "County Tipperary", "IE"), tuple("Cork", "Cork", "IE"),
        tuple("Reading", "Reading", "GB"), tuple("Berkshire", "Berkshire", "GB"));
  }

  @Test
  void townTaggedAsAPerson_afterMovedTo_isAPlace_butNotAfterTalkedTo() {
    Document doc = article("The couple met in Dewsbury and later moved to Thornhill, where she talked to Morley about it.",
        "Dewsbury/LOCATION", "Thornhill/PERSON", "Morley/PERSON");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::country)
        .containsExactly(tuple("Dewsbury", "GB"), tuple("Thornhill", "GB"));
  }

  @Test
  void countiesListedAtASentencesStart_leaveOutItsFirstWord() {
    Document doc = article("Rainfall was below normal. Small Hitchcock and Hayes counties in southwest Nebraska fared worst.",
        "Small Hitchcock/PERSON", "Hayes/PERSON", "Nebraska/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::name)
        .containsExactly("Hitchcock County", "Hayes County", "Nebraska");
  }

  @Test
  void southJersey_isTheRegionOfNewJersey_notTheIsland() {
    Document doc = article("Remains were found on a beach in S. Jersey on Sunday.", "S. Jersey/LOCATION");
    assertThat(place(doc, "S. Jersey")).extracting(Place::name, Place::country).containsExactly("South Jersey", "US");
  }

  @Test
  void islandsAndTheirSeas_areRegions_notTheTownsNamedAfterThem() {
    Document doc = article("Bird flu has become endemic on Java, and the search went on in the Java Sea off Maui.",
        "Java/LOCATION", "Java Sea/LOCATION", "Maui/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::name, Place::country)
        .containsExactly(tuple("Java", "ID"), tuple("Java Sea", null), tuple("Maui", "US"));
  }

  @Test
  void lakeNamedAfterATown_liesAtThatTown_onlyInTheArticlesState() {
    Document doc = article("Anglers crowded Lake Manassas in Virginia on Saturday, while Lake Hartwell in Ohio stayed quiet.",
        "Lake Manassas/LOCATION", "Virginia/LOCATION", "Lake Hartwell/LOCATION", "Ohio/LOCATION");
    assertThat(place(doc, "Lake Manassas")).extracting(Place::name, Place::admin1, Place::precision)
        .containsExactly("Manassas", "Virginia", Precision.CITY);
    assertThat(place(doc, "Lake Hartwell").resolved()).isFalse(); // Hartwell lies in Georgia
  }

  @Test
  void townTaggedAsAPerson_betweenTwoListedTowns_isAPlace_butNotOnATeamSheet() {
    Document doc = article("Guardsmen opened armories in Hutchinson, Kingman, Larned, Pratt and Dodge City on Saturday.",
        "Hutchinson/LOCATION", "Kingman/LOCATION", "Larned/PERSON", "Pratt/LOCATION", "Dodge City/LOCATION");
    assertThat(place(doc, "Larned")).extracting(Place::admin1).isEqualTo("Kansas");
    Document team = article("Gordon, Webster, Miller, Hartley and Neilson started for the visitors.",
        "Gordon/PERSON", "Webster/PERSON", "Miller/PERSON", "Hartley/PERSON", "Neilson/PERSON");
    assertThat(PLACES.apply(team).places()).isEmpty();
  }

  @Test
  void townTaggedAsAPerson_afterAStreetInAnAddress_isAPlace() {
    Document address = article("John Delaney, of Upper Abbey Street, Cahir, is charged with assault.",
        "John Delaney/PERSON", "Upper Abbey Street/LOCATION", "Cahir/PERSON");
    assertThat(place(address, "Cahir")).extracting(Place::country).isEqualTo("IE");
  }

  @Test
  void bodyOfAWholeCountry_isNoSiteOfTheArticlesTown() {
    Document doc = article("At a rally in Sanford, he said he would name a judge to the Supreme Court.",
        "Sanford/LOCATION", "Supreme Court/ORGANIZATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text).containsExactly("Sanford");
    assertThat(Resolution.isSite("Supreme Court")).isFalse();
    assertThat(Resolution.isSite("Hartford Hospital")).isTrue();
    assertThat(Resolution.isSite("National Hurricane Center")).isFalse();
    assertThat(Resolution.isSite("Walter Reed National Military Medical Center")).isFalse();
  }

  @Test
  void nameWithNoEntry_liesInTheTownTheTextPutsItIn() {
    Document doc = article("Health officials traced the outbreak to a takeaway in Greenlane, Auckland, New Zealand. A fire broke out"
        + " overnight in the Hardeetown area of Chiefland, Florida.",
        "Greenlane/LOCATION", "Auckland/LOCATION", "New Zealand/LOCATION", "Hardeetown/LOCATION", "Chiefland/LOCATION",
        "Florida/LOCATION");
    assertThat(place(doc, "Greenlane")).extracting(Place::name, Place::country, Place::precision)
        .containsExactly("Auckland", "NZ", Precision.CITY);
    assertThat(place(doc, "Hardeetown")).extracting(Place::name, Place::admin1).containsExactly("Chiefland", "Florida");
  }

  @Test
  void nameWithNoEntry_listedBeforeATown_isNotInIt() {
    Document doc = article("The group owns Penfolds, Rosemount and Lindemans, and bottles its wines near Adelaide.",
        "Penfolds/LOCATION", "Rosemount/LOCATION", "Adelaide/LOCATION");
    assertThat(place(doc, "Penfolds").resolved()).isFalse();
  }

  @Test
  void site_liesInTheTownTheTextPutsIt_beforeTheTownNamedEarlier() {
    Document doc = article("Patients treated in Huntington may also be seen at Thomas Memorial Hospital in South Charleston.",
        "Huntington/LOCATION", "Thomas Memorial Hospital/ORGANIZATION", "South Charleston/LOCATION");
    assertThat(place(doc, "Thomas Memorial Hospital")).extracting(Place::name).isEqualTo("South Charleston");
  }

  @Test
  void townThatItsProvinceLacks_staysUnresolved_evenWhenTheCountryFollows() {
    Document doc = article("His truck was pulled over on a highway in Stroud, Ontario, Canada, on Sunday.",
        "Stroud/LOCATION", "Ontario/LOCATION", "Canada/LOCATION");
    assertThat(place(doc, "Stroud").resolved()).isFalse(); // not the Stroud of England
  }

  @Test
  void chainOfNamesWithNoEntry_staysUnresolved() {
    Document doc = article("The samba school from Xyzzyville, Qwertopolis, Brazil won the parade.",
        "Xyzzyville/LOCATION", "Qwertopolis/LOCATION", "Brazil/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::resolved)
        .containsExactly(tuple("Xyzzyville", false), tuple("Qwertopolis", false), tuple("Brazil", true));
  }

  @Test
  void islandsOfNewZealand_areTheIslands_notATownKnownByTheName() {
    Document doc = article("She hopes to walk from the tip of the North Island to the far south of the South Island.",
        "North Island/LOCATION", "South Island/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::name, Place::country)
        .containsExactly(tuple("North Island", "NZ"), tuple("South Island", "NZ"));
  }

  @Test
  void quarterOfASmallTown_isNoPlaceOfIt() {
    Document doc = article("The film is set in the South Pacific.", "South Pacific/LOCATION");
    assertThat(place(doc, "South Pacific").country()).as("not Pacific, Missouri").isNull();
  }

  @Test
  void smallTownInsideAnOrganizationsName_isAPlaceOnlyInTheArticlesState() {
    Document court = article("A judge of the Superior Court in Sacramento, California, ruled on Monday.",
        "Superior Court/ORGANIZATION", "Sacramento/LOCATION", "California/LOCATION");
    assertThat(PLACES.apply(court).places()).extracting(Place::text).containsExactly("Sacramento", "California");
    Document dealer = article("Ozark police cordoned off Ozark Dodge on Monday.", "Ozark/LOCATION", "Ozark Dodge/ORGANIZATION");
    assertThat(PLACES.apply(dealer).places()).extracting(Place::text, Place::admin1)
        .containsExactly(tuple("Ozark", "Missouri"), tuple("Ozark", "Missouri"));
  }

  @Test
  void nameRuledOutForEachMention_staysUnresolvedForAll() {
    Document doc = article("Ministers at Holyrood voted on the bill in Scotland. Holyrood will sit again on Monday.",
        "Holyrood/LOCATION", "Scotland/LOCATION", "Holyrood/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::country)
        .as("the ZIP-code town in Kansas lies in no country of the article")
        .doesNotContain(tuple("Holyrood", "US"));
  }

  @Test
  void quarterOfACityTheGazetteerLacks_liesInTheCity_notInANamesakeAbroad() {
    Document doc = article("The drummer was born in Deptford, London, in 1939, and later lived in Martinsville, Virginia.",
        "Deptford/LOCATION", "London/LOCATION", "Martinsville/LOCATION", "Virginia/LOCATION");
    assertThat(place(doc, "Deptford")).extracting(Place::name, Place::country).containsExactly("London", "GB");
    assertThat(place(doc, "Martinsville")).extracting(Place::admin1).isEqualTo("Virginia");
  }

  @Test
  void titleWordTheTaggerLeftOut_opensThePlacesName() {
    Document doc = article("The bishop died early yesterday in a General Santos City hospital.", "Santos City/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::country)
        .containsExactly(tuple("General Santos City", "PH"));
    Document person = article("President Lincoln spoke at Gettysburg.", "Lincoln/LOCATION", "Gettysburg/LOCATION");
    assertThat(PLACES.apply(person).places()).extracting(Place::text).doesNotContain("President Lincoln");
  }

  @Test
  void commonWordsInFirmsNamesAndCommonNouns_areNoPlaces() {
    Document doc = article("\"Rates will rise,\" said the chief economist at Capital Economics in London. The mayor of the capital city"
        + " spoke on Independence Day.",
        "Capital Economics/ORGANIZATION", "London/LOCATION", "capital city/LOCATION", "Independence Day/MISC");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text).containsExactly("London");
    Document trust = article("The party stays afloat thanks to the George L. Pennock Trust and Enterprise Linux sales.",
        "George L. Pennock Trust/ORGANIZATION", "Enterprise Linux/MISC");
    assertThat(PLACES.apply(trust).places()).as("not George, Iowa, nor Enterprise, Nevada").isEmpty();
    Document team = article("She would have worn her Oakland A's hat.", "Oakland A's/ORGANIZATION");
    assertThat(PLACES.apply(team).places()).extracting(Place::text).containsExactly("Oakland");
    Document pronoun = article("The event, \"They Can't Stop All of Us\", was posted as a joke.", "Us/LOCATION");
    assertThat(PLACES.apply(pronoun).places()).isEmpty();
    Document town = article("Jackson County deputies found the men early Saturday in Independence.",
        "Jackson County/LOCATION", "Independence/MISC");
    assertThat(place(town, "Independence")).extracting(Place::admin1).isEqualTo("Missouri");
  }

  @Test
  void siteNamedLikeASmallTownElsewhere_liesInTheArticlesTown() {
    Document possessed = article("The band played to a hundred thousand fans in London's Hyde Park and later toured New York.",
        "London/LOCATION", "Hyde Park/LOCATION", "New York/LOCATION");
    assertThat(place(possessed, "Hyde Park")).extracting(Place::name, Place::country).containsExactly("London", "GB");
    Document abroad = article("Thousands gathered in Victoria Park before marching to the town hall in Dundee.",
        "Victoria Park/LOCATION", "Dundee/LOCATION");
    assertThat(place(abroad, "Victoria Park")).extracting(Place::name, Place::country).containsExactly("Dundee", "GB");
  }

  @Test
  void boroughsOfLondonAndSeatsOfDevolvedParliaments_areTheirOwnPlaces() {
    Document doc = article("Pupils from Southwark and Greenwich met the Holyrood leader after a visit to Korea.",
        "Southwark/LOCATION", "Greenwich/LOCATION", "Holyrood/LOCATION", "Korea/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::name, Place::country).containsExactly(tuple("Southwark", "GB"),
        tuple("Greenwich", "GB"), tuple("Scottish Parliament", "GB"), tuple("South Korea", "KR"));
  }

  @Test
  void secondHalfOfAHyphenatedName_isNoPlace() {
    Document split = splitAsTheTaggerDoes(
        article("Replacements: R McBryde, J Yapp, R Sowden-Taylor, G Cooper.", "R McBryde/PERSON", "J Yapp/PERSON"));
    List<Token> proper = split.tokens().stream()
        .map(t -> t.word().equals("Taylor") ? new Token(t.span(), t.word(), t.word(), "NNP") : t).toList();
    assertThat(PLACES.apply(inOneSentence(split, proper)).places()).as("not Taylor, Michigan").isEmpty();
  }

  @Test
  void cityAfterAQuarterOfIt_isTheCity_butAfterAFarTownTheState() {
    Document quarter = article("She was found dead on Wednesday in Queens, New York, police said.",
        "Queens/LOCATION", "New York/LOCATION");
    assertThat(PLACES.apply(quarter).places()).extracting(Place::name).containsExactly("Queens", "New York City");
    Document town = article("She was buried on Friday in Albany, New York.", "Albany/LOCATION", "New York/LOCATION");
    assertThat(PLACES.apply(town).places()).extracting(Place::name).containsExactly("Albany", "New York");
  }

  @Test
  void siteTaggedAsAnOrganization_beforeInATown_isAPlaceInThatTown_butNotABodyOfACountry() {
    Document doc = article("His parents asked the Bambino Gesu Paediatric Hospital in Rome to treat him.",
        "Bambino Gesu Paediatric Hospital/ORGANIZATION", "Rome/LOCATION");
    assertThat(place(doc, "Bambino Gesu Paediatric Hospital")).extracting(Place::name, Place::country)
        .containsExactly("Rome", "IT");
    Document church = article("The head of the Catholic Church in England and Wales spoke on Sunday.",
        "Catholic Church/ORGANIZATION", "England/LOCATION", "Wales/LOCATION");
    assertThat(PLACES.apply(church).places()).extracting(Place::text).containsExactly("England", "Wales");
  }

  @Test
  void regionsInTheirEnglishNames_areTheDivisions() {
    Document doc = article("Fighting spread from North Darfur to Oromia, while Kabardino-Balkaria stayed calm.",
        "North Darfur/LOCATION", "Oromia/LOCATION", "Kabardino-Balkaria/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::featureCode, Place::country)
        .containsExactly(tuple("ADM1", "SD"), tuple("ADM1", "ET"), tuple("ADM1", "RU"));
    Document more = article("Clashes were reported in Puntland, in Karen State and in Rural Damascus.",
        "Puntland/LOCATION", "Karen State/LOCATION", "Rural Damascus/LOCATION");
    assertThat(PLACES.apply(more).places()).extracting(Place::country).containsExactly("SO", "MM", "SY");
  }

  @Test
  void siteNamedTwice_liesInOneTown_theFirstMentions() {
    Document doc = article("A fire broke out yesterday at Bontddu Hall near Dolgellau. The actor, who grew up in Birmingham,"
        + " stayed at Bontddu Hall in 1949.",
        "Bontddu Hall/LOCATION", "Dolgellau/LOCATION", "Birmingham/LOCATION", "Bontddu Hall/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text, Place::name).containsExactly(
        tuple("Bontddu Hall", "Dolgellau"), tuple("Dolgellau", "Dolgellau"), tuple("Birmingham", "Birmingham"),
        tuple("Bontddu Hall", "Dolgellau"));
  }

  @Test
  void playersOnATeamSheet_areNoTowns_butTheNationalTeamsAreCountries() {
    Document doc = article("Arsenal won on Sunday.\nAlmunia, Lauren, Toure, Campbell, Cole, Pires, Flamini, Vieira, Clichy,"
        + " Van Persie, Henry.\nNew Zealand, Scotland, Tonga, Ireland, Samoa, Fiji, Wales.",
        "Clichy/LOCATION", "New Zealand/LOCATION", "Scotland/LOCATION", "Tonga/LOCATION", "Ireland/LOCATION",
        "Samoa/LOCATION", "Fiji/LOCATION", "Wales/LOCATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text)
        .containsExactly("New Zealand", "Scotland", "Tonga", "Ireland", "Samoa", "Fiji", "Wales");
  }

  @Test
  void siteAfterATownsPossessive_isAPlace_butNotAfterACountrys() {
    Document town = splitAsTheTaggerDoes(article("An evolutionary biologist at Oxford's Royal Veterinary College questioned"
        + " the findings.", "Oxford/LOCATION", "Royal Veterinary College/ORGANIZATION"));
    assertThat(place(town, "Royal Veterinary College")).extracting(Place::name).isEqualTo("Oxford");
    Document country = splitAsTheTaggerDoes(article("Scientists from China's Tsinghua University published the study in"
        + " London.", "China/LOCATION", "Tsinghua University/ORGANIZATION", "London/LOCATION"));
    assertThat(PLACES.apply(country).places()).extracting(Place::text).containsExactly("China", "London");
  }

  @Test
  void arabicName_inAnotherRomanization_isFound_butOnlyInCountriesThatRomanizeArabic() {
    Document doc = article("Turkish-backed fighters entered Jarablous on Wednesday, a week after the strike on "
        + "Khan Shaykhoun. Volunteers from Altoonah sent tents.", "Jarablous/LOCATION", "Khan Shaykhoun/LOCATION",
        "Altoonah/LOCATION");
    assertThat(place(doc, "Jarablous")).extracting(Place::geonameId, Place::admin1).containsExactly(169179L, "Aleppo");
    assertThat(place(doc, "Khan Shaykhoun")).extracting(Place::geonameId, Place::admin1).containsExactly(168325L, "Idlib");
    assertThat(place(doc, "Altoonah").resolved()).isFalse();
    assertThat(Lookup.romanizations("Khan Younes")).contains("khan yunes");
    assertThat(Lookup.romanizations("Hasakeh")).contains("hasaka");
    assertThat(Lookup.romanizations("Lattakia")).contains("latakia", "latakiah");
    assertThat(Lookup.romanizations("Gaza")).containsExactly("gazah");
    assertThat(Lookup.romanizations("Ur")).isEmpty();
  }

  /** {@code doc} with the tokens {@code words} tagged {@code tag}, as taggers do with names made of common words. */
  static Document retagged(Document doc, String tag, String... words) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : doc.tokens()) {
      tokens.add(List.of(words).contains(t.word()) ? new Token(t.span(), t.word(), t.lemma(), tag) : t);
    }
    return doc.withTokens(tokens, doc.sentences(), false);
  }

  @Test
  void townNamedWithCommonWords_thatTheTaggerTookForAdjectiveAndNoun_isAPlaceAfterIn() {
    Document doc = retagged(article("She said volunteers harassed her during a party meeting in Red Deer on Saturday."),
        "JJ", "Red", "Deer");
    assertThat(place(doc, "Red Deer")).extracting(Place::country, Place::admin1).containsExactly("CA", "Alberta");
  }

  @Test
  void commonWordsTheTaggerTookForNoNames_areNoPlace_atASentenceStart_orWrittenInLowerCaseElsewhere() {
    Document start = retagged(article("Red Deer were seen near the farm."), "JJ", "Red", "Deer");
    Document lower = retagged(article("A red deer ran across the road. Hunters waited in Red Deer country."),
        "JJ", "Red", "Deer");
    assertThat(PLACES.apply(start).places()).isEmpty();
    assertThat(PLACES.apply(lower).places()).isEmpty();
  }

  @Test
  void designatorAfterAnAdjective_hintsTheFeature_evenForANameTheTaggerTookForANoun() {
    Document doc = retagged(retagged(article("The girl came from the northwestern region of Kef, her family said."),
        "NN", "Kef"), "JJ", "northwestern");
    assertThat(place(doc, "Kef")).extracting(Place::precision, Place::country).containsExactly(Precision.ADMIN1, "TN");
  }

  @Test
  void countyOpeningALongRunOfCapitals_isAPlace() {
    Document doc = article("Paris police and the Edgar County Special Service Area Ambulance responded to the crash.");
    assertThat(place(doc, "Edgar County")).extracting(Place::precision, Place::admin1)
        .containsExactly(Precision.ADMIN2, "Illinois");
  }

  @Test
  void streetAfterTheCornerOf_liesInTheArticlesTown() {
    Document doc = article("The library stood in New Orleans on the corner of Frenchmen Street until 1958.",
        "New Orleans/LOCATION");
    assertThat(place(doc, "Frenchmen Street")).extracting(Place::name, Place::precision)
        .containsExactly("New Orleans", Precision.CITY);
  }

  @Test
  void cityOf_aTownKnownByTheNameOnlyAsAnotherSpelling_isThatTown_whenNoPlaceOwnsTheName() {
    Document doc = article("Vandals desecrated three graves in the city of Jbeil, north of Beirut.",
        "Jbeil/LOCATION", "Beirut/LOCATION");
    assertThat(place(doc, "Jbeil")).extracting(Place::name, Place::country).containsExactly("Jbaïl", "LB");
  }

  @Test
  void site_afterATownNamedInPassingInAnEarlierSentence_liesInTheTownTheArticleIsAbout() {
    Document doc = article("Volunteers in Dublin, Ohio, have raised most of the money. Dublin gave $250,000 in 2006. "
        + "The memorial was designed by a firm from Toronto, Ontario. A fundraiser is planned at Coffman Park on May 1, "
        + "and the memorial opens in Dublin on Memorial Day.",
        "Dublin/LOCATION", "Ohio/LOCATION", "Dublin/LOCATION", "Toronto/LOCATION", "Ontario/LOCATION",
        "Coffman Park/LOCATION", "Dublin/LOCATION");
    assertThat(place(doc, "Coffman Park")).extracting(Place::name, Place::admin1).containsExactly("Dublin", "Ohio");
  }

  @Test
  void site_inTheSentenceOfAnotherTown_liesThere_evenInAnArticleAboutAnotherTown() {
    Document doc = article("Volunteers in Dublin, Ohio, have raised most of the money. Dublin gave $250,000 in 2006, "
        + "and Dublin will hold the parade. The designers met in Toronto, Ontario, at Coffman Park on May 1.",
        "Dublin/LOCATION", "Ohio/LOCATION", "Dublin/LOCATION", "Dublin/LOCATION", "Toronto/LOCATION",
        "Ontario/LOCATION", "Coffman Park/LOCATION");
    assertThat(place(doc, "Coffman Park")).extracting(Place::name, Place::country).containsExactly("Toronto", "CA");
  }

  @Test
  void townTaggedAsAnOrganization_beforeItsStreet_isAPlace_andTheStreetLiesInIt() {
    Document doc = article("She was last seen leaving her job at a clinic on Augusta's Highland Avenue on Monday.",
        "Augusta/ORGANIZATION");
    assertThat(place(doc, "Augusta")).extracting(Place::country, Place::precision).containsExactly("US", Precision.CITY);
    Document team = article("Augusta's Jordan Spieth shot a 68.", "Augusta/ORGANIZATION", "Jordan Spieth/PERSON");
    assertThat(PLACES.apply(team).places()).isEmpty();
  }

  @Test
  void townTaggedAsAPerson_beforeATitledPerson_isAPlace() {
    Document doc = article("The house is named after the late Bradford Woods Mayor Ted Fithian.",
        "Bradford Woods/PERSON", "Ted Fithian/PERSON");
    assertThat(place(doc, "Bradford Woods")).extracting(Place::admin1).isEqualTo("Pennsylvania");
    Document person = article("The award went to Sarah Jones, President Joe Biden said.", "Sarah Jones/PERSON",
        "Joe Biden/PERSON");
    assertThat(PLACES.apply(person).places()).isEmpty();
  }

  @Test
  void townTaggedAsAnOrganization_beforeTheRestOfItsBodysName_isAPlace() {
    Document doc = article("The two men appeared at Feltham Magistrates' Court on Monday.", "Feltham/ORGANIZATION");
    assertThat(place(doc, "Feltham")).extracting(Place::country).isEqualTo("GB");
  }

  @Test
  void theRepublic_isIreland_inAnIrishArticle_andNoTownElsewhere() {
    Document irish = article("The centre at Derry's Altnagelvin Hospital serves people from the Republic as well.",
        "Derry/LOCATION", "Altnagelvin Hospital/LOCATION", "Republic/LOCATION");
    assertThat(place(irish, "Republic")).extracting(Place::country, Place::precision).containsExactly("IE", Precision.COUNTRY);
    Document other = article("Voters in Springfield, Missouri, said the Republic needed reform.",
        "Springfield/LOCATION", "Missouri/LOCATION", "Republic/LOCATION");
    assertThat(place(other, "Republic").resolved()).isFalse(); // not Republic, Missouri
  }

  @Test
  void regionsOfTheUnitedStates_areRegions_notTheirNamesakeTowns() {
    Document doc = article("After stops in Washington, New York and Boston, the crown prince spent this week on the "
        + "West Coast. Winter storms hit New England and the Midwest.", "Washington/LOCATION", "New York/LOCATION",
        "Boston/LOCATION", "West Coast/LOCATION", "New England/LOCATION", "Midwest/LOCATION");
    assertThat(place(doc, "West Coast")).extracting(Place::country, Place::precision).containsExactly("US", Precision.REGION);
    assertThat(place(doc, "New England")).extracting(Place::country, Place::precision).containsExactly("US", Precision.REGION);
    assertThat(place(doc, "Midwest")).extracting(Place::precision).isEqualTo(Precision.REGION);
  }

  @Test
  void bayNamedLikeALargeTown_liesByItOnlyInItsCountry() {
    Document nz = article("A yachtie spotted the penguin at Islington Bay, near Auckland, on Sunday.",
        "Islington Bay/LOCATION", "Auckland/LOCATION");
    assertThat(place(nz, "Islington Bay").country()).isNotEqualTo("GB");
    Document ph = article("Fishermen in the Philippines said Manila Bay was full of plastic.",
        "Philippines/LOCATION", "Manila Bay/LOCATION");
    assertThat(place(ph, "Manila Bay")).extracting(Place::name, Place::country).containsExactly("Manila", "PH");
  }

  @Test
  void districtWithoutATownOfTheGazetteer_liesInItsProvince_atTheProvincesPrecision() {
    Document doc = article("KABUL, Afghanistan - A combined force detained two suspected insurgents in Panjwa’i district, "
        + "Kandahar province, and one in Dzadran district of Paktiya province on Monday.",
        "KABUL/LOCATION", "Afghanistan/LOCATION", "Panjwa’i/LOCATION", "Kandahar/LOCATION", "Dzadran/LOCATION",
        "Paktiya/LOCATION");
    assertThat(place(doc, "Panjwa’i")).extracting(Place::country, Place::admin1, Place::precision)
        .containsExactly("AF", "Kandahar", Precision.ADMIN1);
    assertThat(place(doc, "Dzadran")).extracting(Place::admin1, Place::precision).containsExactly("Paktia", Precision.ADMIN1);
    Document ezafe = article("KABUL, Afghanistan - In Pul-e ‘Alam district, Logar province, the force detained two men "
        + "and in Bala Boluk district, Farah province, one.", "KABUL/LOCATION", "Afghanistan/LOCATION", "Logar/LOCATION",
        "Bala Boluk/LOCATION", "Farah/PERSON");
    assertThat(place(ezafe, "Pul-e ‘Alam")).extracting(Place::country, Place::admin1).containsExactly("AF", "Logar");
    assertThat(place(ezafe, "Bala Boluk")).extracting(Place::admin1, Place::precision).containsExactly("Farah", Precision.ADMIN1);
    assertThat(place(ezafe, "Farah")).extracting(Place::precision).isEqualTo(Precision.ADMIN1);
    Document khumri = article("He led fighters in Pul-e Khumri, the capital of Baghlan province.", "Baghlan/LOCATION");
    assertThat(place(khumri, "Pul-e Khumri")).extracting(Place::country, Place::admin1).containsExactly("AF", "Baghlan");
    assertThat(PLACES.apply(khumri).places()).extracting(Place::country).doesNotContain("GB");
  }

  @Test
  void districtKnownOnlyByItsProvince_isNoPlaceOfAnArticleAboutAnotherCountry() {
    Document castle = article("The couple will marry in a civil ceremony at Windsor Castle, near London, in April.",
        "Windsor Castle/LOCATION", "London/LOCATION");
    assertThat(place(castle, "Windsor Castle")).extracting(Place::name, Place::country).containsExactly("Windsor", "GB");
    Document syria = article("Syrian government forces entered Tell Tamer and Ain Issa yesterday, state media said.",
        "Syrian/NATIONALITY", "Tell Tamer/LOCATION", "Ain Issa/LOCATION");
    assertThat(place(syria, "Ain Issa").country()).isNotIn("FR", "AE");
  }

  @Test
  void datelineOfOnePart_isTheTown_andAStateInCapitals_isTheState() {
    Document ny = Fixtures.withDateline(article("NEW YORK - Moody's Investors Service said it may downgrade the bank."),
        "NEW YORK");
    assertThat(place(ny, "NEW YORK")).extracting(Place::name, Place::precision).containsExactly("New York City", Precision.CITY);
    Document troy = Fixtures.withDateline(article("TROY, MICH. - R.P. Scherer said its profit rose."), "TROY, MICH.");
    assertThat(place(troy, "TROY")).extracting(Place::admin1).isEqualTo("Michigan");
    assertThat(place(troy, "MICH.")).extracting(Place::name, Place::precision).containsExactly("Michigan", Precision.ADMIN1);
    Document kuwait = Fixtures.withDateline(article("KUWAIT - Oil output rose in March, officials said."), "KUWAIT");
    assertThat(place(kuwait, "KUWAIT")).extracting(Place::country, Place::precision).containsExactly("KW", Precision.COUNTRY);
  }

  @Test
  void villageNamedAfterAWorldCity_isMeantOnlyWithItsStatesOrANeighboursSupport() {
    Document fans = article("Thousands of anime fans descended on the Toronto Congress Centre, where the US voice "
        + "actor signed autographs.", "Toronto/LOCATION", "US/LOCATION");
    assertThat(place(fans, "Toronto")).extracting(Place::country).isEqualTo("CA");
    Document ohio = article("Firefighters from Steubenville and East Liverpool were called to a barn fire in Toronto, "
        + "Ohio, on Monday.", "Steubenville/LOCATION", "East Liverpool/LOCATION", "Toronto/LOCATION", "Ohio/LOCATION");
    assertThat(place(ohio, "Toronto")).extracting(Place::admin1).isEqualTo("Ohio");
  }

  @Test
  void smallTownKnownByAStatesNameOnlyAsAnAlternate_isNoneOfItsMentions() {
    Document doc = Fixtures.withDateline(article("NEW YORK - BanPonce placed its notes through Lincoln, Nebraska, "
        + "investment managers and New York Life Insurance Co."), "NEW YORK");
    assertThat(PLACES.apply(doc).places()).extracting(Place::name).doesNotContain("York");
    assertThat(place(doc, "NEW YORK")).extracting(Place::name).isEqualTo("New York City");
  }

  @Test
  void acronymTheTextDefinesForABody_isNoPlaceItsLettersSpell() {
    Document gao = article("A study by the Government Accounting Office (GAO) could show the costs. The GAO said more "
        + "was needed.", "Government Accounting Office/ORGANIZATION", "GAO/ORGANIZATION", "GAO/ORGANIZATION");
    assertThat(PLACES.apply(gao).places()).isEmpty();
    Document uae = article("Ministers of the United Arab Emirates (UAE) met in Riyadh. The UAE said it would help.",
        "United Arab Emirates/LOCATION", "UAE/ORGANIZATION", "Riyadh/LOCATION", "UAE/ORGANIZATION");
    assertThat(place(uae, "UAE")).extracting(Place::country).isEqualTo("AE");
  }

  @Test
  void governmentDepartmentsNamedLikeTowns_areNoTowns() {
    Document doc = article("U.S. negotiators will exchange data, the Commerce Department said. The Treasury Department "
        + "agreed.", "U.S./LOCATION", "Commerce Department/ORGANIZATION", "Treasury Department/ORGANIZATION");
    assertThat(PLACES.apply(doc).places()).extracting(Place::text).containsExactly("U.S.");
    Document town = article("Two people were hurt in a crash in Commerce, Texas, on Monday.", "Commerce/LOCATION",
        "Texas/LOCATION");
    assertThat(place(town, "Commerce")).extracting(Place::admin1).isEqualTo("Texas");
  }
}
