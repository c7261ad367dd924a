package org.reprint.evaluation;

import org.reprint.report.Plural;

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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reprint.align.AlignedPassage;
import org.reprint.align.PassageKind;
import org.reprint.classify.PairJudgement;
import org.reprint.document.Document;
import org.reprint.document.TextSpan;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.ingest.IngestResult;

/**
 * Text alignment on a PAN plagiarism corpus (Potthast et al., PAN 2009-2015) in its published layout, scored
 * with {@link PanMeasures}.
 *
 * <p>Layout: a folder holding a {@code pairs} file of "suspicious source" lines, one XML annotation per pair
 * ({@code SUSP-SOURCE.xml}, without the {@code .txt}s), with a {@code <feature name="plagiarism" this_offset
 * this_length source_offset source_length/>} per case, and the {@code .txt} documents themselves, found by
 * name in the folder or its sub-folders (PAN's {@code susp/} and {@code src/}). The {@code pairs} file may
 * sit in the folder or in a sub-folder (such as {@code 02-no-obfuscation}). A pair whose XML holds no case
 * is a negative pair.
 *
 * <p>Each pair is scanned alone, as a two-document scan with default options: the detections are the
 * aligned passages of the pair's judgement, whatever its relation. Documents are decoded as UTF-8 and kept
 * as decoded (a byte order mark would stay, as one char), so Reprint's char offsets are PAN's char offsets
 * as long as the files' line ends are the ones PAN counted.
 */
public final class PanEvaluation {

