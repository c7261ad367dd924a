package org.reprint.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reprint.align.AlignmentOptions;
import org.reprint.align.SentenceAligner;
import org.reprint.align.SentenceProfile;
import org.reprint.document.Document;
import org.reprint.engine.DocumentAnalyzer;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.Fingerprinter;
import org.reprint.fingerprint.MinHashSignature;
import org.reprint.fingerprint.Shingles;
import org.reprint.fingerprint.TextFingerprint;
import org.reprint.fingerprint.TokenHash;
import org.reprint.fingerprint.TokenSequence;
import org.reprint.fingerprint.WordTokenizer;
import org.reprint.index.CorpusStatistics;
import org.reprint.normalize.NormalizedText;
import org.reprint.normalize.Normalizer;

/**
 * JMH kernels of the per-document stages, each over the same {@link NewsCorpus} of about 1 MB.
 *
 * <p>One operation is one pass over every article of the corpus, so ops/s times the corpus' megabytes is
 * MB/s; {@link FingerprintBenchmarkRunner} prints that table. Every stage is charged the raw bytes of the
 * articles, whatever text it reads, so that the rates of the stages can be compared and their inverse
 * times add up. The stages, from the practical limit up:
 *
 * <ol>
 *   <li>{@link #scanLetters}: count the letters of the normalized text, code point by code point;
 *   <li>{@link #tokenizeAndHash}: {@link WordTokenizer} (tokens, lower-cased terms, xxHash64 of each);
 *   <li>{@link #shingleHashes}: tokenize, then hash every word k-shingle;
 *   <li>{@link #minHashSignatures}: the MinHash signature of each article's (precomputed) shingle set;
 *   <li>{@link #fingerprint}: the whole {@link Fingerprinter#fingerprint}, with content terms, and the
 *       MinHash signature and winnowed fingerprints a scan's first pass adds to it;
 *   <li>{@link #normalize}: {@link Normalizer#normalize(String)} of the raw article text;
 *   <li>{@link #alignSentences}: the sentence aligner ({@link SentenceAligner}, its Dice gate over every
 *       sentence pair, then the paraphrase scorer on the pairs that pass) between each article and the next
 *       one (same section, sorted paths: related topics), on profiles made in the setup. A judging kernel
 *       rather than a per-document stage, charged the same bytes so that its rate reads like the others.
 * </ol>
 *
 * <p>Each method returns what it computed, so that JMH consumes it and the sanity test can compare it with
 * the core API called directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class FingerprintBenchmark {

  /** The corpus size to aim for, in bytes; whole articles are read until it is reached. */
  @Param("1000000")
  public long targetBytes;

  NewsCorpus corpus;
  List<String> normalizedTexts;
  List<long[]> shingleSets;
  Normalizer normalizer;
  Fingerprinter fingerprinter;
  TokenHash hash;
  WordTokenizer tokenizer;
  MinHashSignature minHash;
  int shingleSize;
  List<SentenceProfile> profiles;
  SentenceAligner aligner;

  /** Loads the corpus and precomputes each stage's input. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    FingerprintParameters parameters = FingerprintParameters.DEFAULT;
    corpus = NewsCorpus.load(targetBytes);
    normalizer = new Normalizer();
    fingerprinter = new Fingerprinter(parameters);
    hash = new TokenHash(parameters.seed());
    tokenizer = new WordTokenizer(hash);
    minHash = new MinHashSignature(parameters.minHashPermutations(), parameters.seed());
    shingleSize = parameters.shingleSize();
    normalizedTexts = new ArrayList<>();
    shingleSets = new ArrayList<>();
    for (String article : corpus.articles()) {
      String text = normalizer.normalize(article).text();
      normalizedTexts.add(text);
      shingleSets.add(Shingles.distinctSorted(Shingles.hashes(tokenizer.tokenize(text), shingleSize, hash)));
    }
    DocumentAnalyzer analyzer = new DocumentAnalyzer(parameters);
    List<AnalyzedDocument> analyzed = new ArrayList<>();
    for (int i = 0; i < corpus.articles().size(); i++) {
      analyzed.add(analyzer.analyze(Document.ofText("article-" + i, corpus.articles().get(i))));
    }
    CorpusStatistics statistics = CorpusStatistics.of(analyzed);
    profiles = new ArrayList<>();
    for (AnalyzedDocument document : analyzed) {
      profiles.add(SentenceProfile.of(document, statistics::termId, statistics::idf));
    }
    aligner = new SentenceAligner(AlignmentOptions.DEFAULT);
  }

  /** The practical limit: one look at every code point of the normalized text. */
  @Benchmark
  public long scanLetters() {
    long letters = 0;
    for (String text : normalizedTexts) {
      int length = text.length();
      int index = 0;
      while (index < length) {
        int codePoint = text.codePointAt(index);
        if (Character.isLetter(codePoint)) {
          letters++;
        }
        index += Character.charCount(codePoint);
      }
    }
    return letters;
  }

  @Benchmark
  public List<TokenSequence> tokenizeAndHash() {
    List<TokenSequence> result = new ArrayList<>(normalizedTexts.size());
    for (String text : normalizedTexts) {
      result.add(tokenizer.tokenize(text));
    }
    return result;
  }

  @Benchmark
  public List<long[]> shingleHashes() {
    List<long[]> result = new ArrayList<>(normalizedTexts.size());
    for (String text : normalizedTexts) {
      result.add(Shingles.hashes(tokenizer.tokenize(text), shingleSize, hash));
    }
    return result;
  }

  @Benchmark
  public List<long[]> minHashSignatures() {
    List<long[]> result = new ArrayList<>(shingleSets.size());
    for (long[] shingleSet : shingleSets) {
      result.add(minHash.signature(shingleSet));
    }
    return result;
  }

  /** A fingerprint with what a scan's first pass computes from it for candidate retrieval. */
  public record Sketched(TextFingerprint fingerprint, long[] minHash, long[] winnowed) {}

  @Benchmark
  public List<Sketched> fingerprint() {
    List<Sketched> result = new ArrayList<>(normalizedTexts.size());
    for (String text : normalizedTexts) {
      TextFingerprint fingerprint = fingerprinter.fingerprint(text);
      result.add(new Sketched(fingerprint, fingerprinter.minHash(fingerprint), fingerprinter.winnowed(fingerprint)));
    }
    return result;
  }

  @Benchmark
  public List<List<SentenceAligner.SentencePair>> alignSentences() {
    List<List<SentenceAligner.SentencePair>> result = new ArrayList<>(profiles.size());
    for (int i = 0; i + 1 < profiles.size(); i++) {
      result.add(aligner.align(profiles.get(i), profiles.get(i + 1)));
    }
    return result;
  }

  @Benchmark
  public List<NormalizedText> normalize() {
    List<NormalizedText> result = new ArrayList<>(corpus.articles().size());
    for (String article : corpus.articles()) {
      result.add(normalizer.normalize(article));
    }
    return result;
  }
}
