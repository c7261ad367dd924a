package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.PairScores;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * Duplicate groups are a compact form of the same pairs: expanding them (every member takes its
 * representative's pairs, and members are DUPLICATE of one another) gives the pairs of a scan without
 * groups, relation for relation and score for score.
 */
class DuplicateGroupsTest {

  static final Path BBC_BUSINESS = Path.of("..", "..", "shared", "datasets", "bbc_news", "business");

  private static String key(DocumentId first, DocumentId second) {
    return first.compareTo(second) < 0 ? first + "\u0000" + second : second + "\u0000" + first;
  }

  /** The scores of a pair seen from its other side. */
  private static PairScores mirrored(PairScores s) {
    return new PairScores(s.resemblance(), s.containmentSecond(), s.containmentFirst(), s.alignedShareSecond(),
        s.alignedShareFirst(), s.verbatimShareSecond(), s.verbatimShareFirst(), s.storySimilarity(),
        s.longestPassageWords());
  }

  /** Checks that {@code grouped}, expanded, holds exactly the pairs of {@code ungrouped}. */
  static void assertExpandsTo(ScanResult grouped, ScanResult ungrouped) {
    assertExpandsTo(grouped, ungrouped, true);
  }

  /**
   * As {@link #assertExpandsTo(ScanResult, ScanResult)}; when not {@code exact}, the grouped scan may list
   * more pairs: a text held by hundreds of copies fills posting lists past their caps in a scan without
   * groups, and pairs are lost that the group's one representative still finds.
   */
  static void assertExpandsTo(ScanResult grouped, ScanResult ungrouped, boolean exact) {
    Map<DocumentId, DocumentId> representative = new HashMap<>();
    for (DuplicateGroup group : grouped.duplicateGroups()) {
      group.members().forEach(member -> representative.put(member, group.representative()));
    }
    Map<String, PairJudgement> groupedPairs = new HashMap<>();
    grouped.pairs().forEach(p -> groupedPairs.put(key(p.first(), p.second()), p));
    Map<String, PairJudgement> ungroupedPairs = new HashMap<>();
    ungrouped.pairs().forEach(p -> ungroupedPairs.put(key(p.first(), p.second()), p));
    for (PairJudgement pair : ungrouped.pairs()) {
      DocumentId first = representative.getOrDefault(pair.first(), pair.first());
      DocumentId second = representative.getOrDefault(pair.second(), pair.second());
      if (first.equals(second)) {
        assertThat(pair.relation()).as(pair.first() + " / " + pair.second()).isEqualTo(Relation.DUPLICATE);
        continue;
      }
      PairJudgement listed = groupedPairs.get(key(first, second));
      assertThat(listed).as("pair for " + pair.first() + " / " + pair.second()).isNotNull();
      assertThat(listed.relation()).as(pair.first() + " / " + pair.second()).isEqualTo(pair.relation());
      boolean turned = first.compareTo(second) > 0; // the representative sorts on the other side of the pair
      assertThat(turned ? mirrored(listed.scores()) : listed.scores()).as(pair.first() + " / " + pair.second())
          .isEqualTo(pair.scores());
    }
    for (PairJudgement pair : exact ? grouped.pairs() : List.<PairJudgement>of()) {
      PairJudgement same = ungroupedPairs.get(key(pair.first(), pair.second()));
      assertThat(same).as("listed pair " + pair.first() + " / " + pair.second()).isNotNull();
      assertThat(pair.relation()).isEqualTo(same.relation());
      assertThat(pair.scores()).isEqualTo(same.scores());
    }
    for (DuplicateGroup group : grouped.duplicateGroups()) {
      for (DocumentId member : group.members()) {
        if (!member.equals(group.representative())) {
          assertThat(groupedPairs.get(key(member, group.representative())))
              .as(member + " with its representative").isNotNull()
              .extracting(PairJudgement::relation).isEqualTo(Relation.DUPLICATE);
        }
      }
    }
    if (exact) {
      assertThat(grouped.clustering().families().stream().map(f -> f.members()).toList())
          .isEqualTo(ungrouped.clustering().families().stream().map(f -> f.members()).toList());
    }
  }

  private static IngestResult exampleWithCopies(int copies, String prefix) {
    IngestResult example = RelativeScans.ingest(ArmeniaScanTest.EXAMPLE, ScanOptions.defaults(List.of()));
    List<Document> documents = new ArrayList<>(example.documents());
    Document spun = documents.stream().filter(d -> d.id().value().startsWith(prefix)).findFirst().orElseThrow();
    for (int i = 0; i < copies; i++) {
      documents.add(new Document(new DocumentId(String.format("copy-%04d.txt", i)), spun.originalText(),
          spun.format(), spun.metadata(), spun.metadataSpans()));
    }
    documents.sort((x, y) -> x.id().compareTo(y.id()));
    return new IngestResult(documents, List.of(), List.of());
  }

  @Test
  @DisplayName("the example with {000, 001} grouped expands to the example's ten pairs")
  void exampleGroupedFromTwo() {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(2);
    IngestResult example = RelativeScans.ingest(ArmeniaScanTest.EXAMPLE, options);
    ScanResult ungrouped = Engine.scan(example, options.withGroupDuplicatesFrom(0));
    ScanResult grouped = Engine.scan(example, options.withGroupDuplicatesFrom(2));
    assertThat(grouped.duplicateGroups()).singleElement().satisfies(group -> {
      assertThat(group.members()).extracting(DocumentId::value)
          .containsExactly("000_51bb1057b6c19cdb.txt", "001_de2c79a0c33f0dde.txt");
      assertThat(group.representative().value()).isEqualTo("001_de2c79a0c33f0dde.txt"); // the dated one
    });
    assertThat(grouped.pairs()).hasSize(7);
    assertThat(ungrouped.pairs()).hasSize(10);
    assertExpandsTo(grouped, ungrouped);
  }

  @Test
  @DisplayName("by default two duplicates stay a pair: the example's report is unchanged")
  void twoDuplicatesStayAPair() {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(2);
    IngestResult example = RelativeScans.ingest(ArmeniaScanTest.EXAMPLE, options);
    ScanResult result = Engine.scan(example, options);
    assertThat(result.duplicateGroups()).isEmpty();
    assertThat(result.pairs()).isEqualTo(Engine.scan(example, options.withGroupDuplicatesFrom(0)).pairs());
  }

  @Test
  @DisplayName("300 copies of the spun article: one group, 299 member pairs, not 44,850")
  void threeHundredCopies() {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(2);
    IngestResult corpus = exampleWithCopies(299, "002");
    ScanResult grouped = Engine.scan(corpus, options);
    assertThat(grouped.duplicateGroups()).singleElement()
        .satisfies(group -> assertThat(group.members()).hasSize(300));
    long duplicates = grouped.pairs().stream().filter(p -> p.relation() == Relation.DUPLICATE).count();
    assertThat(duplicates).isEqualTo(299 + 1); // the group's member pairs, and 000/001
    ScanResult ungrouped = Engine.scan(corpus, options.withGroupDuplicatesFrom(0));
    assertThat(ungrouped.pairs()).hasSizeGreaterThan(300 * 299 / 2);
    assertThat(grouped.pairs()).hasSizeLessThanOrEqualTo(299 + 10);
    assertExpandsTo(grouped, ungrouped, false);
    // the copies' shared fingerprints sit in 300 documents, past the cap of 64, so without groups the
    // paraphrase 000 is not paired with them; the group's one representative is
    assertThat(grouped.pair("000_51bb1057b6c19cdb.txt", "002_408473a80b4a83d8.txt")).isPresent();
    assertThat(ungrouped.pair("000_51bb1057b6c19cdb.txt", "002_408473a80b4a83d8.txt")).isEmpty();
    ScanResult near = Engine.scan(corpus, options.withScope(ScanScope.NEAR_DUPLICATES));
    assertThat(near.duplicateGroups()).isEqualTo(grouped.duplicateGroups());
    assertThat(near.pairs()).hasSize(300);
  }

  @Test
  @DisplayName("BBC business: grouping from two and from three copies expands to the ungrouped scan")
  void bbcBusiness() {
    assumeTrue(Files.isDirectory(BBC_BUSINESS),
        "skipped: ../shared/datasets/bbc_news is not present (510 real articles with natural duplicates)");
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(2);
    IngestResult corpus = new Ingester(IngestOptions.DEFAULT).ingest(BBC_BUSINESS, "");
    ScanResult ungrouped = Engine.scan(corpus, options.withGroupDuplicatesFrom(0));
    for (int from : new int[] {2, 3}) {
      ScanResult grouped = Engine.scan(corpus, options.withGroupDuplicatesFrom(from));
      assertThat(grouped.duplicateGroups().isEmpty()).as("groups from " + from).isEqualTo(from == 3);
      assertExpandsTo(grouped, ungrouped);
    }
  }
}
