package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line's help, version and argument errors: no models are loaded here. */
class HerodotusTest {

  @Test
  void help_listsTheCommands() {
    Console console = Console.run("--help");
    assertThat(console.status()).isZero();
    assertThat(console.out()).contains("extract", "evaluate", "bench");
  }

  @Test
  void extractHelp_showsExamplesAndExitStatus() {
    Console console = Console.run("extract", "--help");
    assertThat(console.out()).contains("--date", "--threads", "herodotus extract --date 2017-09-05 article.txt", "Exit status");
  }

  @Test
  void version_namesCoreNlp() {
    assertThat(Console.run("--version").out()).contains("herodotus", "CoreNLP 4.5.10");
  }

  @Test
  void extract_withoutInputs_isAUsageError() {
    Console console = Console.run("extract");
    assertThat(console.status()).isEqualTo(2);
    assertThat(console.err()).contains("no inputs given", "--urls FILE");
  }

  @Test
  void extract_badDate_saysWhatIsExpected() {
    Console console = Console.run("extract", "--date", "5/9/2017", "x.txt");
    assertThat(console.status()).isEqualTo(2);
    assertThat(console.err()).contains("--date");
  }

  @Test
  void extract_missingFile_saysWhichAndExitsWithUsage() {
    Console console = Console.run("extract", "--threads", "1", "no-such-article.txt");
    assertThat(console.status()).isEqualTo(2);
    assertThat(console.err()).contains("no-such-article.txt");
  }

  @Test
  void evaluate_withoutArea_saysWhatToName() {
    Console console = Console.run("evaluate");
    assertThat(console.status()).isEqualTo(2);
    assertThat(console.err()).contains("evaluate entities", "evaluate times");
  }
}
