package org.reprint.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.index.CandidateOptions;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;
import org.reprint.report.JsonReport;

/**
 * What the skew caps of the candidate join cost in recall on a generated corpus: the same scan with every
 * posting-list cap (winnowed fingerprints, story terms, LSH bands) at its default, then multiplied by each
 * factor given, each scored against the planted truth by {@link TruthEvaluation}. The Spark job uses the
 * same caps (its equivalence tests hold pair for pair), so the figures are its too.
 *
 * <p>Usage: {@code java -cp reprint-bench/target/reprint-bench.jar org.reprint.bench.SkewCapCost
 * truth.jsonl corpus.jsonl [FACTOR ...]} (factors default to 4 and 16). Prints a Markdown table.
 */
public final class SkewCapCost {

  private SkewCapCost() {}

  public static void main(String[] arguments) throws IOException {
    if (arguments.length < 2) {
      System.err.println("usage: SkewCapCost TRUTH.jsonl CORPUS.jsonl [FACTOR ...]");
      System.exit(2);
    }
    List<TruthEvaluation.PlantedPair> truth = TruthEvaluation.readTruth(Path.of(arguments[0]));
    IngestResult corpus = new Ingester(IngestOptions.DEFAULT).ingest(Path.of(arguments[1]));
    System.out.println("| caps × | fingerprint / story / band caps | candidate pairs | planted found | recall"
        + " | exact copies | near copies | quotes | paraphrases | unexplained reuse pairs | seconds |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    row(truth, corpus, 1);
    for (int i = 2; i < arguments.length; i++) {
      row(truth, corpus, Integer.parseInt(arguments[i]));
    }
    if (arguments.length == 2) {
      row(truth, corpus, 4);
      row(truth, corpus, 16);
    }
  }

  private static void row(List<TruthEvaluation.PlantedPair> truth, IngestResult corpus, int factor)
      throws IOException {
    ScanOptions defaults = ScanOptions.defaults(List.of());
    CandidateOptions caps = scaled(defaults.candidates(), factor);
    ScanOptions options = new ScanOptions(defaults.inputs(), defaults.ingest(), defaults.fingerprint(), caps,
        defaults.alignment(), defaults.classification(), defaults.threads(), defaults.scope(),
        defaults.groupDuplicatesFrom());
    long start = System.nanoTime();
    ScanResult result = Engine.scan(corpus, options);
    double seconds = (System.nanoTime() - start) / 1e9;
    Path report = Files.createTempFile("skew-cap-", ".json");
    try {
      try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
        JsonReport.write(result, options, out);
      }
      List<TruthEvaluation.ReportedPair> reported = TruthEvaluation.readReport(report);
      List<TruthEvaluation.KindResult> kinds = TruthEvaluation.recall(truth, reported);
      int planted = kinds.stream().mapToInt(TruthEvaluation.KindResult::planted).sum();
      int found = kinds.stream().mapToInt(TruthEvaluation.KindResult::found).sum();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %d | %d / %d / %d | %,d | %,d of %,d | %.4f",
          factor, caps.maxFingerprintPostings(), caps.maxStoryPostings(), caps.maxBandPostings(),
          result.statistics().candidatePairs(), found, planted, found / (double) Math.max(1, planted)));
      for (TruthEvaluation.KindResult kind : kinds) {
        line.append(String.format(Locale.ROOT, " | %d/%d", kind.found(), kind.planted()));
      }
      line.append(String.format(Locale.ROOT, " | %,d | %.1f |",
          TruthEvaluation.precision(truth, reported).unexplained(), seconds));
      System.out.println(line);
    } finally {
      Files.deleteIfExists(report);
    }
  }

  /** {@code options} with every posting-list cap multiplied by {@code factor}. */
  static CandidateOptions scaled(CandidateOptions options, int factor) {
    return new CandidateOptions(options.minSharedFingerprints(), options.maxFingerprintPostings() * factor,
        options.storyTermsPerDocument(), options.minSharedStoryTerms(), options.maxStoryPostings() * factor,
        options.storyThreshold(), options.maxBandPostings() * factor);
  }
}
