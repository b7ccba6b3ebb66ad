package org.herodotus.gazetteer;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a GeoNames main table ({@code allCountries.txt}, {@code cities500.txt}): 19
 * tab-separated columns, of which the entry, its ASCII name, its comma-separated alternate
 * names and its admin-2 code (for US places the county's FIPS code, "125") are kept.
 */
record GeoNamesRow(GeoName entry, String asciiName, List<String> alternateNames, String admin2Code) {

  private static final int COLUMNS = 19;

  /**
   * The row {@code line} holds.
   *
   * @throws IllegalArgumentException naming the line when it has too few columns or a malformed number
   */
  static GeoNamesRow parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < COLUMNS - 4) { // trailing elevation, dem, timezone, date may be absent
      throw new IllegalArgumentException("GeoNames row has " + f.length + " columns, expected " + COLUMNS + ": "
          + abbreviate(line));
    }
    try {
      GeoName entry = new GeoName(Long.parseLong(f[0]), f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
          f[6], f[7], f[8], f[10], f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
      List<String> alternates = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
      return new GeoNamesRow(entry, f[2], alternates, f[11]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("GeoNames row has a malformed number (" + e.getMessage() + "): "
          + abbreviate(line), e);
    }
  }

  private static String abbreviate(String line) {
    return line.length() > 120 ? line.substring(0, 120) + "..." : line;
  }
}
