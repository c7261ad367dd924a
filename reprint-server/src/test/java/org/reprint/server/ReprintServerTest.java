package org.reprint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP on a free loopback port, with the example articles. */
class ReprintServerTest {

  static final Path EXAMPLE = Path.of("..", "examples", "armenia-2020");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;
  ReprintServer server;
  HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    server = ReprintServer.start(ServerOptions.defaults(folder.resolve("index")).withPort(0)
        .withLimits(200_000, 3));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static String example(String prefix) throws IOException {
    try (var files = Files.list(EXAMPLE)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.address().getPort() + path));
    if (type != null) {
      request.header("Content-Type", type);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  void addExample() throws Exception {
    for (String prefix : List.of("000", "001", "003", "004")) {
      HttpResponse<String> added = send("POST", "/api/articles?id=" + prefix + ".txt", "text/plain", example(prefix));
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }
  }

  @Test
  @DisplayName("add the example, then check the spun copy: 000 and 001 come back as its PARAPHRASE sources")
  void addThenCheck() throws Exception {
    addExample();
    JsonNode health = JSON.readTree(send("GET", "/api/health", null, null).body());
    assertThat(health.get("documents").asInt()).isEqualTo(4);
    HttpResponse<String> check = send("POST", "/api/check?id=spun.txt", "text/plain", example("002"));
    assertThat(check.statusCode()).isEqualTo(200);
    JsonNode report = JSON.readTree(check.body());
    assertThat(report.get("schema").asText()).isEqualTo("reprint-scan/1.2");
    List<String> paraphrased = new ArrayList<>();
    for (JsonNode pair : report.get("pairs")) {
      if (pair.get("relation").asText().equals("PARAPHRASE")) {
        paraphrased.add(pair.get("a").asText() + " " + pair.get("b").asText());
      }
    }
    assertThat(paraphrased).containsExactly("000.txt spun.txt", "001.txt spun.txt");
    assertThat(check.body()).contains("Geometry");
    assertThat(JSON.readTree(send("GET", "/api/health", null, null).body()).get("documents").asInt())
        .isEqualTo(4); // a check adds nothing
  }

  @Test
  @DisplayName("a server given a rewrite detector judges checks with it, as a scan given one does")
  void checksUseTheRewriteDetector() throws Exception {
    server.close();
    // a stand-in for the embedding detector: pairs the sentences of the two texts one for one, in order
    org.reprint.align.RewriteDetector everyLine = new org.reprint.align.RewriteDetector() {
      @Override
      public List<org.reprint.align.SentenceAligner.SentencePair> rewriteChain(
          org.reprint.fingerprint.AnalyzedDocument first, org.reprint.fingerprint.AnalyzedDocument second) {
        List<org.reprint.align.SentenceAligner.SentencePair> chain = new ArrayList<>();
        for (int s = 0; s < Math.min(first.sentences().size(), second.sentences().size()); s++) {
          chain.add(new org.reprint.align.SentenceAligner.SentencePair(s, s, 0.9));
        }
        return chain;
      }

      @Override
      public String evidence() {
        return "a test detector";
      }
    };
    server = ReprintServer.start(ServerOptions.defaults(folder.resolve("index")).withPort(0)
        .withRewrites(everyLine));
    assertThat(send("POST", "/api/articles?id=000.txt", "text/plain", example("000")).statusCode()).isEqualTo(201);
    JsonNode report = JSON.readTree(send("POST", "/api/check?id=independent.txt", "text/plain", example("004")).body());
    assertThat(report.get("pairs")).hasSize(1);
    assertThat(report.get("pairs").get(0).get("relation").asText()).isEqualTo("PARAPHRASE");
    assertThat(report.get("pairs").get(0).get("explanation").asText()).contains("found by a test detector");
  }

  @Test
  @DisplayName("concurrent additions are all durable when acknowledged, and can be read back and removed")
  void concurrentAdditionsAreDurable() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
    String text = example("004");
    for (int i = 0; i < 12; i++) {
      String line = JSON.writeValueAsString(java.util.Map.of("id", "a" + i, "text", text + "\n\nUpdate " + i + "."));
      requests.add(CompletableFuture.supplyAsync(() -> {
        try {
          return send("POST", "/api/articles", "application/json", line);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    for (CompletableFuture<HttpResponse<String>> request : requests) {
      assertThat(request.join().statusCode()).isEqualTo(201);
    }
    server.close();
    server = ReprintServer.start(ServerOptions.defaults(folder.resolve("index")).withPort(0));
    assertThat(JSON.readTree(send("GET", "/api/health", null, null).body()).get("documents").asInt()).isEqualTo(12);
    JsonNode article = JSON.readTree(send("GET", "/api/articles/a7", null, null).body());
    assertThat(article.get("text").asText()).endsWith("Update 7.");
    assertThat(send("DELETE", "/api/articles/a7", null, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/articles/a7", null, null).statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("errors are JSON with the right status: 400, 404, 405, 413, 415")
  void errors() throws Exception {
    assertError(send("POST", "/api/articles", "text/plain", "An article without an id."), 400, "?id=");
    assertError(send("GET", "/api/articles/nothing", null, null), 404, "no article with id nothing");
    assertError(send("GET", "/api/nowhere", null, null), 404, "no such endpoint");
    assertError(send("GET", "/api/check", null, null), 405, "use POST");
    assertError(send("POST", "/api/check?id=x", "text/plain", "word ".repeat(50_000)), 413, "over the limit");
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      batch.append("{\"id\": \"b").append(i).append("\", \"text\": \"Words of article ").append(i).append(".\"}\n");
    }
    assertError(send("POST", "/api/articles", "application/x-ndjson", batch.toString()), 413, "at most 3");
    assertError(send("POST", "/api/check", "application/pdf", "%PDF"), 415, "content type must be");
    assertError(send("POST", "/api/check?id=x", "text/plain", ""), 400, "cannot be used");
  }

  private static void assertError(HttpResponse<String> response, int status, String message) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("error").asText()).contains(message);
  }

  @Test
  @DisplayName("beyond loopback only with a token, and then changes need it")
  void tokens() throws Exception {
    assertThatThrownBy(() -> ReprintServer.start(ServerOptions.defaults(folder.resolve("other")).withPort(0)
        .withHost("0.0.0.0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give an access token");
    server.close();
    server = ReprintServer.start(ServerOptions.defaults(folder.resolve("index")).withPort(0).withToken("s3cret"));
    assertError(send("POST", "/api/articles?id=x.txt", "text/plain", example("004")), 401, "Bearer");
    HttpResponse<String> allowed = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.address().getPort() + "/api/articles?id=x.txt"))
        .header("Content-Type", "text/plain").header("Authorization", "Bearer s3cret")
        .POST(HttpRequest.BodyPublishers.ofString(example("004"))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(allowed.statusCode()).isEqualTo(201);
    assertThat(send("POST", "/api/check?id=q", "text/plain", example("004")).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("while another process holds the index every request is a 503; once it lets go the server opens it")
  void waitsForALockedIndex() throws Exception {
    Path held = folder.resolve("held");
    org.reprint.index.ReprintIndex holder = org.reprint.index.ReprintIndex.openForWriting(held,
        org.reprint.engine.ScanOptions.defaults(List.of()).fingerprint());
    try (ReprintServer waiting = ReprintServer.start(ServerOptions.defaults(held).withPort(0))) {
      URI health = URI.create("http://127.0.0.1:" + waiting.address().getPort() + "/api/health");
      URI page = URI.create("http://127.0.0.1:" + waiting.address().getPort() + "/");
      HttpResponse<String> refused = client.send(HttpRequest.newBuilder(health).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
      assertThat(JSON.readTree(refused.body()).get("error").asText()).contains("cannot be opened yet", "lock");
      assertThat(client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
          .statusCode()).isEqualTo(503);
      holder.close();
      int status = 503;
      for (int attempt = 0; attempt < 100 && status == 503; attempt++) {
        Thread.sleep(100);
        status = client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
            .statusCode();
      }
      assertThat(status).isEqualTo(200);
    } finally {
      holder.close();
    }
  }
}
