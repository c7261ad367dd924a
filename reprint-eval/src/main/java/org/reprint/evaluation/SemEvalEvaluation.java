package org.reprint.evaluation;

import org.reprint.report.Plural;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.reprint.classify.ClassificationOptions;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.index.CorpusStatistics;
import org.reprint.index.StoryVector;
import org.reprint.ingest.IngestResult;

/**
 * Same-story judgement on the SemEval-2022 task 8 "Multilingual News Article Similarity" CSV (Chen et al.
 * 2022): English pairs only, story similarity against the annotators' Overall score (1 = same story, 4 =
 * unrelated).
 *
 * <p>The CSV has the columns {@code ,pair_id,lang1,lang2,text1,text2,Geography,Entities,Time,Narrative,
 * Overall,Style,Tone}, with quoted, multi-line fields, read by {@link CsvRecords}. Every en-en row gives two
 * documents, {@code pair_id#1} and {@code pair_id#2}; corpus statistics are computed over all of them at once
 * (as a scan of them would) and each pair's story similarity is the cosine of the two {@link StoryVector}s. A
 * scan of the same documents gives Reprint's relation for each pair. A pair is predicted "same story" when
 * that relation is {@code SAME_STORY} or a reuse, or when its similarity reaches the threshold; it is the
 * same story in the gold standard when Overall is at most 2.
 */
public final class SemEvalEvaluation {

  /** Overall scores up to this value count as the same story in the gold standard. */
  static final double SAME_STORY_OVERALL = 2.0;

  private SemEvalEvaluation() {}

  /** One en-en row: its pair id, Reprint's story similarity and relation, and the gold Overall score. */
  record ScoredPair(String pairId, double similarity, Relation relation, double overall) {}

  /** Evaluates on a SemEval-2022 task 8 CSV file; progress lines go to {@code progress}. */
  public static MetricsTable evaluate(Path file, Consumer<String> progress) {
    List<List<String>> records;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      records = CsvRecords.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.accept(Plural.of(records.size() - 1, "row") + " read");
    List<ScoredPair> pairs = score(records);
    progress.accept(Plural.of(pairs.size(), "en-en pair") + " scored");
    return table(file, pairs, records.size() - 1);
  }

