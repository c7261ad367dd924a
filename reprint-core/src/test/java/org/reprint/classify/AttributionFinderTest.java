package org.reprint.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.document.SourceFormat;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.TestDocuments;

/** Credits to news agencies on sentences written the way wire copy and its reprints write them. */
@DisplayName("AttributionFinder: credits to news agencies, with their exact spans")
class AttributionFinderTest {

  private final AttributionFinder finder = new AttributionFinder();

  @ParameterizedTest(name = "{1}: \"{2}\" in \"{0}\"")
  @DisplayName("each attribution pattern is found, with the crediting words as its text and span")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Russia will render Yerevan all necessary assistance, the AFP said.                | AFP     | the AFP said
          Agence France-Presse reported that fighting continued overnight and Saturday.     | AFP     | Agence France-Presse reported
          "We are ready to help," a senior diplomat told AFP on condition of anonymity.     | AFP     | told AFP
          "The talks were constructive," a spokesman told Reuters by telephone.             | REUTERS | told Reuters
          The ceasefire collapsed within hours, according to Reuters witnesses in Stepanakert. | REUTERS | according to Reuters
          The toll has risen to more than a thousand, the Associated Press said on Sunday.  | AP      | the Associated Press said
          MOSCOW (Reuters) - Russia said on Saturday it would provide assistance to Armenia. | REUTERS | (Reuters)
          AP reported that shelling hit the regional capital late on Friday.                | AP      | AP reported
          """)
  void findsCredit(String sentence, NewsAgency agency, String credit) {
    String text = "Armenia and Azerbaijan have fought for weeks over Nagorno-Karabakh.\n\n" + sentence + "\n";
    List<Attribution> found = finder.find(TestDocuments.analyze("story", text));

    assertThat(found).as("credits in %s", sentence).hasSize(1);
    Attribution attribution = found.get(0);
    assertThat(attribution.source()).isEqualTo(agency);
    assertThat(attribution.text()).isEqualTo(credit);
    int start = text.indexOf(credit);
    assertThat(attribution.span().start()).isEqualTo(start);
    assertThat(attribution.span().end()).isEqualTo(start + credit.length());
    assertThat(attribution.span().of(text)).isEqualTo(credit);
  }

  @ParameterizedTest(name = "no credit in \"{0}\"")
  @DisplayName("no credit without an agency name, or with a name but no attribution pattern")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The agency said the foreign ministry had summoned the ambassador on Friday.
          Reuters is a news agency founded in 1851 in London by Paul Julius Reuter.
          Michael Bloomberg visited the region in 2019 and met the prime minister.
          The former mayor, Bloomberg, owns a media company with offices in 120 countries.
          The offices of Reuters and AFP are both on the same street in central Moscow.
          The rap group performed in Yerevan; ap and afp in lower case are not names.
          """)
  void findsNoCredit(String sentence) {
    assertThat(finder.find(TestDocuments.analyze("story", sentence + "\n"))).isEmpty();
  }

  @Test
  @DisplayName("a Reuters story naming Reuters credits nobody; its credit to AFP still counts")
  void ownOutletIsNotACredit() {
    String text = "\"We will not withdraw,\" the defence minister told Reuters in an interview.\n\n"
        + "Earlier, a spokesman told AFP that talks would resume on Monday.\n";
    AnalyzedDocument reutersStory =
        TestDocuments.analyze(document("reuters-story", text, new Metadata(null, null, null, null, "reuters.com")));
    AnalyzedDocument reprint = TestDocuments.analyze("reprint", text);

    assertThat(credits(finder.find(reutersStory))).containsExactly("AFP: told AFP");
    assertThat(credits(finder.find(reprint))).containsExactly("REUTERS: told Reuters", "AFP: told AFP");
  }

  @Test
  @DisplayName("an outlet given as a subdomain or as a source name is the agency's own, too")
  void ownOutletBySubdomainOrName() {
    String text = "\"We will not withdraw,\" the defence minister told Reuters in an interview.\n";
    for (String outlet : List.of("uk.reuters.com", "Reuters")) {
      AnalyzedDocument story =
          TestDocuments.analyze(document("story", text, new Metadata(null, null, null, null, outlet)));
      assertThat(finder.find(story)).as("outlet %s", outlet).isEmpty();
    }
    AnalyzedDocument lookalike = TestDocuments.analyze(
        document("story", text, new Metadata(null, null, null, null, "notreuters.com")));
    assertThat(credits(finder.find(lookalike))).as("outlet notreuters.com").containsExactly("REUTERS: told Reuters");
  }

  @Test
  @DisplayName("in a story bylined \"for AFP\", \"told AFP\" is AFP's own quote attribution, not a credit;"
      + " a source credit to AFP there still counts")
  void bylinedAgencyInterviewsAreNotCredits() {
    String text = "\"We are ready to help,\" a senior diplomat told AFP.\n\n"
        + "The ministry later confirmed the talks, according to AFP.\n";
    AnalyzedDocument story = TestDocuments.analyze(
        document("afp", text, new Metadata(null, "Mariam Harutyunyan for AFP", null, null, null)));
    assertThat(credits(finder.find(story))).containsExactly("AFP: according to AFP");
  }

  @Test
  @DisplayName("interview credits (told, speaking to, in an interview with) are told apart from source credits")
  void interviewCreditsAreMarked() {
    String text = "\"We are ready to help,\" a senior diplomat told AFP.\n\n"
        + "Speaking to Reuters, the minister denied it.\n\n"
        + "The ministry later confirmed the talks, according to AFP.\n\n"
        + "The minister said so in an interview with AP on Monday.\n";
    List<Attribution> found = finder.find(TestDocuments.analyze("blog", text));
    assertThat(found).extracting(a -> a.text() + "=" + a.interview()).containsExactly(
        "told AFP=true", "Speaking to Reuters=true", "according to AFP=false", "in an interview with AP=true");
  }

  @Test
  @DisplayName("a credit broken over a line is found, and its text keeps the line break of the original")
  void creditOverALineBreak() {
    String text = "\"It is impossible to calculate the risk,\" the ambassador told\nAFP in Washington.\n";
    List<Attribution> found = finder.find(TestDocuments.analyze("wrapped", text));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).source()).isEqualTo(NewsAgency.AFP);
    assertThat(found.get(0).text()).isEqualTo("told\nAFP");
    assertThat(found.get(0).span().of(text)).isEqualTo("told\nAFP");
  }

  @Test
  @DisplayName("several credits come in text order, by offset, and the same on a second run")
  void creditsInTextOrder() {
    String text = "MOSCOW (Reuters) - Russia said it would help Armenia, according to Reuters sources.\n\n"
        + "Agence France-Presse reported shelling overnight; the Associated Press said the toll rose.\n\n"
        + "A diplomat told AFP the talks had failed, and AP reported new clashes near Hadrut.\n";
    AnalyzedDocument document = TestDocuments.analyze("wire", text);
    List<Attribution> found = finder.find(document);

    assertThat(credits(found)).containsExactly(
        "REUTERS: (Reuters)", "REUTERS: according to Reuters", "AFP: Agence France-Presse reported",
        "AP: the Associated Press said", "AFP: told AFP", "AP: AP reported");
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).span().start()).isGreaterThan(found.get(i - 1).span().start());
    }
    for (Attribution attribution : found) {
      assertThat(attribution.span().of(text)).isEqualTo(attribution.text());
    }
    assertThat(finder.find(TestDocuments.analyze("wire", text))).isEqualTo(found);
  }

  private static Document document(String id, String text, Metadata metadata) {
    return new Document(new DocumentId(id), text, SourceFormat.PLAIN_TEXT, metadata, List.of());
  }

  private static List<String> credits(List<Attribution> attributions) {
    return attributions.stream().map(a -> a.source().name() + ": " + a.text()).toList();
  }
}
