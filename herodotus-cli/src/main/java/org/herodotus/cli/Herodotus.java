package org.herodotus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code herodotus} command: turns news into sourced, geolocated, dated event data. */
@Command(
    name = "herodotus",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns news articles into sourced, geolocated, dated event data.",
    subcommands = {ExtractCommand.class, EvaluateCommand.class, BenchCommand.class, IngestCommand.class,
        EventsCommand.class, ExportCommand.class,
        SearchCommand.class, ServeCommand.class, GazetteerCommand.class},
    footer = {"", "Run 'herodotus COMMAND --help' for the options of a command."})
public final class Herodotus implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit status: 0 ok, 1 some documents failed, 2 usage. */
  public static int run(String... args) {
    return new CommandLine(new Herodotus())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new Errors())
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
