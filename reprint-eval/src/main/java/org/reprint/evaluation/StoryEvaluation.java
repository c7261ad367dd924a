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
 * Unsure pairs are left out of the pairwise scores.
 *
 * <p>B-cubed scores need complete gold stories. When {@code closure-pairs.tsv} lies beside the pairs file
 * (every other pair of the sample's documents within a corpus at TF-IDF cosine 0.15 or more, labelled the
 * same way; see the README), the gold events over the sample's documents are the transitive closure of the
 * {@code same} labels of both files (unsure counted as not the same), Reprint's stories are restricted to
 * those documents, and B-cubed precision and recall are given beside the baseline that puts every document
 * alone.
 */
public final class StoryEvaluation {

  private StoryEvaluation() {}

  /** One labelled pair. */
  record LabelledPair(String a, String b, boolean same, String corpus) {}

  /** Reprint's two answers for a pair: both in one story, and related as a pair. */
  record Predicted(LabelledPair pair, boolean sameStory, boolean related) {}

  /** The closure labels' file name, looked for beside the pairs file. */
  static final String CLOSURE_FILE = "closure-pairs.tsv";

  public static MetricsTable evaluate(Path pairsFile, Path datasets, Consumer<String> progress) {
    List<LabelledPair> pairs = read(pairsFile);
    progress.accept(pairs.size() + " labelled pairs read (unsure ones left out)");
    List<Predicted> predicted = new ArrayList<>();
    Map<String, String> storyOf = new HashMap<>();
    ScanOptions options = ScanOptions.defaults(List.of());
    Path bbc = datasets.resolve("bbc_news");
    ScanResult bbcScan = Engine.scan(new Ingester(options.ingest()).ingest(bbc, "bbc_news"), options);
    predicted.addAll(predict(pairs, "bbc", bbcScan));
    stories("bbc", bbcScan, storyOf);
    progress.accept("BBC News scanned");
    ScanResult reutersScan = Engine.scan(reuters(datasets.resolve("reuters21578")), options);
    predicted.addAll(predict(pairs, "reuters", reutersScan));
    stories("reuters", reutersScan, storyOf);
    progress.accept("Reuters-21578 scanned");
    MetricsTable table = table(pairsFile, predicted);
    Path closure = pairsFile.resolveSibling(CLOSURE_FILE);
    if (!Files.isRegularFile(closure)) {
      return withNote(table, "B-cubed not scored: no " + CLOSURE_FILE + " beside " + pairsFile.getFileName());
    }
    List<Predicted> all = new ArrayList<>(predicted);
    List<LabelledPair> closurePairs = read(closure);
    all.addAll(predict(closurePairs, "bbc", bbcScan));
    all.addAll(predict(closurePairs, "reuters", reutersScan));
    DetectionCounts counts = counts(all, true);
    List<MetricsTable.Metric> metrics = new ArrayList<>(table.metrics());
    metrics.add(new MetricsTable.Metric("both files: same-story precision (one story)", counts.precision(),
        counts.detail()));
    metrics.add(new MetricsTable.Metric("both files: same-story recall (one story)", counts.recall(),
        all.stream().filter(p -> p.pair().same()).count() + " same-event pairs of " + all.size()));
    table = new MetricsTable(table.title(), metrics, table.notes());
    return bCubed(table, pairsFile, closure, storyOf);
  }

  /** Each member of a story of the scan, keyed by corpus and story number. */
  private static void stories(String corpus, ScanResult scan, Map<String, String> storyOf) {
    List<DocumentGroup> stories = scan.clustering().stories();
    for (int i = 0; i < stories.size(); i++) {
      for (DocumentId member : stories.get(i).members()) {
        storyOf.put(member.value(), corpus + ":" + i);
      }
    }
  }

