package org.reprint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reprint.align.AlignedPassage;
import org.reprint.classify.Attribution;
import org.reprint.classify.AttributionFinder;
import org.reprint.classify.Divergence;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.PairScores;
import org.reprint.classify.Relation;
import org.reprint.cluster.DocumentGroup;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.document.TextSpan;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.engine.ScannedDocument;
import org.reprint.index.CorpusStatistics;
import org.reprint.fingerprint.TokenHash;
import org.reprint.normalize.RemovedSpan;

/** Writes a scan as one JSON object in schema {@value #SCHEMA}. */
public final class JsonReport {

  /** The schema name and version; bump the number on any incompatible change. */
  public static final String SCHEMA = "reprint-scan/1.2";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonReport() {}

  /**
   * Writes the report as it is produced: each document, pair and group is turned into its entry and
   * serialized on its own, so the whole report never exists in memory as text or as entries (a report of
   * 700,000 pairs was 138 MB of text built before the first byte was written). The field order is that of
   * {@link ScanReport}, which the golden report pins.
   */
  public static void write(ScanResult result, ScanOptions options, Writer out) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator generator = MAPPER.writer(printer).createGenerator(out)) {
      Map<DocumentId, Document> byId = new LinkedHashMap<>();
      result.documents().forEach(d -> byId.put(d.id(), d));
      Map<DocumentId, List<Attribution>> credits = result.attributions(); // once: a map of every document
      generator.writeStartObject();
      generator.writeStringField("schema", SCHEMA);
      generator.writeObjectField("parameters", parameters(options));
      generator.writeObjectField("summary", summary(result));
      array(generator, "documents", result.scanned(), JsonReport::document);
      array(generator, "duplicateGroups", result.duplicateGroups(), JsonReport::group);
      array(generator, "boilerplate", result.boilerplate(), JsonReport::boilerplate);
      array(generator, "pairs", result.pairs(), p -> pair(p, byId, credits));
      generator.writeObjectField("families", groups(result.clustering().families()));
      generator.writeObjectField("stories", groups(result.clustering().stories()));
      array(generator, "skipped", result.skipped(),
          s -> new ScanReport.SkippedEntry(s.id(), s.reason().name(), s.detail()));
      array(generator, "warnings", result.warnings(),
          w -> new ScanReport.WarningEntry(w.id(), w.kind(), w.detail()));
      generator.writeEndObject();
      generator.flush();
      out.write("\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSON report", e);
    }
  }

  /**
   * Writes the report as JSON Lines, one record a line, for runs too large to read as one object: a head
   * line {@code {"schema", "parameters", "summary"}}, then one line per entry, each an object with one
   * field naming its kind: {@code document}, {@code duplicateGroup}, {@code pair}, {@code family},
   * {@code story}, {@code skipped}, {@code warning}, each holding the entry as in the JSON report.
   */
  public static void writeLines(ScanResult result, ScanOptions options, Writer out) {
    try {
      Map<DocumentId, Document> byId = new LinkedHashMap<>();
      result.documents().forEach(d -> byId.put(d.id(), d));
      Map<DocumentId, List<Attribution>> credits = result.attributions();
      Map<String, Object> head = new LinkedHashMap<>();
      head.put("schema", SCHEMA);
      head.put("parameters", parameters(options));
      head.put("summary", summary(result));
      line(out, head);
      lines(out, "document", result.scanned(), JsonReport::document);
      lines(out, "duplicateGroup", result.duplicateGroups(), JsonReport::group);
      lines(out, "boilerplate", result.boilerplate(), JsonReport::boilerplate);
      lines(out, "pair", result.pairs(), p -> pair(p, byId, credits));
      lines(out, "family", groups(result.clustering().families()), g -> g);
      lines(out, "story", groups(result.clustering().stories()), g -> g);
      lines(out, "skipped", result.skipped(),
          s -> new ScanReport.SkippedEntry(s.id(), s.reason().name(), s.detail()));
      lines(out, "warning", result.warnings(), w -> new ScanReport.WarningEntry(w.id(), w.kind(), w.detail()));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSON Lines report", e);
    }
  }

  private static <T> void array(
      JsonGenerator generator, String field, List<T> items, java.util.function.Function<T, ?> entry)
      throws IOException {
    generator.writeArrayFieldStart(field);
    for (T item : items) {
      generator.writeObject(entry.apply(item));
    }
    generator.writeEndArray();
  }

  /**
   * One pair as a line of the JSON Lines report, {@code {"pair": {...}}}: for a run that writes its lines
   * where its pairs are judged (the Spark job).
   */
  public static String pairLine(PairJudgement pair, Map<DocumentId, Document> documents,
      Map<DocumentId, List<Attribution>> credits) {
    return lineOf(Map.of("pair", pair(pair, documents, credits)));
  }

  /** A family or a story ({@code kind}) as a line of the JSON Lines report. */
  public static String groupLine(String kind, DocumentGroup group) {
    return lineOf(Map.of(kind, groups(List.of(group)).get(0)));
  }

  /** A document as a line of the JSON Lines report, {@code {"document": {...}}}. */
  public static String documentLine(ScannedDocument document) {
    return lineOf(Map.of("document", document(document)));
  }

  /** A skipped input as a line of the JSON Lines report, {@code {"skipped": {...}}}. */
  public static String skippedLine(org.reprint.document.SkippedDocument skipped) {
    return lineOf(Map.of("skipped",
        new ScanReport.SkippedEntry(skipped.id(), skipped.reason().name(), skipped.detail())));
  }

  private static String lineOf(Object value) {
    try {
      return LINE_WRITER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a JSON Lines record", e);
    }
  }

  private static <T> void lines(Writer out, String kind, List<T> items, java.util.function.Function<T, ?> entry)
      throws IOException {
    for (T item : items) {
      line(out, Map.of(kind, entry.apply(item)));
    }
  }

  private static void line(Writer out, Object value) throws IOException {
    out.write(LINE_WRITER.writeValueAsString(value));
    out.write("\n");
  }

  private static final com.fasterxml.jackson.databind.ObjectWriter LINE_WRITER =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer();

  private static ScanReport.BoilerplateEntry boilerplate(org.reprint.engine.Boilerplate boilerplate) {
    return new ScanReport.BoilerplateEntry(boilerplate.kind(), boilerplate.documents(), boilerplate.pairs(),
        boilerplate.examples().stream().map(DocumentId::value).toList(), boilerplate.text());
  }

  private static ScanReport.DuplicateGroupEntry group(org.reprint.engine.DuplicateGroup group) {
    return new ScanReport.DuplicateGroupEntry(group.representative().value(),
        group.members().stream().map(DocumentId::value).toList());
  }

  private static Map<String, Object> parameters(ScanOptions options) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("scope", options.scope().label());
    parameters.put("groupDuplicatesFrom", options.groupDuplicatesFrom());
    parameters.put("hash", TokenHash.ALGORITHM);
    parameters.put("seed", options.fingerprint().seed());
    parameters.put("shingleSize", options.fingerprint().shingleSize());
    parameters.put("winnowWindow", options.fingerprint().winnowWindow());
    parameters.put("minHashPermutations", options.fingerprint().minHashPermutations());
    parameters.put("bands", options.fingerprint().bands());
    parameters.put("rowsPerBand", options.fingerprint().rowsPerBand());
    parameters.put("minPassageWords", options.alignment().minPassageWords());
    parameters.put("maxGapWords", options.alignment().maxGapWords());
    parameters.put("sentenceThreshold", options.alignment().sentenceThreshold());
    parameters.put("nearDuplicateResemblance", options.classification().nearDuplicateResemblance());
    parameters.put("paraphraseShare", options.classification().paraphraseShare());
    parameters.put("storyThreshold", options.classification().storyThreshold());
    parameters.put("idfMinEffectiveDocuments", CorpusStatistics.MIN_EFFECTIVE_DOCUMENTS);
    return parameters;
  }

  private static ScanReport.Summary summary(ScanResult result) {
    Map<String, Integer> byRelation = new LinkedHashMap<>();
    for (Relation relation : Relation.values()) {
      byRelation.put(relation.name(), result.statistics().pairsByRelation().getOrDefault(relation, 0));
    }
    return new ScanReport.Summary(
        result.statistics().documents(),
        result.statistics().indexedDocuments().isPresent()
            ? Integer.valueOf(result.statistics().indexedDocuments().getAsInt()) : null,
        result.statistics().skipped(),
        result.statistics().candidatePairs(),
        result.pairs().size(),
        byRelation);
  }

  private static ScanReport.DocumentEntry document(ScannedDocument scanned) {
    Document document = scanned.document();
    Metadata metadata = document.metadata();
    List<ScanReport.RemovedEntry> removed = new ArrayList<>();
    for (RemovedSpan span : scanned.removed()) {
      removed.add(new ScanReport.RemovedEntry(span.original().start(), span.original().end(), span.rule()));
    }
    return new ScanReport.DocumentEntry(
        document.id().value(),
        metadata.title(),
        metadata.byline(),
        metadata.published() == null ? null : metadata.published().toString(),
        metadata.url(),
        metadata.outlet(),
        metadata.crawled() == null ? null : metadata.crawled().toString(),
        document.format().name(),
        document.originalText().length(),
        scanned.wordCount(),
        removed,
        attributions(scanned.credits()));
  }

  private static List<ScanReport.AttributionEntry> attributions(List<Attribution> attributions) {
    return attributions.stream()
        .map(a -> new ScanReport.AttributionEntry(
            a.source().shortName(), a.span().start(), a.span().end(), a.text(),
            a.interview() ? "interview" : "source"))
        .toList();
  }

  private static ScanReport.PairEntry pair(
      PairJudgement pair, Map<DocumentId, Document> byId, Map<DocumentId, List<Attribution>> credits) {
    String firstText = byId.get(pair.first()).originalText();
    String secondText = byId.get(pair.second()).originalText();
    List<Attribution> firstCredits = credits.getOrDefault(pair.first(), List.of());
    List<Attribution> secondCredits = credits.getOrDefault(pair.second(), List.of());
    List<ScanReport.PassageEntry> passages = new ArrayList<>();
    for (AlignedPassage passage : pair.passages()) {
      passages.add(
          new ScanReport.PassageEntry(
              passage.kind().name(),
              span(passage.firstOriginal(), firstText),
              span(passage.secondOriginal(), secondText),
              passage.verbatimWords(),
              round(passage.similarity()),
              new ScanReport.PassageAttributions(
                  attributions(AttributionFinder.around(firstCredits, passage.firstOriginal(), firstText)),
                  attributions(
                      AttributionFinder.around(secondCredits, passage.secondOriginal(), secondText)))));
    }
    List<ScanReport.DivergenceEntry> divergences = new ArrayList<>();
    for (Divergence divergence : pair.divergences()) {
      divergences.add(new ScanReport.DivergenceEntry(
          divergence.type().name(),
          span(divergence.firstSpan(), firstText),
          span(divergence.secondSpan(), secondText),
          divergence.detail()));
    }
    return new ScanReport.PairEntry(
        pair.first().value(),
        pair.second().value(),
        pair.relation().name(),
        pair.knownDirection()
            .map(d -> new ScanReport.DirectionEntry(d.source().value(), d.copy().value(), d.evidence()))
            .orElse(null),
        scores(pair.scores()),
        pair.explanation(),
        pair.storyEvidence() == null ? null : new ScanReport.StoryEvidenceEntry(pair.storyEvidence().names(),
            pair.storyEvidence().terms(), pair.storyEvidence().numbers(), pair.storyEvidence().daysApart()),
        passages,
        divergences);
  }

  private static ScanReport.SpanEntry span(TextSpan span, String text) {
    return new ScanReport.SpanEntry(span.start(), span.end(), span.of(text));
  }

  /** Scores by name, "A" meaning the pair's first document. Rounded so that output is stable. */
  static Map<String, Object> scores(PairScores scores) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("resemblance", round(scores.resemblance()));
    map.put("containmentA", round(scores.containmentFirst()));
    map.put("containmentB", round(scores.containmentSecond()));
    map.put("alignedShareA", round(scores.alignedShareFirst()));
    map.put("alignedShareB", round(scores.alignedShareSecond()));
    map.put("verbatimShareA", round(scores.verbatimShareFirst()));
    map.put("verbatimShareB", round(scores.verbatimShareSecond()));
    map.put("storySimilarity", round(scores.storySimilarity()));
    map.put("longestPassageWords", scores.longestPassageWords());
    return map;
  }

  private static List<ScanReport.GroupEntry> groups(List<DocumentGroup> groups) {
    return groups.stream()
        .map(
            g ->
                new ScanReport.GroupEntry(
                    g.members().stream().map(DocumentId::value).toList(),
                    g.original().value(),
                    g.originalEvidence(),
                    g.edges().stream().map(JsonReport::edge).toList(),
                    g.timeline().stream().map(JsonReport::timelineItem).toList()))
        .toList();
  }

  private static ScanReport.EdgeEntry edge(org.reprint.cluster.ProvenanceEdge edge) {
    return new ScanReport.EdgeEntry(edge.source().value(), edge.copy().value(), edge.relation().name(),
        edge.directed(), edge.evidence());
  }

  private static ScanReport.TimelineItem timelineItem(org.reprint.cluster.TimelineEntry entry) {
    return new ScanReport.TimelineItem(entry.id().value(),
        entry.published() == null ? null : entry.published().toString(), entry.undated(), entry.outlet(),
        entry.title(), entry.source() == null ? null : entry.source().value(),
        entry.relationToSource() == null ? null : entry.relationToSource().name(),
        round(entry.verbatimShare()), round(entry.rewordedShare()), round(entry.ownShare()), entry.divergences());
  }

  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
