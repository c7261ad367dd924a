package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.align.AlignedPassage;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.cluster.DocumentGroup;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;

/**
 * The defining example: five versions of one AFP story (see examples/armenia-2020). This test states the
 * acceptance of the foundation: which pair is which relation, which passages are found, and the families,
 * stories and likely original.
 */
@DisplayName("armenia-2020: five versions of one AFP story")
class ArmeniaScanTest {

  static final Path EXAMPLE = Path.of("..", "examples", "armenia-2020");
  static final String PLAIN = "000_51bb1057b6c19cdb.txt";
  static final String MARKDOWN = "001_de2c79a0c33f0dde.txt";
  static final String SPUN = "002_408473a80b4a83d8.txt";
  static final String QUOTING = "003_3408cd47ae938fb3.txt";
  static final String INDEPENDENT = "004_aff0aa0c764f18b0.txt";

  static ScanResult result;

  @BeforeAll
  static void scan() {
    result = RelativeScans.scan(EXAMPLE, ScanOptions.defaults(List.of()));
  }

  @Test
  void plainAndMarkdownVersionsAreDuplicates() {
    assertThat(relation(PLAIN, MARKDOWN)).isEqualTo(Relation.DUPLICATE);
  }

  @Test
  void machineParaphraseIsParaphraseOfBothOriginals() {
    assertThat(relation(PLAIN, SPUN)).isEqualTo(Relation.PARAPHRASE);
    assertThat(relation(MARKDOWN, SPUN)).isEqualTo(Relation.PARAPHRASE);
    PairJudgement pair = pair(MARKDOWN, SPUN);
    assertThat(pair.scores().alignedShareFirst()).isGreaterThan(0.6);
    assertThat(pair.scores().verbatimShareFirst()).isLessThan(0.6);
  }

  @Test
  void quotingArticleIsPartialReuseWithTheQuotedPassagesAligned() {
    for (String original : List.of(PLAIN, MARKDOWN)) {
      PairJudgement pair = pair(original, QUOTING);
      assertThat(pair.relation()).isEqualTo(Relation.PARTIAL_REUSE);
      List<String> quotingSide = passageTexts(pair, QUOTING);
      assertThat(quotingSide)
          .anySatisfy(t -> assertThat(t).contains(
              "Moscow, which has previously said that its defense pact with Armenia does not extend to the"
                  + " breakaway region of Nagorno-Karabakh"))
          .anySatisfy(t -> assertThat(t).contains("It is impossible to calculate the risk"))
          .anySatisfy(t -> assertThat(t).contains("concrete formats"));
      assertThat(passageTexts(pair, original))
          .anySatisfy(t -> assertThat(flat(t)).contains("It is impossible to calculate the risk"))
          .anySatisfy(t -> assertThat(t).contains("concrete formats"));
    }
  }

  @Test
  void quotingArticleIsTheCopyBecauseItQuotesTheSharedText() {
    PairJudgement pair = pair(PLAIN, QUOTING);
    assertThat(pair.direction()).isNotNull();
    assertThat(pair.direction().source().value()).isEqualTo(PLAIN);
    assertThat(pair.direction().copy().value()).isEqualTo(QUOTING);
  }

  @Test
  void independentArticleIsSameStoryWithEveryOther() {
    for (String other : List.of(PLAIN, MARKDOWN, SPUN, QUOTING)) {
      assertThat(relation(other, INDEPENDENT)).as(other).isEqualTo(Relation.SAME_STORY);
      assertThat(pair(other, INDEPENDENT).passages()).isEmpty();
    }
  }

  /**
   * 002 and 003 both reuse the same AFP passage ("Moscow, which has previously said ...", verbatim in 003,
   * lightly spun in 002), so they share a 12-word-plus verbatim run: partial reuse, explained as going
   * through the common sources 000 and 001 rather than from one to the other.
   */
  @Test
  void spunAndQuotingArticlesSharePassagesThroughTheirCommonSource() {
    PairJudgement pair = pair(SPUN, QUOTING);
    assertThat(pair.relation()).isEqualTo(Relation.PARTIAL_REUSE);
    assertThat(pair.direction()).isNull();
    assertThat(pair.explanation()).contains("both also reuse " + PLAIN + ", " + MARKDOWN);
  }