  private static final Pattern FEATURE = Pattern.compile("<feature\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

  private PanEvaluation() {}

  /** One annotated pair: its two document names and its cases (none for a negative pair). */
  record AnnotatedPair(String suspicious, String source, List<PassagePair> cases) {}

  /** One detected passage pair and how the aligner found it. */
  record Detection(PassagePair passages, PassageKind kind) {}

  /** Evaluates on the PAN folder {@code folder}; progress lines go to {@code progress}. */
  public static MetricsTable evaluate(Path folder, Consumer<String> progress) {
    Path pairsFile = pairsFile(folder);
    List<AnnotatedPair> pairs = readPairs(pairsFile.getParent());
    Map<String, Path> files = documentFiles(pairsFile.getParent(), folder);
    Map<String, String> texts = new ConcurrentHashMap<>();
    List<List<Detection>> detections = detect(pairs, files, texts, progress);
    return table(folder, pairs, detections, texts);
  }

  private static MetricsTable table(
      Path folder, List<AnnotatedPair> pairs, List<List<Detection>> detections, Map<String, String> texts) {
    List<PassagePair> cases = new ArrayList<>();
    List<Detection> detected = new ArrayList<>();
    long positives = 0;
    long positivesFound = 0;
    long negativesFound = 0;
    for (int i = 0; i < pairs.size(); i++) {
      cases.addAll(pairs.get(i).cases());
      detected.addAll(detections.get(i));
      boolean positive = !pairs.get(i).cases().isEmpty();
      boolean found = !detections.get(i).isEmpty();
      positives += positive ? 1 : 0;
      positivesFound += positive && found ? 1 : 0;
      negativesFound += !positive && found ? 1 : 0;
    }
    DetectionCounts pairLevel =
        new DetectionCounts(positivesFound, negativesFound, positives - positivesFound);
    PanMeasures measures = PanMeasures.of(cases, detected.stream().map(Detection::passages).toList());
    List<MetricsTable.Metric> metrics = new ArrayList<>();
    String counts = measures.cases() + " cases, " + measures.detections() + " detections";
    metrics.add(new MetricsTable.Metric("PAN precision (char, macro)", measures.precision(), counts));
    metrics.add(new MetricsTable.Metric("PAN recall (char, macro)", measures.recall(), counts));
    metrics.add(new MetricsTable.Metric("PAN granularity", measures.granularity(),
        measures.detectedCases() + " cases detected"));
    metrics.add(new MetricsTable.Metric("PAN plagdet", measures.plagdet(), ""));
    metrics.add(new MetricsTable.Metric("case-level recall (cases detected at all)",
        DetectionCounts.ratio(measures.detectedCases(), measures.cases()),
        measures.detectedCases() + " of " + measures.cases() + " cases"));
    metrics.add(new MetricsTable.Metric("tolerant passage precision", measures.tolerantPrecision(),
        measures.tolerantMatchedDetections() + " of " + measures.detections() + " detections match a case"));
    metrics.add(new MetricsTable.Metric("tolerant passage recall", measures.tolerantRecall(),
        measures.tolerantMatchedCases() + " of " + measures.cases() + " cases matched"));
    metrics.add(new MetricsTable.Metric("pair-level recall", pairLevel.recall(),
        positivesFound + " of " + positives + " annotated pairs have a detection"));
    if (positives < pairs.size()) {
      metrics.add(new MetricsTable.Metric("pair-level precision", pairLevel.precision(), pairLevel.detail()));
    }
    variant(metrics, "verbatim passages only", PanMeasures.of(cases, detected.stream()
        .filter(detection -> detection.kind() == PassageKind.VERBATIM).map(Detection::passages).toList()));
    variant(metrics, "offsets counted with CRLF line ends", PanMeasures.of(cases, detected.stream()
        .map(detection -> withCarriageReturns(detection.passages(), texts)).toList()));
    AnnotationAnchoring anchoring = new AnnotationAnchoring(texts);
    List<PassagePair> anchored = anchoring.anchor(cases);
    variant(metrics, "annotations re-anchored", PanMeasures.of(anchored, detected.stream()
        .map(Detection::passages).toList()));
    List<String> notes = notes(pairs.size(), positives, texts);
    notes.add(anchoring.moved() + " of " + cases.size() + " cases re-anchored for the 're-anchored' rows: their"
        + " annotated suspicious span held under half of the source passage's word " + AnnotationAnchoring.GRAM
        + "-grams, and one word offset elsewhere in the suspicious document held at least half of them"
        + " (drift from re-extraction; obfuscated cases never move).");
    return new MetricsTable("PAN text alignment: " + folder, metrics, notes);
  }

  private static void variant(List<MetricsTable.Metric> metrics, String name, PanMeasures measures) {
    String counts = measures.detections() + " detections";
    metrics.add(new MetricsTable.Metric("plagdet, " + name, measures.plagdet(), String.format(Locale.ROOT,
        "precision %.4f, recall %.4f, granularity %.4f", measures.precision(), measures.recall(),
        measures.granularity())));
    metrics.add(new MetricsTable.Metric("tolerant precision, " + name, measures.tolerantPrecision(), counts));
    metrics.add(new MetricsTable.Metric("tolerant recall, " + name, measures.tolerantRecall(), counts));
  }

  /**
   * The detection with its offsets counted as if every LF were CRLF, as PAN's original files had: an
   * offset moves by the number of LFs before it.
   */
  static PassagePair withCarriageReturns(PassagePair passages, Map<String, String> texts) {
    return new PassagePair(passages.suspicious(), passages.source(),
        withCarriageReturns(passages.suspiciousSpan(), texts.get(passages.suspicious())),
        withCarriageReturns(passages.sourceSpan(), texts.get(passages.source())));
  }

  private static TextSpan withCarriageReturns(TextSpan span, String text) {
    return new TextSpan(span.start() + lineFeeds(text, span.start()), span.end() + lineFeeds(text, span.end()));
  }

  private static int lineFeeds(String text, int end) {
    int count = 0;
    for (int i = 0; i < end; i++) {
      count += text.charAt(i) == '\n' && (i == 0 || text.charAt(i - 1) != '\r') ? 1 : 0;
    }
    return count;
  }

  private static List<String> notes(int pairCount, long positives, Map<String, String> texts) {
    int withBom = 0;
    int withCarriageReturn = 0;
    int nonAscii = 0;
    for (String text : texts.values()) {
      withBom += text.startsWith("\uFEFF") ? 1 : 0;
      withCarriageReturn += text.indexOf('\r') >= 0 ? 1 : 0;
      nonAscii += text.chars().anyMatch(c -> c > 127) ? 1 : 0;
    }
    List<String> notes = new ArrayList<>();
    notes.add(pairCount + " pairs (" + (pairCount - positives) + " negative), each scanned alone with default"
        + " options; detections are the aligned passages of the pair's judgement, any relation.");
    notes.add(String.format(Locale.ROOT, "Encoding: %d documents read as UTF-8; %d start with a byte order mark,"
        + " %d contain CR, %d contain non-ASCII chars. Offsets are compared as they are (chars of the decoded"
        + " file, BOM kept), without converting line ends; the 'CRLF' rows count each LF as two chars, as PAN's"
        + " original files had CRLF.", texts.size(), withBom, withCarriageReturn, nonAscii));
    notes.add("PAN's measures count exact chars. On a re-extracted corpus whose offsets drift (see its"
        + " SOURCE.md) the char-level figures are lower bounds; the tolerant passage match (overlap on both"
        + " sides of at least half the shorter span) is the robust figure.");
    if (positives == pairCount) {
      notes.add("No negative pairs: pair-level precision cannot be measured on this corpus.");
    }
    return notes;
  }

  private static List<List<Detection>> detect(
      List<AnnotatedPair> pairs, Map<String, Path> files, Map<String, String> texts, Consumer<String> progress) {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(1);
    AtomicInteger done = new AtomicInteger();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> pairs.parallelStream()
          .map(pair -> {
            List<Detection> found = detect(pair, text(pair.suspicious(), files, texts),
                text(pair.source(), files, texts), options);
            int count = done.incrementAndGet();
            if (count % 100 == 0 || count == pairs.size()) {
              progress.accept(count + " of " + Plural.of(pairs.size(), "pair") + " scanned");
            }
            return found;
          })
          .toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** The detections of one pair: the passages of its judgement, turned to (suspicious, source) order. */
  static List<Detection> detect(AnnotatedPair pair, String suspiciousText, String sourceText, ScanOptions options) {
    Document suspicious = Document.ofText(pair.suspicious(), suspiciousText);
    Document source = Document.ofText(pair.source(), sourceText);
    ScanResult result = Engine.scan(new IngestResult(List.of(suspicious, source), List.of(), List.of()), options);
    Optional<PairJudgement> judgement = result.pair(pair.suspicious(), pair.source());
    List<Detection> detections = new ArrayList<>();
    if (judgement.isEmpty()) {
      return detections;
    }
    boolean suspiciousFirst = judgement.get().first().value().equals(pair.suspicious());
    for (AlignedPassage passage : judgement.get().passages()) {
      TextSpan inSuspicious = suspiciousFirst ? passage.firstOriginal() : passage.secondOriginal();
      TextSpan inSource = suspiciousFirst ? passage.secondOriginal() : passage.firstOriginal();
      detections.add(new Detection(
          new PassagePair(pair.suspicious(), pair.source(), inSuspicious, inSource), passage.kind()));
    }
    return detections;
  }

  private static String text(String name, Map<String, Path> files, Map<String, String> texts) {
    return texts.computeIfAbsent(name, key -> {
      Path file = files.get(key);
      if (file == null) {
        throw new IllegalArgumentException("document named in the pairs file must exist, got no file " + key);
      }
      try {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The {@code pairs} file in {@code folder} or in one of its sub-folders. */
  static Path pairsFile(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("folder must be a PAN folder, got " + folder);
    }
    try (Stream<Path> found = Files.find(folder, 2, (path, attributes) ->
        attributes.isRegularFile() && path.getFileName().toString().equals("pairs"))) {
      return found.sorted().findFirst().orElseThrow(() -> new IllegalArgumentException(
          "folder must hold a 'pairs' file in it or in a sub-folder, got none in " + folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pairs of {@code pairsFile}'s folder, with the cases of each pair's XML annotation. */
  static List<AnnotatedPair> readPairs(Path annotations) {
    List<AnnotatedPair> pairs = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(annotations.resolve("pairs"), StandardCharsets.UTF_8)) {
        String[] names = line.trim().split("\\s+");
        if (names.length != 2) {
          continue;
        }
        pairs.add(new AnnotatedPair(names[0], names[1], cases(annotations, names[0], names[1])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pairs;
  }

  private static List<PassagePair> cases(Path annotations, String suspicious, String source) throws IOException {
    Path xml = annotations.resolve(stem(suspicious) + "-" + stem(source) + ".xml");
    List<PassagePair> cases = new ArrayList<>();
    if (!Files.exists(xml)) {
      throw new IllegalArgumentException("each pair must have its annotation file, got no " + xml);
    }
    Matcher feature = FEATURE.matcher(Files.readString(xml, StandardCharsets.UTF_8));
    while (feature.find()) {
      Map<String, String> attributes = attributes(feature.group());
      if (!"plagiarism".equals(attributes.get("name")) || !source.equals(attributes.get("source_reference"))) {
        continue;
      }
      cases.add(new PassagePair(suspicious, source,
          span(attributes, "this_offset", "this_length"), span(attributes, "source_offset", "source_length")));
    }
    return cases;
  }

  private static Map<String, String> attributes(String element) {
    Map<String, String> attributes = new HashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(element);
    while (attribute.find()) {
      attributes.put(attribute.group(1), attribute.group(2));
    }
    return attributes;
  }

  private static TextSpan span(Map<String, String> attributes, String offset, String length) {
    int start = Integer.parseInt(attributes.get(offset));
    return new TextSpan(start, start + Integer.parseInt(attributes.get(length)));
  }

  private static String stem(String name) {
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  /** Document files by name: those in the annotation folder, the evaluated folder and their sub-folders. */
  private static Map<String, Path> documentFiles(Path annotations, Path folder) {
    Map<String, Path> files = new HashMap<>();
    for (Path root : List.of(folder, annotations)) {
      try (Stream<Path> found = Files.find(root, 2, (path, attributes) ->
          attributes.isRegularFile() && path.getFileName().toString().endsWith(".txt"))) {
        found.sorted().forEach(path -> files.putIfAbsent(path.getFileName().toString(), path));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
