package org.herodotus.language;

import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Stage;

/**
 * Fails documents that are not English text, before any model spends time on them: the models
 * Herodotus runs are English ones, and on other languages they produce confident nonsense.
 *
 * <p>A document fails when most of its letters are not Latin, or when few of its words are common
 * English function words (English news: 35–50 %) and more are common function words of another
 * language (French, German, Spanish, Italian, Portuguese, Dutch, Turkish, Indonesian). Tables of
 * names and numbers, which have few function words of any language, pass. Texts of fewer than
 * {@value #MIN_WORDS} words pass unchecked.
 *
 * @throws IllegalArgumentException from {@link #apply} for a document that is not English
 */
public final class EnglishCheck implements Stage {

  static final int MIN_WORDS = 20;
  private static final double MIN_FUNCTION_WORD_SHARE = 0.12;
  private static final double MIN_LATIN_SHARE = 0.5;
  private static final int SAMPLE_CHARS = 20_000;

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "he", "as",
      "by", "at", "his", "be", "from", "are", "this", "have", "or", "an", "they", "which", "had", "not",
      "but", "were", "been", "has", "their", "its", "said", "who", "will", "would", "there", "she",
      "her", "we", "them", "after", "than", "also", "into", "about", "more", "other", "over", "when");

  private static final Set<String> FOREIGN_FUNCTION_WORDS = Set.of(
      "de", "la", "le", "les", "et", "des", "du", "une", "est", "pour", "dans", "qui", "sur", "pas",
      "der", "und", "das", "ist", "nicht", "mit", "sich", "dem", "auf", "ein", "eine", "zu", "von",
      "el", "los", "las", "que", "por", "con", "del", "una", "para", "es", "se", "su",
      "il", "che", "di", "per", "non", "della", "gli", "nel", "sono",
      "uma", "não", "em", "os", "da", "do", "na", "no", "com",
      "het", "een", "van", "niet", "voor", "ook", "ve", "bir", "bu", "için", "ile", "olarak", "yang", "dan", "ini");

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    int limit = Math.min(text.length(), SAMPLE_CHARS);
    int letters = 0;
    int latin = 0;
    int words = 0;
    int functionWords = 0;
    int foreignWords = 0;
    int i = 0;
    while (i < limit) {
      int c = text.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < limit && Character.isLetter(text.codePointAt(i))) {
        int letter = text.codePointAt(i);
        letters++;
        if (Character.UnicodeScript.of(letter) == Character.UnicodeScript.LATIN) {
          latin++;
        }
        i += Character.charCount(letter);
      }
      words++;
      if (i - start <= 6) {
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        functionWords += FUNCTION_WORDS.contains(word) ? 1 : 0;
        foreignWords += FOREIGN_FUNCTION_WORDS.contains(word) ? 1 : 0;
      }
    }
    if (words < MIN_WORDS) {
      return doc;
    }
    if (latin < letters * MIN_LATIN_SHARE) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "text does not look like English: only %d%% of its letters are Latin; Herodotus reads English news only",
          Math.round(100.0 * latin / letters)));
    }
    if (functionWords < words * MIN_FUNCTION_WORD_SHARE && foreignWords > functionWords) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "text does not look like English: %d%% of its first %d words are common English words "
              + "(English news: 35-50%%) and %d%% are common words of other languages; Herodotus reads English news only",
          Math.round(100.0 * functionWords / words), words, Math.round(100.0 * foreignWords / words)));
    }
    return doc;
  }

  @Override
  public String name() {
    return "EnglishCheck";
  }
}
