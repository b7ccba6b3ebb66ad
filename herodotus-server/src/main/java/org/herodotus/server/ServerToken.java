package org.herodotus.server;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The bearer token that write requests need: made with {@link SecureRandom} at the first start,
 * kept in {@code <data>/server-token} (readable by the owner only where the file system has POSIX
 * permissions) and printed once, then read back on later starts.
 */
final class ServerToken {

  static final String FILE = "server-token";

  private final byte[] token;

  private ServerToken(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /** The token of {@code data}, made and printed on {@code err} if there is none yet. */
  static ServerToken of(Path data, PrintStream err) {
    Path file = data.resolve(FILE);
    try {
      Files.createDirectories(data);
      if (Files.exists(file)) {
        String stored = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (stored.length() < 32) {
          throw new IllegalStateException(file + " holds no valid token: delete it and start again to make a new one");
        }
        return new ServerToken(stored);
      }
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String token = HexFormat.of().formatHex(bytes);
      create(file);
      Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
      err.println("herodotus: the token for POST /api/ingest (kept in " + file + "): " + token);
      return new ServerToken(token);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the server token " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException(file + " appeared while the server started: start it again", e);
    }
  }

  /** Whether {@code header} is {@code Bearer <this token>}, compared in constant time. */
  boolean admits(String header) {
    if (header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token);
  }
}
