package org.reprint.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.reprint.align.LogisticRegression;
import org.reprint.align.ParaphraseFeatures;
import org.reprint.align.ParaphraseScorer;
import org.reprint.align.SentenceProfile;
import org.reprint.document.Document;
import org.reprint.evaluation.MetricsTable.Metric;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.Fingerprinter;
import org.reprint.fingerprint.Sentence;
import org.reprint.fingerprint.TextFingerprint;
import org.reprint.index.CorpusStatistics;
import org.reprint.normalize.NormalizedText;
import org.reprint.normalize.Normalizer;

/**
 * Sentence-level paraphrase accuracy on the Microsoft Research Paraphrase Corpus format (Dolan and Brockett
 * 2005): how well {@link ParaphraseScorer}'s features tell a reworded sentence from another sentence of the
 * same story.
 *
 * <p>Each sentence goes through the scan's own stages (normalize, fingerprint) as a one-sentence document;
 * IDF comes from the distinct sentences of the file. The evaluation is a {@value #FOLDS}-fold
 * cross-validation with pairs shuffled by a {@code java.util.Random} seeded with {@value #SEED}: on each
 * fold a {@link LogisticRegression} is trained on the other nine, and the probability threshold that
 * maximizes F1 on those nine is applied to the held-out fold. Figures are pooled: the held-out decisions of
 * all folds are counted together (the mean of the per-fold F1 is given as well). The weighted-Dice baseline
 * (Reprint's earlier sentence score) gets the same treatment: its threshold is chosen on the training folds.
 *
 * <p>Run as a program to print the table, including the weights trained on the whole file that {@link
 * ParaphraseScorer} ships: {@code java -cp reprint-eval/target/classes:reprint-core/target/classes:$(cat cp.txt)
 * org.reprint.evaluation.MsrpEvaluation /work/shared/datasets/msrp/msr_paraphrase_train.txt}.
 */
public final class MsrpEvaluation {

  static final int FOLDS = 10;
  static final long SEED = 20_050_101L;

  private MsrpEvaluation() {}

  /** One line of an MSRP file: the label and the two sentences with their ids. */
  public record MsrpPair(boolean paraphrase, String firstId, String secondId, String first, String second) {}

