package org.reprint.index;

import org.reprint.fingerprint.LshBands;

import org.reprint.fingerprint.Fingerprinter;

import org.reprint.fingerprint.DocumentSketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.Sentence;
import org.reprint.fingerprint.Shingles;
import org.reprint.fingerprint.TestDocuments;

/**
 * Recall of candidate retrieval against an exact oracle: ~300 documents built from real sentences, with
 * planted near-duplicates, and the exact Jaccard resemblance of every pair's shingle sets. The all-pairs
 * oracle is allowed here and nowhere in main code.
 */
@DisplayName("CandidateFinder: recall against the exact Jaccard of all pairs")
class CandidateRecallTest {

  private static final long SEED = Long.getLong("tests.seed", 0x1D1_1998L);

  /** Real sentences: BBC business news when the shared datasets are present, else the bundled examples. */
  private static final Path BBC_BUSINESS = Path.of("..", "..", "shared", "datasets", "bbc_news", "business");

  @Test
  @DisplayName("recall >= 0.99 for Jaccard >= 0.8 and >= 0.85 for Jaccard in [0.5, 0.8)")
  void recallAgainstExactJaccard() throws IOException {
    List<String> pool = sentencePool();
    Random random = new Random(SEED);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      texts.add(baseDocument(random, pool));
    }
    List<String> vocabulary = vocabulary(pool);
    for (int i = 0; i < 150; i++) {
      String original = texts.get(random.nextInt(150));
      double changed = 0.10 * Math.pow(random.nextDouble(), 2); // many light edits, some heavy ones
      texts.add(edited(random, original, changed, vocabulary));
    }
    List<AnalyzedDocument> documents = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      documents.add(TestDocuments.analyze(String.format(Locale.ROOT, "doc-%03d", i), texts.get(i)));
    }
    CorpusStatistics statistics = CorpusStatistics.of(documents);
    List<StoryVector> vectors =
        documents.stream().map(d -> StoryVector.of(d.fingerprint().contentTerms(), statistics)).toList();
    List<CandidatePair> candidates =
        new CandidateFinder(CandidateOptions.DEFAULT).find(documents.stream()
            .map(d -> DocumentSketch.of(d.fingerprint(), new Fingerprinter(FingerprintParameters.DEFAULT),
                new LshBands(FingerprintParameters.DEFAULT.bands(), FingerprintParameters.DEFAULT.rowsPerBand())))
            .toList(), vectors);

    Set<Long> found = new HashSet<>();
    Set<Long> banded = new HashSet<>();
    for (CandidatePair pair : candidates) {
      assertThat(pair.first()).isLessThan(pair.second());
      found.add(pairKey(pair.first(), pair.second()));
      if (pair.sharesBand()) {
        banded.add(pairKey(pair.first(), pair.second()));
      }
    }
    assertThat(found).as("no pair is listed twice").hasSameSizeAs(candidates);

    Recall high = new Recall();
    Recall middle = new Recall();
    for (int i = 0; i < documents.size(); i++) {
      for (int j = i + 1; j < documents.size(); j++) {
        double jaccard = jaccard(documents.get(i), documents.get(j));
        Recall bucket = jaccard >= 0.8 ? high : jaccard >= 0.5 ? middle : null;
        if (bucket != null) {
          long pair = pairKey(i, j);
          bucket.add(found.contains(pair), banded.contains(pair));
        }
      }
    }
    String context =
        String.format(
            Locale.ROOT, "seed %d, %d-sentence pool; high %s; middle %s", SEED, pool.size(), high, middle);
    assertThat(high.pairs).as(context).isGreaterThanOrEqualTo(30);
    assertThat(middle.pairs).as(context).isGreaterThanOrEqualTo(30);
    assertThat(high.recall()).as(context).isGreaterThanOrEqualTo(0.99);
    assertThat(middle.recall()).as(context).isGreaterThanOrEqualTo(0.85);
    // the LSH bands alone, against the S-curve: 1 - 5e-8 at 0.8, 0.87 at 0.5
    assertThat(high.bandRecall()).as(context).isGreaterThanOrEqualTo(0.99);
    assertThat(middle.bandRecall()).as(context).isGreaterThanOrEqualTo(0.85);
  }

  private static final class Recall {
    int pairs;
    int found;
    int banded;

    void add(boolean isFound, boolean isBanded) {
      pairs++;
      found += isFound ? 1 : 0;
      banded += isBanded ? 1 : 0;
    }

    double recall() {
      return pairs == 0 ? 0 : (double) found / pairs;
    }

    double bandRecall() {
      return pairs == 0 ? 0 : (double) banded / pairs;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d pairs, %d found, %d by bands", pairs, found, banded);
    }
  }

  private static double jaccard(AnalyzedDocument first, AnalyzedDocument second) {
    long[] a = first.fingerprint().shingleSet();
    long[] b = second.fingerprint().shingleSet();
    int shared = Shingles.intersectionSize(a, b);
    return (double) shared / (a.length + b.length - shared);
  }

  /** 6 to 14 distinct sentences from the pool, in paragraphs of one to three. */
  private static String baseDocument(Random random, List<String> pool) {
    int count = 6 + random.nextInt(9);
    Set<Integer> chosen = new HashSet<>();
    StringBuilder text = new StringBuilder();
    while (chosen.size() < count) {
      int sentence = random.nextInt(pool.size());
      if (chosen.add(sentence)) {
        text.append(pool.get(sentence)).append(random.nextInt(3) == 0 ? "\n\n" : " ");
      }
    }
    return text.toString().strip();
  }

  /** A copy with about {@code share} of its words replaced, deleted or joined by an inserted word. */
  private static String edited(Random random, String text, double share, List<String> vocabulary) {
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    int edits = (int) Math.round(share * words.size());
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(words.size());
      String word = vocabulary.get(random.nextInt(vocabulary.size()));
      switch (random.nextInt(3)) {
        case 0 -> words.set(at, word);
        case 1 -> words.remove(at);
        default -> words.add(at, word);
      }
    }
    return String.join(" ", words);
  }

  private static List<String> vocabulary(List<String> pool) {
    Set<String> words = new HashSet<>();
    for (String sentence : pool) {
      for (String word : sentence.split("[^\\p{L}]+")) {
        if (word.length() > 3) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(null); // a HashSet's order is not part of the seed
    return sorted;
  }

  /** Sentences of at least eight words, in file order, from BBC business news or the examples. */
  private static List<String> sentencePool() throws IOException {
    List<String> texts = new ArrayList<>();
    if (Files.isDirectory(BBC_BUSINESS)) {
      try (Stream<Path> files = Files.list(BBC_BUSINESS)) {
        for (Path file : files.sorted().limit(120).toList()) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } else {
      for (String prefix : new String[] {"000", "002", "003", "004"}) {
        texts.add(TestDocuments.example(prefix));
      }
    }
    List<String> pool = new ArrayList<>();
    for (int t = 0; t < texts.size(); t++) {
      AnalyzedDocument document = TestDocuments.analyze("source-" + t, texts.get(t));
      for (Sentence sentence : document.sentences()) {
        if (sentence.tokenCount() >= 8) {
          pool.add(document.normalized().text().substring(sentence.start(), sentence.end()));
        }
      }
    }
    return pool;
  }

  /** An unordered pair of document numbers as one long. */
  private static long pairKey(int first, int second) {
    return ((long) Math.min(first, second) << 32) | Math.max(first, second);
  }
}
