package org.reprint.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.align.AlignedPassage;
import org.reprint.align.AlignmentOptions;
import org.reprint.align.PairAligner;
import org.reprint.align.PassageKind;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.document.SourceFormat;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.TestDocuments;
import org.reprint.index.CorpusStatistics;
import org.reprint.index.StoryVector;

/** The relation rules and the direction judge, on texts made from the armenia-2020 AFP story. */
@DisplayName("PairClassifier: relation rules and direction on crafted pairs")
class PairClassifierTest {

  /** Two paragraphs of 000 (48 words) that 000 does not quote. */
  private static final String AFP_PASSAGE =
      "Russia has a military base in Armenia's second-largest city of Gyumri and has a defense treaty"
          + " with Yerevan. Moscow, which has previously said that its defense pact with Armenia does not"
          + " extend to the breakaway region of Nagorno-Karabakh, reiterated that help would be provided if"
          + " the fighting expanded.";

  private final PairAligner aligner = new PairAligner(AlignmentOptions.DEFAULT);
  private final PairClassifier classifier =
      new PairClassifier(ClassificationOptions.DEFAULT, AlignmentOptions.DEFAULT.minPassageWords());

  @Test
  @DisplayName("same words, other wrapping, line breaks, case and quotation marks: DUPLICATE")
  void sameWordsDifferentFormattingIsDuplicate() {
    String afp = afpParagraphs(0, 8);
    String reformatted =
        wrap(afp, 58).replace("\n\n", "\r\n\r\n").replace("\"necessary\"", "\u201Cnecessary\u201D")
            .replace("Saturday", "SATURDAY");
    PairJudgement judgement = judge(plain("a", afp), plain("b", reformatted));
    assertThat(judgement.relation()).isEqualTo(Relation.DUPLICATE);
    assertThat(judgement.scores().resemblance()).isEqualTo(1.0);
    assertThat(judgement.passages()).isNotEmpty();
    assertThat(judgement.explanation()).startsWith("same words in the same order");
  }

  @Test
  @DisplayName("one word changed in a 300-word text: NEAR_DUPLICATE")
  void oneChangedWordIsNearDuplicate() {
    AnalyzedDocument afp = TestDocuments.analyzedExample("000");
    String text = afp.normalized().text().substring(0, afp.fingerprint().tokens().ends()[299]);
    String edited = text.replaceFirst("escalation", "intensification");
    assertThat(edited).isNotEqualTo(text);
    PairJudgement judgement = judge(plain("a", text), plain("b", edited));
    assertThat(judgement.relation()).isEqualTo(Relation.NEAR_DUPLICATE);
    assertThat(judgement.scores().verbatimShareFirst()).isGreaterThan(0.99);
    assertThat(judgement.passages()).hasSize(1);
    assertThat(judgement.scores().resemblance()).isGreaterThanOrEqualTo(0.8);
    assertThat(judgement.explanation()).contains("word-shingle resemblance", "small edits");
  }

  @Test
  @DisplayName("six words changed, one every 38, in a 230-word text: NEAR_DUPLICATE though the resemblance is"
      + " under 0.8")
  void scatteredSmallEditsAreANearCopy() {
    AnalyzedDocument afp = TestDocuments.analyzedExample("000");
    var tokens = afp.fingerprint().tokens();
    String text = afp.normalized().text().substring(0, tokens.ends()[229]);
    StringBuilder edited = new StringBuilder(text);
    for (int k = 5; k >= 0; k--) { // from the end, so that earlier offsets stay valid
      int word = 19 + 38 * k;
      edited.replace(tokens.starts()[word], tokens.ends()[word], "changed");
    }
    PairJudgement judgement = judge(plain("a", text), plain("b", edited.toString()));
    assertThat(judgement.scores().resemblance()).as("the rule on shingles alone").isLessThan(0.8);
    assertThat(judgement.relation()).isEqualTo(Relation.NEAR_DUPLICATE);
    assertThat(judgement.scores().verbatimShareFirst()).isGreaterThanOrEqualTo(0.96);
    assertThat(judgement.explanation()).contains("are verbatim; the rest are small edits");
    assertThat(classifier.nearDuplicates(TestDocuments.analyze("a", text),
        TestDocuments.analyze("b", edited.toString()))).as("the near-duplicate search's check").isTrue();
  }