  /** Counts of held-out decisions, pooled over folds. */
  public record Confusion(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    Confusion plus(Confusion other) {
      return new Confusion(truePositives + other.truePositives, falsePositives + other.falsePositives,
          falseNegatives + other.falseNegatives, trueNegatives + other.trueNegatives);
    }

    public int total() {
      return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public double accuracy() {
      return (double) (truePositives + trueNegatives) / total();
    }

    public double precision() {
      return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
      return truePositives == 0 ? 0 : 2.0 * truePositives / (2 * truePositives + falsePositives + falseNegatives);
    }
  }

  /** The outcome of one cross-validation: pooled counts and the mean of the per-fold F1. */
  public record CrossValidation(Confusion pooled, double meanFoldF1) {}

  /** Evaluates on an MSRP file (Quality, #1 ID, #2 ID, #1 String, #2 String). */
  public static MetricsTable evaluate(Path file) {
    List<MsrpPair> pairs = read(file);
    long start = System.nanoTime();
    List<SentenceProfile[]> profiles = profiles(pairs);
    double profileMicros = (System.nanoTime() - start) / 1000.0 / (2.0 * pairs.size());
    double[][] features = features(profiles);
    // timed on a second pass, once the JIT has compiled the feature code, as in a long scan
    start = System.nanoTime();
    features(profiles);
    double featureMicros = (System.nanoTime() - start) / 1000.0 / pairs.size();
    boolean[] labels = labels(pairs);
    return table(file, features, labels, profileMicros, featureMicros);
  }

  private static MetricsTable table(
      Path file, double[][] features, boolean[] labels, double profileMicros, double featureMicros) {
    List<Metric> metrics = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Confusion shipped = shipped(features, labels);
    metrics.add(new Metric("shipped scorer accuracy", shipped.accuracy(), String.format(Locale.ROOT,
        "TP %d FP %d FN %d TN %d; no training on this file", shipped.truePositives(),
        shipped.falsePositives(), shipped.falseNegatives(), shipped.trueNegatives())));
    metrics.add(new Metric("shipped scorer F1", shipped.f1(), String.format(Locale.ROOT,
        "the weights and threshold %.4f Reprint ships", ParaphraseScorer.MSRP_THRESHOLD)));
    CrossValidation full = crossValidate(features, labels, LogisticRegression.DEFAULT);
    addFigures(metrics, "scorer", full);
    Confusion majority = majority(labels);
    metrics.add(new Metric("majority accuracy", majority.accuracy(), "every pair called a paraphrase"));
    metrics.add(new Metric("majority F1", majority.f1(), ""));
    CrossValidation dice =
        crossValidate(select(features, List.of(ParaphraseFeatures.WEIGHTED_DICE)), labels, LogisticRegression.DEFAULT);
    addFigures(metrics, "weighted Dice", dice);
    for (int f = 0; f < ParaphraseFeatures.NAMES.size(); f++) {
      CrossValidation ablated = crossValidate(without(features, f), labels, LogisticRegression.DEFAULT);
      metrics.add(new Metric("F1 without " + ParaphraseFeatures.NAMES.get(f), ablated.pooled().f1(),
          String.format(Locale.ROOT, "accuracy %.4f", ablated.pooled().accuracy())));
    }
    notes.add(String.format(Locale.ROOT, "%d pairs from %s; %d-fold cross-validation, seed %d; figures pooled"
        + " over the held-out folds; thresholds maximize F1 on the training folds", labels.length,
        file.getFileName(), FOLDS, SEED));
    notes.add(String.format(Locale.ROOT, "cost: %.1f us per sentence to profile (normalize, fingerprint,"
        + " profile; first pass, JIT warm-up included), %.2f us per pair for the features (second pass)", profileMicros, featureMicros));
    LogisticRegression.Model whole = LogisticRegression.DEFAULT.train(features, labels);
    notes.add("weights trained on the whole file: " + describe(whole));
    notes.add(String.format(Locale.ROOT, "F1-best threshold on the whole file: %.4f",
        bestThreshold(probabilities(whole, features, allRows(labels.length)), labels)));
    return new MetricsTable("MSRP sentence paraphrase (" + file.getFileName() + ")", metrics, notes);
  }

  private static void addFigures(List<Metric> metrics, String name, CrossValidation result) {
    Confusion pooled = result.pooled();
    String counts = String.format(Locale.ROOT, "TP %d FP %d FN %d TN %d", pooled.truePositives(),
        pooled.falsePositives(), pooled.falseNegatives(), pooled.trueNegatives());
    metrics.add(new Metric(name + " accuracy", pooled.accuracy(), counts));
    metrics.add(new Metric(name + " precision", pooled.precision(), ""));
    metrics.add(new Metric(name + " recall", pooled.recall(), ""));
    metrics.add(new Metric(name + " F1", pooled.f1(),
        String.format(Locale.ROOT, "mean over folds %.4f", result.meanFoldF1())));
  }

  /** Reads an MSRP file: UTF-8, with or without a byte order mark, with or without its header line. */
  public static List<MsrpPair> read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<MsrpPair> parse(List<String> lines) {
    List<MsrpPair> pairs = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = n == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(n);
      if (line.isBlank() || (n == 0 && line.startsWith("Quality"))) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 5 || !(fields[0].equals("0") || fields[0].equals("1"))) {
        throw new IllegalArgumentException("line " + (n + 1)
            + ": expected Quality (0 or 1), #1 ID, #2 ID, #1 String, #2 String separated by tabs, got: " + line);
      }
      pairs.add(new MsrpPair(fields[0].equals("1"), fields[1], fields[2], fields[3], fields[4]));
    }
    return pairs;
  }

  /** Profiles both sentences of every pair, with IDF over the file's distinct sentences. */
  public static List<SentenceProfile[]> profiles(List<MsrpPair> pairs) {
    Map<String, AnalyzedDocument> sentences = new LinkedHashMap<>();
    Normalizer normalizer = new Normalizer();
    Fingerprinter fingerprinter = new Fingerprinter(FingerprintParameters.DEFAULT);
    Function<String[], AnalyzedDocument> analyze =
        idAndText -> sentences.computeIfAbsent(idAndText[0],
            id -> asOneSentence(Document.ofText(id, idAndText[1]), normalizer, fingerprinter));
    for (MsrpPair pair : pairs) {
      analyze.apply(new String[] {pair.firstId(), pair.first()});
      analyze.apply(new String[] {pair.secondId(), pair.second()});
    }
    CorpusStatistics statistics = CorpusStatistics.of(new ArrayList<>(sentences.values()));
    Map<String, SentenceProfile> profiles = new LinkedHashMap<>();
    sentences.forEach((id, document) ->
        profiles.put(id, SentenceProfile.of(document, statistics::termId, statistics::idf)));
    List<SentenceProfile[]> result = new ArrayList<>();
    for (MsrpPair pair : pairs) {
      result.add(new SentenceProfile[] {profiles.get(pair.firstId()), profiles.get(pair.secondId())});
    }
    return result;
  }

  /** A document that is one sentence, whatever the splitter would make of its abbreviations. */
  private static AnalyzedDocument asOneSentence(
      Document document, Normalizer normalizer, Fingerprinter fingerprinter) {
    NormalizedText normalized = normalizer.normalize(document);
    TextFingerprint fingerprint = fingerprinter.fingerprint(normalized.text());
    Sentence whole = new Sentence(0, fingerprint.tokenCount(), 0, normalized.text().length());
    return new AnalyzedDocument(document, normalized, fingerprint, List.of(whole));
  }

  public static double[][] features(List<SentenceProfile[]> profiles) {
    double[][] features = new double[profiles.size()][];
    for (int i = 0; i < features.length; i++) {
      features[i] = ParaphraseFeatures.of(profiles.get(i)[0], 0, profiles.get(i)[1], 0);
    }
    return features;
  }

  private static boolean[] labels(List<MsrpPair> pairs) {
    boolean[] labels = new boolean[pairs.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = pairs.get(i).paraphrase();
    }
    return labels;
  }

  /**
   * The scorer as shipped ({@link ParaphraseScorer}: weights trained on MSRP's training file, its decision
   * threshold), applied to every pair of the file with no training on it: the figure for a test file.
   */
  public static Confusion shipped(double[][] features, boolean[] labels) {
    double[] probabilities = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      probabilities[i] = ParaphraseScorer.probability(features[i]);
    }
    return confusion(probabilities, labels, ParaphraseScorer.MSRP_THRESHOLD);
  }

  /** Seeded k-fold cross-validation: train on k - 1 folds, pick the F1-best threshold there, test on one. */
  public static CrossValidation crossValidate(
      double[][] features, boolean[] labels, LogisticRegression learner) {
    int[] fold = folds(labels.length);
    Confusion pooled = new Confusion(0, 0, 0, 0);
    double f1Sum = 0;
    for (int k = 0; k < FOLDS; k++) {
      List<Integer> training = new ArrayList<>();
      List<Integer> testing = new ArrayList<>();
      for (int i = 0; i < labels.length; i++) {
        (fold[i] == k ? testing : training).add(i);
      }
      LogisticRegression.Model model = learner.train(rows(features, training), labels(labels, training));
      double threshold = bestThreshold(probabilities(model, features, training), labels(labels, training));
      Confusion held = confusion(probabilities(model, features, testing), labels(labels, testing), threshold);
      pooled = pooled.plus(held);
      f1Sum += held.f1();
    }
    return new CrossValidation(pooled, f1Sum / FOLDS);
  }

  /** The fold of each pair: a seeded shuffle dealt round-robin, so folds differ in size by at most one. */
  private static int[] folds(int count) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(SEED));
    int[] fold = new int[count];
    for (int position = 0; position < count; position++) {
      fold[order.get(position)] = position % FOLDS;
    }
    return fold;
  }

  /**
   * The probability threshold with the best F1 on these examples: a sweep down the sorted probabilities,
   * calling each prefix positive; ties go to the higher threshold.
   */
  static double bestThreshold(double[] probabilities, boolean[] labels) {
    Integer[] order = new Integer[probabilities.length];
    int positives = 0;
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      positives += labels[i] ? 1 : 0;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(probabilities[y], probabilities[x]));
    double best = 1;
    double bestF1 = 0;
    int truePositives = 0;
    for (int rank = 0; rank < order.length; rank++) {
      truePositives += labels[order[rank]] ? 1 : 0;
      boolean tied = rank + 1 < order.length && probabilities[order[rank + 1]] == probabilities[order[rank]];
      double f1 = 2.0 * truePositives / (rank + 1 + positives);
      if (!tied && f1 > bestF1) {
        bestF1 = f1;
        best = probabilities[order[rank]];
      }
    }
    return best;
  }

  public static Confusion confusion(double[] probabilities, boolean[] labels, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < labels.length; i++) {
      boolean predicted = probabilities[i] >= threshold;
      if (predicted) {
        if (labels[i]) {
          tp++;
        } else {
          fp++;
        }
      } else if (labels[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Confusion(tp, fp, fn, tn);
  }

  private static Confusion majority(boolean[] labels) {
    double[] always = new double[labels.length];
    java.util.Arrays.fill(always, 1);
    return confusion(always, labels, 1);
  }

  private static double[] probabilities(LogisticRegression.Model model, double[][] features, List<Integer> rows) {
    double[] probabilities = new double[rows.size()];
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] = model.probability(features[rows.get(i)]);
    }
    return probabilities;
  }

  private static List<Integer> allRows(int count) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(i);
    }
    return rows;
  }

  private static double[][] rows(double[][] features, List<Integer> rows) {
    double[][] selected = new double[rows.size()][];
    for (int i = 0; i < selected.length; i++) {
      selected[i] = features[rows.get(i)];
    }
    return selected;
  }

  private static boolean[] labels(boolean[] labels, List<Integer> rows) {
    boolean[] selected = new boolean[rows.size()];
    for (int i = 0; i < selected.length; i++) {
      selected[i] = labels[rows.get(i)];
    }
    return selected;
  }

  private static double[][] select(double[][] features, List<Integer> columns) {
    double[][] selected = new double[features.length][columns.size()];
    for (int i = 0; i < features.length; i++) {
      for (int c = 0; c < columns.size(); c++) {
        selected[i][c] = features[i][columns.get(c)];
      }
    }
    return selected;
  }

  private static double[][] without(double[][] features, int dropped) {
    List<Integer> columns = new ArrayList<>();
    for (int f = 0; f < features[0].length; f++) {
      if (f != dropped) {
        columns.add(f);
      }
    }
    return select(features, columns);
  }

  private static String describe(LogisticRegression.Model model) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "bias %.4f", model.bias()));
    for (int f = 0; f < model.weights().length; f++) {
      text.append(String.format(Locale.ROOT, ", %s %.4f", ParaphraseFeatures.NAMES.get(f), model.weights()[f]));
    }
    text.append("; as Java: {");
    for (int f = 0; f < model.weights().length; f++) {
      text.append(String.format(Locale.ROOT, f == 0 ? "%.4f" : ", %.4f", model.weights()[f]));
    }
    text.append("}");
    return text.toString();
  }

  /** Prints the table for the MSRP file named by the first argument. */
  public static void main(String[] arguments) {
    MetricsTable table = evaluate(Path.of(arguments[0]));
    System.out.println(table.title());
    for (Metric metric : table.metrics()) {
      System.out.printf(Locale.ROOT, "%-40s %.4f  %s%n", metric.name(), metric.value(), metric.detail());
    }
    table.notes().forEach(System.out::println);
  }
}
