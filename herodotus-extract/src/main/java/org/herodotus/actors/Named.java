package org.herodotus.actors;

import org.herodotus.model.ActorType;

/**
 * An actor known by name, from {@code names.tsv}: an international organisation or an armed group
 * with its canonical name and code ("Islamic State", {@code IMGMUSISI}).
 *
 * @param name the canonical name
 * @param code the CAMEO actor code
 * @param type what kind of actor it is
 * @param country the ISO 3166-1 alpha-3 code of its state, or null
 */
record Named(String name, String code, ActorType type, String country) {}
