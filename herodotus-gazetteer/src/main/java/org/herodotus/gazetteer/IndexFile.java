package org.herodotus.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The gazetteer index on disk: a gzip-compressed, big-endian image of a {@link CompactGazetteer}'s
 * arrays, framed by a magic number and a format version. {@link #read} checks the frame, the
 * lengths and every posting, so a truncated or foreign file fails there, not on some later lookup.
 */
final class IndexFile {

  /** The index's file name, also its classpath resource name next to this class. */
  static final String NAME = "gazetteer.idx";
  private static final int MAGIC = 0x48475a31; // "HGZ1"
  private static final int VERSION = 1;

  private IndexFile() {}

  static void write(CompactGazetteer gazetteer, OutputStream out) throws IOException {
    Writer w = new Writer();
    w.ints(MAGIC, VERSION);
    CompactGazetteer.Entries e = gazetteer.entries();
    w.ints(e.size());
    w.ints(e.ids());
    w.ints(e.latE5());
    w.ints(e.lonE5());
    w.shorts(e.kind());
    w.strings(e.kindTable());
    w.shorts(e.country());
    w.strings(e.countryTable());
    w.ints(e.admin1());
    w.strings(e.admin1Table());
    w.longs(e.population());
    w.chars(e.names());
    w.ints(e.nameStart());
    CompactGazetteer.Keys k = gazetteer.keys();
    w.ints(k.size());
    w.chars(k.chars());
    w.ints(k.start());
    w.ints(k.postingStart());
    w.ints(k.postings().length);
    w.ints(k.postings());
    w.ints(gazetteer.codes().size());
    for (Map.Entry<String, Integer> code : gazetteer.codes().entrySet()) {
      w.string(code.getKey());
      w.ints(code.getValue());
    }
    w.ints(gazetteer.demonyms().size());
    for (Map.Entry<String, String> demonym : gazetteer.demonyms().entrySet()) {
      w.string(demonym.getKey());
      w.string(demonym.getValue());
    }
    w.ints(MAGIC);
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    w.bytes.writeTo(gzip);
    gzip.finish();
  }

  /**
   * The gazetteer {@code in} holds.
   *
   * @throws IOException if {@code in} cannot be read or does not hold a valid index
   */
  static CompactGazetteer read(InputStream in) throws IOException {
    byte[] bytes;
    try (GZIPInputStream gzip = new GZIPInputStream(in, 1 << 16)) {
      bytes = gzip.readAllBytes();
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    try {
      if (b.getInt() != MAGIC) {
        throw new IOException("not a Herodotus gazetteer index (wrong magic number)");
      }
      int version = b.getInt();
      if (version != VERSION) {
        throw new IOException("index format version " + version + ", this code reads version " + VERSION);
      }
      int n = count(b);
      CompactGazetteer.Entries entries = new CompactGazetteer.Entries(ints(b, n), ints(b, n), ints(b, n),
          shorts(b, n), strings(b), shorts(b, n), strings(b), ints(b, n), strings(b), longs(b, n), chars(b),
          ints(b, n + 1));
      int k = count(b);
      char[] keyChars = chars(b);
      int[] start = ints(b, k + 1);
      int[] postingStart = ints(b, k + 1);
      int[] postings = ints(b, count(b));
      CompactGazetteer.Keys keys = new CompactGazetteer.Keys(keyChars, start, postingStart, postings);
      Map<String, Integer> codes = new HashMap<>();
      for (int i = count(b); i > 0; i--) {
        codes.put(string(b), row(b.getInt(), n));
      }
      Map<String, String> demonyms = new HashMap<>();
      for (int i = count(b); i > 0; i--) {
        demonyms.put(string(b), string(b));
      }
      if (b.getInt() != MAGIC || b.hasRemaining()) {
        throw new IOException("the index does not end where its lengths say");
      }
      check(entries, keys);
      return new CompactGazetteer(entries, keys, codes, demonyms);
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IOException("the index is truncated or corrupt (" + e + ")", e);
    }
  }

  private static void check(CompactGazetteer.Entries e, CompactGazetteer.Keys k) throws IOException {
    ascending(e.nameStart(), e.names().length, "name offsets");
    ascending(k.start(), k.chars().length, "key offsets");
    ascending(k.postingStart(), k.postings().length, "posting offsets");
    for (int posting : k.postings()) {
      row(posting, e.size());
    }
    for (int i = 0; i < e.size(); i++) {
      if (e.kind()[i] < 0 || e.kind()[i] >= e.kindTable().length || e.country()[i] < 0
          || e.country()[i] >= e.countryTable().length || e.admin1()[i] < 0 || e.admin1()[i] >= e.admin1Table().length
          || e.kindTable()[e.kind()[i]].indexOf('.') < 0) {
        throw new IOException("entry " + i + " refers to a code outside its table");
      }
    }
  }

  private static void ascending(int[] offsets, int end, String what) throws IOException {
    int previous = 0;
    for (int offset : offsets) {
      if (offset < previous) {
        throw new IOException(what + " are not ascending");
      }
      previous = offset;
    }
    if (offsets.length == 0 || offsets[0] != 0 || previous != end) {
      throw new IOException(what + " do not cover their data");
    }
  }

  private static int row(int row, int n) throws IOException {
    if (row < 0 || row >= n) {
      throw new IOException("row " + row + " is outside the " + n + " entries");
    }
    return row;
  }

  private static int count(ByteBuffer b) throws IOException {
    int count = b.getInt();
    if (count < 0 || count > b.remaining()) {
      throw new IOException("impossible length " + count);
    }
    return count;
  }

  private static int[] ints(ByteBuffer b, int n) {
    int[] a = new int[n];
    b.asIntBuffer().get(a);
    b.position(b.position() + 4 * n);
    return a;
  }

  private static short[] shorts(ByteBuffer b, int n) {
    short[] a = new short[n];
    b.asShortBuffer().get(a);
    b.position(b.position() + 2 * n);
    return a;
  }

  private static long[] longs(ByteBuffer b, int n) {
    long[] a = new long[n];
    b.asLongBuffer().get(a);
    b.position(b.position() + 8 * n);
    return a;
  }

  private static char[] chars(ByteBuffer b) throws IOException {
    int length = count(b);
    String s = new String(b.array(), b.position(), length, StandardCharsets.UTF_8);
    b.position(b.position() + length);
    return s.toCharArray();
  }

  private static String string(ByteBuffer b) throws IOException {
    return new String(chars(b));
  }

  private static String[] strings(ByteBuffer b) throws IOException {
    String[] a = new String[count(b)];
    for (int i = 0; i < a.length; i++) {
      a[i] = string(b);
    }
    return a;
  }

  /** Big-endian output into memory: the index is small enough to hold before compressing. */
  private static final class Writer {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);

    void ints(int... values) {
      ByteBuffer b = ByteBuffer.allocate(4 * values.length);
      b.asIntBuffer().put(values);
      bytes.writeBytes(b.array());
    }

    void shorts(short[] values) {
      ByteBuffer b = ByteBuffer.allocate(2 * values.length);
      b.asShortBuffer().put(values);
      bytes.writeBytes(b.array());
    }

    void longs(long[] values) {
      ByteBuffer b = ByteBuffer.allocate(8 * values.length);
      b.asLongBuffer().put(values);
      bytes.writeBytes(b.array());
    }

    void chars(char[] values) {
      string(new String(values));
    }

    void string(String value) {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      ints(utf8.length);
      bytes.writeBytes(utf8);
    }

    void strings(String[] values) {
      ints(values.length);
      for (String value : values) {
        string(value);
      }
    }
  }
}
