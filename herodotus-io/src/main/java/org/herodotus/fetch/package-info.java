/**
 * Fetching web pages and feeds politely: {@link org.herodotus.fetch.Fetcher} says who it is,
 * honours robots.txt, waits between requests to one host, limits what it reads and asks
 * conditionally. Only {@code java.net.http} behind it; everything but the fetcher, its options and
 * its results is package-private.
 */
package org.herodotus.fetch;
