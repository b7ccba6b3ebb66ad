package org.herodotus.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gazetteer held in a few primitive arrays, for hundreds of thousands to millions of entries:
 * entries are stored in importance order ({@link InMemoryGazetteer#IMPORTANCE}), so a name's
 * postings, kept ascending, are already most important first; name keys are one sorted character
 * blob searched by bisection. {@link GeoName} records are made on lookup. Immutable, thread-safe.
 */
final class CompactGazetteer implements Gazetteer {

  /** The entries, column by column; row {@code i} is the i-th most important entry. */
  record Entries(int[] ids, int[] latE5, int[] lonE5, short[] kind, String[] kindTable, short[] country,
      String[] countryTable, int[] admin1, String[] admin1Table, long[] population, char[] names, int[] nameStart) {

    int size() {
      return ids.length;
    }

    GeoName get(int i) {
      String kindValue = kindTable[kind[i]];
      int dot = kindValue.indexOf('.');
      return new GeoName(ids[i], new String(names, nameStart[i], nameStart[i + 1] - nameStart[i]),
          latE5[i] / 1e5, lonE5[i] / 1e5, kindValue.substring(0, dot), kindValue.substring(dot + 1),
          countryTable[country[i]], admin1Table[admin1[i]], population[i]);
    }
  }

  /** Sorted name keys as one blob, each with its ascending postings (rows of {@link Entries}). */
  record Keys(char[] chars, int[] start, int[] postingStart, int[] postings) {

    int size() {
      return start.length - 1;
    }

    String key(int k) {
      return new String(chars, start[k], start[k + 1] - start[k]);
    }
  }

  private final Entries entries;
  private final Keys keys;
  private final Map<String, Integer> codes;
  private final Map<String, String> demonyms;
  private final Map<String, Integer> admin1s = new HashMap<>();

  /**
   * @param codes ISO alpha-2 and alpha-3 country codes to the row of their country
   * @param demonyms name keys of demonyms to the alpha-2 code of their country
   */
  CompactGazetteer(Entries entries, Keys keys, Map<String, Integer> codes, Map<String, String> demonyms) {
    this.entries = entries;
    this.keys = keys;
    this.codes = Map.copyOf(codes);
    this.demonyms = Map.copyOf(demonyms);
    for (int i = entries.size() - 1; i >= 0; i--) { // so the most important ADM1 of a code wins
      String kind = entries.kindTable()[entries.kind()[i]];
      if (kind.equals("A.ADM1")) {
        admin1s.put(entries.countryTable()[entries.country()[i]] + "." + entries.admin1Table()[entries.admin1()[i]], i);
      }
    }
  }

  Entries entries() {
    return entries;
  }

  Keys keys() {
    return keys;
  }

  Map<String, Integer> codes() {
    return codes;
  }

  Map<String, String> demonyms() {
    return demonyms;
  }

  /** Every entry, most important first. */
  List<GeoName> all() {
    List<GeoName> all = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      all.add(entries.get(i));
    }
    return all;
  }

  @Override
  public List<GeoName> lookup(String name) {
    int k = find(Names.key(name));
    if (k < 0) {
      return List.of();
    }
    int from = keys.postingStart()[k];
    int to = keys.postingStart()[k + 1];
    GeoName[] found = new GeoName[to - from];
    for (int p = from; p < to; p++) {
      found[p - from] = entries.get(keys.postings()[p]);
    }
    return List.of(found);
  }

  private int find(String key) {
    int low = 0;
    int high = keys.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int cmp = compare(mid, key);
      if (cmp < 0) {
        low = mid + 1;
      } else if (cmp > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Compares key {@code k} of the blob with {@code key}, as {@link String#compareTo} would. */
  private int compare(int k, String key) {
    char[] chars = keys.chars();
    int from = keys.start()[k];
    int length = keys.start()[k + 1] - from;
    int common = Math.min(length, key.length());
    for (int i = 0; i < common; i++) {
      int diff = chars[from + i] - key.charAt(i);
      if (diff != 0) {
        return diff;
      }
    }
    return length - key.length();
  }

  @Override
  public Optional<GeoName> country(String countryCode) {
    Integer row = codes.get(countryCode.toUpperCase(java.util.Locale.ROOT));
    return row == null ? Optional.empty() : Optional.of(entries.get(row));
  }

  @Override
  public Optional<GeoName> admin1(String countryCode, String admin1Code) {
    Integer row = admin1s.get(countryCode + "." + admin1Code);
    return row == null ? Optional.empty() : Optional.of(entries.get(row));
  }

  @Override
  public Optional<GeoName> countryOfDemonym(String word) {
    String code = demonyms.get(Names.key(word));
    return code == null ? Optional.empty() : country(code);
  }

  @Override
  public int size() {
    return entries.size();
  }

  @Override
  public String toString() {
    return "CompactGazetteer[" + entries.size() + " entries, " + keys.size() + " names]";
  }
}
