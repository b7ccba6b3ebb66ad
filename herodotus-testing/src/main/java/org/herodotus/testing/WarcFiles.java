package org.herodotus.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * WARC records written by hand, for tests: responses holding a web page, requests, and records
 * made corrupt on purpose (a wrong Content-Length). Each record can be gzip-compressed on its own,
 * as CC-NEWS files are.
 */
public final class WarcFiles {

  private WarcFiles() {}

  /** A {@code response} record for {@code url} holding an HTTP 200 with {@code html}. */
  public static byte[] response(String id, String url, String date, String html) {
    return response(id, url, date, "text/html; charset=utf-8", html, 0);
  }

  /**
   * A {@code response} record whose Content-Length is off by {@code lengthError} bytes (0: right).
   */
  public static byte[] response(String id, String url, String date, String contentType, String body, int lengthError) {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
    return record("response", id, url, date, "application/http; msgtype=response",
        concat(http.getBytes(StandardCharsets.US_ASCII), payload), lengthError);
  }

  /** A {@code request} record, which holds no article. */
  public static byte[] request(String id, String url, String date) {
    String http = "GET " + java.net.URI.create(url).getRawPath() + " HTTP/1.1\r\nHost: " + java.net.URI.create(url).getHost() + "\r\n\r\n";
    return record("request", id, url, date, "application/http; msgtype=request", http.getBytes(StandardCharsets.US_ASCII), 0);
  }

  /** {@code record} as one gzip member. */
  public static byte[] gzip(byte[] record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The bytes of {@code parts}, one after the other. */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] record(String type, String id, String url, String date, String contentType, byte[] block, int lengthError) {
    String header = "WARC/1.0\r\n"
        + "WARC-Type: " + type + "\r\n"
        + "WARC-Record-ID: <urn:uuid:" + id + ">\r\n"
        + "WARC-Date: " + date + "\r\n"
        + "WARC-Target-URI: " + url + "\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + (block.length + lengthError) + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }
}
