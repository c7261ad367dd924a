package org.reprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.document.Document;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * Every figure a pair's explanation states is a figure the JSON report shows for that pair: its shares,
 * resemblance, longest run and story similarity, its evidence's date gap, and the run's minimum passage
 * length. Checked on both bundled examples and on a near copy with scattered edits, whose relation every
 * explanation form covers between them.
 */
@DisplayName("Explanations state only the figures the JSON shows")
class ExplanationFiguresTest {

  private static final Pattern SHARE_OF = Pattern.compile("(\\d+)% of (\\S+?)(?=[ ,;]|$)");
  private static final Pattern ONLY_WORD_FOR_WORD = Pattern.compile("but only (\\d+)% and (\\d+)% word for word");
  private static final Pattern LONGEST = Pattern.compile("longest (\\d+) words verbatim");
  private static final Pattern RESEMBLANCE = Pattern.compile("resemblance (\\d\\.\\d\\d)");
  private static final Pattern STORY = Pattern.compile("story similarity (\\d\\.\\d\\d)");
  private static final Pattern PASSAGE_OF = Pattern.compile("no reused passage of (\\d+) words");
  private static final Pattern DAYS = Pattern.compile("(\\d+) days? apart");

  @Test
  void everyStatedFigureIsAReportedFigure() throws Exception {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(1);
    List<Document> documents = new ArrayList<>();
    Ingester ingester = new Ingester(options.ingest());
    documents.addAll(ingester.ingest(Path.of("..", "examples", "armenia-2020"), "armenia").documents());
    documents.addAll(ingester.ingest(Path.of("..", "examples", "two-events"), "two-events").documents());
    documents.addAll(nearCopy(documents.get(0).originalText()));
    ScanResult result = Engine.scan(new IngestResult(documents, List.of(), List.of()), options);
    StringWriter out = new StringWriter();
    JsonReport.write(result, options, out);
    JsonNode report = new ObjectMapper().readTree(out.toString());

    List<String> relations = new ArrayList<>();
    int checked = 0;
    for (JsonNode pair : report.get("pairs")) {
      relations.add(pair.get("relation").asText());
      checked += check(pair, report.get("parameters"));
    }
    assertThat(relations).contains("DUPLICATE", "NEAR_DUPLICATE", "PARAPHRASE", "PARTIAL_REUSE", "SAME_STORY");
    assertThat(checked).as("figures checked").isGreaterThan(40);
  }

  /** Checks one pair's explanation against its scores; returns the number of figures checked. */
  private static int check(JsonNode pair, JsonNode parameters) {
    String explanation = pair.get("explanation").asText();
    JsonNode scores = pair.get("scores");
    String relation = pair.get("relation").asText();
    String a = pair.get("a").asText();
    String b = pair.get("b").asText();
    int checked = 0;
    String shareKind = relation.equals("NEAR_DUPLICATE") ? "verbatimShare" : "alignedShare";
    Matcher share = SHARE_OF.matcher(explanation);
    while (share.find()) {
      String side = share.group(2).equals(a) ? "A" : share.group(2).equals(b) ? "B" : null;
      assertThat(side).as("%s names one of its documents: %s", explanation, share.group(2)).isNotNull();
      assertPercent(explanation, share.group(1), scores.get(shareKind + side).asDouble());
      checked++;
    }
    Matcher verbatim = ONLY_WORD_FOR_WORD.matcher(explanation);
    if (verbatim.find()) {
      assertPercent(explanation, verbatim.group(1), scores.get("verbatimShareA").asDouble());
      assertPercent(explanation, verbatim.group(2), scores.get("verbatimShareB").asDouble());
      checked += 2;
    }
    checked += figure(explanation, LONGEST, scores.get("longestPassageWords").asInt());
    checked += decimal(explanation, RESEMBLANCE, scores.get("resemblance").asDouble());
    checked += decimal(explanation, STORY, scores.get("storySimilarity").asDouble());
    checked += figure(explanation, PASSAGE_OF, parameters.get("minPassageWords").asInt());
    JsonNode evidence = pair.get("storyEvidence");
    Matcher days = DAYS.matcher(explanation);
    if (days.find()) {
      assertThat(evidence).as("%s states a date gap", explanation).isNotNull();
      assertThat(Integer.parseInt(days.group(1))).as(explanation).isEqualTo(evidence.get("daysApart").asInt());
      checked++;
    }
    return checked;
  }

  private static int figure(String explanation, Pattern pattern, int reported) {
    Matcher matcher = pattern.matcher(explanation);
    if (!matcher.find()) {
      return 0;
    }
    assertThat(Integer.parseInt(matcher.group(1))).as(explanation).isEqualTo(reported);
    return 1;
  }

  private static int decimal(String explanation, Pattern pattern, double reported) {
    Matcher matcher = pattern.matcher(explanation);
    if (!matcher.find()) {
      return 0;
    }
    assertThat(Double.parseDouble(matcher.group(1))).as(explanation).isCloseTo(reported,
        org.assertj.core.data.Offset.offset(0.0051));
    return 1;
  }

  /** A percentage rounded from the full share; the report's share has four decimals. */
  private static void assertPercent(String explanation, String stated, double reported) {
    assertThat(Double.parseDouble(stated)).as(explanation).isCloseTo(reported * 100,
        org.assertj.core.data.Offset.offset(0.51));
  }

  /** The first 230 words of a text with one word in 38 changed: a near copy under resemblance 0.8. */
  private static List<Document> nearCopy(String text) {
    String[] words = text.split("\\s+");
    StringBuilder original = new StringBuilder();
    StringBuilder edited = new StringBuilder();
    for (int i = 0; i < Math.min(230, words.length); i++) {
      original.append(words[i]).append(' ');
      edited.append(i % 38 == 19 ? "changed" : words[i]).append(' ');
    }
    return List.of(Document.ofText("near/original.txt", original.toString()),
        Document.ofText("near/edited.txt", edited.toString()));
  }
}
