package org.herodotus.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.herodotus.store.EventQuery;

/** Collects the document ids of matching articles and the event ids of matching evidence. */
final class MatchCollector extends SimpleCollector {
  private final Set<String> documents;
  private final Set<String> events;
  private SortedDocValues ids;
  private NumericDocValues eventIndex;

  MatchCollector(Set<String> documents, Set<String> events) {
    this.documents = documents;
    this.events = events;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    ids = DocValues.getSorted(context.reader(), IndexSchema.ID);
    eventIndex = DocValues.getNumeric(context.reader(), IndexSchema.EVENT);
  }

  @Override
  public void collect(int doc) throws IOException {
    if (!ids.advanceExact(doc)) {
      return;
    }
    String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
    if (eventIndex.advanceExact(doc)) {
      events.add(EventQuery.Within.eventId(id, (int) eventIndex.longValue()));
    } else {
      documents.add(id);
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }
}

