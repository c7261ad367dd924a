package org.reprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web page's screens and the family and story resources over real HTTP, without a browser. */
class WebPagesTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;
  ReprintServer server;
  HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    server = ReprintServer.start(ServerOptions.defaults(folder.resolve("index")).withPort(0));
    for (String prefix : List.of("000", "001", "003", "004")) {
      HttpResponse<String> added = send("POST", "/api/articles?id=ex/" + prefix + ".txt", "text/plain",
          ReprintServerTest.example(prefix).getBytes(StandardCharsets.UTF_8));
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  HttpResponse<String> send(String method, String path, String type, byte[] body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.address().getPort() + path));
    if (type != null) {
      request.header("Content-Type", type);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) throws Exception {
    return send("GET", path, null, null);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A multipart/form-data body as a browser sends it. */
  static byte[] multipart(String boundary, String text, String fileName, String file) {
    StringBuilder body = new StringBuilder();
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n")
        .append(text).append("\r\n");
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
        .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(file).append("\r\n");
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\ntext\r\n");
    body.append("--").append(boundary).append("--\r\n");
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("every page and the style sheet carry a CSP that allows no script and nothing from elsewhere")
  void contentSecurityPolicy() throws Exception {
    for (String path : List.of("/", "/assets/reprint.css", "/article?id=ex%2F001.txt", "/nowhere", "/api/health")) {
      HttpResponse<String> response = get(path);
      String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(policy).as(path).startsWith("default-src 'none'").doesNotContain("script-src", "unsafe", "http");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
    }
    assertThat(get("/assets/reprint.css").headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    Document form = Jsoup.parse(get("/").body());
    assertThat(form.select("script, link[href^=http], img")).isEmpty();
    assertThat(form.select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/reprint.css");
  }

  @Test
  @DisplayName("a pasted article (a form post) and an uploaded file each get the ranked matches")
  void checkByFormAndUpload() throws Exception {
    String spun = ReprintServerTest.example("002");
    HttpResponse<String> posted = send("POST", "/check", "application/x-www-form-urlencoded",
        ("format=text&text=" + encode(spun)).getBytes(StandardCharsets.UTF_8));
    assertThat(posted.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(posted.body());
    List<String> relations = new ArrayList<>(page.select("#matches tr.match .badge").eachText());
    assertThat(relations).containsExactly("PARAPHRASE", "PARAPHRASE", "PARTIAL_REUSE", "SAME_STORY");
    assertThat(page.select("#matches tr.match").first().text()).contains("Russia Pledges Help to Yerevan");
    assertThat(page.select("#match-1 ol.changes li").eachText()).anyMatch(t -> t.contains("Gyumri → Geometry"));

    HttpResponse<String> uploaded = send("POST", "/check", "multipart/form-data; boundary=XyZ",
        multipart("XyZ", "", "spun copy.txt", spun));
    Document upload = Jsoup.parse(uploaded.body());
    assertThat(uploaded.statusCode()).isEqualTo(200);
    assertThat(upload.select("#match-1 .side-by-side .id").eachText()).contains("your article (spun copy.txt)");
    assertThat(upload.select("#matches tr.match")).hasSize(4);
  }

  @Test
  @DisplayName("an empty form, a missing article, an unknown page: each is a page naming the problem")
  void errorsArePages() throws Exception {
    HttpResponse<String> empty = send("POST", "/check", "application/x-www-form-urlencoded",
        "text=+&format=text".getBytes(StandardCharsets.UTF_8));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(empty.body()).select("p.error").text()).contains("Paste an article");
    assertThat(Jsoup.parse(empty.body()).select("form textarea")).hasSize(1);
    HttpResponse<String> binary = send("POST", "/check", "multipart/form-data; boundary=b",
        multipart("b", "", "photo.txt", "GIF89a\u0000\u0000\u0001 binary"));
    assertThat(binary.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(binary.body()).select("p.error").text())
        .startsWith("The article could not be read: BINARY");
    HttpResponse<String> missing = get("/article?id=nothing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(missing.body()).select("p.error").text()).isEqualTo("no article with id nothing");
    assertThat(get("/family").statusCode()).isEqualTo(400);
    assertThat(get("/nowhere").statusCode()).isEqualTo(404);
    assertThat(send("POST", "/check", "application/pdf", new byte[] {1}).statusCode()).isEqualTo(415);
    assertThat(send("DELETE", "/", null, null).statusCode()).isEqualTo(405);
  }

  @Test
  @DisplayName("family and story resources: the family of 003 is 000, 001 and 003 with 001 the original; 004's story holds all")
  void familyAndStoryResources() throws Exception {
    JsonNode family = JSON.readTree(get("/api/articles/" + encode("ex/003.txt") + "/family").body());
    JsonNode found = null;
    for (JsonNode candidate : family.get("families")) {
      if (candidate.get("members").toString().contains("ex/003.txt")) {
        found = candidate;
      }
    }
    assertThat(found).isNotNull();
    assertThat(found.get("members").toString()).contains("ex/000.txt", "ex/001.txt");
    assertThat(found.get("original").asText()).isEqualTo("ex/001.txt");
    JsonNode story = JSON.readTree(get("/api/articles/ex%2F004.txt/story").body());
    assertThat(story.get("documents")).hasSize(4);
    assertThat(story.get("pairs").toString()).contains("SAME_STORY");
    assertThat(get("/api/articles/ex%2F004.txt/story?x").statusCode()).isEqualTo(200);
    assertThat(get("/api/articles/ex%2F009.txt/story").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("the family page shows who took from whom as a tree with evidence; the story page the event's time line")
  void familyTreeAndStoryTimeline() throws Exception {
    Document family = Jsoup.parse(get("/family?id=" + encode("ex/003.txt")).body());
    assertThat(family.select("#directions li")).extracting(Element::text)
        .anySatisfy(t -> assertThat(t).contains("DUPLICATE").contains("↔").contains("the same words"))
        .anySatisfy(t -> assertThat(t).contains("PARTIAL_REUSE").contains("→").contains("credits AFP"));
    assertThat(family.select("#members tr")).hasSize(4); // a header and three members
    assertThat(family.select("#members").text()).contains("verbatim").contains("its own");
    Document story = Jsoup.parse(get("/story?id=" + encode("ex/004.txt")).body());
    assertThat(story.select("#timeline li")).hasSize(4);
    assertThat(story.select("#timeline li").first().select(".when").text()).isEqualTo("2020-10-31");
    assertThat(story.select("#timeline").text()).contains("undated").contains("independent report");
  }

  @Test
  @DisplayName("ids with '/', '+', spaces and '%' reach the right article in the API and on the page")
  void awkwardIds() throws Exception {
    String id = "folder/a+b c%d.txt";
    HttpResponse<String> added = send("POST", "/api/articles?id=" + encode(id), "text/plain",
        ReprintServerTest.example("004").getBytes(StandardCharsets.UTF_8));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String path = "/api/articles/" + encode(id).replace("+", "%20");
    assertThat(JSON.readTree(get(path).body()).get("id").asText()).isEqualTo(id);
    assertThat(get(path + "/story").statusCode()).isEqualTo(200);
    Document article = Jsoup.parse(get("/article?id=" + encode(id)).body());
    assertThat(article.select(".id").text()).isEqualTo(id);
    String storyLink = article.select("a:contains(Its story)").attr("href");
    assertThat(Jsoup.parse(get(storyLink).body()).select("#story tr")).hasSizeGreaterThan(2);
  }
}
