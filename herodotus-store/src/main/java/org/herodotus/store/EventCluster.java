package org.herodotus.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.herodotus.model.Place;

/**
 * One real-world event as the store sees it across articles: the event mentions that report it,
 * counted, with one representative value per field. GDELT counts every report as an event and
 * merges only identical records; ACLED merges by hand; this is the record an analyst counts.
 *
 * @param id deterministic cluster id (16 hex digits), also on each member event ({@link StoredEvent#cluster()})
 * @param code the CAMEO code of the most confident member
 * @param plover the PLOVER category of that member
 * @param action its action
 * @param source the source actor most members name (those with a code first), or {@code null}
 * @param target the target actor most members name, or {@code null}
 * @param place the most precise place any member gives (a point before a town before a province),
 *     the most common among equally precise ones; {@code null} when none gives one
 * @param date the most precise date (the narrowest span; a date read from the text before a
 *     publication date), the most common among equally precise ones
 * @param datePrecision its precision ({@code day}, {@code month}, {@code publication}, ...)
 * @param dateStart the first day it covers
 * @param dateEnd the last day it covers
 * @param reports how many event mentions report it (several per article possible)
 * @param documents the distinct documents they come from, in publication order
 * @param outlets the distinct outlets that published those documents (as the first of them names it)
 * @param independentSources the distinct original sources: a near-duplicate or syndicated document
 *     counts as the document it copies, a report citing an outlet or a linked speaker as that source,
 *     the other documents as their outlet; keys are folded names ({@code guardian},
 *     {@code syrian observatory}), or {@code document:ID} when a document's outlet is unknown
 * @param firstSeen the earliest publication date among its documents, or {@code null} when none is known
 * @param lastSeen the latest
 * @param members the member events as {@code document#index}, in publication order
 * @param copies for each of its documents that is a near-duplicate (a syndicated or re-published
 *     copy), the earliest stored document it copies: why {@code independentSources} may count fewer
 */
public record EventCluster(
    String id,
    String code,
    String plover,
    String action,
    EventActor source,
    EventActor target,
    Place place,
    String date,
    String datePrecision,
    LocalDate dateStart,
    LocalDate dateEnd,
    int reports,
    List<String> documents,
    List<String> outlets,
    List<String> independentSources,
    LocalDate firstSeen,
    LocalDate lastSeen,
    List<String> members,
    Map<String, String> copies) {

  public EventCluster {
    documents = List.copyOf(documents);
    outlets = List.copyOf(outlets);
    independentSources = List.copyOf(independentSources);
    members = List.copyOf(members);
    copies = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(copies));
  }
}
