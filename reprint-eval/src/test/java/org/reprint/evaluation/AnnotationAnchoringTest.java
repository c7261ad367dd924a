package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reprint.document.TextSpan;

/**
 * Re-anchoring on the PAN-layout Armenia fixture: suspicious-document00001 (example 003) quotes a 193-char
 * sentence of source-document00001 (example 001) at 1389; suspicious-document00002 (example 004) tells the
 * story in its own words.
 */
class AnnotationAnchoringTest {

  private static final String SUSPICIOUS = "suspicious-document00001.txt";
  private static final String INDEPENDENT = "suspicious-document00002.txt";
  private static final String SOURCE = "source-document00001.txt";
  private static final TextSpan QUOTE = new TextSpan(1389, 1389 + 193);
  private static final TextSpan QUOTED = new TextSpan(1460, 1460 + 193);

  private static Map<String, String> texts;

  @BeforeAll
  static void readTexts() throws IOException, URISyntaxException {
    Path fixture = PanEvaluationTest.fixture();
    texts = Map.of(
        SUSPICIOUS, Files.readString(fixture.resolve("susp").resolve(SUSPICIOUS), StandardCharsets.UTF_8),
        INDEPENDENT, Files.readString(fixture.resolve("susp").resolve(INDEPENDENT), StandardCharsets.UTF_8),
        SOURCE, Files.readString(fixture.resolve("src").resolve(SOURCE), StandardCharsets.UTF_8));
  }

  @Test
  void leavesACaseWhoseSpanHoldsTheSourceText() {
    PassagePair annotated = new PassagePair(SUSPICIOUS, SOURCE, QUOTE, QUOTED);
    AnnotationAnchoring anchoring = new AnnotationAnchoring(texts);
    assertThat(anchoring.anchor(List.of(annotated))).containsExactly(annotated);
    assertThat(anchoring.moved()).isZero();
  }

  @Test
  void leavesACaseThatDriftedByAFewChars() {
    PassagePair drifted = new PassagePair(SUSPICIOUS, SOURCE, shifted(QUOTE, 25), QUOTED);
    assertThat(new AnnotationAnchoring(texts).anchor(List.of(drifted))).containsExactly(drifted);
  }

  @Test
  void movesACaseWhoseSpanPointsAtOtherTextToTheCopiedWords() {
    String quote = QUOTE.of(texts.get(SUSPICIOUS));
    assertThat(quote).isEqualToIgnoringWhitespace(QUOTED.of(texts.get(SOURCE)));
    AnnotationAnchoring anchoring = new AnnotationAnchoring(texts);
    List<PassagePair> anchored = anchoring.anchor(List.of(
        new PassagePair(SUSPICIOUS, SOURCE, shifted(QUOTE, -900), QUOTED)));
    TextSpan found = anchored.get(0).suspiciousSpan();
    // from the quote's first word to the end of its last word: the final full stop is not a word
    assertThat(found.start()).isEqualTo(QUOTE.start());
    assertThat(quote.substring(0, found.end() - QUOTE.start())).isEqualTo(found.of(texts.get(SUSPICIOUS)));
    assertThat(QUOTE.end() - found.end()).isBetween(0, 2);
    assertThat(anchored.get(0).sourceSpan()).isEqualTo(QUOTED);
    assertThat(anchoring.moved()).isEqualTo(1);
  }

  @Test
  void neverMovesACaseWhoseSourceTextIsNotCopied() {
    PassagePair independent = new PassagePair(INDEPENDENT, SOURCE, new TextSpan(200, 393), QUOTED);
    PassagePair unquoted = new PassagePair(SUSPICIOUS, SOURCE, QUOTE, new TextSpan(100, 293));
    AnnotationAnchoring anchoring = new AnnotationAnchoring(texts);
    assertThat(anchoring.anchor(List.of(independent, unquoted))).containsExactly(independent, unquoted);
    assertThat(anchoring.moved()).isZero();
  }

  @Test
  void needsTheTextOfEveryAnnotatedDocument() {
    PassagePair unknown = new PassagePair("missing.txt", SOURCE, QUOTE, QUOTED);
    assertThatThrownBy(() -> new AnnotationAnchoring(texts).anchor(List.of(unknown)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing.txt");
  }

  private static TextSpan shifted(TextSpan span, int chars) {
    return new TextSpan(span.start() + chars, span.end() + chars);
  }
}
