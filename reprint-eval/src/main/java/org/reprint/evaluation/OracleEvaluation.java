package org.reprint.evaluation;

import org.reprint.report.Plural;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.PairScores;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * Precision and recall of a scan's reuse pairs against an exact oracle on a real corpus: the {@link
 * ShingleOracle}'s Jaccard and containment of every pair's word-shingle sets.
 *
 * <p>The oracle uses the scan's own normalized text and shingle hashes, so what is measured is candidate
 * retrieval, alignment and classification, not normalization. Figures:
 *
 * <ul>
 *   <li>near-duplicates: of the pairs with Jaccard at least {@value #NEAR_DUPLICATE_JACCARD}, the share the
 *       scan judges {@code DUPLICATE} or {@code NEAR_DUPLICATE} (and the share it judges any reuse); of the
 *       pairs it judges {@code DUPLICATE} or {@code NEAR_DUPLICATE}, the share with Jaccard at least 0.8,
 *       and at least 0.5;
 *   <li>contained text: of the pairs with containment (the larger of the two directions) at least {@value
 *       #CONTAINED}, the share judged any reuse relation; of the pairs judged a reuse relation, the share
 *       with containment at least {@value #SOME_OVERLAP}, and the share sharing at least {@value
 *       #PASSAGE_SHINGLES} shingles (as much as one minimal 12-word passage; a {@code PARTIAL_REUSE} of one
 *       quotation in a long article has a low containment by design).
 * </ul>
 *
 * <p>Input: a JSON Lines file, or a folder whose documents are the files in its sub-folders, if it has any (top-level files
 * such as README.TXT or SOURCE.md describe the corpus and are left out).
 */
public final class OracleEvaluation {

  static final double NEAR_DUPLICATE_JACCARD = 0.8;
  static final double LOOSE_JACCARD = 0.5;
  static final double CONTAINED = 0.5;
  static final double SOME_OVERLAP = 0.2;
  /** Shared shingles of one minimal verbatim passage: 12 words hold 8 word 5-shingles. */
  static final int PASSAGE_SHINGLES = 8;
  /** Documents shorter than this many words are where the rules and the oracle part most (see metrics). */
  static final int SHORT_DOCUMENT_WORDS = 50;
  private static final int EXAMPLES = 5;

  private OracleEvaluation() {}

  /** The oracle's and the scan's view of the corpus, by document index (the scan's id order). */
  record Comparison(
      List<AnalyzedDocument> documents,
      List<long[]> shingleSets,
      Map<Long, ShingleOracle.Overlap> oracle,
      Map<Long, PairJudgement> judgements) {

    /** The oracle's overlap of a pair, or, for a pair it did not keep, the overlap counted directly. */
    ShingleOracle.Overlap overlap(long key) {
      ShingleOracle.Overlap kept = oracle.get(key);
      return kept != null ? kept : ShingleOracle.overlap((int) (key >>> 32), (int) key, shingleSets);
    }

    /** Words in the shorter document of a pair. */
    int shorterWords(long key) {
      return Math.min(documents.get((int) (key >>> 32)).tokenCount(), documents.get((int) key).tokenCount());
    }

    /** The comparison over the pairs {@code keep} accepts only. */
    Comparison restricted(Predicate<Long> keep) {
      Map<Long, ShingleOracle.Overlap> keptOracle = new HashMap<>();
      oracle.forEach((key, overlap) -> {
        if (keep.test(key)) {
          keptOracle.put(key, overlap);
        }
      });
      Map<Long, PairJudgement> keptJudgements = new HashMap<>();
      judgements.forEach((key, judgement) -> {
        if (keep.test(key)) {
          keptJudgements.put(key, judgement);
        }
      });
      return new Comparison(documents, shingleSets, keptOracle, keptJudgements);
    }

    Relation relation(long key) {
      PairJudgement judgement = judgements.get(key);
      return judgement == null ? Relation.UNRELATED : judgement.relation();
    }
  }

  /** Evaluates on a corpus folder or JSON Lines file; progress lines go to {@code progress}. */
  public static MetricsTable evaluate(Path input, Consumer<String> progress) {
    long start = System.nanoTime();
    IngestResult ingested = read(input);
    progress.accept(Plural.of(ingested.documents().size(), "document") + " read (" + ingested.skipped().size() + " skipped)");
    ScanOptions options = ScanOptions.defaults(List.of());
    long scanStart = System.nanoTime();
    ScanResult scan = Engine.scan(ingested, options);
    double scanSeconds = (System.nanoTime() - scanStart) / 1e9;
    progress.accept(String.format(Locale.ROOT, "scan: %s related, in %.1f s", Plural.of(scan.pairs().size(), "pair"), scanSeconds));
    long oracleStart = System.nanoTime();
    Comparison comparison = compare(scan, options);
    double oracleSeconds = (System.nanoTime() - oracleStart) / 1e9;
    progress.accept(String.format(Locale.ROOT, "oracle: %d pairs with containment >= %.1f, in %.1f s",
        comparison.oracle().size(), SOME_OVERLAP, oracleSeconds));
    List<MetricsTable.Metric> metrics = metrics(comparison);
    List<String> notes = new ArrayList<>();
    notes.add(String.format(Locale.ROOT, "%d documents compared (%d inputs skipped); scan %.1f s, oracle %.1f s,"
        + " total %.1f s.", scan.documents().size(), scan.skipped().size(), scanSeconds, oracleSeconds,
        (System.nanoTime() - start) / 1e9));
    notes.add("Oracle: exact Jaccard and containment (max of both directions) of the word 5-shingle hash sets"
        + " of Reprint's normalized text, over every pair sharing a shingle (inverted index). A pair judged"
        + " UNRELATED or never proposed counts as not judged.");
    notes.addAll(examples(comparison, options));
    return new MetricsTable("Reuse pairs against an exact shingle oracle: " + input, metrics, notes);
  }

  /**
   * The corpus: a JSON Lines file's records, or a folder's documents. In a folder with sub-folders (the
   * layout of BBC News and 20 Newsgroups) the documents are the files in the sub-folders, and top-level
   * files such as a README are left out; a flat folder's documents are its files.
   */
  private static IngestResult read(Path input) {
    IngestResult all = new Ingester(IngestOptions.DEFAULT).ingest(input, "");
    if (!Files.isDirectory(input)
        || all.documents().stream().noneMatch(document -> document.id().value().contains("/"))) {
      return all;
    }
    return new IngestResult(
        all.documents().stream().filter(document -> document.id().value().contains("/")).toList(),
        all.skipped().stream().filter(skipped -> skipped.id().contains("/")).toList(),
        all.warnings());
  }

  /** Runs the oracle over the scan's documents and indexes both sides by pair. */
  static Comparison compare(ScanResult scan, ScanOptions options) {
    List<AnalyzedDocument> documents = DocumentAnalysis.analyze(scan.documents(), options.fingerprint());
    Map<DocumentId, Integer> indexes = new HashMap<>();
    List<long[]> shingleSets = new ArrayList<>();
    for (AnalyzedDocument document : documents) {
      indexes.put(document.id(), indexes.size());
      shingleSets.add(document.fingerprint().shingleSet());
    }
    Map<Long, ShingleOracle.Overlap> oracle = new HashMap<>();
    for (ShingleOracle.Overlap overlap : ShingleOracle.overlaps(shingleSets,
        overlap -> overlap.containment() >= SOME_OVERLAP || overlap.shared() >= PASSAGE_SHINGLES)) {
      oracle.put(key(overlap.first(), overlap.second()), overlap);
    }
    return new Comparison(documents, shingleSets, oracle, judgements(scan, indexes));
  }

  /**
   * The scan's judgements by pair, duplicate groups expanded: every member takes its representative's
   * judgements, and the members of a group are judged as the representative and each member are (DUPLICATE).
   */
  private static Map<Long, PairJudgement> judgements(ScanResult scan, Map<DocumentId, Integer> indexes) {
    Map<DocumentId, List<DocumentId>> members = new HashMap<>();
    scan.duplicateGroups().forEach(group -> members.put(group.representative(), group.members()));
    Map<Long, PairJudgement> judgements = new HashMap<>();
    for (PairJudgement judgement : scan.pairs()) {
      for (DocumentId first : members.getOrDefault(judgement.first(), List.of(judgement.first()))) {
        for (DocumentId second : members.getOrDefault(judgement.second(), List.of(judgement.second()))) {
          if (!first.equals(second)) {
            judgements.putIfAbsent(key(indexes.get(first), indexes.get(second)), judgement);
          }
        }
      }
    }
    return judgements;
  }

  static long key(int first, int second) {
    return ((long) Math.min(first, second) << 32) | Math.max(first, second);
  }

  static List<MetricsTable.Metric> metrics(Comparison comparison) {
    Predicate<Relation> nearDuplicate = relation -> relation == Relation.DUPLICATE || relation == Relation.NEAR_DUPLICATE;
    Predicate<Relation> reuse = Relation::isReuse;
    Predicate<ShingleOracle.Overlap> nearDuplicateGold = overlap -> overlap.jaccard() >= NEAR_DUPLICATE_JACCARD;
    Predicate<ShingleOracle.Overlap> looseGold = overlap -> overlap.jaccard() >= LOOSE_JACCARD;
    Predicate<ShingleOracle.Overlap> containedGold = overlap -> overlap.containment() >= CONTAINED;
    Predicate<ShingleOracle.Overlap> someOverlap = overlap -> overlap.containment() >= SOME_OVERLAP;
    List<MetricsTable.Metric> metrics = new ArrayList<>();
    metrics.add(recall("near-duplicate recall (Jaccard >= 0.8 judged DUPLICATE/NEAR_DUPLICATE)",
        comparison, nearDuplicateGold, nearDuplicate));
    metrics.add(recall("near-duplicate recall, any reuse relation (Jaccard >= 0.8)",
        comparison, nearDuplicateGold, reuse));
    metrics.add(precision("near-duplicate precision (DUPLICATE/NEAR_DUPLICATE with Jaccard >= 0.8)",
        comparison, nearDuplicate, nearDuplicateGold));
    metrics.add(precision("near-duplicate precision (DUPLICATE/NEAR_DUPLICATE with Jaccard >= 0.5)",
        comparison, nearDuplicate, looseGold));
    metrics.add(recall("containment recall (containment >= 0.5 judged any reuse relation)",
        comparison, containedGold, reuse));
    metrics.add(precision("reuse precision (reuse relations with containment >= 0.2)",
        comparison, reuse, someOverlap));
    metrics.add(precision("reuse precision (reuse relations sharing >= 8 shingles)",
        comparison, reuse, overlap -> overlap.shared() >= PASSAGE_SHINGLES));
    Predicate<Long> longPairs = key -> comparison.shorterWords(key) >= SHORT_DOCUMENT_WORDS;
    OracleEvaluation.Comparison longOnly = comparison.restricted(longPairs);
    String suffix = ", both documents >= " + SHORT_DOCUMENT_WORDS + " words";
    metrics.add(precision("near-duplicate precision (Jaccard >= 0.8)" + suffix, longOnly, nearDuplicate, nearDuplicateGold));
    metrics.add(recall("containment recall (containment >= 0.5)" + suffix, longOnly, containedGold, reuse));
    return metrics;
  }

  private static MetricsTable.Metric recall(String name, Comparison comparison,
      Predicate<ShingleOracle.Overlap> gold, Predicate<Relation> judged) {
    long total = 0;
    long found = 0;
    for (Map.Entry<Long, ShingleOracle.Overlap> entry : comparison.oracle().entrySet()) {
      if (gold.test(entry.getValue())) {
        total++;
        found += judged.test(comparison.relation(entry.getKey())) ? 1 : 0;
      }
    }
    return new MetricsTable.Metric(name, DetectionCounts.ratio(found, total), found + " of " + total + " oracle pairs");
  }

  private static MetricsTable.Metric precision(String name, Comparison comparison,
      Predicate<Relation> judged, Predicate<ShingleOracle.Overlap> gold) {
    long total = 0;
    long correct = 0;
    for (Map.Entry<Long, PairJudgement> entry : comparison.judgements().entrySet()) {
      if (judged.test(entry.getValue().relation())) {
        total++;
        correct += gold.test(comparison.overlap(entry.getKey())) ? 1 : 0;
      }
    }
    return new MetricsTable.Metric(name, DetectionCounts.ratio(correct, total), correct + " of " + total + " judged pairs");
  }

  /** A few missed and false pairs of each kind, with the oracle's and the scan's scores. */
  private static List<String> examples(Comparison comparison, ScanOptions options) {
    List<String> notes = new ArrayList<>();
    List<Long> keys = new ArrayList<>(comparison.oracle().keySet());
    keys.sort(null);
    int missedNear = 0;
    int missedContained = 0;
    for (long key : keys) {
      ShingleOracle.Overlap overlap = comparison.overlap(key);
      Relation relation = comparison.relation(key);
      if (overlap.jaccard() >= NEAR_DUPLICATE_JACCARD && relation != Relation.DUPLICATE
          && relation != Relation.NEAR_DUPLICATE && missedNear++ < EXAMPLES) {
        notes.add("missed near-duplicate: " + describe(comparison, key, options));
      } else if (overlap.containment() >= CONTAINED && !relation.isReuse() && missedContained++ < EXAMPLES) {
        notes.add("missed contained pair: " + describe(comparison, key, options));
      }
    }
    List<Long> judged = new ArrayList<>(comparison.judgements().keySet());
    judged.sort(null);
    int falseNear = 0;
    int falseReuse = 0;
    for (long key : judged) {
      Relation relation = comparison.relation(key);
      ShingleOracle.Overlap overlap = comparison.overlap(key);
      double jaccard = overlap.jaccard();
      double containment = overlap.containment();
      if ((relation == Relation.DUPLICATE || relation == Relation.NEAR_DUPLICATE)
          && jaccard < NEAR_DUPLICATE_JACCARD && falseNear++ < EXAMPLES) {
        notes.add("near-duplicate below Jaccard 0.8: " + describe(comparison, key, options));
      } else if (relation.isReuse() && containment < SOME_OVERLAP && falseReuse++ < EXAMPLES) {
        notes.add("reuse below containment 0.2: " + describe(comparison, key, options));
      }
    }
    return notes;
  }

  /** The pair, the oracle's figures, the scan's judgement, and its judgement when the pair is scanned alone. */
  private static String describe(Comparison comparison, long key, ScanOptions options) {
    Document first = comparison.documents().get((int) (key >>> 32)).document();
    Document second = comparison.documents().get((int) key).document();
    ShingleOracle.Overlap overlap = comparison.overlap(key);
    StringBuilder text = new StringBuilder();
    text.append(first.id()).append(" / ").append(second.id());
    text.append(String.format(Locale.ROOT, ": oracle Jaccard %.3f, containment %.3f, %d shared shingles",
        overlap.jaccard(), overlap.containment(), overlap.shared()));
    PairJudgement judgement = comparison.judgements().get(key);
    String inScan = judgement == null ? "not related" : judged(judgement);
    ScanResult alone = Engine.scan(new IngestResult(List.of(first, second), List.of(), List.of()), options);
    String scannedAlone = alone.pairs().isEmpty() ? "not related" : judged(alone.pairs().get(0));
    text.append("; scan: ").append(inScan);
    if (!scannedAlone.equals(inScan)) {
      text.append("; but scanned alone: ").append(scannedAlone);
    }
    return text.toString();
  }

  private static String judged(PairJudgement judgement) {
    PairScores scores = judgement.scores();
    return String.format(Locale.ROOT,
        "%s (resemblance %.3f, containment %.3f/%.3f, verbatim share %.3f/%.3f, aligned share %.3f/%.3f,"
            + " longest passage %d words)",
        judgement.relation(), scores.resemblance(), scores.containmentFirst(), scores.containmentSecond(),
        scores.verbatimShareFirst(), scores.verbatimShareSecond(), scores.alignedShareFirst(),
        scores.alignedShareSecond(), scores.longestPassageWords());
  }
}
