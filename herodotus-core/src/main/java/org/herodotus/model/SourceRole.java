package org.herodotus.model;

/** The place of a {@link Source} in a chain of attribution, from who spoke to who published. */
public enum SourceRole {
  /** Who says or believes the content: a person, an organisation, "officials". */
  SPEAKER,
  /** An outlet or document the text cites as carrying it: "told the Guardian", "a UN report". */
  CITED,
  /** The outlet that published the article: its dateline or metadata. */
  PUBLISHER
}
