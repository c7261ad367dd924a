package org.reprint.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The JSON report, as data-transfer records. Field order and names are part of the schema
 * {@value JsonReport#SCHEMA}; see {@code docs/report-schema.md}.
 */
@JsonPropertyOrder({
  "schema", "parameters", "summary", "documents", "duplicateGroups", "boilerplate", "pairs", "families",
  "stories", "skipped", "warnings"
})
public record ScanReport(
    String schema,
    Map<String, Object> parameters,
    Summary summary,
    List<DocumentEntry> documents,
    List<DuplicateGroupEntry> duplicateGroups,
    List<BoilerplateEntry> boilerplate,
    List<PairEntry> pairs,
    List<GroupEntry> families,
    List<GroupEntry> stories,
    List<SkippedEntry> skipped,
    List<WarningEntry> warnings) {

  /** Text so common in the corpus that it was left out of every pair (added in 1.1). */
  @JsonPropertyOrder({"kind", "documents", "pairs", "examples", "text"})
  public record BoilerplateEntry(String kind, int documents, int pairs, List<String> examples, String text) {}

  /** Articles with the same words, judged once through the representative (added in 1.1). */
  @JsonPropertyOrder({"representative", "members"})
  public record DuplicateGroupEntry(String representative, List<String> members) {}

  /**
   * Counts of the run; {@code indexedDocuments} only for a query, where {@code documents} counts the
   * query articles.
   */
  @JsonPropertyOrder({
    "documents", "indexedDocuments", "skipped", "candidatePairs", "relatedPairs", "pairsByRelation"
  })
  public record Summary(
      int documents,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer indexedDocuments,
      int skipped,
      int candidatePairs,
      int relatedPairs,
      Map<String, Integer> pairsByRelation) {}

  /** One compared document: its metadata and what normalization removed from it. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({
    "id", "title", "byline", "published", "url", "outlet", "crawled", "format", "characters", "words",
    "removed", "attributions"
  })
  public record DocumentEntry(
      String id,
      String title,
      String byline,
      String published,
      String url,
      String outlet,
      @JsonInclude(JsonInclude.Include.NON_NULL) String crawled,
      String format,
      int characters,
      int words,
      List<RemovedEntry> removed,
      List<AttributionEntry> attributions) {}

  /**
   * A place where a text credits a news agency: the agency, the crediting words' span, and the kind of
   * credit: {@code "source"} (the agency is cited: "according to AFP") or {@code "interview"} (the agency
   * did the reporting: "told AFP").
   */
  @JsonPropertyOrder({"source", "start", "end", "text", "kind"})
  public record AttributionEntry(String source, int start, int end, String text, String kind) {}

  /** A span of the original text that normalization dropped, and the rule that dropped it. */
  @JsonPropertyOrder({"start", "end", "rule"})
  public record RemovedEntry(int start, int end, String rule) {}

  /** One related pair. */
  @JsonPropertyOrder({
    "a", "b", "relation", "direction", "scores", "explanation", "storyEvidence", "passages", "divergences"
  })
  public record PairEntry(
      String a,
      String b,
      String relation,
      DirectionEntry direction,
      Map<String, Object> scores,
      String explanation,
      @JsonInclude(JsonInclude.Include.NON_NULL) StoryEvidenceEntry storyEvidence,
      List<PassageEntry> passages,
      List<DivergenceEntry> divergences) {}

  /** Why a SAME_STORY pair tells one event (added in 1.2); {@code daysApart} absent when either is undated. */
  @JsonPropertyOrder({"names", "terms", "numbers", "daysApart"})
  public record StoryEvidenceEntry(List<String> names, List<String> terms, List<String> numbers, Integer daysApart) {}

  /** What changed between the two sides of the aligned text, with spans in both documents. */
  @JsonPropertyOrder({"type", "a", "b", "detail"})
  public record DivergenceEntry(String type, SpanEntry a, SpanEntry b, String detail) {}

  /** Which document is the likely source; absent from a pair when it cannot be told. */
  @JsonPropertyOrder({"source", "copy", "evidence"})
  public record DirectionEntry(String source, String copy, String evidence) {}

  /** An aligned passage with original-text offsets into both documents. */
  @JsonPropertyOrder({"kind", "a", "b", "verbatimWords", "similarity", "attributions"})
  public record PassageEntry(
      String kind,
      SpanEntry a,
      SpanEntry b,
      int verbatimWords,
      double similarity,
      PassageAttributions attributions) {}

  /** The credits inside a passage or in the sentence right after it, on each side. */
  @JsonPropertyOrder({"a", "b"})
  public record PassageAttributions(List<AttributionEntry> a, List<AttributionEntry> b) {}

  /** A half-open span {@code [start, end)} of original-text chars, with the text it covers. */
  @JsonPropertyOrder({"start", "end", "text"})
  public record SpanEntry(int start, int end, String text) {}

  /** A reuse family or a story, with who took from whom and its articles in time order (added in 1.2). */
  @JsonPropertyOrder({"members", "original", "originalEvidence", "edges", "timeline"})
  public record GroupEntry(
      List<String> members,
      String original,
      String originalEvidence,
      List<EdgeEntry> edges,
      List<TimelineItem> timeline) {}

  /** One step of who took from whom: {@code from} is the source when {@code directed}. */
  @JsonPropertyOrder({"from", "to", "relation", "directed", "evidence"})
  public record EdgeEntry(String from, String to, String relation, boolean directed, String evidence) {}

  /** One article of a time line, with what it took from its source. */
  @JsonPropertyOrder({"id", "published", "undated", "outlet", "title", "source", "relation", "verbatimShare",
      "rewordedShare", "ownShare", "divergences"})
  public record TimelineItem(
      String id,
      String published,
      boolean undated,
      String outlet,
      String title,
      String source,
      String relation,
      double verbatimShare,
      double rewordedShare,
      double ownShare,
      int divergences) {}

  /** An input that was not compared. */
  @JsonPropertyOrder({"id", "reason", "detail"})
  public record SkippedEntry(String id, String reason, String detail) {}

  /** A note on an input that was compared. */
  @JsonPropertyOrder({"id", "kind", "detail"})
  public record WarningEntry(String id, String kind, String detail) {}
}
