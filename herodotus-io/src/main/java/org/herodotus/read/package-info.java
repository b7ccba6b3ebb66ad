/**
 * Reading articles: plain text, web pages and JSON Lines, from files, folders and standard input,
 * into {@link org.herodotus.model.Document}s. The entry point is {@link org.herodotus.read.Articles};
 * everything else is package-private.
 */
package org.herodotus.read;
