package org.reprint.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.Fingerprinter;
import org.reprint.fingerprint.LshBands;
import org.reprint.fingerprint.TestDocuments;

/**
 * The packed story vectors of a scan must agree bit for bit with the one-at-a-time vectors of a query, or
 * scan and query would disagree at the story threshold.
 */
@DisplayName("StoryVectors: packed vectors agree exactly with StoryVector")
class StoryVectorsTest {

  private static final List<String> EXAMPLES = List.of("000", "001", "002", "003", "004");

  @Test
  @DisplayName("cosines and top terms equal those of StoryVector on the armenia-2020 articles")
  void agreesWithSingleVectors() {
    List<AnalyzedDocument> documents = EXAMPLES.stream().map(TestDocuments::analyzedExample).toList();
    CorpusStatistics statistics = CorpusStatistics.of(documents);
    List<StoryVector> single = documents.stream().map(d -> StoryVector.of(d, statistics)).toList();
    StoryVectors packed = StoryVectors.of(single);

    assertThat(packed.size()).isEqualTo(5);
    for (int a = 0; a < 5; a++) {
      assertThat(packed.topTermIds(a, 12)).containsExactly(single.get(a).topTermIds(12));
      for (int b = 0; b < 5; b++) {
        assertThat(packed.cosine(a, b)).isEqualTo(single.get(a).cosine(single.get(b)));
        assertThat(packed.cosine(a, b)).isEqualTo(packed.cosine(b, a));
      }
    }
    assertThat(packed.cosine(0, 1)).isGreaterThan(0.9); // the same article, plain text and Markdown
    assertThat(packed.cosine(0, 4)).isBetween(0.3, 0.9); // the same event, told independently
  }

  @Test
  @DisplayName("a vector made from a sketch equals the one made from the analysis")
  void sketchPathEqualsAnalysisPath() {
    List<AnalyzedDocument> documents = EXAMPLES.stream().map(TestDocuments::analyzedExample).toList();
    CorpusStatistics statistics = CorpusStatistics.of(documents);
    LshBands bands = new LshBands(FingerprintParameters.DEFAULT.bands(), FingerprintParameters.DEFAULT.rowsPerBand());
    for (AnalyzedDocument document : documents) {
      StoryVector fromSketch = StoryVector.of(
          DocumentSketch.of(document.fingerprint(), new Fingerprinter(FingerprintParameters.DEFAULT), bands),
          statistics);
      StoryVector fromTerms = StoryVector.of(document, statistics);
      assertThat(fromSketch.termIds()).containsExactly(fromTerms.termIds());
      assertThat(fromSketch.weights()).containsExactly(fromTerms.weights());
    }
  }

  @Test
  @DisplayName("the builder refuses more vectors or terms than it was sized for, naming the sizes")
  void builderChecksItsSizes() {
    List<AnalyzedDocument> documents = List.of(TestDocuments.analyzedExample("000"));
    CorpusStatistics statistics = CorpusStatistics.of(documents);
    StoryVector vector = StoryVector.of(documents.get(0), statistics);
    StoryVectors.Builder builder = new StoryVectors.Builder(1, vector.termIds().length);
    builder.add(vector);
    assertThatThrownBy(() -> builder.add(vector))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 documents");
    assertThatThrownBy(() -> new StoryVectors.Builder(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("documentCount")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> new StoryVectors.Builder(2, 1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("made for 2 documents, got 0");
    List<StoryVector> none = new ArrayList<>();
    assertThat(StoryVectors.of(none).size()).isZero();
  }
}