  @Test
  @DisplayName("a text a tenth of whose words were changed is no near copy: PARTIAL_REUSE")
  void denseEditsAreNoNearCopy() {
    AnalyzedDocument afp = TestDocuments.analyzedExample("000");
    var tokens = afp.fingerprint().tokens();
    String text = afp.normalized().text().substring(0, tokens.ends()[229]);
    StringBuilder edited = new StringBuilder(text);
    for (int k = 22; k >= 0; k--) {
      int word = 5 + 10 * k;
      edited.replace(tokens.starts()[word], tokens.ends()[word], "changed");
    }
    PairJudgement judgement = judge(plain("a", text), plain("b", edited.toString()));
    assertThat(judgement.relation()).isNotIn(Relation.NEAR_DUPLICATE, Relation.DUPLICATE);
  }

  @Test
  @DisplayName("a 48-word quote inside two otherwise different articles: PARTIAL_REUSE, passage found")
  void quotedPassageIsPartialReuse() {
    String quoting = withQuote(TestDocuments.example("004"));
    AnalyzedDocument source = TestDocuments.analyze("000", TestDocuments.example("000"));
    AnalyzedDocument copy = TestDocuments.analyze("004", quoting);
    PairJudgement judgement = judge(source, copy);

    assertThat(judgement.relation()).isEqualTo(Relation.PARTIAL_REUSE);
    assertThat(judgement.scores().longestPassageWords()).isGreaterThanOrEqualTo(40);
    AlignedPassage longest =
        judgement.passages().stream()
            .filter(passage -> passage.kind() == PassageKind.VERBATIM)
            .max((x, y) -> Integer.compare(x.firstWords().length(), y.firstWords().length()))
            .orElseThrow();
    String inSource = longest.firstOriginal().of(source.document().originalText()).replaceAll("\\s+", " ");
    String inCopy = longest.secondOriginal().of(quoting);
    assertThat(inSource).startsWith("Russia has a military base").endsWith("if the fighting expanded");
    assertThat(inCopy).isEqualTo(AFP_PASSAGE.substring(0, AFP_PASSAGE.length() - 1)); // without the point
    // no dates: the quotation marks in 004 name 000 as the source
    assertThat(judgement.knownDirection()).isPresent();
    assertThat(judgement.direction().source()).isEqualTo(new DocumentId("000"));
    assertThat(judgement.direction().copy()).isEqualTo(new DocumentId("004"));
    assertThat(judgement.direction().evidence()).contains("quotation marks");
  }

  @Test
  @DisplayName("direction: the earlier date wins over quotation marks; equal dates fall back to them")
  void directionByDatesThenQuotationMarks() {
    String quoting = withQuote(TestDocuments.example("004"));
    String afp = TestDocuments.example("000");
    LocalDate october30 = LocalDate.of(2020, 10, 30);
    LocalDate october31 = LocalDate.of(2020, 10, 31);

    PairJudgement afpEarlier = judge(dated("000", afp, october30), dated("004", quoting, october31));
    assertThat(afpEarlier.direction().source()).isEqualTo(new DocumentId("000"));
    assertThat(afpEarlier.direction().evidence()).isEqualTo("published 2020-10-30, before 2020-10-31");

    PairJudgement quotingEarlier = judge(dated("000", afp, october31), dated("004", quoting, october30));
    assertThat(quotingEarlier.direction().source()).isEqualTo(new DocumentId("004"));
    assertThat(quotingEarlier.direction().copy()).isEqualTo(new DocumentId("000"));

    PairJudgement sameDay = judge(dated("000", afp, october31), dated("004", quoting, october31));
    assertThat(sameDay.direction().source()).isEqualTo(new DocumentId("000"));
    assertThat(sameDay.direction().evidence()).contains("quotation marks");

    PairJudgement oneDated = judge(dated("000", afp, october31), plain("004", quoting));
    assertThat(oneDated.direction().evidence()).contains("quotation marks");
  }

  @Test
  @DisplayName("quotation marks on both sides, or on neither, tell no direction")
  void symmetricQuotationTellsNothing() {
    String unquoted = TestDocuments.example("004") + "\n\nAhval recalled that " + AFP_PASSAGE + "\n";
    PairJudgement neither = judge(plain("000", TestDocuments.example("000")), plain("004", unquoted));
    assertThat(neither.relation()).isEqualTo(Relation.PARTIAL_REUSE);
    assertThat(neither.knownDirection()).isEmpty();
  }

