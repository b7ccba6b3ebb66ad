package org.herodotus.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects entries, their names, country codes and demonyms, and builds a {@link CompactGazetteer}
 * from them. Entries are identified while building by the handle {@link #add} returns. Not
 * thread-safe; used once.
 */
final class IndexBuilder {

  private final List<GeoName> entries = new ArrayList<>();
  /** Name key to the handles named so; each array is {count, handle, handle, ...}. */
  private final Map<String, int[]> named = new HashMap<>();
  private final Map<String, Integer> codes = new LinkedHashMap<>();
  private final Map<String, String> demonyms = new LinkedHashMap<>();

  /** Adds {@code entry}, findable by its name, and returns its handle. */
  int add(GeoName entry) {
    entries.add(entry);
    int handle = entries.size() - 1;
    name(handle, entry.name());
    return handle;
  }

  GeoName entry(int handle) {
    return entries.get(handle);
  }

  /** Gives entry {@code handle} the display name {@code name}, findable too; its old name stays findable. */
  void rename(int handle, String name) {
    GeoName g = entries.get(handle);
    entries.set(handle, new GeoName(g.geonameId(), name, g.lat(), g.lon(), g.featureClass(), g.featureCode(),
        g.countryCode(), g.admin1Code(), g.population()));
    name(handle, name);
  }

  /** Moves entry {@code handle} to another point; its names stay. */
  void move(int handle, double lat, double lon) {
    GeoName g = entries.get(handle);
    entries.set(handle, new GeoName(g.geonameId(), g.name(), lat, lon, g.featureClass(), g.featureCode(),
        g.countryCode(), g.admin1Code(), g.population()));
  }

  int size() {
    return entries.size();
  }

  /** The handles of the entries findable by {@code name} (by {@link Names#key}), in the order they were named so. */
  int[] named(String name) {
    int[] list = named.get(Names.key(name));
    return list == null ? new int[0] : Arrays.copyOfRange(list, 1, list[0] + 1);
  }

  /** Makes entry {@code handle} findable by {@code name} too; blank names are ignored. */
  void name(int handle, String name) {
    String key = Names.key(name);
    if (key.isEmpty()) {
      return;
    }
    int[] list = named.get(key);
    if (list == null) {
      named.put(key, new int[] {1, handle});
      return;
    }
    int count = list[0];
    for (int i = 1; i <= count; i++) {
      if (list[i] == handle) {
        return;
      }
    }
    if (count + 1 == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      named.put(key, list);
    }
    list[count + 1] = handle;
    list[0] = count + 1;
  }

  /** Makes country entry {@code handle} the answer to {@code country(code)}; the first wins. */
  void code(String code, int handle) {
    codes.putIfAbsent(code.toUpperCase(Locale.ROOT), handle);
  }

  /** The handle of the country that answers to {@code code}, or null. */
  Integer country(String code) {
    return codes.get(code.toUpperCase(Locale.ROOT));
  }

  /** Makes {@code word} a demonym of the country with alpha-2 {@code countryCode}; the first wins. */
  void demonym(String word, String countryCode) {
    String key = Names.key(word);
    if (!key.isEmpty()) {
      demonyms.putIfAbsent(key, countryCode);
    }
  }

  CompactGazetteer build() {
    int n = entries.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> InMemoryGazetteer.IMPORTANCE.compare(entries.get(a), entries.get(b)));
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[order[r]] = r;
    }
    return new CompactGazetteer(entries(order), keys(rank), remap(rank), demonyms);
  }

  private CompactGazetteer.Entries entries(Integer[] order) {
    int n = order.length;
    int[] ids = new int[n];
    int[] lat = new int[n];
    int[] lon = new int[n];
    short[] kind = new short[n];
    short[] country = new short[n];
    int[] admin1 = new int[n];
    long[] population = new long[n];
    int[] nameStart = new int[n + 1];
    Pool kinds = new Pool();
    Pool countries = new Pool();
    Pool admin1s = new Pool();
    StringBuilder names = new StringBuilder();
    for (int r = 0; r < n; r++) {
      GeoName g = entries.get(order[r]);
      if (g.geonameId() != (int) g.geonameId()) {
        throw new IllegalArgumentException("GeoNames id " + g.geonameId() + " of " + g.name()
            + " does not fit the index's 32-bit ids");
      }
      ids[r] = (int) g.geonameId();
      lat[r] = (int) Math.round(g.lat() * 1e5);
      lon[r] = (int) Math.round(g.lon() * 1e5);
      kind[r] = (short) kinds.index(g.featureClass() + "." + g.featureCode());
      country[r] = (short) countries.index(g.countryCode());
      admin1[r] = admin1s.index(g.admin1Code());
      population[r] = g.population();
      nameStart[r] = names.length();
      names.append(g.name());
    }
    nameStart[n] = names.length();
    char[] chars = new char[names.length()];
    names.getChars(0, names.length(), chars, 0);
    return new CompactGazetteer.Entries(ids, lat, lon, kind, kinds.table(), country, countries.table(), admin1,
        admin1s.table(), population, chars, nameStart);
  }

  private CompactGazetteer.Keys keys(int[] rank) {
    String[] sorted = named.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    int[] start = new int[sorted.length + 1];
    int[] postingStart = new int[sorted.length + 1];
    int totalChars = 0;
    int totalPostings = 0;
    for (String key : sorted) {
      totalChars += key.length();
      totalPostings += named.get(key)[0];
    }
    char[] chars = new char[totalChars];
    int[] postings = new int[totalPostings];
    int c = 0;
    int p = 0;
    for (int k = 0; k < sorted.length; k++) {
      String key = sorted[k];
      start[k] = c;
      key.getChars(0, key.length(), chars, c);
      c += key.length();
      int[] list = named.get(key);
      postingStart[k] = p;
      for (int i = 1; i <= list[0]; i++) {
        postings[p + i - 1] = rank[list[i]];
      }
      Arrays.sort(postings, p, p + list[0]);
      p += list[0];
    }
    start[sorted.length] = c;
    postingStart[sorted.length] = p;
    return new CompactGazetteer.Keys(chars, start, postingStart, postings);
  }

  private Map<String, Integer> remap(int[] rank) {
    Map<String, Integer> remapped = new HashMap<>();
    codes.forEach((code, handle) -> remapped.put(code, rank[handle]));
    return remapped;
  }

  /** Distinct strings, numbered in order of first appearance. */
  private static final class Pool {
    private final Map<String, Integer> index = new LinkedHashMap<>();

    int index(String value) {
      return index.computeIfAbsent(value, v -> index.size());
    }

    String[] table() {
      return index.keySet().toArray(new String[0]);
    }
  }
}
