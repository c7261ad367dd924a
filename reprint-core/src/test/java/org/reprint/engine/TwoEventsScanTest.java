package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.cluster.DocumentGroup;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.ingest.IngestResult;

/**
 * The second golden example (examples/two-events, described in docs/two-events-example.md): a harbour fire
 * reported by AFP, rewritten sentence by sentence by a blog, quoted by a trade paper and told independently
 * by a local paper; eight days later a council vote in the same city, with the same mayor, port authority and
 * region, reported twice.
 */
@DisplayName("two-events: two events sharing their names stay two stories; the rewrite is traced to its source")
class TwoEventsScanTest {

  static final Path EXAMPLE = Path.of("..", "examples", "two-events");
  static final String AGENCY = "000_harbour-fire-afp.md";
  static final String REWRITE = "001_harbour-fire-blog-rewrite.md";
  static final String QUOTE = "002_harbour-fire-trade-quote.md";
  static final String INDEPENDENT = "003_harbour-fire-independent.md";
  static final String VOTE = "004_ferry-terminal-vote.md";
  static final String VOTE_INDEPENDENT = "005_ferry-terminal-independent.md";

  static ScanResult result;

  @BeforeAll
  static void scan() {
    result = RelativeScans.scan(EXAMPLE, ScanOptions.defaults(List.of()));
  }

  @Test
  @DisplayName("two stories: the fire with its independent report, and the vote")
  void twoStories() {
    assertThat(result.clustering().stories()).extracting(TwoEventsScanTest::ids).containsExactly(
        List.of(AGENCY, REWRITE, QUOTE, INDEPENDENT), List.of(VOTE, VOTE_INDEPENDENT));
  }

  @Test
  @DisplayName("one family rooted at the agency's report, with edges to the rewrite and the quoting article")
  void familyRootedAtTheAgency() {
    assertThat(result.clustering().families()).hasSize(1);
    DocumentGroup family = result.clustering().families().get(0);
    assertThat(ids(family)).containsExactly(AGENCY, REWRITE, QUOTE);
    assertThat(family.original().value()).isEqualTo(AGENCY);
    assertThat(family.edges()).extracting(e -> e.source().value() + (e.directed() ? " -> " : " -- ")
        + e.copy().value()).containsExactly(AGENCY + " -> " + REWRITE, AGENCY + " -> " + QUOTE);
  }

  @Test
  @DisplayName("the rewrite's dropped negation is among what it changed; \"Nobody was hurt\" for \"No one was"
      + " injured\" is not")
  void theRewritesChanges() {
    PairJudgement pair = result.pair(AGENCY, REWRITE).orElseThrow();
    // found by the lexical rewrite chains: 14 sentence pairs in order, each sharing a third of its words
    assertThat(pair.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(pair.explanation()).startsWith("rewritten sentence by sentence, found by shared content words");
    // the changed number (40 firefighters -> 14) sits in a sentence reworded past the scorer: its chain pair
    // makes the two sentences counterparts
    assertThat(pair.divergences()).extracting(d -> d.type().name() + " " + d.firstText() + " -> " + d.secondText())
        .contains("NUMBER 40 -> 14")
        .anyMatch(d -> d.startsWith("POLARITY") && d.contains("not ruled out"))
        .noneMatch(d -> d.startsWith("POLARITY") && d.toLowerCase(java.util.Locale.ROOT).contains("nobody"));
  }

  @Test
  @DisplayName("the same pair of reports a week apart is no longer SAME_STORY: the story window is 3 days")
  void storyWindow() {
    IngestResult read = RelativeScans.ingest(EXAMPLE, ScanOptions.defaults(List.of()));
    List<Document> moved = new ArrayList<>();
    for (Document document : read.documents()) {
      String id = document.id().value();
      if (id.equals(AGENCY) || id.equals(INDEPENDENT)) {
        Metadata m = document.metadata();
        LocalDate date = id.equals(INDEPENDENT) ? m.published().plusDays(8) : m.published();
        moved.add(new Document(document.id(), document.originalText(), document.format(),
            new Metadata(m.title(), m.byline(), date, m.url(), m.outlet()), document.metadataSpans()));
      }
    }
    ScanOptions options = ScanOptions.defaults(List.of());
    assertThat(result.pair(AGENCY, INDEPENDENT).orElseThrow().relation()).isEqualTo(Relation.SAME_STORY);
    assertThat(result.pair(AGENCY, INDEPENDENT).orElseThrow().storyEvidence().daysApart()).isZero();
    ScanResult apart = Engine.scan(new IngestResult(moved, List.of(), List.of()), options);
    assertThat(apart.pairs()).isEmpty();
  }

  static List<String> ids(DocumentGroup group) {
    return group.members().stream().map(DocumentId::value).toList();
  }
}
