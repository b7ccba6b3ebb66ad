package org.herodotus.read;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.herodotus.pipeline.Outcome;

/**
 * The articles of one {@link Articles#open} call, read lazily: one {@link Outcome} per article,
 * in input order. {@link #hasNext()} reads ahead at most one article, so a large JSON Lines file
 * or folder is never held in memory.
 *
 * <p>A bad article is an {@link Outcome.Failed} and the stream goes on; {@link #next()} never
 * throws for bad input, only {@link NoSuchElementException} when the stream is exhausted. Not
 * thread-safe: read it from one thread (as {@code Batch.run} does).
 */
public interface ArticleStream extends Iterator<Outcome>, AutoCloseable {

  /**
   * Releases the file this stream has open, if any; after it, {@link #hasNext()} is false.
   * Standard input is never closed. Closing twice does nothing.
   */
  @Override
  void close();
}