  @Test
  void oneStoryOfAllFiveAndOneReuseFamilyOfFour() {
    assertThat(result.clustering().stories()).hasSize(1);
    assertThat(ids(result.clustering().stories().get(0)))
        .containsExactly(PLAIN, MARKDOWN, SPUN, QUOTING, INDEPENDENT);
    assertThat(result.clustering().families()).hasSize(1);
    DocumentGroup family = result.clustering().families().get(0);
    assertThat(ids(family)).containsExactly(PLAIN, MARKDOWN, SPUN, QUOTING);
    assertThat(family.original().value()).isEqualTo(MARKDOWN);
    assertThat(family.originalEvidence()).contains("2020-10-31");
  }

  @Test
  @DisplayName("000 is a duplicate of 001 with no direction: its \"told AFP\" is AFP's reporting, not a credit that"
      + " makes it the copy")
  void theDuplicateIsNotDirectedByAQuoteAttribution() {
    assertThat(pair(PLAIN, MARKDOWN).direction()).isNull();
    assertThat(result.scanned(new DocumentId(MARKDOWN)).orElseThrow().credits())
        .as("001 is bylined for AFP: its own \"told AFP\" credits nobody").isEmpty();
    assertThat(result.scanned(new DocumentId(PLAIN)).orElseThrow().credits())
        .isNotEmpty().allMatch(credit -> credit.interview());
  }

  @Test
  @DisplayName("provenance: the family is a tree rooted at 001 with 001 -> 002, 001 -> 003, 000 its undirected"
      + " duplicate; the story's time line puts 001 first and marks the others undated")
  void provenanceTreeAndTimeline() {
    DocumentGroup family = result.clustering().families().get(0);
    assertThat(family.edges()).extracting(e -> e.source().value() + (e.directed() ? " -> " : " -- ")
            + e.copy().value() + " " + e.relation())
        .containsExactlyInAnyOrder(
            MARKDOWN + " -- " + PLAIN + " DUPLICATE",
            MARKDOWN + " -> " + SPUN + " PARAPHRASE",
            MARKDOWN + " -> " + QUOTING + " PARTIAL_REUSE");
    DocumentGroup story = result.clustering().stories().get(0);
    assertThat(story.timeline()).extracting(e -> e.id().value())
        .containsExactly(MARKDOWN, PLAIN, SPUN, QUOTING, INDEPENDENT);
    assertThat(story.timeline().get(0).published()).hasToString("2020-10-31");
    assertThat(story.timeline().subList(1, 5)).allMatch(e -> e.undated());
    var spun = story.timeline().get(2);
    assertThat(spun.source().value()).isEqualTo(MARKDOWN);
    assertThat(spun.verbatimShare() + spun.rewordedShare() + spun.ownShare()).isCloseTo(1.0, within(1e-9));
    assertThat(spun.rewordedShare()).isGreaterThan(spun.verbatimShare());
    assertThat(spun.divergences()).isEqualTo(pair(MARKDOWN, SPUN).divergences().size());
    assertThat(story.timeline().get(4).relationToSource()).isEqualTo(Relation.SAME_STORY);
    assertThat(story.timeline().get(4).source()).isNull();
  }

  @Test
  @DisplayName("each SAME_STORY pair lists its evidence: shared names and words, and the date gap when known")
  void sameStoryEvidence() {
    PairJudgement pair = pair(MARKDOWN, INDEPENDENT);
    assertThat(pair.storyEvidence()).isNotNull();
    assertThat(pair.storyEvidence().names()).contains("Pashinyan", "Nagorno-Karabakh");
    assertThat(pair.storyEvidence().terms()).isNotEmpty().doesNotContain("said");
    assertThat(pair.explanation()).contains("both name").contains("Pashinyan");
    assertThat(pair(MARKDOWN, SPUN).storyEvidence()).as("a reuse pair's evidence is its passages").isNull();
  }

