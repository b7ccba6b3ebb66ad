package org.herodotus.read;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.herodotus.pipeline.Outcome;

/** Article streams of one outcome, and streams made of other streams opened one at a time. */
final class Streams {

  private Streams() {}

  /** A stream of nothing. */
  static ArticleStream none() {
    return concat(java.util.Collections.emptyIterator());
  }

  /** A stream of {@code outcome} alone. */
  static ArticleStream one(Outcome outcome) {
    return new ArticleStream() {
      private boolean taken;

      @Override
      public boolean hasNext() {
        return !taken;
      }

      @Override
      public Outcome next() {
        if (taken) {
          throw new NoSuchElementException("the stream of " + describe(outcome) + " is exhausted");
        }
        taken = true;
        return outcome;
      }

      @Override
      public void close() {
        taken = true;
      }
    };
  }

  /**
   * The outcomes of each part in turn. A part is opened only when the one before it is exhausted,
   * and closed as soon as it is, so that at most one file is open at a time.
   */
  static ArticleStream concat(Iterator<? extends Supplier<ArticleStream>> parts) {
    return new ArticleStream() {
      private ArticleStream current;
      private boolean closed;

      @Override
      public boolean hasNext() {
        while (!closed && (current == null || !current.hasNext())) {
          if (current != null) {
            current.close();
            current = null;
          }
          if (!parts.hasNext()) {
            closed = true;
            break;
          }
          current = parts.next().get();
        }
        return !closed;
      }

      @Override
      public Outcome next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more articles; call hasNext() before next()");
        }
        return current.next();
      }

      @Override
      public void close() {
        closed = true;
        if (current != null) {
          current.close();
          current = null;
        }
      }
    };
  }

  private static String describe(Outcome outcome) {
    return outcome instanceof Outcome.Failed failed ? failed.origin() : ((Outcome.Done) outcome).document().id();
  }
}
