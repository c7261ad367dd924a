package org.reprint.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.reprint.document.Document;
import org.reprint.document.SkippedDocument;
import org.reprint.engine.DocumentAnalyzer;
import org.reprint.document.DocumentId;
import org.reprint.engine.Engine;
import org.reprint.engine.IndexNeighbourhood;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.index.IndexSnapshot;
import org.reprint.index.IndexStatistics;
import org.reprint.index.IndexUnavailableException;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;
import org.reprint.report.JsonReport;

/**
 * The Reprint server: a REST API over one on-disk index (see the package notes).
 *
 * <pre>
 * GET    /openapi.json        the OpenAPI description of what follows
 * GET    /api/health          {"status": "ok", "documents": N}
 * GET    /api/stats           what the index holds
 * POST   /api/check           the indexed articles related to the body's article (named ?id=, else "check"),
 *                              in the scan report's schema; nothing is added
 * POST   /api/articles        add (or replace, by id) the body's articles; answered once durable
 * GET    /api/articles/{id}   one stored article
 * DELETE /api/articles/{id}   remove one article; answered once durable
 * </pre>
 *
 * Bodies: {@code application/json} (one JSON Lines record) or {@code application/x-ndjson} (a batch);
 * {@code text/plain}, {@code text/markdown} or {@code text/html} (one article, whose id for an addition is
 * the {@code id} query parameter). Errors are JSON, {@code {"status": N, "error": "..."}}, with 400, 401,
 * 404, 405, 413 or 415.
 */