  @Test
  void boilerplateIsRemovedWithNamedRules() {
    assertThat(result.scanned(new DocumentId(SPUN)).orElseThrow().removed())
        .extracting(r -> r.rule())
        .contains("repeated-paragraph", "trailing-unrelated-line", "comment-form");
    assertThat(result.scanned(new DocumentId(PLAIN)).orElseThrow().removed())
        .extracting(r -> r.rule())
        .containsOnly("related-link");
  }

  @Test
  @DisplayName("a pair's passages never overlap: a sentence a verbatim passage reaches into is reworded only"
      + " outside it")
  void passagesNeverOverlap() {
    for (PairJudgement pair : result.pairs()) {
      for (boolean firstSide : List.of(true, false)) {
        List<AlignedPassage> sorted = pair.passages().stream()
            .sorted(java.util.Comparator.comparingInt(
                (AlignedPassage p) -> (firstSide ? p.firstWords() : p.secondWords()).start()))
            .toList();
        for (int i = 1; i < sorted.size(); i++) {
          var previous = firstSide ? sorted.get(i - 1).firstWords() : sorted.get(i - 1).secondWords();
          var next = firstSide ? sorted.get(i).firstWords() : sorted.get(i).secondWords();
          assertThat(next.start()).as("%s / %s", pair.first(), pair.second())
              .isGreaterThanOrEqualTo(previous.end());
        }
      }
    }
  }

  @Test
  @DisplayName("\"longest N words verbatim\" counts a run that matches exactly, not the gaps a passage bridges")
  void longestCountsExactWordsOnly() {
    PairJudgement pair = pair(SPUN, QUOTING);
    int longest = pair.scores().longestPassageWords();
    assertThat(longest).isLessThan(12); // the spun and the quoted AFP sentence share runs of a few words
    assertThat(pair.explanation()).contains("longest " + longest + " words verbatim");
    for (PairJudgement any : result.pairs()) {
      int mostVerbatim = any.passages().stream().mapToInt(AlignedPassage::verbatimWords).max().orElse(0);
      assertThat(any.scores().longestPassageWords()).as("%s / %s", any.first(), any.second())
          .isLessThanOrEqualTo(mostVerbatim);
    }
  }

  @Test
  void passageOffsetsPointIntoTheOriginalFiles() {
    for (PairJudgement pair : result.pairs()) {
      for (AlignedPassage passage : pair.passages()) {
        String first = document(pair.first().value()).originalText();
        String second = document(pair.second().value()).originalText();
        assertThat(passage.firstOriginal().end()).isLessThanOrEqualTo(first.length());
        assertThat(passage.secondOriginal().end()).isLessThanOrEqualTo(second.length());
        assertThat(Character.isLetterOrDigit(first.charAt(passage.firstOriginal().start()))).isTrue();
        assertThat(Character.isLetterOrDigit(second.charAt(passage.secondOriginal().end() - 1))).isTrue();
      }
    }
  }

  static Relation relation(String first, String second) {
    return pair(first, second).relation();
  }

  static PairJudgement pair(String first, String second) {
    return result.pair(first, second).orElseThrow(() -> new AssertionError("no pair " + first + " / " + second));
  }

  static List<String> passageTexts(PairJudgement pair, String side) {
    Document document = document(side);
    boolean first = pair.first().value().equals(side);
    return pair.passages().stream()
        .map(p -> (first ? p.firstOriginal() : p.secondOriginal()).of(document.originalText()))
        .toList();
  }

  static Document document(String id) {
    return result.documents().stream().filter(d -> d.id().value().equals(id)).findFirst().orElseThrow();
  }

  static List<String> ids(DocumentGroup group) {
    return group.members().stream().map(DocumentId::value).toList();
  }

  /** Joins hard-wrapped lines, as the plain-text original wraps its sentences. */
  static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
