package org.herodotus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Builds the ranked hits of one query on one searcher. */
final class Ranking {
  private final IndexSearcher searcher;
  private final Query query;
  private final UnifiedHighlighter highlighter;
  private final StoredFields stored;

  Ranking(IndexSearcher searcher, Query query, Analyzer analyzer) throws IOException {
    this.searcher = searcher;
    this.query = query;
    this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false)).build();
    this.stored = searcher.storedFields();
  }

  List<SearchHit> best(int limit) throws IOException {
    // A document ranks by its best entry: the first `limit` distinct ids among the top entries,
    // fetching more entries while a few documents' many events crowd the others out.
    Map<String, Float> best = new LinkedHashMap<>();
    for (int wanted = Math.max(500, limit * 20); ; wanted *= 4) {
      best.clear();
      TopDocs top = searcher.search(query, wanted);
      for (ScoreDoc hit : top.scoreDocs) {
        best.putIfAbsent(stored.document(hit.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID), hit.score);
        if (best.size() == limit) {
          break;
        }
      }
      if (best.size() == limit || top.scoreDocs.length < wanted) {
        break;
      }
    }
    List<SearchHit> hits = new ArrayList<>();
    for (Map.Entry<String, Float> e : best.entrySet()) {
      hits.add(hit(e.getKey(), e.getValue()));
    }
    return hits;
  }

  private SearchHit hit(String id, float score) throws IOException {
    TopDocs article = searcher.search(of(new TermQuery(new Term(IndexSchema.ID, id)), IndexSchema.ARTICLE, null), 1);
    int doc = article.scoreDocs[0].doc;
    var fields = stored.document(doc);
    String snippet = highlighter.highlightFields(new String[] {IndexSchema.TEXT}, query, new int[] {doc}, new int[] {2})
        .get(IndexSchema.TEXT)[0];
    if (snippet == null || snippet.isBlank()) {
      String text = fields.get(IndexSchema.TEXT);
      snippet = text.length() <= 240 ? text : text.substring(0, 240) + " …";
    }
    TopDocs evidence = searcher.search(of(new TermQuery(new Term(IndexSchema.ID, id)), IndexSchema.EVIDENCE, query), 1000);
    int[] docs = new int[evidence.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = evidence.scoreDocs[i].doc;
    }
    String[] marked = docs.length == 0 ? new String[0]
        : highlighter.highlightFields(new String[] {IndexSchema.EVIDENCE}, query, docs, new int[] {3}).get(IndexSchema.EVIDENCE);
    List<SearchHit.Evidence> events = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      var entry = stored.document(docs[i]);
      String text = marked[i] == null ? entry.get(IndexSchema.EVIDENCE) : marked[i];
      events.add(new SearchHit.Evidence(entry.getField(IndexSchema.EVENT).numericValue().intValue(), oneLine(text),
          entry.get(IndexSchema.CODE), upper(entry.get(IndexSchema.PLOVER))));
    }
    events.sort(Comparator.comparingInt(SearchHit.Evidence::index));
    return new SearchHit(id, score, fields.get(IndexSchema.TITLE), fields.get(IndexSchema.SOURCE),
        fields.get(IndexSchema.PUBLISHED), fields.get(IndexSchema.URL), oneLine(snippet), events);
  }

  private static Query of(Query id, String kind, Query must) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(id, BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.KIND, kind)), BooleanClause.Occur.FILTER);
    if (must != null) {
      b.add(must, BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  private static String upper(String value) {
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }
}
