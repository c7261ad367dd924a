package org.reprint.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.ingest.IngestResult;

/**
 * Rewrites against independent reports of one event ({@code evaluation/rewrites/}: a folder per source
 * article, holding {@code source.txt} and its {@code light.txt} and {@code heavy.txt} revisions and an
 * {@code independent.txt} report of the same event; see the README there). Each of the three is scanned
 * with its source alone. A revision is found when the pair is reuse (any relation that says text was
 * taken), and labelled right when it is PARAPHRASE; an independent report is right when the pair is not
 * reuse. Folders numbered up to {@value #LAST_DEVELOPMENT} are the development part, the others held out;
 * each part is scored on its own.
 */
public final class RewriteEvaluation {

  /** The last folder of the development part. */
  static final int LAST_DEVELOPMENT = 20;

  private static final List<String> KINDS = List.of("light", "heavy", "independent");

  private RewriteEvaluation() {}

  /** One comparison: the folder, the kind of text compared with the source, and the relation found. */
  record Outcome(int folder, String kind, Relation relation) {}

  public static MetricsTable evaluate(Path folder, Consumer<String> progress) {
    return evaluate(folder, ScanOptions.defaults(List.of()).withThreads(1), progress);
  }

  /** As {@link #evaluate(Path, Consumer)}, each pair scanned with {@code options}. */
  public static MetricsTable evaluate(Path folder, ScanOptions options, Consumer<String> progress) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Path source : sources(folder)) {
      int number = Integer.parseInt(source.getFileName().toString());
      for (String kind : KINDS) {
        Path other = source.resolve(kind + ".txt");
        if (Files.isRegularFile(other)) {
          outcomes.add(new Outcome(number, kind, relation(source.resolve("source.txt"), other, options)));
        }
      }
    }
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("no source.txt with light, heavy or independent texts under " + folder);
    }
    progress.accept(outcomes.size() + " pairs judged");
    if (Boolean.getBoolean("reprint.rewrites.debug")) {
      outcomes.forEach(o -> progress.accept(o.folder() + " " + o.kind() + " " + o.relation()));
    }
    List<MetricsTable.Metric> metrics = new ArrayList<>();
    metrics(outcomes.stream().filter(o -> o.folder() <= LAST_DEVELOPMENT).toList(), "development", metrics);
    metrics(outcomes.stream().filter(o -> o.folder() > LAST_DEVELOPMENT).toList(), "held out", metrics);
    return new MetricsTable("Rewrites and independent reports: " + folder.getFileName(), metrics, List.of(
        "a revision is found when the pair is reuse (DUPLICATE, NEAR_DUPLICATE, PARAPHRASE or PARTIAL_REUSE)"
            + " and labelled right when PARAPHRASE; an independent report is right when it is not reuse",
        "folders up to " + LAST_DEVELOPMENT + " are the development part, the others held out"));
  }

  private static void metrics(List<Outcome> outcomes, String part, List<MetricsTable.Metric> metrics) {
    if (outcomes.isEmpty()) {
      return;
    }
    for (String kind : KINDS) {
      List<Outcome> ofKind = outcomes.stream().filter(o -> o.kind().equals(kind)).toList();
      if (ofKind.isEmpty()) {
        continue;
      }
      long reuse = ofKind.stream().filter(o -> o.relation().isReuse()).count();
      Map<Relation, Integer> relations = new TreeMap<>();
      ofKind.forEach(o -> relations.merge(o.relation(), 1, Integer::sum));
      if (kind.equals("independent")) {
        metrics.add(new MetricsTable.Metric(part + ": independent reports told apart",
            (double) (ofKind.size() - reuse) / ofKind.size(), relations.toString()));
      } else {
        long paraphrase = ofKind.stream().filter(o -> o.relation() == Relation.PARAPHRASE).count();
        metrics.add(new MetricsTable.Metric(part + ": " + kind + " revisions found as reuse",
            (double) reuse / ofKind.size(), relations.toString()));
        metrics.add(new MetricsTable.Metric(part + ": " + kind + " revisions labelled PARAPHRASE",
            (double) paraphrase / ofKind.size(), paraphrase + " of " + ofKind.size()));
      }
    }
    long right = outcomes.stream()
        .filter(o -> o.kind().equals("independent") != o.relation().isReuse()).count();
    metrics.add(new MetricsTable.Metric(part + ": reuse told from independent writing",
        (double) right / outcomes.size(), right + " of " + outcomes.size() + " pairs"));
  }

  /** The numbered folders holding a source.txt, in name order. */
  public static List<Path> sources(Path folder) {
    try (Stream<Path> children = Files.list(folder)) {
      return children.filter(child -> child.getFileName().toString().matches("\\d+")
          && Files.isRegularFile(child.resolve("source.txt"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The relation the scan finds between two files, scanned alone. */
  static Relation relation(Path first, Path second, ScanOptions options) {
    List<Document> documents = List.of(document(first, "a"), document(second, "b"));
    ScanResult result = Engine.scan(new IngestResult(documents, List.of(), List.of()), options);
    return result.pair("a", "b").map(PairJudgement::relation).orElse(Relation.UNRELATED);
  }

  private static Document document(Path file, String id) {
    try {
      return Document.ofText(id, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
