package org.herodotus.export;

import org.herodotus.model.ActorType;
import org.herodotus.model.Precision;
import org.herodotus.store.StoredEvent;

/**
 * ACLED's event types for coded events, from the CAMEO code (finer than PLOVER), and ACLED's
 * precision codes. Only events ACLED would record get a type: political violence, protests and
 * riots, and a few strategic developments (arrests, property destruction, agreements); statements,
 * consultations and movements get none. The mapping is documented in {@code docs/export.md}.
 */
final class Acled {

  private Acled() {}

  /** An ACLED event type and sub-event type. */
  record Type(String eventType, String subEventType) {}

  static final String BATTLES = "Battles";
  static final String EXPLOSIONS = "Explosions/Remote violence";
  static final String CIVILIANS = "Violence against civilians";
  static final String PROTESTS = "Protests";
  static final String RIOTS = "Riots";
  static final String STRATEGIC = "Strategic developments";

  /** The ACLED type of {@code e}, or {@code null} when ACLED would not record it. */
  static Type of(StoredEvent e) {
    String c = e.code();
    if (c == null) {
      return null;
    }
    if (c.startsWith("145")) {
      return new Type(RIOTS, "Violent demonstration");
    }
    if (c.startsWith("14")) {
      return new Type(PROTESTS, "Peaceful protest");
    }
    if (c.equals("1831")) {
      return new Type(EXPLOSIONS, "Suicide bomb");
    }
    if (c.startsWith("183")) {
      return new Type(EXPLOSIONS, "Remote explosive/landmine/IED");
    }
    if (c.startsWith("194")) {
      return new Type(EXPLOSIONS, "Shelling/artillery/missile attack");
    }
    if (c.startsWith("195")) {
      return new Type(EXPLOSIONS, "Air/drone strike");
    }
    if (c.equals("192")) {
      boolean state = e.source() != null && (e.source().type() == ActorType.STATE || e.source().type() == ActorType.STATE_ORGAN);
      return new Type(BATTLES, state ? "Government regains territory" : "Non-state actor overtakes territory");
    }
    if (c.equals("191")) {
      return new Type(STRATEGIC, "Other");
    }
    if (c.startsWith("19")) {
      return new Type(BATTLES, "Armed clash");
    }
    if (c.startsWith("181")) {
      return new Type(CIVILIANS, "Abduction/forced disappearance");
    }
    if (c.equals("1821")) {
      return new Type(CIVILIANS, "Sexual violence");
    }
    if (c.startsWith("18") || c.startsWith("20") || c.equals("175")) {
      return new Type(CIVILIANS, "Attack");
    }
    if (c.startsWith("173")) {
      return new Type(STRATEGIC, "Arrests");
    }
    if (c.startsWith("171")) {
      return new Type(STRATEGIC, "Looting/property destruction");
    }
    if (c.startsWith("17")) {
      return new Type(STRATEGIC, "Other");
    }
    if (c.equals("057")) {
      return new Type(STRATEGIC, "Agreement");
    }
    return null;
  }

  /** ACLED's geo_precision: 1 a town or point, 2 a district (ADM2), 3 a province, country or region; null unplaced. */
  static Integer geoPrecision(StoredEvent e) {
    if (e.place() == null || e.place().precision() == Precision.UNRESOLVED) {
      return null;
    }
    return switch (e.place().precision()) {
      case CITY, POINT -> 1;
      case ADMIN2 -> 2;
      default -> 3;
    };
  }

  /** ACLED's time_precision: 1 a day, 2 a week (or only the publication date), 3 a month or longer; null undated. */
  static Integer timePrecision(StoredEvent e) {
    if (e.datePrecision() == null || e.dateStart() == null) {
      return null;
    }
    return switch (e.datePrecision()) {
      case "day" -> 1;
      case "week", "publication" -> 2;
      default -> 3;
    };
  }
}
