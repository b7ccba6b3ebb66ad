/**
 * Reading articles: plain text, web pages, JSON Lines, WARC archives and RSS/Atom feeds, from
 * files, folders, web addresses and standard input, into {@link org.herodotus.model.Document}s.
 * The entry points are {@link org.herodotus.read.Articles} (open, poll) with
 * {@link org.herodotus.read.ReadOptions}, and {@link org.herodotus.read.FeedState} for polling;
 * everything else is package-private.
 */
package org.herodotus.read;
