package org.reprint.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reprint.align.LogisticRegression;
import org.reprint.align.RewriteChains;
import org.reprint.align.SentenceAligner;
import org.reprint.document.Document;
import org.reprint.engine.DocumentAnalyzer;
import org.reprint.evaluation.MetricsTable;
import org.reprint.evaluation.MsrpEvaluation;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.align.SentenceAligner.SentencePair;
import org.reprint.engine.ScanOptions;
import org.reprint.evaluation.RewriteEvaluation;

/**
 * What sentence embeddings add, measured.
 *
 * <ul>
 *   <li>{@code msrp FILE}: on an MSRP file, the lexical scorer's features, the embedding cosine alone, and
 *       both together, each as a logistic regression cross-validated the way {@link MsrpEvaluation} does
 *       (10 folds, seeded, thresholds chosen on the training folds); and the cost of an embedding.
 *   <li>{@code rewrites FOLDER}: on {@code evaluation/rewrites/}, the rule of {@link
 *       EmbeddingRewriteDetector} at several cosine thresholds on the development folders (up to 20), the
 *       best applied to the held-out ones; then the whole scan with the detector.
 * </ul>
 *
 * <pre>(cd reprint-semantic &amp;&amp; mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
 * java -cp reprint-semantic/target/classes:$(cat reprint-semantic/target/classpath.txt)
 *     org.reprint.semantic.SemanticEvaluation msrp ../shared/datasets/msrp/msr_paraphrase_train.txt</pre>
 */
public final class SemanticEvaluation {

  /** The last folder of the development part of {@code evaluation/rewrites/}. */
  static final int LAST_DEVELOPMENT = 20;

  private SemanticEvaluation() {}

  public static void main(String[] arguments) {
    if (arguments.length != 2 || !List.of("msrp", "rewrites").contains(arguments[0])) {
      System.err.println("usage: SemanticEvaluation msrp FILE | rewrites FOLDER");
      System.exit(2);
    }
    SentenceEncoder encoder = new SentenceEncoder();
    MetricsTable table = arguments[0].equals("msrp")
        ? msrp(Path.of(arguments[1]), encoder)
        : rewrites(Path.of(arguments[1]), encoder);
    System.out.println(table.title());
    table.metrics().forEach(metric -> System.out.printf(Locale.ROOT, "  %-58s %.4f  %s%n", metric.name(),
        metric.value(), metric.detail()));
    table.notes().forEach(note -> System.out.println("  - " + note));
  }

  /** Lexical features, the embedding cosine, and both, cross-validated on an MSRP file. */
  public static MetricsTable msrp(Path file, SentenceEncoder encoder) {
    List<MsrpEvaluation.MsrpPair> pairs = MsrpEvaluation.read(file);
    double[][] lexical = MsrpEvaluation.features(MsrpEvaluation.profiles(pairs));
    Map<String, float[]> embeddings = new HashMap<>();
    long start = System.nanoTime();
    for (MsrpEvaluation.MsrpPair pair : pairs) {
      embeddings.computeIfAbsent(pair.firstId(), id -> encoder.encode(pair.first()));
      embeddings.computeIfAbsent(pair.secondId(), id -> encoder.encode(pair.second()));
    }
    double millisPerSentence = (System.nanoTime() - start) / 1e6 / embeddings.size();
    double[][] cosine = new double[pairs.size()][];
    double[][] both = new double[pairs.size()][];
    double[][] full = new double[pairs.size()][];
    boolean[] labels = new boolean[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      MsrpEvaluation.MsrpPair pair = pairs.get(i);
      double similarity = SentenceEncoder.cosine(embeddings.get(pair.firstId()), embeddings.get(pair.secondId()));
      cosine[i] = new double[] {similarity};
      both[i] = java.util.Arrays.copyOf(lexical[i], lexical[i].length + 1);
      both[i][lexical[i].length] = similarity;
      full[i] = withProducts(both[i], embeddings.get(pair.firstId()), embeddings.get(pair.secondId()));
      labels[i] = pair.paraphrase();
    }
    List<MetricsTable.Metric> metrics = new ArrayList<>();
    add(metrics, "lexical features", MsrpEvaluation.crossValidate(lexical, labels, LogisticRegression.DEFAULT));
    add(metrics, "embedding cosine", MsrpEvaluation.crossValidate(cosine, labels, LogisticRegression.DEFAULT));
    add(metrics, "lexical features + embedding cosine",
        MsrpEvaluation.crossValidate(both, labels, LogisticRegression.DEFAULT));
    add(metrics, "lexical + cosine + |u - v| and u * v",
        MsrpEvaluation.crossValidate(full, labels, LogisticRegression.DEFAULT));
    return new MetricsTable("Semantic stage on MSRP (" + file.getFileName() + ")", metrics, List.of(
        pairs.size() + " pairs, " + embeddings.size() + " distinct sentences; 10-fold cross-validation as"
            + " in eval msrp",
        String.format(Locale.ROOT, "cost: %.2f ms per sentence embedding (one thread, model loaded)",
            millisPerSentence)));
  }

  /**
   * The features with the two embeddings' element-wise distance and product appended, the usual way a
   * linear classifier reads a sentence pair's embeddings (Conneau et al. 2017, SentEval).
   */
  static double[] withProducts(double[] features, float[] first, float[] second) {
    double[] all = java.util.Arrays.copyOf(features, features.length + 2 * first.length);
    for (int d = 0; d < first.length; d++) {
      all[features.length + d] = Math.abs(first[d] - second[d]);
      all[features.length + first.length + d] = first[d] * second[d];
    }
    return all;
  }

