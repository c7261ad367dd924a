package org.reprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.Ingester;

/** The static HTML report: its structure, links, filters and escaping, read back with jsoup. */
class HtmlReportTest {

  static final Path EXAMPLE = Path.of("..", "examples", "armenia-2020");
  static final Path BBC_BUSINESS = Path.of("..", "..", "shared", "datasets", "bbc_news", "business");

  @TempDir Path folder;

  static Document report(Path input) {
    ScanResult result = Engine.scan(new Ingester(IngestOptions.DEFAULT).ingest(input, ""),
        ScanOptions.defaults(List.of()));
    StringWriter out = new StringWriter();
    HtmlReport.write(result, out);
    assertThat(out.toString()).startsWith("<!DOCTYPE html>");
    return Jsoup.parse(out.toString());
  }

  static void linksResolve(Document page) {
    for (Element link : page.select("a[href^=#]")) {
      String target = link.attr("href").substring(1);
      assertThat(page.getElementById(target)).as("the target of " + link).isNotNull();
    }
  }

  @Test
  @DisplayName("the example: contents, titles, a filter per relation, every link lands, no script allowed")
  void example() {
    Document page = report(EXAMPLE);
    assertThat(page.select("nav.toc a").eachText())
        .containsExactly("Summary", "Families (1)", "Stories (1)", "Pairs (10)", "Articles (5)");
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("input.filter").eachAttr("id"))
        .containsExactly("show-DUPLICATE", "show-PARAPHRASE", "show-PARTIAL_REUSE", "show-SAME_STORY");
    assertThat(page.select("input.filter[checked]")).hasSize(4); // few pairs: every relation shown
    assertThat(page.select("details.pair")).hasSize(10);
    assertThat(page.select("#family-1").text())
        .contains("likely original", "Russia Pledges Help to Yerevan if Fighting Reaches Armenia", "themoscowtimes.com");
    assertThat(page.select("#articles tr[id^=doc-]")).hasSize(5);
    linksResolve(page);
  }

  @Test
  @DisplayName("a pair's divergence carries the same number in both texts and in the list")
  void divergencesNumberedInBothTexts() {
    Document page = report(EXAMPLE);
    Element spun = page.select("details.pair.PARAPHRASE").first();
    List<String> changes = spun.select("ol.changes > li").eachText();
    int gyumri = 1 + changes.indexOf(changes.stream().filter(c -> c.startsWith("NAME Gyumri")).findFirst().orElseThrow());
    List<Element> columns = spun.select(".side-by-side > div");
    assertThat(columns).hasSize(2);
    for (Element column : columns) {
      assertThat(column.select("sup.marker").eachText()).contains(String.valueOf(gyumri));
    }
    assertThat(columns.get(0).select("mark.change").eachText()).contains("Gyumri");
    assertThat(columns.get(1).select("mark.change").eachText()).contains("Geometry");
    assertThat(spun.select("mark.verbatim")).isNotEmpty();
    assertThat(spun.select("mark.reworded")).isNotEmpty();
  }

  @Test
  @DisplayName("markup in titles, ids, outlets and text is shown as text; a javascript: URL makes no link")
  void hostileMetadata() throws Exception {
    String text = "Markets fell sharply on Monday as investors weighed the central bank's decision to raise"
        + " interest rates by half a point <img src=x onerror=alert(1)>, the largest increase in two decades,"
        + " and warned of further rises to come, analysts said after the announcement in the capital.";
    StringBuilder lines = new StringBuilder();
    for (String id : List.of("a\"><script>alert(1)</script>", "b")) {
      lines.append(String.format("{\"id\": %s, \"title\": \"<script>alert(2)</script>Title\", \"url\":"
          + " \"javascript:alert(3)\", \"source\": \"<b onmouseover=alert(4)>outlet</b>\", \"text\": %s}%n",
          quote(id), quote(text)));
    }
    Path input = folder.resolve("hostile.jsonl");
    Files.writeString(input, lines, StandardCharsets.UTF_8);
    Document page = report(input);
    assertThat(page.select("script, img, b[onmouseover]")).isEmpty();
    assertThat(page.select("a[href^=javascript]")).isEmpty();
    assertThat(page.select("#articles").text()).contains("<script>alert(2)</script>Title", "<b onmouseover=alert(4)>outlet</b>");
    assertThat(page.select("details.pair .text").text()).contains("<img src=x onerror=alert(1)>");
  }

  static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  @DisplayName("BBC business: hundreds of pairs, SAME_STORY hidden by default, every link lands")
  void bbcBusiness() {
    Assumptions.assumeTrue(Files.isDirectory(BBC_BUSINESS), "BBC business not found at " + BBC_BUSINESS
        + ": this test reads ../shared/datasets and is skipped without it");
    Document page = report(BBC_BUSINESS);
    assertThat(page.select("details.pair").size()).isGreaterThan(HtmlReport.MANY_PAIRS);
    assertThat(page.select("#show-SAME_STORY").hasAttr("checked")).isFalse();
    assertThat(page.select("#show-PARTIAL_REUSE").hasAttr("checked")).isTrue();
    assertThat(page.select("#articles tr[id^=doc-] .title").eachText()).contains("Yukos unit buyer faces loan claim");
    linksResolve(page);
  }
}