  @Test
  @DisplayName("same event, different sentences: SAME_STORY at or above the story threshold, else UNRELATED")
  void sameEventIsSameStoryDependingOnStorySimilarity() {
    AnalyzedDocument afp = TestDocuments.analyzedExample("000");
    AnalyzedDocument independent = TestDocuments.analyzedExample("004");
    double story = storySimilarity(afp, independent);
    assertThat(story).isGreaterThanOrEqualTo(ClassificationOptions.DEFAULT.storyThreshold());

    var alignment = aligner.align(afp, independent, idf(afp, independent));
    PairJudgement judged = classifier.classify(afp, independent, alignment, story);
    assertThat(judged.relation()).isEqualTo(Relation.SAME_STORY);
    assertThat(judged.passages()).isEmpty();
    assertThat(judged.explanation()).contains("story similarity");

    assertThat(classifier.classify(afp, independent, alignment, 0.30).relation())
        .isEqualTo(Relation.SAME_STORY);
    PairJudgement below = classifier.classify(afp, independent, alignment, 0.29);
    assertThat(below.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(below.knownDirection()).isEmpty();
  }

  @Test
  @DisplayName("an article on another subject: UNRELATED")
  void otherSubjectIsUnrelated() throws IOException {
    AnalyzedDocument afp = TestDocuments.analyzedExample("000");
    AnalyzedDocument rates = TestDocuments.analyze("rates", resource("unrelated-interest-rates.txt"));
    PairJudgement judgement = judge(afp, rates);
    assertThat(judgement.scores().storySimilarity()).isLessThan(0.1);
    assertThat(judgement.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(judgement.passages()).isEmpty();
    assertThat(judgement.direction()).isNull();
  }

  private PairJudgement judge(Document first, Document second) {
    return judge(TestDocuments.analyze(first), TestDocuments.analyze(second));
  }

  private PairJudgement judge(AnalyzedDocument first, AnalyzedDocument second) {
    var alignment = aligner.align(first, second, idf(first, second));
    return classifier.classify(first, second, alignment, storySimilarity(first, second));
  }

  private static java.util.function.ToDoubleFunction<String> idf(
      AnalyzedDocument first, AnalyzedDocument second) {
    return CorpusStatistics.of(List.of(first, second))::idf;
  }

  private static double storySimilarity(AnalyzedDocument first, AnalyzedDocument second) {
    CorpusStatistics statistics = CorpusStatistics.of(List.of(first, second));
    return StoryVector.of(first.fingerprint().contentTerms(), statistics)
        .cosine(StoryVector.of(second.fingerprint().contentTerms(), statistics));
  }

  /** 004 with the AFP passage quoted in a paragraph of its own, after its third paragraph. */
  private static String withQuote(String text) {
    int third = text.indexOf("\n\n", text.indexOf("\n\n", text.indexOf("\n\n") + 2) + 2);
    return text.substring(0, third)
        + "\n\nAhval recalled the AFP report: \""
        + AFP_PASSAGE
        + "\""
        + text.substring(third);
  }

  /** Paragraphs {@code [from, to)} of 000's normalized text, separated by blank lines. */
  private static String afpParagraphs(int from, int to) {
    String[] paragraphs = TestDocuments.analyzedExample("000").normalized().text().split("\n");
    return String.join("\n\n", List.of(paragraphs).subList(from, to));
  }

  /** Hard-wraps each paragraph at {@code width} columns, as wire copy often is. */
  private static String wrap(String text, int width) {
    StringBuilder wrapped = new StringBuilder();
    int column = 0;
    for (String token : text.split("(?<=\n)|(?= )")) {
      if (token.endsWith("\n")) {
        wrapped.append(token);
        column = 0;
      } else if (column + token.length() > width) {
        wrapped.append('\n').append(token.strip());
        column = token.strip().length();
      } else {
        wrapped.append(token);
        column += token.length();
      }
    }
    return wrapped.toString();
  }

  private static Document plain(String id, String text) {
    return Document.ofText(id, text);
  }

  private static Document dated(String id, String text, LocalDate published) {
    return new Document(
        new DocumentId(id), text, SourceFormat.PLAIN_TEXT, new Metadata(null, null, published, null, null),
        List.of());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PairClassifierTest.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
