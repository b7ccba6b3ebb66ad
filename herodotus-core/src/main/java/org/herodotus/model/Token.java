package org.herodotus.model;

/**
 * One token of a document: its span, its surface form as written, its lemma and its
 * part-of-speech tag (Penn Treebank tags).
 */
public record Token(Span span, String word, String lemma, String tag) {}