  private static void add(List<MetricsTable.Metric> metrics, String name, MsrpEvaluation.CrossValidation result) {
    MsrpEvaluation.Confusion pooled = result.pooled();
    metrics.add(new MetricsTable.Metric(name + ": F1", pooled.f1(), String.format(Locale.ROOT,
        "accuracy %.4f, precision %.4f, recall %.4f", pooled.accuracy(), pooled.precision(), pooled.recall())));
  }

  /** One text compared with its source: its kind and the chain found at each threshold. */
  record Compared(int folder, String kind, List<Double> chainShares, List<Integer> chainPairs) {
    boolean reuse() {
      return !kind.equals("independent");
    }
  }

  static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};

  /**
   * The embedding rewrite rule on the rewrite set: each threshold on the development folders, the best
   * applied to the held-out ones; then the pipeline with {@link EmbeddingRewriteDetector} at its cosine.
   */
  public static MetricsTable rewrites(Path folder, SentenceEncoder encoder) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer(FingerprintParameters.DEFAULT);
    EmbeddingRewriteDetector detector = new EmbeddingRewriteDetector(encoder);
    List<Compared> compared = new ArrayList<>();
    long start = System.nanoTime();
    int sentences = 0;
    for (Path source : RewriteEvaluation.sources(folder)) {
      int number = Integer.parseInt(source.getFileName().toString());
      AnalyzedDocument original = analyzed(analyzer, source.resolve("source.txt"));
      sentences += original.sentences().size();
      for (String kind : List.of("light", "heavy", "independent")) {
        Path other = source.resolve(kind + ".txt");
        if (Files.isRegularFile(other)) {
          AnalyzedDocument text = analyzed(analyzer, other);
          sentences += text.sentences().size();
          List<Double> shares = new ArrayList<>();
          List<Integer> counts = new ArrayList<>();
          for (double threshold : THRESHOLDS) {
            List<SentencePair> chain = RewriteChains.longestInOrder(SentenceAligner.greedyOneToOne(
                EmbeddingRewriteDetector.alike(detector.embeddings(original), detector.embeddings(text), threshold),
                original.sentences().size(), text.sentences().size()));
            counts.add(chain.size());
            shares.add(RewriteChains.shorterShare(original, text, chain));
          }
          compared.add(new Compared(number, kind, shares, counts));
        }
      }
    }
    double millis = (System.nanoTime() - start) / 1e6;
    List<Compared> development = compared.stream().filter(c -> c.folder() <= LAST_DEVELOPMENT).toList();
    List<Compared> heldOut = compared.stream().filter(c -> c.folder() > LAST_DEVELOPMENT).toList();
    int best = 0;
    for (int t = 1; t < THRESHOLDS.length; t++) {
      best = accuracy(development, t) > accuracy(development, best) ? t : best;
    }
    List<MetricsTable.Metric> metrics = new ArrayList<>();
    for (int t = 0; t < THRESHOLDS.length; t++) {
      metrics.add(new MetricsTable.Metric(String.format(Locale.ROOT, "development: right at cosine %.2f",
          THRESHOLDS[t]), accuracy(development, t), detail(development, t)));
    }
    if (!heldOut.isEmpty()) {
      metrics.add(new MetricsTable.Metric(String.format(Locale.ROOT, "held out: right at cosine %.2f (chosen)",
          THRESHOLDS[best]), accuracy(heldOut, best), detail(heldOut, best)));
    }
    MetricsTable pipeline = RewriteEvaluation.evaluate(folder,
        ScanOptions.defaults(List.of()).withThreads(1).withRewrites(detector), line -> {});
    pipeline.metrics().forEach(metric -> metrics.add(new MetricsTable.Metric(
        "scan with the detector, " + metric.name(), metric.value(), metric.detail())));
    return new MetricsTable("Semantic rewrite chains on " + folder.getFileName(), metrics, List.of(
        "a rewrite: at least " + RewriteChains.MIN_PAIRS + " sentence pairs at the cosine threshold,"
            + " one to one, in order on both sides, holding at least half of the shorter text's words",
        "right: light and heavy revisions called rewrites, independent reports not",
        "the scan uses cosine " + EmbeddingRewriteDetector.COSINE,
        String.format(Locale.ROOT, "cost: %.1f ms for %d sentences embedded and chained (%.2f ms per"
            + " sentence)", millis, sentences, millis / Math.max(1, sentences))));
  }

  private static double accuracy(List<Compared> compared, int threshold) {
    long right = compared.stream().filter(c -> rewrite(c, threshold) == c.reuse()).count();
    return compared.isEmpty() ? 0 : (double) right / compared.size();
  }

  private static String detail(List<Compared> compared, int threshold) {
    StringBuilder detail = new StringBuilder();
    for (String kind : List.of("light", "heavy", "independent")) {
      List<Compared> ofKind = compared.stream().filter(c -> c.kind().equals(kind)).toList();
      long called = ofKind.stream().filter(c -> rewrite(c, threshold)).count();
      detail.append(kind).append(' ').append(called).append('/').append(ofKind.size()).append(" called rewrite; ");
    }
    return detail.toString();
  }

  private static boolean rewrite(Compared compared, int threshold) {
    return compared.chainPairs().get(threshold) >= RewriteChains.MIN_PAIRS
        && compared.chainShares().get(threshold) >= RewriteChains.SHARE;
  }

  private static AnalyzedDocument analyzed(DocumentAnalyzer analyzer, Path file) {
    try {
      return analyzer.analyze(Document.ofText(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
