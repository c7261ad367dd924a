package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.cluster.DocumentGroup;
import org.reprint.document.DocumentId;
import org.reprint.index.IndexSnapshot;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/** A family and a story read from an index: the same judgements a scan makes, through queries only. */
class IndexNeighbourhoodTest {

  @TempDir Path indexFolder;

  static final String SPUN = "002_408473a80b4a83d8.txt";
  static final String QUOTING = "003_3408cd47ae938fb3.txt";
  static final String INDEPENDENT = "004_aff0aa0c764f18b0.txt";

  ScanOptions options = ScanOptions.defaults(List.of()).withGroupDuplicatesFrom(0);

  ReprintIndex indexed() {
    IngestResult example = new Ingester(IngestOptions.DEFAULT).ingest(ArmeniaScanTest.EXAMPLE, "");
    ReprintIndex index = ReprintIndex.openForWriting(indexFolder, options.fingerprint());
    IncrementalEngine.index(index, example, options, ProgressListener.NONE);
    return index;
  }

  static DocumentGroup groupOf(List<DocumentGroup> groups, String id) {
    return groups.stream().filter(g -> g.members().contains(new DocumentId(id))).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("the family of the quoting article: 000-003, 001 the original, every pair as a scan judges it")
  void familyIsTheScansFamily() {
    ScanResult scan = Engine.scan(new Ingester(IngestOptions.DEFAULT).ingest(ArmeniaScanTest.EXAMPLE, ""), options);
    try (ReprintIndex index = indexed(); IndexSnapshot snapshot = index.snapshot()) {
      ScanResult family = IndexNeighbourhood.family(snapshot, QUOTING, options, 50);
      DocumentGroup group = groupOf(family.clustering().families(), QUOTING);
      assertThat(group).isEqualTo(groupOf(scan.clustering().families(), QUOTING));
      assertThat(group.original().value()).startsWith("001_");
      assertThat(decisions(family, group)).isEqualTo(decisions(scan, group));
      assertThat(family.documents()).extracting(d -> d.id().value()).doesNotContain(INDEPENDENT);
    }
  }

  /** Relation, scores, direction and passages of every pair of the group's members. */
  static TreeMap<String, String> decisions(ScanResult result, DocumentGroup group) {
    TreeMap<String, String> decisions = new TreeMap<>();
    for (PairJudgement pair : result.pairs()) {
      if (group.members().contains(pair.first()) && group.members().contains(pair.second())) {
        decisions.put(pair.first() + " " + pair.second(),
            pair.relation() + " " + pair.scores() + " " + pair.direction() + " " + pair.passages());
      }
    }
    return decisions;
  }

  @Test
  @DisplayName("a limit cuts the family, keeping the closest copies; limit 1 is the article alone")
  void limitCutsTheFamily() {
    try (ReprintIndex index = indexed(); IndexSnapshot snapshot = index.snapshot()) {
      ScanResult two = IndexNeighbourhood.family(snapshot, SPUN, options, 2);
      assertThat(two.documents()).hasSize(2);
      assertThat(two.pairs()).singleElement().extracting(PairJudgement::relation).isEqualTo(Relation.PARAPHRASE);
      assertThat(IndexNeighbourhood.family(snapshot, SPUN, options, 1).pairs()).isEmpty();
      assertThatThrownBy(() -> IndexNeighbourhood.family(snapshot, SPUN, options, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be at least 1, got 0");
      assertThatThrownBy(() -> IndexNeighbourhood.family(snapshot, "nothing", options, 5))
          .isInstanceOf(NoSuchElementException.class).hasMessageContaining("nothing");
    }
  }

  @Test
  @DisplayName("the story of the independent article: the four others, each SAME_STORY with it")
  void story() {
    try (ReprintIndex index = indexed(); IndexSnapshot snapshot = index.snapshot()) {
      ScanResult story = IndexNeighbourhood.story(snapshot, INDEPENDENT, options);
      assertThat(story.documents()).hasSize(5);
      assertThat(story.pairs()).hasSize(4).allMatch(p -> p.relation() == Relation.SAME_STORY);
    }
  }
}
