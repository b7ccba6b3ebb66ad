package org.herodotus.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.herodotus.model.Actor;
import org.herodotus.model.ActorType;
import org.herodotus.model.Span;

/**
 * Turns linked references into the article's actors: references with the same key (the same
 * name, state or coded description) and references linked by coreference are one actor, whose
 * name, code, type and country come from its most telling references.
 */
final class Cast {

  private Cast() {}

  static List<Actor> of(List<Reference> refs, Links links) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < refs.size(); i++) {
      String key = refs.get(i).key();
      if (key != null) {
        Integer earlier = byKey.putIfAbsent(key, i);
        if (earlier != null) {
          links.union(earlier, i);
        }
      }
    }
    Map<Integer, List<Reference>> groups = new LinkedHashMap<>();
    for (int i = 0; i < refs.size(); i++) {
      groups.computeIfAbsent(links.find(i), k -> new ArrayList<>()).add(refs.get(i));
    }
    List<Actor> actors = new ArrayList<>();
    for (List<Reference> group : groups.values()) {
      if (group.stream().allMatch(r -> r.form() == Reference.Form.PRONOUN)) {
        continue;
      }
      actors.add(actor("a" + (actors.size() + 1), group));
    }
    return actors;
  }

  private static Actor actor(String id, List<Reference> group) {
    Reference named = null;
    Reference best = null;
    String prefix = null;
    String country = null;
    String sector = null;
    ActorType type = null;
    boolean alliance = false;
    TreeSet<Span> mentions = new TreeSet<>();
    for (Reference r : group) {
      mentions.add(r.span());
      if (r.named() != null && r.form() == Reference.Form.NAME && named == null) {
        named = r;
      }
      if (best == null || rank(r) > rank(best)) {
        best = r;
      }
      if (prefix == null && r.prefix() != null) {
        prefix = r.prefix();
        country = r.country();
      }
      sector = sector == null ? r.sector() : sector;
      if (r.type() == ActorType.PERSON) {
        type = ActorType.PERSON;
      }
      alliance |= r.agent() != null && r.agent().kind() == Agent.Kind.ALLIANCE;
    }
    if (named != null) {
      return new Actor(id, named.named().name(), named.named().code(), named.named().type(), named.named().country(),
          List.copyOf(mentions));
    }
    if (type == null) {
      type = best.type();
    }
    String code = code(prefix, sector, alliance, type);
    return new Actor(id, best.name(), code, type, country, List.copyOf(mentions));
  }

  /** The actor's CAMEO code: its state, region or organisation, then its role, if either is known. */
  private static String code(String prefix, String sector, boolean alliance, ActorType type) {
    if (prefix == null) {
      return sector == null ? null : (alliance ? "IGO" : "---") + sector;
    }
    if (sector == null || prefix.endsWith(sector) || type == ActorType.STATE) {
      return prefix;
    }
    return prefix.length() > 3 && !prefix.startsWith("IGO") ? prefix : prefix + sector;
  }

  /** Names before descriptions before definite ones; among descriptions, those with a state. */
  private static int rank(Reference r) {
    return switch (r.form()) {
      case NAME -> 4;
      case DESCRIPTION -> r.prefix() != null ? 3 : 2;
      case DEFINITE -> 1;
      case PRONOUN -> 0;
    };
  }
}