public final class ReprintServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // Without TCP_NODELAY a response written in several pieces (a streamed report) waits on the client's
    // delayed acknowledgement: 40 ms added to each check over loopback. The JDK's server reads this property
    // once, when its first instance is made; a value the user set is kept.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final ServerOptions options;
  private final ScanOptions scanOptions;
  private volatile ReprintIndex index; // null while another process holds the index's lock
  private volatile GroupCommit commits;
  private volatile String unavailable; // why the index is not open yet
  private final java.util.concurrent.ScheduledExecutorService opener =
      Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reprint-index-opener");
        thread.setDaemon(true);
        return thread;
      });
  private final HttpServer http;
  private final ExecutorService workers;
  private final DocumentAnalyzer analyzer;

  private ReprintServer(ServerOptions options, ReprintIndex index, HttpServer http, ExecutorService workers) {
    this.options = options;
    this.scanOptions = ScanOptions.defaults(List.of()).withThreads(1).withRewrites(options.rewrites());
    this.index = index;
    this.commits = index == null ? null : new GroupCommit(index);
    this.http = http;
    this.workers = workers;
    this.analyzer = new DocumentAnalyzer(scanOptions.fingerprint());
  }

  /**
   * Opens the index and starts serving.
   *
   * @throws IllegalArgumentException if the host is not a loopback address and no token is given
   * @throws UncheckedIOException if the address cannot be bound
   */
  public static ReprintServer start(ServerOptions options) {
    InetAddress address;
    try {
      address = InetAddress.getByName(options.host());
    } catch (IOException e) {
      throw new IllegalArgumentException("host must be an address this machine has, got " + options.host(), e);
    }
    if (!address.isLoopbackAddress() && options.token() == null) {
      throw new IllegalArgumentException("host " + options.host() + " is beyond loopback: give an access token"
          + " (REPRINT_TOKEN or --token-file), or bind to 127.0.0.1");
    }
    ReprintIndex index = null;
    String locked = null;
    try {
      index = open(options);
    } catch (IndexUnavailableException e) {
      if (e.reason() != IndexUnavailableException.Reason.LOCKED) {
        throw e; // damaged, read-only or not an index: waiting will not help
      }
      locked = e.getMessage();
    }
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(address, options.port()), 64);
    } catch (IOException e) {
      if (index != null) {
        index.close();
      }
      throw new UncheckedIOException("cannot listen on " + options.host() + ":" + options.port() + ": "
          + e.getMessage(), e);
    }
    ExecutorService workers = Executors.newFixedThreadPool(options.threads());
    http.setExecutor(workers);
    ReprintServer server = new ReprintServer(options, index, http, workers);
    http.createContext("/api/", server::handle);
    http.createContext("/openapi.json", server::openApi);
    http.createContext("/", server::web);
    if (locked != null) {
      server.waitForIndex(locked);
    }
    http.start();
    return server;
  }

  private static ReprintIndex open(ServerOptions options) {
    return ReprintIndex.openForWriting(options.index(), ScanOptions.defaults(List.of()).fingerprint());
  }

  /**
   * Serves 503 while another process (an {@code index add}, say) holds the index's lock, and opens the
   * index as soon as it is free, trying every half second.
   */
  private void waitForIndex(String why) {
    unavailable = why;
    opener.scheduleWithFixedDelay(() -> {
      if (index != null || closing) {
        return;
      }
      synchronized (opener) {
        if (index != null || closing) {
          return;
        }
        try {
          ReprintIndex opened = open(options);
          commits = new GroupCommit(opened);
          index = opened;
          unavailable = null;
          opener.shutdown();
        } catch (IndexUnavailableException e) {
          unavailable = e.getMessage();
        }
      }
    }, 500, 500, java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  /** The open index, or a 503 saying why there is none yet. */
  private ReprintIndex index() {
    ReprintIndex open = index;
    if (open == null) {
      throw new ApiException(503, "the index cannot be opened yet, the server retries every half second: "
          + unavailable);
    }
    return open;
  }

  private GroupCommit commits() {
    index(); // the commits exist once the index is open
    return commits;
  }

  /** Whether the index is open: false while another process holds its lock (requests get 503). */
  public boolean indexOpen() {
    return index != null;
  }

  /** Articles in the index at its last commit; 0 while the index is not open yet. */
  public int documentCount() {
    ReprintIndex open = index;
    return open == null ? 0 : open.documentCount();
  }

  /** The address the server listens on (the port chosen when 0 was asked). */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /**
   * Stops serving: new requests get 503, requests in flight finish (for up to 5 s), the last additions are
   * committed and the index is closed cleanly. ({@code HttpServer.stop} with a delay waits the whole delay
   * while idle keep-alive connections stay open, so the server counts its requests itself.)
   */
  @Override
  public void close() {
    closing = true;
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    http.stop(0);
    workers.shutdown();
    opener.shutdownNow();
    synchronized (opener) { // not while the opener may be between opening the index and publishing it
      if (index != null) {
        commits.close();
        index.close();
      }
    }
  }

  private volatile boolean closing;
  private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

  /** How a way of answering (the API's JSON, the web page's screens) reports an error. */
  @FunctionalInterface
  private interface ErrorAnswer {
    void send(HttpExchange exchange, int status, String message) throws IOException;
  }

  @FunctionalInterface
  private interface Route {
    void answer(HttpExchange exchange) throws IOException;
  }

  /** One request, counted in flight so that closing waits for it; 503 once the server is closing. */
  private void serve(HttpExchange exchange, Route route, ErrorAnswer errors) throws IOException {
    inFlight.incrementAndGet();
    try (exchange) {
      try {
        if (closing) {
          throw new ApiException(503, "the server is shutting down");
        }
        route.answer(exchange);
      } catch (ApiException e) {
        errors.send(exchange, e.status(), e.getMessage());
      } catch (RuntimeException e) {
        errors.send(exchange, 500, "internal error: " + e);
      }
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    serve(exchange, this::route, ReprintServer::error);
  }

  /** The web page's screens ({@link WebPages}); errors are pages too. */
  private void web(HttpExchange exchange) throws IOException {
    serve(exchange, this::routeWeb,
        (answer, status, message) -> page(answer, status, WebPages.error(status, message, documentCount())));
  }

  private void routeWeb(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    if (!path.equals(WebPages.STYLE_SHEET)) {
      index(); // every page reads the index: a 503 page while it cannot be opened
    }
    int indexed = documentCount();
    switch (path) {
      case "/" -> {
        only(method, "GET");
        page(exchange, 200, WebPages.checkForm(indexed, null));
      }
      case "/check" -> {
        only(method, "POST");
        webCheck(exchange, indexed);
      }
      case "/article" -> {
        only(method, "GET");
        String id = required(exchange, "id");
        Document document = index().document(id).orElseThrow(() -> new ApiException(404, "no article with id " + id));
        page(exchange, 200, WebPages.article(document, indexed));
      }
      case "/match" -> {
        only(method, "GET");
        String first = required(exchange, "a");
        String second = required(exchange, "b");
        try (IndexSnapshot snapshot = index().snapshot()) {
          requireIndexed(snapshot, first);
          requireIndexed(snapshot, second);
          ScanResult result = IndexNeighbourhood.story(snapshot, first, scanOptions);
          page(exchange, 200, WebPages.match(result, new DocumentId(first), new DocumentId(second), indexed));
        }
      }
      case "/family", "/story" -> {
        only(method, "GET");
        String id = required(exchange, "id");
        try (IndexSnapshot snapshot = index().snapshot()) {
          requireIndexed(snapshot, id);
          if (path.equals("/family")) {
            page(exchange, 200, WebPages.family(
                IndexNeighbourhood.family(snapshot, id, scanOptions, WebPages.FAMILY_LIMIT), new DocumentId(id),
                indexed));
          } else {
            ScanResult story = IndexNeighbourhood.story(snapshot, id, scanOptions);
            ScanResult event = IndexNeighbourhood.event(snapshot, id, story, scanOptions, WebPages.EVENT_LIMIT);
            page(exchange, 200, WebPages.story(story, event, new DocumentId(id), indexed));
          }
        }
      }
      case WebPages.STYLE_SHEET -> {
        only(method, "GET");
        byte[] css = STYLE_SHEET.getBytes(StandardCharsets.UTF_8);
        secure(exchange);
        exchange.getResponseHeaders().set("Content-Type", "text/css; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
        exchange.sendResponseHeaders(200, css.length);
        exchange.getResponseBody().write(css);
      }
      default -> throw new ApiException(404, "no such page: " + path);
    }
  }

  private static final String STYLE_SHEET = org.reprint.report.HtmlViews.styleSheet();

  /**
   * The check form's submission: an uploaded file (its format from its name) or the pasted text (in the
   * format chosen), queried against the index like {@code POST /api/check}.
   */
  private void webCheck(HttpExchange exchange, int indexed) throws IOException {
    FormData form = FormData.parse(exchange.getRequestHeaders().getFirst("Content-Type"),
        bounded(exchange.getRequestBody()));
    FormData.Field file = form.field("file");
    String name;
    IngestResult ingested;
    Ingester ingester = new Ingester(new IngestOptions(options.maxBodyBytes()));
    if (file != null && file.fileName() != null && !file.fileName().isBlank() && file.value().length > 0) {
      String fileName = file.fileName().replaceAll(".*[/\\\\]", "");
      name = "your article (" + fileName + ")";
      String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : ".txt";
      ingested = ingester.ingest(new ByteArrayInputStream(file.value()), "article" + extension);
      ingested = renamedForCheck(ingested, name);
    } else {
      String text = form.text("text");
      if (text.isBlank()) {
        page(exchange, 400, WebPages.checkForm(indexed, "Paste an article or choose a file, then press Check."));
        return;
      }
      String extension = switch (form.text("format")) {
        case "markdown" -> ".md";
        case "html" -> ".html";
        default -> ".txt";
      };
      name = "your article";
      ingested = renamedForCheck(ingester.ingest(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "article" + extension), name);
    }
    ScanResult result;
    try (IndexSnapshot snapshot = index().snapshot()) {
      result = Engine.query(snapshot, ingested, scanOptions);
    }
    DocumentId checked = new DocumentId(name);
    if (result.scanned(checked).isEmpty() && result.scanned(new DocumentId(name + " (query)")).isPresent()) {
      checked = new DocumentId(name + " (query)");
    }
    if (result.scanned(checked).isEmpty()) { // unreadable: say why, with the form to try again
      String reason = result.skipped().stream().map(skip -> skip.reason() + " (" + skip.detail() + ")")
          .findFirst().orElse("no words are left once markup and boilerplate are set aside");
      page(exchange, 400, WebPages.checkForm(indexed, "The article could not be read: " + reason));
      return;
    }
    page(exchange, 200, WebPages.checkResult(result, checked, indexed));
  }

  /** A checked article under the name the page shows; one that cannot be read stays a skipped input. */
  private static IngestResult renamedForCheck(IngestResult result, String name) {
    List<Document> documents = new ArrayList<>();
    for (Document document : result.documents()) {
      documents.add(new Document(new DocumentId(name), document.originalText(), document.format(),
          document.metadata(), document.metadataSpans()));
    }
    List<SkippedDocument> skipped = new ArrayList<>();
    for (SkippedDocument skip : result.skipped()) {
      skipped.add(new SkippedDocument(name, skip.reason(), skip.detail()));
    }
    return new IngestResult(documents, skipped, List.of());
  }

  private static String required(HttpExchange exchange, String parameter) {
    return queryParameter(exchange, parameter)
        .orElseThrow(() -> new ApiException(400, "the page needs the parameter " + parameter));
  }

  /** The headers of every response: no script, no style or image from elsewhere, no framing, no sniffing. */
  private static void secure(HttpExchange exchange) {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self';"
        + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
  }

  private static void page(HttpExchange exchange, int status, String html) throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    secure(exchange);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /** The OpenAPI description of the API, a resource of this module. */
  private void openApi(HttpExchange exchange) throws IOException {
    try (exchange; InputStream description = ReprintServer.class.getResourceAsStream("openapi.json")) {
      byte[] bytes = description.readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/api/health")) {
      only(method, "GET");
      send(exchange, 200, Map.of("status", "ok", "documents", index().documentCount()));
    } else if (path.equals("/api/stats")) {
      only(method, "GET");
      send(exchange, 200, stats(index().statistics()));
    } else if (path.equals("/api/check")) {
      only(method, "POST");
      check(exchange);
    } else if (path.equals("/api/articles")) {
      only(method, "POST");
      authorize(exchange);
      add(exchange);
    } else if (path.startsWith("/api/articles/")) {
      articleResource(exchange, method, exchange.getRequestURI().getRawPath().substring("/api/articles/".length()));
    } else {
      throw new ApiException(404, "no such endpoint: " + path);
    }
  }

  private static void only(String method, String allowed) {
    if (!method.equals(allowed)) {
      throw new ApiException(405, "method " + method + " is not allowed here; use " + allowed);
    }
  }

  private void authorize(HttpExchange exchange) {
    if (options.token() == null) {
      return;
    }
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !java.security.MessageDigest.isEqual(
        ("Bearer " + options.token()).getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, "this request changes the index: it needs 'Authorization: Bearer TOKEN'");
    }
  }

  private void check(HttpExchange exchange) throws IOException {
    IngestResult ingested = read(exchange, queryParameter(exchange, "id").orElse("check"));
    if (ingested.documents().size() > 1) {
      throw new ApiException(400, "a check takes one article, got " + ingested.documents().size());
    }
    ScanResult result;
    try (IndexSnapshot snapshot = index().snapshot()) {
      result = Engine.query(snapshot, ingested, scanOptions);
    }
    report(exchange, result);
  }

  /** A result in the scan report's JSON schema, streamed. */
  private void report(HttpExchange exchange, ScanResult result) throws IOException {
    secure(exchange);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, 0);
    try (Writer writer = new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8)) {
      JsonReport.write(result, scanOptions, writer);
    }
  }

  private void add(HttpExchange exchange) throws IOException {
    String id = queryParameter(exchange, "id").orElse(null);
    IngestResult ingested = read(exchange, id);
    if (ingested.documents().size() > options.maxBatch()) {
      throw new ApiException(413, "a batch holds at most " + options.maxBatch() + " articles, got "
          + ingested.documents().size());
    }
    int added = 0;
    int replaced = 0;
    List<Map<String, String>> skipped = new ArrayList<>();
    for (SkippedDocument skip : ingested.skipped()) {
      skipped.add(Map.of("id", skip.id(), "reason", skip.reason().name(), "detail", skip.detail()));
    }
    for (Document document : ingested.documents()) {
      AnalyzedDocument analyzed = analyzer.analyze(document);
      if (analyzed.tokenCount() == 0) {
        skipped.add(Map.of("id", document.id().value(), "reason", "EMPTY",
            "detail", "no words left after markup and boilerplate removal"));
        continue;
      }
      if (index().add(document, analyzer.sketch(analyzed))) {
        replaced++;
      } else {
        added++;
      }
    }
    if (added + replaced == 0) {
      throw new ApiException(400, "no article could be added: " + skipped);
    }
    commits().durable().join(); // answered only once the additions survive a crash
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("added", added);
    body.put("replaced", replaced);
    body.put("skipped", skipped);
    send(exchange, 201, body);
  }

  /**
   * {@code /api/articles/{id}}, {@code .../{id}/family} or {@code .../{id}/story}. An id holding "/" should
   * be sent as %2F; a path ending in /family or /story names the sub-resource unless the whole path is itself
   * the id of an indexed article.
   */
  private void articleResource(HttpExchange exchange, String method, String rawRest) throws IOException {
    for (String part : List.of("family", "story")) {
      String suffix = "/" + part;
      if (rawRest.endsWith(suffix) && !index().document(decodePath(rawRest)).isPresent()) {
        only(method, "GET");
        String id = decodePath(rawRest.substring(0, rawRest.length() - suffix.length()));
        try (IndexSnapshot snapshot = index().snapshot()) {
          requireIndexed(snapshot, id);
          report(exchange, part.equals("family")
              ? IndexNeighbourhood.family(snapshot, id, scanOptions, familyLimit(exchange))
              : IndexNeighbourhood.story(snapshot, id, scanOptions));
        }
        return;
      }
    }
    article(exchange, method, decodePath(rawRest));
  }

  private static int familyLimit(HttpExchange exchange) {
    String limit = queryParameter(exchange, "limit").orElse(String.valueOf(WebPages.FAMILY_LIMIT));
    try {
      int value = Integer.parseInt(limit);
      if (value >= 1 && value <= 10_000) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiException(400, "limit must be between 1 and 10000, got " + limit);
  }

  private static void requireIndexed(IndexSnapshot snapshot, String id) {
    if (!snapshot.contains(id)) {
      throw new ApiException(404, "no article with id " + id);
    }
  }

  /** A path segment's percent-encoding undone; unlike a form, "+" stays "+". */
  static String decodePath(String raw) {
    try {
      return java.net.URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "the path holds a malformed percent-encoding: " + raw);
    }
  }

  private void article(HttpExchange exchange, String method, String id) throws IOException {
    if (method.equals("GET")) {
      Document document = index().document(id)
          .orElseThrow(() -> new ApiException(404, "no article with id " + id));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("id", document.id().value());
      body.put("title", document.metadata().title());
      body.put("byline", document.metadata().byline());
      body.put("published", document.metadata().published() == null ? null : document.metadata().published().toString());
      body.put("url", document.metadata().url());
      body.put("outlet", document.metadata().outlet());
      if (document.metadata().crawled() != null) {
        body.put("crawled", document.metadata().crawled().toString());
      }
      body.put("format", document.format().name());
      body.put("text", document.originalText());
      send(exchange, 200, body);
    } else if (method.equals("DELETE")) {
      authorize(exchange);
      if (!index().remove(id)) {
        throw new ApiException(404, "no article with id " + id);
      }
      commits().durable().join();
      send(exchange, 200, Map.of("removed", id));
    } else {
      throw new ApiException(405, "method " + method + " is not allowed here; use GET or DELETE");
    }
  }

  /**
   * The request body as articles, by its content type; {@code name} is a single article's id (null: a
   * JSON record must carry its own). The body is read up to the size limit and no further.
   */
  private IngestResult read(HttpExchange exchange, String name) throws IOException {
    String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("")
        .split(";")[0].strip().toLowerCase(Locale.ROOT);
    String extension = switch (type) {
      case "application/json", "application/x-ndjson", "application/jsonl" -> ".jsonl";
      case "text/plain" -> ".txt";
      case "text/markdown" -> ".md";
      case "text/html" -> ".html";
      default -> throw new ApiException(415, "content type must be application/json, application/x-ndjson,"
          + " text/plain, text/markdown or text/html, got " + (type.isEmpty() ? "none" : type));
    };
    byte[] body = bounded(exchange.getRequestBody());
    if (!extension.equals(".jsonl") && name == null) {
      throw new ApiException(400, "an article sent as " + type + " needs its id: add ?id=...");
    }
    // the ingester takes a single article's format from its name's extension; the id is set afterwards
    String input = extension.equals(".jsonl") ? "request.jsonl" : "article" + extension;
    IngestResult result = new Ingester(new IngestOptions(options.maxBodyBytes()))
        .ingest(new ByteArrayInputStream(body), input);
    return renamed(result, name, extension);
  }

  /** A single text article read under a name carrying its format; its id is the name the user gave. */
  private static IngestResult renamed(IngestResult result, String name, String extension) {
    if (extension.equals(".jsonl") || name == null) {
      return result;
    }
    IngestResult renamed = renamedForCheck(result, name);
    if (renamed.documents().isEmpty() && renamed.skipped().isEmpty()) {
      throw new ApiException(400, "the body holds no article");
    }
    if (renamed.documents().isEmpty()) {
      SkippedDocument skip = renamed.skipped().get(0);
      throw new ApiException(400, "the article cannot be used: " + skip.reason() + " (" + skip.detail() + ")");
    }
    return renamed;
  }

  private byte[] bounded(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes((int) Math.min(options.maxBodyBytes() + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > options.maxBodyBytes()) {
      throw new ApiException(413, "the body is over the limit of " + options.maxBodyBytes() + " bytes");
    }
    return bytes;
  }

  private static Optional<String> queryParameter(HttpExchange exchange, String name) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null) {
      return Optional.empty();
    }
    for (String part : query.split("&")) {
      int equals = part.indexOf('=');
      if (equals > 0 && part.substring(0, equals).equals(name)) {
        String value = java.net.URLDecoder.decode(part.substring(equals + 1), StandardCharsets.UTF_8);
        return value.isBlank() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static Map<String, Object> stats(IndexStatistics statistics) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("documents", statistics.documents());
    body.put("deletedDocuments", statistics.deletedDocuments());
    body.put("segments", statistics.segments());
    body.put("bytesOnDisk", statistics.bytesOnDisk());
    body.put("storedTextCharacters", statistics.storedTextCharacters());
    body.put("header", new java.util.TreeMap<>(statistics.header()));
    return body;
  }

  private static void send(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    secure(exchange);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void error(HttpExchange exchange, int status, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message);
    send(exchange, status, body);
  }
}
