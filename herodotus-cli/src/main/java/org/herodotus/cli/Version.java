package org.herodotus.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the jar's implementation version. */
final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {
      "herodotus " + (version == null ? "(development build)" : version),
      "Java " + System.getProperty("java.version") + ", Stanford CoreNLP 4.5.10"
    };
  }
}