  /** Scores the en-en rows of a CSV given as records, header first. */
  static List<ScoredPair> score(List<List<String>> records) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("records must start with the header row, got no record");
    }
    Map<String, Integer> columns = columns(records.get(0));
    List<String[]> rows = englishRows(records, columns);
    List<Document> documents = new ArrayList<>();
    for (String[] row : rows) {
      documents.add(Document.ofText(row[0] + "#1", row[1]));
      documents.add(Document.ofText(row[0] + "#2", row[2]));
    }
    ScanOptions options = ScanOptions.defaults(List.of());
    List<AnalyzedDocument> analyzed = DocumentAnalysis.analyze(documents, options.fingerprint());
    CorpusStatistics statistics = CorpusStatistics.of(analyzed);
    Map<String, StoryVector> vectors = new HashMap<>();
    for (AnalyzedDocument document : analyzed) {
      vectors.put(document.id().value(), StoryVector.of(document, statistics));
    }
    ScanResult scan = Engine.scan(new IngestResult(documents, List.of(), List.of()), options);
    Map<String, Relation> relations = new HashMap<>();
    for (PairJudgement judgement : scan.pairs()) {
      relations.put(judgement.first().value() + " " + judgement.second().value(), judgement.relation());
    }
    List<ScoredPair> scored = new ArrayList<>();
    for (String[] row : rows) {
      StoryVector first = vectors.get(row[0] + "#1");
      StoryVector second = vectors.get(row[0] + "#2");
      double similarity = first == null || second == null ? 0 : first.cosine(second);
      Relation relation = relations.getOrDefault(row[0] + "#1 " + row[0] + "#2", Relation.UNRELATED);
      scored.add(new ScoredPair(row[0], similarity, relation, Double.parseDouble(row[3])));
    }
    return scored;
  }

  /** Rows with lang1 = lang2 = en, as {pair_id, text1, text2, Overall}; a repeated pair id is kept once. */
  private static List<String[]> englishRows(List<List<String>> records, Map<String, Integer> columns) {
    List<String[]> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<String> record : records.subList(1, records.size())) {
      if (record.size() < columns.size()) {
        continue;
      }
      String pairId = record.get(columns.get("pair_id"));
      if (record.get(columns.get("lang1")).equals("en") && record.get(columns.get("lang2")).equals("en")
          && seen.add(pairId)) {
        rows.add(new String[] {pairId, record.get(columns.get("text1")), record.get(columns.get("text2")),
            record.get(columns.get("Overall"))});
      }
    }
    return rows;
  }

  private static Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).trim(), i);
    }
    for (String needed : List.of("pair_id", "lang1", "lang2", "text1", "text2", "Overall")) {
      if (!columns.containsKey(needed)) {
        throw new IllegalArgumentException("header must have a column " + needed + ", got " + header);
      }
    }
    return columns;
  }

  /** Counts of "same story" predictions at a similarity threshold, reuse relations counting as positive. */
  static DetectionCounts counts(List<ScoredPair> pairs, double threshold) {
    long truePositives = 0;
    long falsePositives = 0;
    long falseNegatives = 0;
    for (ScoredPair pair : pairs) {
      boolean predicted = pair.relation().isReuse() || pair.similarity() >= threshold;
      boolean gold = pair.overall() <= SAME_STORY_OVERALL;
      truePositives += predicted && gold ? 1 : 0;
      falsePositives += predicted && !gold ? 1 : 0;
      falseNegatives += !predicted && gold ? 1 : 0;
    }
    return new DetectionCounts(truePositives, falsePositives, falseNegatives);
  }

  /** Counts of Reprint's own relation: SAME_STORY or a reuse relation. */
  static DetectionCounts relationCounts(List<ScoredPair> pairs) {
    long truePositives = 0;
    long falsePositives = 0;
    long falseNegatives = 0;
    for (ScoredPair pair : pairs) {
      boolean predicted = pair.relation() == Relation.SAME_STORY || pair.relation().isReuse();
      boolean gold = pair.overall() <= SAME_STORY_OVERALL;
      truePositives += predicted && gold ? 1 : 0;
      falsePositives += predicted && !gold ? 1 : 0;
      falseNegatives += !predicted && gold ? 1 : 0;
    }
    return new DetectionCounts(truePositives, falsePositives, falseNegatives);
  }

  private static MetricsTable table(Path file, List<ScoredPair> pairs, int rowCount) {
    double[] similarities = pairs.stream().mapToDouble(ScoredPair::similarity).toArray();
    double[] overall = pairs.stream().mapToDouble(ScoredPair::overall).toArray();
    double r = PearsonCorrelation.of(similarities, overall);
    List<MetricsTable.Metric> metrics = new ArrayList<>();
    metrics.add(new MetricsTable.Metric("Pearson r (story similarity vs Overall)", r, pairs.size() + " en-en pairs"));
    metrics.add(new MetricsTable.Metric("|r|", Math.abs(r), ""));
    double threshold = ClassificationOptions.DEFAULT.storyThreshold();
    DetectionCounts relation = relationCounts(pairs);
    metrics.add(new MetricsTable.Metric("relation precision (SAME_STORY or reuse)", relation.precision(), relation.detail()));
    metrics.add(new MetricsTable.Metric("relation recall", relation.recall(), relation.detail()));
    metrics.add(new MetricsTable.Metric("relation F1", relation.f1(), ""));
    DetectionCounts atThreshold = counts(pairs, threshold);
    String at = String.format(Locale.ROOT, "similarity >= %.2f", threshold);
    metrics.add(new MetricsTable.Metric("precision (" + at + " or reuse)", atThreshold.precision(), atThreshold.detail()));
    metrics.add(new MetricsTable.Metric("recall (" + at + " or reuse)", atThreshold.recall(), atThreshold.detail()));
    metrics.add(new MetricsTable.Metric("F1 (" + at + " or reuse)", atThreshold.f1(), ""));
    for (int step = 0; step <= 5; step++) {
      double candidate = 0.20 + 0.05 * step;
      DetectionCounts counts = counts(pairs, candidate);
      metrics.add(new MetricsTable.Metric(String.format(Locale.ROOT, "F1 at threshold %.2f", candidate), counts.f1(),
          String.format(Locale.ROOT, "P %.3f, R %.3f (%s)", counts.precision(), counts.recall(), counts.detail())));
    }
    long gold = pairs.stream().filter(pair -> pair.overall() <= SAME_STORY_OVERALL).count();
    long notJudged = pairs.stream()
        .filter(pair -> pair.similarity() >= threshold && pair.relation() == Relation.UNRELATED).count();
    List<String> notes = List.of(
        rowCount + " rows; " + pairs.size() + " en-en pairs (repeated pair ids kept once), " + gold
            + " of them the same story (Overall <= 2).",
        "Overall runs from 1 (same story) to 4 (unrelated), so a good similarity correlates negatively.",
        "Story similarity: TF-IDF cosine of StoryVectors with corpus statistics over all "
            + 2 * pairs.size() + " en-en texts; relations from one default scan of the same texts.",
        notJudged + " pairs with similarity >= " + threshold + " were left UNRELATED by the scan (never"
            + " proposed as candidates).",
        "CSV read with Reprint's own RFC 4180 reader (CsvRecords), no CSV library.");
    return new MetricsTable("SemEval-2022 task 8, en-en: " + file, metrics, notes);
  }
}
