package org.herodotus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.herodotus.store.StoredDocument;

/**
 * How a stored document becomes index entries: one article entry (id, hash, title, text, outlet,
 * published, url) and one entry per event evidence sentence (id, event, evidence, plover, code,
 * country, date). Every entry carries the document id, so deleting by it removes them all. Prose
 * fields are analysed as English (stop words, stemming: "smugglers" finds "smuggler"); codes,
 * dates and addresses are single lower-cased terms, so {@code plover:assault} and
 * {@code country:SY} match as typed.
 */
final class IndexSchema {

  private IndexSchema() {}

  static final String KIND = "kind";
  static final String ARTICLE = "article";
  static final String EVIDENCE = "evidence";
  static final String ID = "id";
  static final String HASH = "hash";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String SOURCE = "source";
  static final String PUBLISHED = "published";
  static final String URL = "url";
  static final String EVENT = "event";
  static final String PLOVER = "plover";
  static final String CODE = "code";
  static final String COUNTRY = "country";
  static final String DATE = "date";

  /** The fields a query word without a field searches. */
  static final String[] DEFAULT_FIELDS = {TITLE, TEXT, EVIDENCE};

  /** The analyzer for indexing and for parsing queries: the same, so query terms meet indexed ones. */
  static Analyzer analyzer() {
    Analyzer keyword = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer tokens = new KeywordTokenizer();
        return new TokenStreamComponents(tokens, new LowerCaseFilter(tokens));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(ID, new KeywordAnalyzer(), KIND, keyword,
        PUBLISHED, keyword, URL, keyword, PLOVER, keyword, CODE, keyword, COUNTRY, keyword, DATE, keyword));
  }

  /** The entries of {@code doc}: its article first, then one per event. */
  static List<Document> entries(StoredDocument doc) {
    List<Document> entries = new ArrayList<>();
    Document article = common(doc.id(), ARTICLE);
    article.add(new SortedDocValuesField(HASH, new BytesRef(doc.contentHash())));
    text(article, TITLE, doc.title());
    text(article, TEXT, doc.text());
    text(article, SOURCE, doc.source());
    text(article, PUBLISHED, doc.published() == null ? null : doc.published().toString());
    text(article, URL, doc.url());
    entries.add(article);
    for (StoredDocument.Evidence e : doc.evidence()) {
      Document entry = common(doc.id(), EVIDENCE);
      entry.add(new StoredField(EVENT, e.index()));
      entry.add(new NumericDocValuesField(EVENT, e.index()));
      text(entry, EVIDENCE, e.text());
      text(entry, PLOVER, e.plover());
      text(entry, CODE, e.code());
      text(entry, COUNTRY, e.country());
      text(entry, DATE, e.date());
      entries.add(entry);
    }
    return entries;
  }

  private static Document common(String id, String kind) {
    Document entry = new Document();
    entry.add(new StringField(ID, id, Field.Store.YES));
    entry.add(new SortedDocValuesField(ID, new BytesRef(id)));
    entry.add(new StringField(KIND, kind, Field.Store.NO));
    return entry;
  }

  private static void text(Document entry, String field, String value) {
    if (value != null) {
      entry.add(new TextField(field, value, Field.Store.YES));
    }
  }
}
