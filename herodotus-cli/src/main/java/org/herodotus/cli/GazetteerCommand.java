package org.herodotus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.herodotus.gazetteer.DumpOptions;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.gazetteer.Gazetteers;
import org.herodotus.gazetteer.GeoName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herodotus gazetteer}: builds a gazetteer index from the full GeoNames dump, and looks
 * names up in a gazetteer, to see which places a name can stand for and in what order the places
 * stage weighs them.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Builds a gazetteer from the full GeoNames dump (12 million places where the default one has "
        + "254,000), or looks names up in one.",
    subcommands = {GazetteerCommand.Build.class, GazetteerCommand.Lookup.class},
    footer = {"", "Examples:",
        "  herodotus gazetteer lookup \"Deir al-Zor\" Springfield",
        "  herodotus gazetteer build --geonames ~/geonames --out geonames.idx",
        "  herodotus extract --gazetteer geonames.idx article.txt"})
final class GazetteerCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** {@code herodotus gazetteer build}: reads a GeoNames dump once and writes its index. */
  @Command(name = "build", mixinStandardHelpOptions = true,
      description = {"Writes an index of a GeoNames dump that --gazetteer loads in seconds.", "The dump "
          + "(https://download.geonames.org/export/dump/) is allCountries.txt and, if there, "
          + "alternateNamesV2.txt, admin1CodesASCII.txt and countryInfo.txt, unzipped or as the .zip files "
          + "GeoNames ships. The whole dump needs about 8 GB of heap (./herodotus gives this command three quarters "
          + "of the machine's memory); with less, keep fewer feature classes."},
      footer = {"", "Exit status: 0 written, 2 a missing or malformed dump, a heap too small or an unwritable file."})
  static final class Build implements Callable<Integer> {

    @Option(names = "--geonames", required = true, paramLabel = "DIR",
        description = "The folder of the GeoNames dump.")
    Path dump;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The index file to write.")
    Path out;

    @Option(names = "--all-scripts",
        description = "Keep alternate names in every script, not only Latin ones (enough for English news).")
    boolean allScripts;

    @Option(names = "--feature-classes", split = ",", paramLabel = "CLASS",
        description = "Keep only these GeoNames feature classes (default: all): A countries and divisions, H water, "
            + "L areas, P populated places, R roads, S spots and buildings, T terrain, U undersea, V "
            + "vegetation. A,P keeps only divisions and towns.")
    List<String> featureClasses = List.of();

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dump)) {
        throw new IllegalArgumentException("--geonames " + dump + " is not a folder; download the GeoNames dump "
            + "(allCountries.zip, ...) from https://download.geonames.org/export/dump/ into one");
      }
      Set<String> classes = new LinkedHashSet<>();
      featureClasses.forEach(c -> classes.add(c.trim().toUpperCase(Locale.ROOT)));
      DumpOptions options = new DumpOptions(!allScripts, classes, line -> System.err.println("herodotus: " + line));
      long start = System.nanoTime();
      Gazetteer gazetteer;
      try {
        gazetteer = Gazetteers.fromGeoNamesDump(dump, options);
      } catch (OutOfMemoryError e) {
        throw new IllegalArgumentException("the Java heap is too small for this dump; run again with a larger one, "
            + "e.g. HERODOTUS_JAVA_OPTS=-Xmx12g ./herodotus gazetteer build ..., or keep fewer feature classes "
            + "(--feature-classes A,P,H,L,T)", e);
      }
      double readSeconds = (System.nanoTime() - start) / 1e9;
      Gazetteers.save(gazetteer, out);
      System.err.printf(Locale.ROOT, "herodotus: %,d places read in %s, index written to %s (%,d bytes) in %s%n"
              + "herodotus: use it with --gazetteer %s (extract, ingest, serve, evaluate, bench)%n",
          gazetteer.size(), Durations.format(readSeconds), out, Files.size(out),
          Durations.format((System.nanoTime() - start) / 1e9 - readSeconds), out);
      return 0;
    }
  }

  /** {@code herodotus gazetteer lookup}: the candidates of names, most important first. */
  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = {"Lists the places a name can stand for, most important first.", "That is the order the places "
          + "stage starts from before it weighs the article's context. Each line: GeoNames id, name, "
          + "feature code, country, admin-1 region, latitude, longitude, population."},
      footer = {"", "Exit status: 0 every name found, 1 some name has no entry, 2 bad options."})
  static final class Lookup implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Names to look up, as a text writes them.")
    List<String> names;

    @Option(names = "--limit", paramLabel = "N", description = "Candidates shown per name (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Mixin GazetteerOption places;

    @Override
    public Integer call() {
      if (limit < 1) {
        throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
      }
      Gazetteer gazetteer = places.gazetteer();
      int missing = 0;
      for (String name : names) {
        List<GeoName> candidates = gazetteer.lookup(name);
        System.out.printf(Locale.ROOT, "%s: %s%n", name, candidates.isEmpty() ? "no entry"
            : candidates.size() == 1 ? "1 place" : String.format(Locale.ROOT, "%,d places", candidates.size()));
        missing += candidates.isEmpty() ? 1 : 0;
        for (GeoName p : candidates.subList(0, Math.min(limit, candidates.size()))) {
          String region = p.admin1Code().isEmpty() ? ""
              : gazetteer.admin1(p.countryCode(), p.admin1Code()).map(GeoName::name).orElse(p.admin1Code());
          System.out.printf(Locale.ROOT, "  %10d  %-28s %-5s %-2s  %-24s %9.4f %10.4f  %,d%n", p.geonameId(),
              p.name(), p.featureCode(), p.countryCode(), region, p.lat(), p.lon(), p.population());
        }
        if (candidates.size() > limit) {
          System.out.printf(Locale.ROOT, "  ... and %,d more (--limit)%n", candidates.size() - limit);
        }
      }
      return missing > 0 ? Errors.FAILED_DOCUMENTS : 0;
    }
  }
}
