package org.herodotus.flink;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.herodotus.model.Document;

/**
 * An idempotent sink into PostgreSQL: records are buffered and upserted (see {@link Postgres})
 * when the buffer is full and before every checkpoint, so a checkpoint completes only once all the
 * records before it are written (at least once), and a replay after a failure overwrites the rows
 * it wrote before with the same values (effectively once).
 *
 * @param <T> what it writes: a processed document or a cluster membership
 */
final class PostgresSink<T> implements Sink<T> {

  private static final long serialVersionUID = 1L;
  private static final int BATCH = 64;

  /** How a batch of records is written through one connection, in transactions of its own. */
  interface Upsert<T> extends java.io.Serializable {
    void write(Connection connection, List<T> records) throws SQLException;
  }

  private final String url;
  private final String what;
  private final Upsert<T> upsert;

  /**
   * @param url the JDBC URL of the database
   * @param what what the records are, for error messages ("documents", "clusters")
   * @param upsert how a batch is written
   */
  PostgresSink(String url, String what, Upsert<T> upsert) {
    this.url = url;
    this.what = what;
    this.upsert = upsert;
  }

  /** Upserts processed documents, each in its own transaction. */
  static PostgresSink<Document> documents(String url) {
    return new PostgresSink<>(url, "documents", (connection, docs) -> {
      for (Document doc : docs) {
        Postgres.upsert(connection, doc);
      }
    });
  }

  /** Upserts cluster memberships, a batch per transaction. */
  static PostgresSink<Membership> clusters(String url) {
    return new PostgresSink<>(url, "clusters", Postgres::upsert);
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
    try {
      return new Writer(Postgres.connect(url));
    } catch (SQLException e) {
      throw new IOException("cannot connect to PostgreSQL at " + redacted() + " to write " + what + ": " + e.getMessage(), e);
    }
  }

  /** The URL without its query, which may hold a password. */
  private String redacted() {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private final class Writer implements SinkWriter<T> {

    private final Connection connection;
    private final List<T> buffer = new ArrayList<>();

    Writer(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void write(T record, Context context) throws IOException {
      buffer.add(record);
      if (buffer.size() >= BATCH) {
        flush(false);
      }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
      if (buffer.isEmpty()) {
        return;
      }
      try {
        upsert.write(connection, buffer);
      } catch (SQLException e) {
        throw new IOException("cannot write " + buffer.size() + " " + what + " to PostgreSQL at " + redacted() + ": " + e.getMessage(), e);
      }
      buffer.clear();
    }

    @Override
    public void close() throws Exception {
      connection.close();
    }
  }
}
