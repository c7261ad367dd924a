package org.reprint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.reprint.document.Document;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.Ingester;
import org.reprint.server.ReprintServer;
import org.reprint.server.ServerOptions;

/**
 * A bounded load test of the server on loopback: CLIENTS concurrent clients for SECONDS seconds, each
 * request a check of a random article of ARTICLES, or (ADDING percent of requests, default 10) an addition of
 * one under a new id; ADDING 0 measures checks alone, 100 additions alone (their group commits). It
 * starts the server itself on a free 127.0.0.1 port over INDEX_DIR and stops it at the end. Then it reads
 * back every acknowledged addition, and prints throughput, latency per kind and the errors (there must be
 * none).
 *
 * <pre>java -cp reprint-bench.jar org.reprint.bench.ServerLoadTest INDEX_DIR ARTICLES.jsonl [CLIENTS] [SECONDS] [ADDING]</pre>
 */
public final class ServerLoadTest {

  private ServerLoadTest() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ServerLoadTest INDEX_DIR ARTICLES.jsonl [CLIENTS] [SECONDS] [ADDING PERCENT]");
      System.exit(2);
    }
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    int adding = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    if (adding < 0 || adding > 100) {
      throw new IllegalArgumentException("ADDING must be between 0 and 100, got " + adding);
    }
    List<Document> articles = new Ingester(IngestOptions.DEFAULT).ingest(Path.of(args[1])).documents();
    ObjectMapper json = new ObjectMapper();
    boolean clean;
    try (ReprintServer server = ReprintServer.start(ServerOptions.defaults(Path.of(args[0])).withPort(0))) {
      String base = "http://127.0.0.1:" + server.address().getPort();
      HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
      ConcurrentLinkedQueue<long[]> checks = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<long[]> additions = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> added = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      AtomicInteger next = new AtomicInteger();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      for (int c = 0; c < clients; c++) {
        long seed = 1000L + c;
        pool.submit(() -> {
          Random random = new Random(seed);
          while (System.nanoTime() < end) {
            Document article = articles.get(random.nextInt(articles.size()));
            boolean addition = random.nextInt(100) < adding;
            String id = "load-" + next.incrementAndGet();
            String body;
            try {
              body = json.writeValueAsString(Map.of("id", id, "text", article.originalText()));
            } catch (Exception e) {
              errors.add(e.toString());
              continue;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + (addition ? "/api/articles" : "/api/check")))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            long start = System.nanoTime();
            try {
              HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
              long nanos = System.nanoTime() - start;
              int expected = addition ? 201 : 200;
              if (response.statusCode() != expected) {
                errors.add(response.statusCode() + " " + response.body());
              } else if (addition) {
                additions.add(new long[] {nanos});
                added.add(id);
              } else {
                checks.add(new long[] {nanos});
              }
            } catch (Exception e) {
              errors.add(e.toString());
            }
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
      int missing = 0;
      for (String id : added) {
        HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/" + id)).build(),
            HttpResponse.BodyHandlers.ofString());
        missing += read.statusCode() == 200 ? 0 : 1;
      }
      System.out.printf(Locale.ROOT, "| %d clients | %d s | %d%% additions | %.0f requests/s | checks %d: %s"
              + " | additions %d (%.1f/s): %s | errors %d | acknowledged additions missing afterwards %d |%n",
          clients, seconds, adding, (checks.size() + additions.size()) / (double) seconds, checks.size(), latency(checks),
          additions.size(), additions.size() / (double) seconds, latency(additions), errors.size(), missing);
      errors.stream().limit(5).forEach(e -> System.out.println("  error: " + e));

      clean = errors.isEmpty() && missing == 0;
    } // the server closes here, with a clean last commit
    System.exit(clean ? 0 : 1); // the HTTP client's threads are not daemons: end the JVM with the verdict
  }

  private static String latency(ConcurrentLinkedQueue<long[]> samples) {
    long[] nanos = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
    if (nanos.length == 0) {
      return "none";
    }
    return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", nanos[(int) Math.ceil(0.50 * nanos.length) - 1] / 1e6,
        nanos[(int) Math.ceil(0.99 * nanos.length) - 1] / 1e6);
  }
}
