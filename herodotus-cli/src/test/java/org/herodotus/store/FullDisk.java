package org.herodotus.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Stores whose disk fills up while one document is written, for the command tests: in this
 * package to reach {@link Store}'s write hook, which is not public API.
 */
public final class FullDisk {

  private FullDisk() {}

  /**
   * A store in {@code dir} where the {@code n}th document written (from 1) fails just before its
   * transaction commits, with the error a full disk gives; every other document is stored.
   */
  public static Store onDocument(Path dir, int n) {
    int[] started = {0};
    return Store.open(dir, table -> {
      if (table.equals("documents")) {
        started[0]++;
      } else if (table.equals("commit") && started[0] == n) {
        throw new SQLException("IO Error: Could not write file \"" + dir.resolve(Store.FILE) + ".wal\": No space left on device");
      }
    });
  }
}
