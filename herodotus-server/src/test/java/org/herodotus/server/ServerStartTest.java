package org.herodotus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.herodotus.store.Store;
import org.herodotus.testing.Reports;
import org.herodotus.testing.Wires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerStartTest {

  @TempDir Path data;

  @Test
  void starts_over_an_empty_directory_with_an_empty_store() {
    try (Served served = new Served(data.resolve("new"), UnaryOperator.identity())) {
      assertThat(served.json("/api/health").get("documents").asInt()).isZero();
      assertThat(served.json("/api/events").get("items")).isEmpty();
      assertThat(data.resolve("new").resolve(Store.FILE)).exists();
    }
  }

  @Test
  void warns_when_bound_beyond_this_machine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Server server = Server.start(new ServerConfig(data, "0.0.0.0", 0, new PlainOutput(), UnaryOperator.identity(),
        new PrintStream(err, true, StandardCharsets.UTF_8)))) {
      assertThat(server.port()).isPositive();
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning: listening on 0.0.0.0:", "reachable from other machines");
  }

  @Test
  void online_tiles_are_allowed_by_the_policy_only_when_asked_for_and_must_be_a_tile_address() {
    String tiles = "https://tile.example.org/{z}/{x}/{y}.png";
    try (Server server = Server.start(new ServerConfig(data, "127.0.0.1", 0, new PlainOutput(), UnaryOperator.identity(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), tiles))) {
      HttpResponse<String> config = Served.client(server.port(), "/api/config");
      assertThat(Served.parse(config).get("tiles").asText()).isEqualTo(tiles);
      assertThat(config.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("img-src 'self' data: https://tile.example.org;").doesNotContain("script-src https");
    }
    for (String bad : List.of("javascript:alert(1)", "https://tile.example.org/tiles.png", "ftp://t.example.org/{z}/{x}/{y}",
        "https://tile.example.org/{z}/{x}/{y}.png' onerror='x")) {
      assertThatThrownBy(() -> new ServerConfig(data, "127.0.0.1", 0, new PlainOutput(), UnaryOperator.identity(), System.err, bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--tiles must be a tile address");
    }
  }

  @Test
  void loopback_binding_does_not_warn() {
    try (Served served = new Served(data, UnaryOperator.identity())) {
      assertThat(served.err.toString(StandardCharsets.UTF_8)).doesNotContain("warning");
    }
  }

  @Test
  void a_port_in_use_is_an_error_that_says_so() {
    try (Served served = new Served(data, UnaryOperator.identity())) {
      int taken = served.server.port();
      assertThatThrownBy(() -> Server.start(new ServerConfig(data.resolve("other"), "127.0.0.1", taken, new PlainOutput(),
          UnaryOperator.identity(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))))
          .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot listen on 127.0.0.1:" + taken);
    }
  }

  @Test
  void concurrent_requests_all_see_the_whole_store() throws Exception {
    try (Served served = new Served(data, UnaryOperator.identity(), Reports.raqqa("raqqa"), Reports.cairo("cairo"),
        Wires.idlib("idlib"))) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          String path = i % 2 == 0 ? "/api/events?sort=date" : "/api/documents/idlib";
          answers.add(pool.submit(() -> served.get(path)));
        }
        for (int i = 0; i < answers.size(); i++) {
          HttpResponse<String> answer = answers.get(i).get();
          assertThat(answer.statusCode()).isEqualTo(200);
          if (i % 2 == 0) {
            assertThat(Served.parse(answer).get("total").asInt()).isEqualTo(4);
          } else {
            assertThat(Served.parse(answer).get("events")).hasSize(2);
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
