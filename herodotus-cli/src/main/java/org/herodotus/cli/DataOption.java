package org.herodotus.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option of the commands that use the event store. */
final class DataOption {

  @Option(names = "--data", paramLabel = "DIR",
      description = "The store's data directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of(System.getProperty("user.home"), ".herodotus", "data");
}
