package org.reprint.evaluation;

import java.io.BufferedReader;
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
import java.util.function.Consumer;
import org.reprint.classify.PairJudgement;
import org.reprint.cluster.DocumentGroup;
import org.reprint.document.DocumentId;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * Event-level stories against hand-labelled pairs of BBC News and Reuters-21578 articles
 * ({@code evaluation/stories/story-pairs.tsv}: columns {@code a}, {@code b}, {@code label} = {@code same},
 * {@code different} or {@code unsure}; see the README beside it for how the pairs were chosen and labelled).
 *
 * <p>Each corpus is scanned whole with the default options: BBC from {@code DATASETS/bbc_news}, ids
 * {@code bbc_news/business/001.txt}; Reuters from the SGML files of {@code DATASETS/reuters21578}, ids
 * {@code reuters-NEWID}, with their dates. A labelled pair is predicted the same event when both articles
 * are in one Reprint story; the pair relation (any related pair, before clustering) is reported beside it.
 * Unsure pairs are left out. B-cubed scores need complete gold stories, which pairwise labels are not, so
 * the table gives pairwise precision and recall.
 */
public final class StoryEvaluation {

  private StoryEvaluation() {}

  /** One labelled pair. */
  record LabelledPair(String a, String b, boolean same, String corpus) {}

  /** Reprint's two answers for a pair: both in one story, and related as a pair. */
  record Predicted(LabelledPair pair, boolean sameStory, boolean related) {}

  public static MetricsTable evaluate(Path pairsFile, Path datasets, Consumer<String> progress) {
    List<LabelledPair> pairs = read(pairsFile);
    progress.accept(pairs.size() + " labelled pairs read (unsure ones left out)");
    List<Predicted> predicted = new ArrayList<>();
    ScanOptions options = ScanOptions.defaults(List.of());
    Path bbc = datasets.resolve("bbc_news");
    predicted.addAll(predict(pairs, "bbc", Engine.scan(new Ingester(options.ingest()).ingest(bbc, "bbc_news"),
        options)));
    progress.accept("BBC News scanned");
    predicted.addAll(predict(pairs, "reuters", Engine.scan(reuters(datasets.resolve("reuters21578")), options)));
    progress.accept("Reuters-21578 scanned");
    return table(pairsFile, predicted);
  }

  static List<LabelledPair> read(Path file) {
    List<LabelledPair> pairs = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      if (header == null || !header.startsWith("a\tb\tlabel")) {
        throw new IllegalArgumentException(file + " must start with the header a, b, label, got " + header);
      }
      String line;
      while ((line = reader.readLine()) != null) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 3 || fields[2].equals("unsure")) {
          continue;
        }
        if (!fields[2].equals("same") && !fields[2].equals("different")) {
          throw new IllegalArgumentException("label must be same, different or unsure, got " + fields[2]);
        }
        pairs.add(new LabelledPair(fields[0], fields[1], fields[2].equals("same"),
            fields[0].startsWith("reuters-") ? "reuters" : "bbc"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pairs;
  }

  /** The Reuters-21578 stories as documents, through the JSON Lines reader. */
  private static IngestResult reuters(Path directory) {
    try {
      Path converted = Files.createTempFile("reuters-", ".jsonl");
      try {
        ReutersToJsonLines.convert(directory, converted);
        return new Ingester(IngestOptions.DEFAULT).ingest(converted, "reuters.jsonl");
      } finally {
        Files.deleteIfExists(converted);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Predicted> predict(List<LabelledPair> pairs, String corpus, ScanResult scan) {
    Map<DocumentId, Integer> storyOf = new HashMap<>();
    List<DocumentGroup> stories = scan.clustering().stories();
    for (int i = 0; i < stories.size(); i++) {
      for (DocumentId member : stories.get(i).members()) {
        storyOf.put(member, i);
      }
    }
    List<Predicted> predicted = new ArrayList<>();
    for (LabelledPair pair : pairs) {
      if (!pair.corpus().equals(corpus)) {
        continue;
      }
      Integer a = storyOf.get(new DocumentId(pair.a()));
      Integer b = storyOf.get(new DocumentId(pair.b()));
      boolean related = scan.pair(pair.a(), pair.b()).map(PairJudgement::relation)
          .map(r -> r != org.reprint.classify.Relation.UNRELATED).orElse(false);
      predicted.add(new Predicted(pair, a != null && a.equals(b), related));
    }
    return predicted;
  }

  static MetricsTable table(Path file, List<Predicted> predicted) {
    List<MetricsTable.Metric> metrics = new ArrayList<>();
    for (String corpus : List.of("bbc", "reuters", "all")) {
      List<Predicted> subset = predicted.stream()
          .filter(p -> corpus.equals("all") || p.pair().corpus().equals(corpus)).toList();
      DetectionCounts stories = counts(subset, true);
      DetectionCounts related = counts(subset, false);
      String name = corpus.equals("all") ? "both corpora" : corpus.equals("bbc") ? "BBC News" : "Reuters-21578";
      metrics.add(new MetricsTable.Metric(name + ": same-story precision (one story)", stories.precision(),
          stories.detail()));
      metrics.add(new MetricsTable.Metric(name + ": same-story recall (one story)", stories.recall(),
          subset.stream().filter(p -> p.pair().same()).count() + " same-event pairs"));
      metrics.add(new MetricsTable.Metric(name + ": pair precision (related pair)", related.precision(),
          related.detail()));
      metrics.add(new MetricsTable.Metric(name + ": pair recall (related pair)", related.recall(), ""));
    }
    return new MetricsTable("Stories against hand-labelled pairs: " + file.getFileName(), metrics, List.of(
        String.format(Locale.ROOT, "%d pairs (%d the same event); unsure pairs left out", predicted.size(),
            predicted.stream().filter(p -> p.pair().same()).count()),
        "one story: both articles in one Reprint story; related pair: the pair's own relation is not UNRELATED",
        "B-cubed needs complete gold stories; these labels are pairwise"));
  }

  private static DetectionCounts counts(List<Predicted> predicted, boolean byStory) {
    long truePositives = 0;
    long falsePositives = 0;
    long falseNegatives = 0;
    for (Predicted p : predicted) {
      boolean yes = byStory ? p.sameStory() : p.related();
      if (yes && p.pair().same()) {
        truePositives++;
      } else if (yes) {
        falsePositives++;
      } else if (p.pair().same()) {
        falseNegatives++;
      }
    }
    return new DetectionCounts(truePositives, falsePositives, falseNegatives);
  }
}
