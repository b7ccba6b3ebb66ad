package org.herodotus.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV rows: fields with a comma, quote or line break are quoted, quotes doubled; null is empty. */
final class Csv {

  private Csv() {}

  static void row(Writer out, List<?> fields) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      line.append(i == 0 ? "" : ",").append(field(fields.get(i)));
    }
    out.write(line.append("\r\n").toString());
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String s = value instanceof Double d && d == Math.rint(d) && !d.isInfinite() ? String.valueOf(d.longValue()) : value.toString();
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
