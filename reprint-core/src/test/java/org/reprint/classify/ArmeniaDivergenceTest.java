package org.reprint.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;

/**
 * Acceptance of divergences and credits on the armenia-2020 example: the machine paraphrase 002 of the AFP
 * story 001 misspells and replaces names, flips "de-escalate", changes quotations; 000, 001 and 003 credit
 * AFP. Every reported span must hold the reported text in the original files.
 */
@DisplayName("armenia-2020: what changed between the versions, and whom they credit")
class ArmeniaDivergenceTest {

  static final String PLAIN = "000_51bb1057b6c19cdb.txt";
  static final String MARKDOWN = "001_de2c79a0c33f0dde.txt";
  static final String SPUN = "002_408473a80b4a83d8.txt";
  static final String QUOTING = "003_3408cd47ae938fb3.txt";

  static ScanResult result;

  @BeforeAll
  static void scan() {
    result = org.reprint.engine.RelativeScans.scan(Path.of("..", "examples", "armenia-2020"), ScanOptions.defaults(List.of()));
  }

  @Test
  @DisplayName("001 -> 002: Gyumri/Geometry, Pashinyan/Pasninyan, Hikmet/Hikmat are NAME changes")
  void replacedAndMisspelledNames() {
    assertChange(DivergenceType.NAME, "Gyumri", "Geometry");
    assertChange(DivergenceType.NAME, "Pashinyan", "Pasninyan");
    assertChange(DivergenceType.NAME, "Hikmet", "Hikmat");
    assertThat(find(DivergenceType.NAME, "Pashinyan", "Pasninyan").detail()).isEqualTo("edit distance 1");
  }

  @Test
  @DisplayName("001 -> 002: de-escalate/escalate and denied/refused are POLARITY changes")
  void polarityFlips() {
    assertChange(DivergenceType.POLARITY, "de-escalate", "escalate");
    assertThat(changes(MARKDOWN, SPUN))
        .anySatisfy(d -> {
          assertThat(d.type()).isEqualTo(DivergenceType.POLARITY);
          assertThat(d.firstText()).contains("denied");
          assertThat(d.secondText()).contains("refused");
        });
  }

  @Test
  @DisplayName("001 -> 002: \"substantive\"/\"stable\" and \"concrete formats\"/\"concrete form\" are QUOTE_CHANGED")
  void changedQuotations() {
    assertChange(DivergenceType.QUOTE_CHANGED, "substantive", "stable");
    assertChange(DivergenceType.QUOTE_CHANGED, "formats", "form");
  }

  @Test
  @DisplayName("\"Sept. 27\" and \"September 27\" are the same date; no NUMBER change anywhere in 001 -> 002")
  void abbreviatedMonthIsNotANumberChange() {
    assertThat(changes(MARKDOWN, SPUN)).noneSatisfy(d -> assertThat(d.type()).isEqualTo(DivergenceType.NUMBER));
    assertThat(changes(MARKDOWN, SPUN)).noneSatisfy(d -> assertThat(d.firstText()).contains("Sept"));
  }

  @Test
  @DisplayName("every change's spans hold its texts in the original files")
  void spansPointIntoTheOriginalFiles() {
    for (PairJudgement pair : result.pairs()) {
      String first = document(pair.first().value()).originalText();
      String second = document(pair.second().value()).originalText();
      for (Divergence divergence : pair.divergences()) {
        assertThat(divergence.firstSpan().of(first)).isEqualTo(divergence.firstText());
        assertThat(divergence.secondSpan().of(second)).isEqualTo(divergence.secondText());
      }
    }
  }

  @Test
  @DisplayName("only reuse pairs have divergences")
  void onlyReusePairsHaveDivergences() {
    for (PairJudgement pair : result.pairs()) {
      if (!pair.relation().isReuse()) {
        assertThat(pair.divergences()).as(pair.first() + " / " + pair.second()).isEmpty();
      }
    }
  }

  @Test
  @DisplayName("000 and 003 credit AFP; 003 also credits the Associated Press; 001, bylined for AFP, credits nobody")
  void agencyCredits() {
    assertThat(credits(PLAIN)).contains("AFP: told AFP");
    assertThat(credits(MARKDOWN)).isEmpty();
    assertThat(credits(QUOTING)).contains(
        "AFP: the Agence France-Presse reported", "AFP: the AFP said", "AFP: told AFP",
        "AP: Associated Press said");
    for (String id : List.of(PLAIN, MARKDOWN, QUOTING)) {
      String text = document(id).originalText();
      for (Attribution attribution : result.attributions().get(new DocumentId(id))) {
        assertThat(attribution.span().of(text)).isEqualTo(attribution.text());
      }
    }
  }

  @Test
  @DisplayName("a text crediting AFP is the copy of 001, whose byline is AFP")
  void creditedAgencyIsTheSource() {
    PairJudgement pair = result.pair(MARKDOWN, SPUN).orElseThrow();
    assertThat(pair.direction().source().value()).isEqualTo(MARKDOWN);
    assertThat(pair.direction().evidence()).contains("credits AFP", "byline or outlet is AFP");
    assertThat(result.pair(PLAIN, SPUN).orElseThrow().explanation()).contains("both credit AFP");
  }

  private static void assertChange(DivergenceType type, String firstText, String secondText) {
    Divergence change = find(type, firstText, secondText);
    Document first = document(MARKDOWN);
    Document second = document(SPUN);
    assertThat(change.firstSpan().of(first.originalText())).isEqualTo(firstText);
    assertThat(change.secondSpan().of(second.originalText())).isEqualTo(secondText);
  }

  private static Divergence find(DivergenceType type, String firstText, String secondText) {
    return changes(MARKDOWN, SPUN).stream()
        .filter(d -> d.type() == type && d.firstText().equals(firstText) && d.secondText().equals(secondText))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " " + firstText + " -> " + secondText
            + " in " + changes(MARKDOWN, SPUN)));
  }

  private static List<Divergence> changes(String first, String second) {
    return result.pair(first, second).orElseThrow().divergences();
  }

  private static List<String> credits(String id) {
    return result.attributions().get(new DocumentId(id)).stream()
        .map(a -> a.source().shortName() + ": " + a.text().replaceAll("\\s+", " "))
        .toList();
  }

  private static Document document(String id) {
    return result.documents().stream().filter(d -> d.id().value().equals(id)).findFirst().orElseThrow();
  }
}
