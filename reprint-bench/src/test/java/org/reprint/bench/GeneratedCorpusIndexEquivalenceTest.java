package org.reprint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.classify.PairJudgement;
import org.reprint.document.Document;
import org.reprint.engine.Engine;
import org.reprint.engine.IncrementalEngine;
import org.reprint.engine.ProgressListener;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * On a generated 5,000-article corpus with planted reuse, a scan and "index add, then query every article"
 * give the same pairs with the same relations, scores and passages.
 */
class GeneratedCorpusIndexEquivalenceTest {

  static final int COUNT = 5_000;

  @Test
  void scanAndIndexQueriesAgreeOnAGeneratedCorpus(@TempDir Path folder) throws IOException {
    Path datasets = CorpusGeneratorTest.findDatasets();
    Assumptions.assumeTrue(datasets != null,
        "shared datasets not found (../shared/datasets); skipping the generated 5,000-article equivalence test");
    Path corpus = folder.resolve("corpus");
    new CorpusGenerator(GeneratorOptions.defaults(COUNT, 7L, corpus, datasets), SourceArticles.load(datasets))
        .generate();
    Path jsonl = corpus.resolve(CorpusGenerator.CORPUS_FILE);
    ScanOptions options = ScanOptions.defaults(List.of(jsonl)).withThreads(2)
        .withGroupDuplicatesFrom(0); // an index holds every article: compared with a scan that lists every pair
    ScanResult scan = Engine.run(options);
    IngestResult ingested = new Ingester(IngestOptions.DEFAULT).ingest(jsonl);
    assertThat(ingested.documents()).hasSize(COUNT);

    TreeMap<String, String> viaIndex = new TreeMap<>();
    try (ReprintIndex index = ReprintIndex.openForWriting(folder.resolve("index"), options.fingerprint())) {
      IncrementalEngine.index(index, ingested, options, ProgressListener.NONE);
      for (Document document : ingested.documents()) {
        for (PairJudgement pair : IncrementalEngine.query(index, document, options).pairs()) {
          viaIndex.put(key(pair), decision(pair));
        }
      }
    }
    TreeMap<String, String> viaScan = new TreeMap<>();
    scan.pairs().forEach(pair -> viaScan.put(key(pair), decision(pair)));
    assertThat(viaScan.size()).isGreaterThan(COUNT / 10); // the planted reuse alone gives ~500 pairs
    assertThat(viaIndex.keySet()).containsExactlyElementsOf(viaScan.keySet());
    assertThat(viaIndex).isEqualTo(viaScan);
  }

  private static String key(PairJudgement pair) {
    return pair.first() + " " + pair.second();
  }

  private static String decision(PairJudgement pair) {
    return pair.relation() + " " + pair.scores() + " " + pair.direction() + " " + pair.passages()
        + " " + pair.divergences();
  }
}
