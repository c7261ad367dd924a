package org.reprint.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.classify.DivergenceType;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * The sentence-embedding rewrite detector, through the one pipeline: rewrites the lexical judgement misses
 * become PARAPHRASE, independent reports and quoting articles stay what they were.
 */
@DisplayName("EmbeddingRewriteDetector: rewrites found by sentence embeddings, in a scan")
class EmbeddingRewriteDetectorTest {

  private static EmbeddingRewriteDetector detector;

  @BeforeAll
  static void loadModel() {
    detector = new EmbeddingRewriteDetector(new SentenceEncoder());
  }

  private static ScanOptions options(boolean semantic) {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(2);
    return semantic ? options.withRewrites(detector) : options;
  }

  @Test
  @DisplayName("two-events: the embeddings chain the blog's rewrite of the AFP report, not the independent"
      + " report of the fire nor the other event's reports")
  void twoEventsRewriteIsChained() throws Exception {
    Path folder = Path.of("..", "examples", "two-events");
    var afp = analyzed(folder.resolve("000_harbour-fire-afp.md"));
    assertThat(detector.rewriteChain(afp, analyzed(folder.resolve("001_harbour-fire-blog-rewrite.md"))))
        .hasSizeGreaterThanOrEqualTo(org.reprint.align.RewriteChains.MIN_PAIRS);
    assertThat(detector.rewriteChain(afp, analyzed(folder.resolve("003_harbour-fire-independent.md")))).isEmpty();
    assertThat(detector.rewriteChain(analyzed(folder.resolve("004_ferry-terminal-vote.md")),
        analyzed(folder.resolve("005_ferry-terminal-independent.md")))).isEmpty();
    // through the pipeline the lexical chains find the rewrite first; the label and the changed number stand
    ScanResult semantic = Engine.scan(new Ingester(IngestOptions.DEFAULT).ingest(folder, "two-events"), options(true));
    PairJudgement rewrite =
        semantic.pair("two-events/000_harbour-fire-afp.md", "two-events/001_harbour-fire-blog-rewrite.md").orElseThrow();
    assertThat(rewrite.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(rewrite.divergences()).filteredOn(d -> d.type() == DivergenceType.NUMBER)
        .singleElement().satisfies(d -> {
          assertThat(d.firstText()).isEqualTo("40");
          assertThat(d.secondText()).isEqualTo("14");
        });
  }

  private static org.reprint.fingerprint.AnalyzedDocument analyzed(Path file) throws Exception {
    return new org.reprint.engine.DocumentAnalyzer(org.reprint.fingerprint.FingerprintParameters.DEFAULT)
        .analyze(Document.ofText(file.getFileName().toString(), java.nio.file.Files.readString(file)));
  }

  @Test
  @DisplayName("armenia-2020: every one of the 10 relations is the same with the detector as without")
  void armeniaRelationsUnchanged() {
    IngestResult examples = new Ingester(IngestOptions.DEFAULT)
        .ingest(Path.of("..", "examples", "armenia-2020"), "armenia");
    ScanResult lexical = Engine.scan(examples, options(false));
    ScanResult semantic = Engine.scan(examples, options(true));
    assertThat(semantic.pairs()).hasSize(10);
    for (PairJudgement pair : lexical.pairs()) {
      assertThat(semantic.pair(pair.first().value(), pair.second().value()).orElseThrow().relation())
          .as("%s / %s", pair.first(), pair.second()).isEqualTo(pair.relation());
    }
  }

  @Test
  @DisplayName("a held-out heavy rewrite is found, its independent report is not, and the answer repeats")
  void heldOutRewriteAndIndependentReport() throws Exception {
    Path folder = Path.of("..", "evaluation", "rewrites", "21");
    assertThat(detector.rewriteChain(analyzed(folder.resolve("source.txt")), analyzed(folder.resolve("heavy.txt"))))
        .isNotEmpty();
    assertThat(detector.rewriteChain(analyzed(folder.resolve("source.txt")),
        analyzed(folder.resolve("independent.txt")))).isEmpty();
    Document source = document(folder, "source");
    Relation heavy = relation(source, document(folder, "heavy"));
    assertThat(heavy).isEqualTo(Relation.PARAPHRASE);
    assertThat(relation(source, document(folder, "independent"))).isEqualTo(Relation.SAME_STORY);
    assertThat(relation(source, document(folder, "heavy"))).isEqualTo(heavy);
  }

  @Test
  void encoderRanksAParaphraseAboveAnotherSentence() {
    SentenceEncoder encoder = new SentenceEncoder();
    float[] fire = encoder.encode("A fire destroyed a warehouse in the port of Kessel early on Tuesday.");
    float[] rewrite = encoder.encode("Early Tuesday, flames gutted a storage building at Kessel's harbour.");
    float[] vote = encoder.encode("The city council approved a budget for a new ferry terminal.");
    assertThat(SentenceEncoder.cosine(fire, fire)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(SentenceEncoder.cosine(fire, rewrite)).isGreaterThan(EmbeddingRewriteDetector.COSINE)
        .isGreaterThan(SentenceEncoder.cosine(fire, vote) + 0.2);
    assertThat(encoder.encode("A fire destroyed a warehouse in the port of Kessel early on Tuesday."))
        .containsExactly(fire);
    assertThatThrownBy(() -> SentenceEncoder.cosine(fire, new float[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("384").hasMessageContaining("3");
  }

  private static Relation relation(Document first, Document second) {
    ScanResult result = Engine.scan(new IngestResult(List.of(first, second), List.of(), List.of()), options(true));
    return result.pair(first.id().value(), second.id().value()).map(PairJudgement::relation)
        .orElse(Relation.UNRELATED);
  }

  private static Document document(Path folder, String name) throws Exception {
    return Document.ofText(name, java.nio.file.Files.readString(folder.resolve(name + ".txt")));
  }
}
