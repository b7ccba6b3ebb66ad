package org.herodotus.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the evaluation data and corpora in {@code ../shared} beside the project root. A user's
 * machine has none of it, so tests that need it call {@link #require} and are skipped there.
 */
public final class SharedData {

  private SharedData() {}

  /** {@code shared/<relative>} if it exists, looking upwards from the working directory. */
  public static Optional<Path> find(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    for (int depth = 0; dir != null && depth < 4; depth++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
      candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The path of {@code shared/<relative>}; skips the calling test when it is absent. */
  public static Path require(String relative) {
    Optional<Path> path = find(relative);
    Assumptions.assumeTrue(path.isPresent(), "../shared/" + relative + " is absent; skipping");
    return path.get();
  }
}
