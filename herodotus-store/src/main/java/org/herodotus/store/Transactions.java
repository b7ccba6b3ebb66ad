package org.herodotus.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction: all of it is committed, or none of it. */
final class Transactions {

  private Transactions() {}

  /** Work that may fail with a database error. */
  interface Work {
    void run() throws SQLException;
  }

  /** Runs {@code work} and commits; on any exception rolls back and rethrows it. */
  static void run(Connection connection, Work work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException | Error e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
