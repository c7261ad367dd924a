package org.reprint.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.document.SourceFormat;
import org.reprint.fingerprint.TestDocuments;

class StoryEvidenceTest {

  private static Document wire(String id, String text, LocalDate date) {
    return new Document(new DocumentId(id), text, SourceFormat.PLAIN_TEXT,
        new Metadata(null, null, date, null, "reuters"), List.of());
  }

  @Test
  @DisplayName("shared names, words and numbers, most used first; reporting verbs, weekdays and the wire's own"
      + " sign-off left out; the days between the two")
  void evidence() {
    var first = TestDocuments.analyze(wire("a", "Shares of Coastal Corp fell after Oscar Wyatt said on Monday that"
        + " Coastal would sell its gas pipeline for 450 mln dlrs. Wyatt said the pipeline sale was final. Reuter\n",
        LocalDate.of(1987, 3, 2)));
    var second = TestDocuments.analyze(wire("b", "Coastal chairman Oscar Wyatt told analysts on Tuesday the gas"
        + " pipeline sale, valued at 450 mln dlrs, would close in May. Coastal shares rose. Reuter\n",
        LocalDate.of(1987, 3, 3)));
    StoryEvidence evidence = StoryEvidence.of(first, second);
    assertThat(evidence.names()).startsWith("Coastal").contains("Wyatt", "Oscar").doesNotContain("Reuter");
    assertThat(evidence.terms()).contains("pipeline", "gas")
        .doesNotContain("said", "Monday", "Tuesday", "Reuter");
    assertThat(evidence.numbers()).containsExactly("450");
    assertThat(evidence.daysApart()).isEqualTo(1);
    assertThat(evidence.describe()).contains("both name Coastal").endsWith("published 1 day apart");
  }

  @Test
  @DisplayName("a word either text writes in lower case is no name, however the other capitalizes it")
  void lowerCaseIsNoName() {
    var first = TestDocuments.analyze(wire("a", "The regulator told BBC News that Sybari would be fined.\n", null));
    var second = TestDocuments.analyze(wire("b", "In other news, the regulator said Sybari faces a fine.\n", null));
    StoryEvidence evidence = StoryEvidence.of(first, second);
    assertThat(evidence.names()).containsExactly("Sybari");
    assertThat(evidence.terms()).contains("News");
  }
}