  /** The table with B-cubed rows for each corpus and both, from the gold events over the sample. */
  static MetricsTable bCubed(MetricsTable table, Path pairsFile, Path closure, Map<String, String> storyOf) {
    List<String> sample = new ArrayList<>(new java.util.TreeSet<>(documents(pairsFile)));
    Map<String, String> gold = goldEvents(List.of(pairsFile, closure));
    List<MetricsTable.Metric> metrics = new ArrayList<>(table.metrics());
    for (String corpus : List.of("bbc", "reuters", "all")) {
      List<String> items = sample.stream()
          .filter(id -> corpus.equals("all") || corpus.equals(id.startsWith("reuters-") ? "reuters" : "bbc"))
          .toList();
      if (items.isEmpty()) {
        continue;
      }
      BCubed stories = BCubed.of(items, gold, storyOf);
      BCubed alone = BCubed.of(items, gold, Map.of());
      String name = corpus.equals("all") ? "both corpora" : corpus.equals("bbc") ? "BBC News" : "Reuters-21578";
      long inEvents = items.stream().filter(gold::containsKey).count();
      metrics.add(new MetricsTable.Metric(name + ": B-cubed precision of the stories", stories.precision(),
          items.size() + " sample documents, " + inEvents + " in gold events of 2 or more"));
      metrics.add(new MetricsTable.Metric(name + ": B-cubed recall of the stories", stories.recall(),
          String.format(Locale.ROOT, "every document alone: precision 1.000, recall %.3f", alone.recall())));
    }
    List<String> notes = new ArrayList<>(table.notes());
    notes.add("B-cubed over the documents of " + pairsFile.getFileName() + ": gold events are the transitive"
        + " closure of 'same' in it and in " + closure.getFileName() + " (unsure counted as not the same)");
    return new MetricsTable(table.title(), metrics, notes);
  }

  private static MetricsTable withNote(MetricsTable table, String note) {
    List<String> notes = new ArrayList<>(table.notes());
    notes.add(note);
    return new MetricsTable(table.title(), table.metrics(), notes);
  }

  /** Every document of a labelled-pairs file, unsure pairs included. */
  static List<String> documents(Path file) {
    List<String> documents = new ArrayList<>();
    for (String[] fields : rows(file)) {
      documents.add(fields[0]);
      documents.add(fields[1]);
    }
    return documents;
  }

  /** Each document of a gold event of two or more, keyed by the event's first member. */
  static Map<String, String> goldEvents(List<Path> files) {
    Map<String, String> parent = new HashMap<>();
    for (Path file : files) {
      for (String[] fields : rows(file)) {
        if (fields[2].equals("same")) {
          String a = root(parent, fields[0]);
          String b = root(parent, fields[1]);
          if (!a.equals(b)) {
            parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
          }
        }
      }
    }
    Map<String, String> events = new HashMap<>();
    for (String id : parent.keySet()) {
      events.put(id, root(parent, id));
    }
    for (String rootId : new ArrayList<>(events.values())) {
      events.put(rootId, rootId);
    }
    return events;
  }

  private static String root(Map<String, String> parent, String id) {
    String at = id;
    while (parent.containsKey(at)) {
      at = parent.get(at);
    }
    return at;
  }

  /** The rows of a labelled-pairs file after its header: a, b, label and the rest. */
  private static List<String[]> rows(Path file) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      if (header == null || !header.startsWith("a\tb\tlabel")) {
        throw new IllegalArgumentException(file + " must start with the header a, b, label, got " + header);
      }
      String line;
      while ((line = reader.readLine()) != null) {
        String[] fields = line.split("\t", -1);
        if (fields.length >= 3) {
          rows.add(fields);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static List<LabelledPair> read(Path file) {
    List<LabelledPair> pairs = new ArrayList<>();
    for (String[] fields : rows(file)) {
      if (fields[2].equals("unsure")) {
        continue;
      }
      if (!fields[2].equals("same") && !fields[2].equals("different")) {
        throw new IllegalArgumentException("label must be same, different or unsure, got " + fields[2]);
      }
      pairs.add(new LabelledPair(fields[0], fields[1], fields[2].equals("same"),
          fields[0].startsWith("reuters-") ? "reuters" : "bbc"));
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
        "one story: both articles in one Reprint story; related pair: the pair's own relation is not UNRELATED"));
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
