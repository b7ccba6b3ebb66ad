package org.herodotus.model;

/** What kind of real-world actor an {@link Actor} is; decides which CAMEO code parts apply. */
public enum ActorType {
  /** A state as a whole ("Turkey", "the Iraqi government" is a {@link #STATE_ORGAN}). */
  STATE,
  /** A part of a state: its government, forces, police, courts, officials ("Iraqi forces"). */
  STATE_ORGAN,
  /** A non-state armed group: rebels, insurgents, militias, designated terrorist groups. */
  ARMED_GROUP,
  /** An intergovernmental organisation ("the United Nations", "NATO", "the US-led coalition"). */
  INTERNATIONAL_ORGANIZATION,
  /** Any other named organisation: parties, NGOs, companies, media. */
  ORGANIZATION,
  /** A named or described person ("Erdogan", "a 26-year-old Saudi national"). */
  PERSON,
  /** A generic group of people: civilians, refugees, smugglers, defectors, protesters. */
  GROUP
}
