package org.reprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.ingest.Ingester;
import org.reprint.report.HtmlReport;

/**
 * The web page in a real browser: Playwright for Java driving Debian's Chromium ({@value #CHROMIUM}, never a
 * downloaded browser), against a server on a free loopback port holding the example. Screenshots go to
 * {@code target/screenshots/}. Skipped, with a message, where Chromium is not installed ({@code .ci/run}
 * installs it).
 */
class BrowserTest {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final ObjectMapper JSON = new ObjectMapper();

  static Playwright playwright;
  static Browser browser;

  @TempDir Path folder;
  ReprintServer server;
  Page page;
  String base;

  @BeforeAll
  static void launch() throws IOException {
    Path chromium = Path.of(System.getenv().getOrDefault("REPRINT_CHROMIUM", CHROMIUM));
    Assumptions.assumeTrue(Files.isExecutable(chromium), "browser tests skipped: no Chromium at " + chromium
        + " (install it with 'apt-get install -y chromium', as .ci/run does)");
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(chromium)
        .setHeadless(true)
        .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void start() throws Exception {
    server = ReprintServer.start(ServerOptions.defaults(folder.resolve("index")).withPort(0));
    base = "http://127.0.0.1:" + server.address().getPort();
    page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
    for (String prefix : List.of("000", "001", "003", "004")) {
      add("examples/armenia-2020/" + prefix + ".txt", "text/plain", ReprintServerTest.example(prefix));
    }
  }

  @AfterEach
  void stop() {
    if (page != null) {
      page.context().close();
    }
    server.close();
  }

  void add(String id, String type, String body) throws Exception {
    String query = id == null ? "" : "?id=" + WebPages.encode(id);
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/articles" + query))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  void screenshot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
  }

  void check(String text) {
    page.navigate(base + "/");
    page.fill("#text", text);
    page.click("#check");
    page.waitForSelector("#summary");
  }

  @Test
  @DisplayName("paste 002: 001 is the top match, passages highlighted by kind, Gyumri → Geometry marked in both texts")
  void pasteTheSpunCopy() throws Exception {
    check(ReprintServerTest.example("002"));
    Locator rows = page.locator("#matches tr.match");
    assertThat(rows.count()).isEqualTo(4);
    assertThat(rows.first().textContent()).contains("PARAPHRASE", "Russia Pledges Help to Yerevan");
    assertThat(rows.last().textContent()).contains("SAME_STORY");
    screenshot("check.png");
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("check-top.png")));

