package org.reprint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reprint.align.AlignmentOptions;
import org.reprint.align.SentenceAligner;
import org.reprint.document.Document;
import org.reprint.engine.DocumentAnalyzer;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.Fingerprinter;
import org.reprint.fingerprint.MinHashSignature;
import org.reprint.fingerprint.Shingles;
import org.reprint.fingerprint.TextFingerprint;
import org.reprint.fingerprint.TokenHash;
import org.reprint.fingerprint.TokenSequence;
import org.reprint.fingerprint.WordTokenizer;
import org.reprint.normalize.NormalizedText;
import org.reprint.normalize.Normalizer;

/**
 * Checks that {@link FingerprintBenchmark} measures the right thing: its setup yields real text, and each
 * benchmark method returns what the core API returns when called directly, article by article.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FingerprintBenchmarkSanityTest {

  private static final FingerprintParameters PARAMETERS = FingerprintParameters.DEFAULT;

  private final FingerprintBenchmark benchmark = new FingerprintBenchmark();
  private List<String> articles;
  private List<String> normalized;

  @BeforeAll
  void setUp() throws IOException {
    benchmark.targetBytes = 1_000_000;
    benchmark.setUp();
    articles = benchmark.corpus.articles();
    Normalizer normalizer = new Normalizer();
    normalized = articles.stream().map(article -> normalizer.normalize(article).text()).toList();
  }

  @Test
  void setupReadsAboutAMegabyteOfNewsText() {
    assertThat(benchmark.corpus.bytes()).isGreaterThanOrEqualTo(1_000_000).isLessThan(1_200_000);
    assertThat(articles).hasSizeGreaterThan(5);
    assertThat(normalized).allSatisfy(text -> assertThat(text).isNotBlank());
    assertThat(String.join("\n", normalized).length()).isGreaterThan(800_000);
  }

  @Test
  void scanLettersCountsTheLettersOfTheNormalizedText() {
    long expected =
        normalized.stream().mapToLong(text -> text.codePoints().filter(Character::isLetter).count()).sum();
    assertThat(expected).isGreaterThan(500_000);
    assertThat(benchmark.scanLetters()).isEqualTo(expected);
  }

  @Test
  void tokenizeAndHashMatchesTheTokenizer() {
    WordTokenizer tokenizer = new WordTokenizer(new TokenHash(PARAMETERS.seed()));
    List<TokenSequence> actual = benchmark.tokenizeAndHash();
    assertThat(actual).hasSameSizeAs(normalized);
    for (int i = 0; i < normalized.size(); i++) {
      TokenSequence expected = tokenizer.tokenize(normalized.get(i));
      assertThat(expected.size()).isPositive();
      assertThat(actual.get(i).terms()).containsExactly(expected.terms());
      assertThat(actual.get(i).hashes()).containsExactly(expected.hashes());
      assertThat(actual.get(i).starts()).containsExactly(expected.starts());
    }
  }

  @Test
  void shingleHashesMatchTheFingerprint() {
    Fingerprinter fingerprinter = new Fingerprinter(PARAMETERS);
    List<long[]> actual = benchmark.shingleHashes();
    assertThat(actual).hasSameSizeAs(normalized);
    for (int i = 0; i < normalized.size(); i++) {
      assertThat(actual.get(i))
          .isNotEmpty()
          .containsExactly(fingerprinter.fingerprint(normalized.get(i)).shingleHashes());
    }
  }

  @Test
  void minHashSignaturesMatchTheFingerprint() {
    Fingerprinter fingerprinter = new Fingerprinter(PARAMETERS);
    List<long[]> actual = benchmark.minHashSignatures();
    assertThat(actual).hasSameSizeAs(normalized);
    for (int i = 0; i < normalized.size(); i++) {
      long[] expected = fingerprinter.minHash(fingerprinter.fingerprint(normalized.get(i)));
      assertThat(expected).hasSize(PARAMETERS.minHashPermutations()).doesNotContain(Long.MAX_VALUE);
      assertThat(actual.get(i)).containsExactly(expected);
    }
  }

  @Test
  void minHashInputIsTheDistinctShingleSet() {
    TokenHash hash = new TokenHash(PARAMETERS.seed());
    WordTokenizer tokenizer = new WordTokenizer(hash);
    MinHashSignature minHash = new MinHashSignature(PARAMETERS.minHashPermutations(), PARAMETERS.seed());
    String text = normalized.get(0);
    long[] set =
        Shingles.distinctSorted(Shingles.hashes(tokenizer.tokenize(text), PARAMETERS.shingleSize(), hash));
    assertThat(benchmark.shingleSets.get(0)).containsExactly(set);
    assertThat(benchmark.minHashSignatures().get(0)).containsExactly(minHash.signature(set));
  }

  @Test
  void fingerprintMatchesTheFingerprinter() {
    Fingerprinter fingerprinter = new Fingerprinter(PARAMETERS);
    List<FingerprintBenchmark.Sketched> actual = benchmark.fingerprint();
    assertThat(actual).hasSameSizeAs(normalized);
    for (int i = 0; i < normalized.size(); i++) {
      TextFingerprint expected = fingerprinter.fingerprint(normalized.get(i));
      assertThat(actual.get(i).fingerprint().shingleSet()).containsExactly(expected.shingleSet());
      assertThat(actual.get(i).minHash()).containsExactly(fingerprinter.minHash(expected));
      assertThat(actual.get(i).winnowed()).isNotEmpty().containsExactly(fingerprinter.winnowed(expected));
      assertThat(actual.get(i).fingerprint().contentTerms()).containsExactly(expected.contentTerms());
    }
  }

  @Test
  void normalizeMatchesTheNormalizer() {
    Normalizer normalizer = new Normalizer();
    List<NormalizedText> actual = benchmark.normalize();
    assertThat(actual).hasSameSizeAs(articles);
    for (int i = 0; i < articles.size(); i++) {
      NormalizedText expected = normalizer.normalize(articles.get(i));
      assertThat(actual.get(i).text()).isEqualTo(expected.text()).isEqualTo(normalized.get(i));
      assertThat(actual.get(i).removed()).isEqualTo(expected.removed());
    }
  }

  @Test
  void alignSentencesAlignsEachArticleWithTheNextAsTheAlignerDoes() {
    List<List<SentenceAligner.SentencePair>> actual = benchmark.alignSentences();
    assertThat(actual).hasSize(articles.size() - 1);
    SentenceAligner aligner = new SentenceAligner(AlignmentOptions.DEFAULT);
    int aligned = 0;
    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i))
          .isEqualTo(aligner.align(benchmark.profiles.get(i), benchmark.profiles.get(i + 1)));
      for (SentenceAligner.SentencePair pair : actual.get(i)) {
        assertThat(pair.similarity()).isGreaterThanOrEqualTo(AlignmentOptions.DEFAULT.sentenceThreshold());
      }
      aligned += actual.get(i).size();
    }
    assertThat(aligned).as("sentence pairs aligned between neighbouring articles").isPositive();
    assertThat(benchmark.profiles.get(0).sentenceCount())
        .isEqualTo(new DocumentAnalyzer(PARAMETERS).analyze(Document.ofText("first", articles.get(0)))
            .sentences().size())
        .isGreaterThan(3);
  }
}