    Locator match = page.locator("#match-1");
    assertThat(match.locator("mark.verbatim").count()).isGreaterThan(5);
    assertThat(match.locator("mark.reworded").count()).isGreaterThan(5);
    Locator gyumri = match.locator("ol.changes li", new Locator.LocatorOptions()
        .setHasText(java.util.regex.Pattern.compile("^NAME\\s*Gyumri")));
    assertThat(gyumri.textContent()).contains("NAME", "Geometry");
    int number = 1 + (int) page.evaluate("n => [...n.parentElement.children].indexOf(n)", gyumri.elementHandle());
    Locator columns = match.locator(".side-by-side > div");
    for (int side = 0; side < 2; side++) { // the divergence is numbered in place in both texts
      Locator marker = columns.nth(side).locator("sup.marker", new Locator.LocatorOptions()
          .setHasText(java.util.regex.Pattern.compile("^" + number + "$")));
      assertThat(marker.count()).as("marker %d in text %d", number, side + 1).isEqualTo(1);
    }
    assertThat(columns.nth(0).locator("mark.change").allTextContents()).contains("Gyumri");
    assertThat(columns.nth(1).locator("mark.change").allTextContents()).contains("Geometry");
    page.locator("#match-1").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("match.png")));
    assertThat(page.locator(".legend").first().textContent()).contains("verbatim", "reworded");
  }

  @Test
  @DisplayName("a family: likely original and why, who took from whom, what each copy changed; a story in time order")
  void familyAndStory() throws Exception {
    add("examples/armenia-2020/002.txt", "text/plain", ReprintServerTest.example("002"));
    page.navigate(base + "/article?id=" + WebPages.encode("examples/armenia-2020/002.txt"));
    page.click("text=Its reuse family");
    assertThat(page.locator("h1").textContent()).isEqualTo("Reuse family: 4 articles");
    assertThat(page.locator("#original").textContent())
        .contains("Russia Pledges Help to Yerevan", "Why: the only member with a publication date");
    assertThat(page.locator("#directions li").count()).isEqualTo(3); // a tree: one step per copy
    assertThat(page.locator("#directions").textContent()).contains("credits AFP", "the same words");
    assertThat(page.locator("ol.changes").first().textContent()).contains("Gyumri");
    screenshot("family.png");

    page.click("#directions li >> nth=0 >> a");
    assertThat(page.locator(".side-by-side").count()).isEqualTo(1);
    screenshot("pair.png");

    page.navigate(base + "/story?id=" + WebPages.encode("examples/armenia-2020/004.txt"));
    Locator rows = page.locator("#story tr");
    assertThat(rows.count()).isEqualTo(6); // the header and 5 articles
    assertThat(rows.nth(1).textContent()).contains("2020-10-31"); // the only dated one comes first
    assertThat(page.locator("#timeline li").count()).isEqualTo(5); // the event: all five, judged together
    assertThat(page.locator("#timeline li >> nth=4").textContent()).contains("independent report");
    screenshot("story.png");
  }

  @Test
  @DisplayName("on a phone, the check result and a match fit the screen's width")
  void phone() throws Exception {
    page.setViewportSize(390, 844);
    check(ReprintServerTest.example("002"));
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("check-phone.png")));
    assertThat(page.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
        + " > window.innerWidth + 1).map(e => e.tagName + '.' + e.className).slice(0, 5).join(' ')")).isEqualTo("");
    page.locator("#match-1").scrollIntoViewIfNeeded();
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("match-phone.png")));
  }

  static final String HOSTILE_TITLE = "<script>window.pwned = 'title'</script>Hostile <b>title</b>";
  static final String HOSTILE_TEXT = "Markets fell sharply on Monday as investors weighed the central bank's"
      + " decision <img src=x onerror=\"window.pwned = 'text'\"> to raise interest rates by half a point,"
      + " the largest increase in two decades, and warned of further rises to come. <script>window.pwned ="
      + " 'script'</script> Analysts said the decision surprised traders who had expected a smaller move.";

  void assertNothingRan() {
    assertThat(page.evaluate("typeof window.pwned")).isEqualTo("undefined");
    assertThat(page.locator("body img").count()).isZero();
    assertThat(page.locator("body script").count()).isZero();
    assertThat(page.locator("a[href^='javascript' i]").count()).isZero();
  }

  @Test
  @DisplayName("an article holding <script>, onerror= and a javascript: URL shows them as text on every page")
  void hostileArticle() throws Exception {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", "hostile\"><script>window.pwned='id'</script>");
    record.put("title", HOSTILE_TITLE);
    record.put("url", "javascript:window.pwned='url'");
    record.put("source", "<img src=x onerror=\"window.pwned='outlet'\">");
    record.put("text", HOSTILE_TEXT);
    add(null, "application/json", JSON.writeValueAsString(record));
    record.put("id", "hostile copy");
    add(null, "application/json", JSON.writeValueAsString(record));
    String id = "hostile copy";

    page.navigate(base + "/article?id=" + WebPages.encode("hostile\"><script>window.pwned='id'</script>"));
    assertThat(page.locator("h1").textContent()).isEqualTo(HOSTILE_TITLE);
    assertThat(page.locator(".text").textContent()).contains("<img src=x onerror=");
    assertThat(page.locator("text=Source").count()).isZero(); // no link from a javascript: URL
    assertNothingRan();
    page.navigate(base + "/family?id=" + WebPages.encode(id));
    assertThat(page.locator("h1").textContent()).startsWith("Reuse family");
    assertNothingRan();
    page.navigate(base + "/story?id=" + WebPages.encode(id));
    assertNothingRan();
    check(HOSTILE_TEXT);
    assertThat(page.locator("#matches tr.match").count()).isEqualTo(2);
    assertNothingRan();
    screenshot("hostile.png");
  }

  @Test
  @DisplayName("the static --html report of hostile articles runs nothing either, and its filters work")
  void hostileReport() throws Exception {
    Path input = folder.resolve("hostile.jsonl");
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("title", HOSTILE_TITLE);
    record.put("url", "javascript:window.pwned='url'");
    record.put("text", HOSTILE_TEXT);
    StringBuilder lines = new StringBuilder();
    for (String id : List.of("a<script>window.pwned=1</script>", "b")) {
      record.put("id", id);
      lines.append(JSON.writeValueAsString(record)).append('\n');
    }
    Files.writeString(input, lines, StandardCharsets.UTF_8);
    Path html = folder.resolve("report.html");
    StringWriter out = new StringWriter();
    HtmlReport.write(Engine.scan(new Ingester(org.reprint.ingest.IngestOptions.DEFAULT).ingest(input, ""), ScanOptions.defaults(List.of())), out);
    Files.writeString(html, out.toString(), StandardCharsets.UTF_8);
    page.navigate(html.toUri().toString());
    assertNothingRan();
    Locator duplicates = page.locator("details.pair.DUPLICATE");
    assertThat(duplicates.count()).isEqualTo(1);
    assertThat(duplicates.first().isVisible()).isTrue();
    page.click("label[for=show-DUPLICATE]");
    assertThat(duplicates.first().isVisible()).isFalse();
  }

  @Test
  @DisplayName("a story of 500 copies of one wire article: one page, every article listed in time order")
  void largeStory() throws Exception {
    Random random = new Random(500);
    StringBuilder batch = new StringBuilder();
    String article = ReprintServerTest.example("000");
    for (int i = 0; i < 500; i++) { // one wire story republished: each outlet changes a figure and adds a line
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("id", "wire/" + i);
      record.put("title", "Report " + i + " on Armenia");
      record.put("source", "outlet-" + (i % 37));
      record.put("published", String.format("2020-11-%02d", 1 + random.nextInt(28)));
      record.put("text", article.replace("more than a thousand", "more than " + (1000 + i))
          + "\n\nOutlet " + i + " contributed to this report from desk " + random.nextInt(100) + ".");
      batch.append(JSON.writeValueAsString(record)).append('\n');
    }
    add(null, "application/x-ndjson", batch.toString());
    page.navigate(base + "/story?id=" + WebPages.encode("wire/0"));
    Locator copies = page.locator("#story tr", new Page.LocatorOptions().setHasText("Report "));
    assertThat(copies.count()).isEqualTo(500);
    List<String> dates = page.locator("#story td:first-child").allTextContents();
    assertThat(dates).isSortedAccordingTo(String::compareTo);
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("story-500.png")));
  }
}
