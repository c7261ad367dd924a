package org.reprint.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.document.Document;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.ingest.IngestResult;

/**
 * Divergences on crafted pairs: a paragraph of the armenia-2020 AFP story, with one sentence edited in the
 * copy, scanned by {@link Engine#scan} as the CLI would scan two documents it has read.
 */
@DisplayName("DivergenceFinder: what changed in one edited sentence of a reprinted story")
class DivergenceFinderTest {

  /**
   * Paragraphs of 000 around the edited sentence, so that the pair is a clear reuse. They hold no negation
   * and no name the edits touch: a word the other side has anywhere in the region is no change (see
   * {@link #negationMaskedElsewhereInTheDocument}).
   */
  private static final String BEFORE =
      "Russia said Saturday it would provide \"necessary\" assistance to Yerevan in its conflict with"
          + " Azerbaijan if fighting reached Armenian territory after its ally requested help.\n\n"
          + "The announcements further raised fears of an escalation in fighting between Armenia and"
          + " Azerbaijan.\n\n";

  private static final String AFTER =
      "\n\nRussia has a military base in Armenia's second-largest city of Gyumri and has a defense treaty"
          + " with Yerevan.\n\n"
          + "Some observers are concerned it risks sucking Yerevan's ally Russia, and Turkey, which backs"
          + " Baku, into the decades-long conflict.\n";

  /** A paragraph of 000 with a negation ("does not extend"), as most articles have one somewhere. */
  private static final String WITH_NEGATION =
      "\nMoscow, which has previously said that its defense pact with Armenia does not extend to the"
          + " breakaway region of Nagorno-Karabakh, reiterated that help would be provided if the fighting"
          + " expanded.\n";

  /** A paragraph of 000 naming Pashinyan, spelled right on both sides. */
  private static final String WITH_PASHINYAN =
      "\nPashinyan sent the letter to Putin after Armenia and Azerbaijan failed to agree a fresh ceasefire"
          + " during talks in Geneva on Friday, as fighting continued overnight and Saturday.\n";

  private static final String DID_NOT_DENY =
      "The defence ministry in Baku did not deny reports that Turkish officers were advising its troops"
          + " near the front line.";
  private static final String DENIED =
      "The defence ministry in Baku denied reports that Turkish officers were advising its troops near"
          + " the front line.";

  private static final String PASHINYAN_ASKED =
      "Earlier Saturday Armenian Prime Minister Nikol Pashinyan formally asked Russian President Vladimir"
          + " Putin to begin urgent consultations on security assistance.";
  private static final String PASHINIAN_ASKED =
      "Earlier Saturday Armenian Prime Minister Nikol Pashinian formally asked Russian President Vladimir"
          + " Putin to begin urgent consultations on security assistance.";

  @Test
  @DisplayName("\"more than 1,200 people\" and \"more than 5,000 people\": NUMBER, with both numbers")
  void changedNumber() {
    List<Divergence> changes = changes(
        "The flare-up has left more than 1,200 people dead, with world powers so far unable to persuade"
            + " either side to stop fighting.",
        "The flare-up has left more than 5,000 people dead, with world powers so far unable to persuade"
            + " either side to stop fighting.");
    assertThat(changes).hasSize(1);
    Divergence change = changes.get(0);
    assertThat(change.type()).isEqualTo(DivergenceType.NUMBER);
    assertThat(change.firstText()).isEqualTo("1,200");
    assertThat(change.secondText()).isEqualTo("5,000");
    assertThat(change.detail()).isEqualTo("numbers differ");
  }

  @Test
  @DisplayName("\"Sept. 27\" and \"September 27\" are the same date: no NUMBER change")
  void abbreviatedMonthIsTheSameDate() {
    List<Divergence> changes = changes(
        "Armenia and Azerbaijan have been engaged in fierce fighting since Sept. 27 over Nagorno-Karabakh,"
            + " a region of Azerbaijan controlled by Armenian separatists.",
        "Armenia and Azerbaijan have been engaged in fierce fighting since September 27 over"
            + " Nagorno-Karabakh, a region of Azerbaijan controlled by Armenian separatists.");
    assertThat(changes).noneSatisfy(d -> assertThat(d.type()).isEqualTo(DivergenceType.NUMBER));
    assertThat(changes).isEmpty();
  }

  @Test
  @DisplayName("\"did not deny\" and \"denied\": POLARITY, naming the negation")
  void negationOnOneSide() {
    List<Divergence> changes = changes(DID_NOT_DENY, DENIED);
    assertThat(changes).hasSize(1);
    Divergence change = changes.get(0);
    assertThat(change.type()).isEqualTo(DivergenceType.POLARITY);
    assertThat(change.firstText()).isEqualTo("did not deny");
    assertThat(change.secondText()).isEqualTo("denied");
    assertThat(change.detail()).isEqualTo("\"not\" only in the first");
  }

  @Test
  @DisplayName("\"Pashinyan\" and \"Pashinian\": NAME, with the edit distance in the detail")
  void misspelledName() {
    List<Divergence> changes = changes(PASHINYAN_ASKED, PASHINIAN_ASKED);
    assertThat(changes).hasSize(1);
    Divergence change = changes.get(0);
    assertThat(change.type()).isEqualTo(DivergenceType.NAME);
    assertThat(change.firstText()).isEqualTo("Pashinyan");
    assertThat(change.secondText()).isEqualTo("Pashinian");
    assertThat(change.detail()).isEqualTo("edit distance 1");
  }

  @Test
  @DisplayName("\"substantive\" and \"meaningful\" inside quotation marks: QUOTE_CHANGED")
  void wordChangedInsideAQuotation() {
    List<Divergence> changes = changes(
        "The Russian foreign ministry also called on the warring sides to immediately cease fire and begin"
            + " \"substantive talks without preconditions\" in Moscow.",
        "The Russian foreign ministry also called on the warring sides to immediately cease fire and begin"
            + " \"meaningful talks without preconditions\" in Moscow.");
    assertThat(changes).hasSize(1);
    Divergence change = changes.get(0);
    assertThat(change.type()).isEqualTo(DivergenceType.QUOTE_CHANGED);
    assertThat(change.firstText()).isEqualTo("substantive");
    assertThat(change.secondText()).isEqualTo("meaningful");
    assertThat(change.detail()).isEqualTo("words inside quotation marks differ");
  }

  @Test
  @DisplayName("the same word changed outside quotation marks is no QUOTE_CHANGED (nor anything else)")
  void wordChangedOutsideQuotation() {
    List<Divergence> changes = changes(
        "The Russian foreign ministry also called on the warring sides to immediately cease fire and begin"
            + " substantive talks without preconditions in Moscow.",
        "The Russian foreign ministry also called on the warring sides to immediately cease fire and begin"
            + " meaningful talks without preconditions in Moscow.");
    assertThat(changes).isEmpty();
  }

  @Test
  @DisplayName("a dropped \"not\" is POLARITY even when the document says \"not\" in another sentence")
  void negationMaskedElsewhereInTheDocument() {
    List<Divergence> changes = changes(DID_NOT_DENY, DENIED, WITH_NEGATION);
    assertThat(changes).anySatisfy(d -> {
      assertThat(d.type()).isEqualTo(DivergenceType.POLARITY);
      assertThat(d.firstText()).isEqualTo("did not deny");
      assertThat(d.secondText()).isEqualTo("denied");
    });
  }

  @Test
  @DisplayName("a name misspelled once is NAME even when it is spelled right in another paragraph")
  void misspelledNameMaskedElsewhereInTheDocument() {
    List<Divergence> changes = changes(PASHINYAN_ASKED, PASHINIAN_ASKED, WITH_PASHINYAN);
    assertThat(changes).anySatisfy(d -> {
      assertThat(d.type()).isEqualTo(DivergenceType.NAME);
      assertThat(d.firstText()).isEqualTo("Pashinyan");
      assertThat(d.secondText()).isEqualTo("Pashinian");
    });
  }

  @Test
  @DisplayName("\"deny\" and \"do not deny\": POLARITY, naming the added negation")
  void addedNegationBeforeAVerbThatDenies() {
    List<Divergence> changes = changes(
        "The tobacco companies deny that they illegally conspired to promote smoking and defraud the public.",
        "The tobacco companies do not deny that they illegally conspired to promote smoking and defraud the"
            + " public.");
    assertThat(changes).singleElement().satisfies(d -> {
      assertThat(d.type()).isEqualTo(DivergenceType.POLARITY);
      assertThat(d.secondText()).isEqualTo("do not");
      assertThat(d.detail()).isEqualTo("\"not\" only in the second");
    });
  }

  @Test
  @DisplayName("\"rose\" and \"fell\", \"admitted\" and \"denied\": POLARITY, as antonyms")
  void antonyms() {
    List<Divergence> prices = changes(
        "Shares of tobacco companies rose after the ruling, with Altria gaining 5% and Reynolds 4.5% by the"
            + " close of trading in New York.",
        "Shares of tobacco companies fell after the ruling, with Altria gaining 5% and Reynolds 4.5% by the"
            + " close of trading in New York.");
    assertThat(prices).singleElement().satisfies(d -> {
      assertThat(d.type()).isEqualTo(DivergenceType.POLARITY);
      assertThat(d.firstText()).isEqualTo("rose");
      assertThat(d.secondText()).isEqualTo("fell");
      assertThat(d.detail()).isEqualTo("antonyms \"rise\" and \"fall\"");
    });
    List<Divergence> claims = changes(
        "The defence ministry in Baku admitted reports that Turkish officers were advising its troops near"
            + " the front line.", DENIED);
    assertThat(claims).singleElement().satisfies(d -> {
      assertThat(d.type()).isEqualTo(DivergenceType.POLARITY);
      assertThat(d.firstText()).isEqualTo("admitted");
      assertThat(d.secondText()).isEqualTo("denied");
    });
  }

  @Test
  @DisplayName("\"Liggett Group\" and \"Liggett Holdings\": an organisation renamed is NAME, said to be one")
  void organisationRenamed() {
    List<Divergence> changes = changes(
        "Among the accused were Altria Group, RJ Reynolds Tobacco, Lorillard Tobacco, Liggett Group and Brown"
            + " and Williamson, the five largest sellers.",
        "Among the accused were Altria Group, RJ Reynolds Tobacco, Lorillard Tobacco, Liggett Holdings and"
            + " Brown and Williamson, the five largest sellers.");
    assertThat(changes).singleElement().satisfies(d -> {
      assertThat(d.type()).isEqualTo(DivergenceType.NAME);
      assertThat(d.firstText()).isEqualTo("Group");
      assertThat(d.secondText()).isEqualTo("Holdings");
      assertThat(d.detail()).isEqualTo("organisation renamed: \"Liggett Group\" and \"Liggett Holdings\"");
    });
  }

  @Test
  @DisplayName("two texts quoting different analysts in one slot: no NAME or NUMBER change between the quotes")
  void differentPeopleQuotedIsNoChange() {
    List<Divergence> changes = changes(
        "\"The primary factor is the weak dollar,\" said Victor Shum, a Singapore-based analyst with Purvin"
            + " and Gertz.",
        "\"The dollar moved sharply overnight and oil is following it,\" said Chris Furness, senior market"
            + " strategist at 4Cast.");
    assertThat(changes).noneSatisfy(d -> assertThat(d.type())
        .isIn(DivergenceType.NAME, DivergenceType.NUMBER, DivergenceType.QUOTE_CHANGED));
  }

  @Test
  @DisplayName("a clause the first text states in another sentence is no NAME or NUMBER only in the second")
  void clauseMovedFromAnotherSentenceIsNoChange() {
    String earlier = "The demand for $280bn - filed by the Clinton administration in 1999 - was rejected in a"
        + " 2-1 decision by the appeals court.\n\n";
    List<Divergence> changes = changes(
        earlier + "The court in Washington found that the case could not be brought under federal"
            + " anti-racketeering laws.",
        "The demand for $280bn was rejected in a 2-1 decision by the appeals court.\n\n"
            + "The court in Washington found the case - filed by the Clinton administration in 1999 - could"
            + " not be brought under federal anti-racketeering laws.");
    assertThat(changes).noneSatisfy(d -> assertThat(d.secondText()).contains("Clinton"));
    assertThat(changes).noneSatisfy(d -> assertThat(d.secondText()).contains("1999"));
  }

  @Test
  @DisplayName("words removed next to a word added in one quotation: one QUOTE_CHANGED, not two")
  void removalNextToAnInsertionIsOneReplacement() {
    List<Divergence> changes = changes(
        "The ministry said there were \"wounded among civilians\" in Shusha after the shelling of the city"
            + " overnight.",
        "The ministry said civilians were \"injured\" in Shusha after the shelling of the city overnight.");
    assertThat(changes).singleElement().satisfies(d -> {
      assertThat(d.type()).isEqualTo(DivergenceType.QUOTE_CHANGED);
      assertThat(d.firstText()).contains("wounded");
      assertThat(d.secondText()).contains("injured");
    });
  }

  @Test
  @DisplayName("identical passages: a DUPLICATE with no divergence")
  void identicalPassages() {
    String sentence = "Armenia and Azerbaijan have been engaged in fierce fighting for more than a month over"
        + " Nagorno-Karabakh, a region of Azerbaijan controlled by Armenian separatists.";
    PairJudgement pair = judge(BEFORE + sentence + AFTER, BEFORE + sentence + AFTER);
    assertThat(pair.relation()).isEqualTo(Relation.DUPLICATE);
    assertThat(pair.divergences()).isEmpty();
  }

  @Test
  @DisplayName("\"Tory leader Michael Howard\" and \"Mr Howard\": one man, no NAME change; titles are no names")
  void titleIsNoName() {
    List<Divergence> changes = changes(
        "Tory leader Michael Howard said the plans would cost families more than they would save.",
        "Mr Howard said the plans would cost families more than they would save.");
    assertThat(changes).noneSatisfy(d -> assertThat(d.type()).isEqualTo(DivergenceType.NAME));
    List<Divergence> doctor = changes(
        "Dr Ahmed Khan said the plans would cost families more than they would save.",
        "Ms Khan said the plans would cost families more than they would save.");
    assertThat(doctor).noneSatisfy(d -> assertThat(d.type()).isEqualTo(DivergenceType.NAME));
  }

  @Test
  @DisplayName("a date dropped from a reworded clause is NUMBER with an empty other side, not the words"
      + " written in its place")
  void droppedDateShowsNoWordsInItsPlace() {
    List<Divergence> changes = changes(
        "The company said in December that the plans would cost families more than they would save.",
        "The company said that the plans would cost families more than they would save.");
    assertThat(changes).filteredOn(d -> d.type() == DivergenceType.NUMBER).singleElement().satisfies(d -> {
      assertThat(d.firstText()).isEqualTo("December");
      assertThat(d.secondText()).isEmpty();
      assertThat(d.detail()).isEqualTo("\"December\" only in the first");
    });
    List<Divergence> replaced = changes(
        "Sales rose by 5% in December, the company said on its website.",
        "Sales rose by 5% but, the company said on its website.");
    assertThat(replaced).filteredOn(d -> d.type() == DivergenceType.NUMBER).singleElement().satisfies(d -> {
      assertThat(d.firstText()).isEqualTo("December");
      assertThat(d.secondText()).isEmpty();
    });
  }

  @Test
  @DisplayName("\"in 2004\" and \"last year\": the same year told two ways, no NUMBER change")
  void relativeDateIsNoChange() {
    List<Divergence> changes = changes(
        "Profits at the group rose sharply in 2004, the company said in a statement.",
        "Profits at the group rose sharply last year, the company said in a statement.");
    assertThat(changes).noneSatisfy(d -> assertThat(d.type()).isEqualTo(DivergenceType.NUMBER));
  }

  @Test
  @DisplayName("two players' initials are no misspelt name")
  void initialsAreNoNames() {
    List<Divergence> lineups = changes(
        "The replacements named on the bench were S Parisse and the captain said he was delighted.",
        "The replacements named on the bench were M Parisse and the captain said he was delighted.");
    assertThat(lineups).noneSatisfy(d -> assertThat(d.type()).isEqualTo(DivergenceType.NAME));
  }

  /** The divergences of the reuse pair whose edited sentences are {@code first} and {@code second}. */
  private static List<Divergence> changes(String first, String second) {
    return changes(first, second, "");
  }

  /** The same, with {@code laterParagraph} appended to both documents. */
  private static List<Divergence> changes(String first, String second, String laterParagraph) {
    String firstText = BEFORE + first + AFTER + laterParagraph;
    String secondText = BEFORE + second + AFTER + laterParagraph;
    PairJudgement pair = judge(firstText, secondText);
    assertThat(pair.relation().isReuse()).as("relation %s", pair.relation()).isTrue();
    for (Divergence divergence : pair.divergences()) {
      assertThat(divergence.firstSpan().of(firstText)).isEqualTo(divergence.firstText());
      assertThat(divergence.secondSpan().of(secondText)).isEqualTo(divergence.secondText());
    }
    return pair.divergences();
  }

  private static PairJudgement judge(String firstText, String secondText) {
    IngestResult ingested = new IngestResult(
        List.of(Document.ofText("a", firstText), Document.ofText("b", secondText)), List.of(), List.of());
    ScanResult result = Engine.scan(ingested, ScanOptions.defaults(List.of()).withThreads(1));
    PairJudgement pair = result.pair("a", "b").orElseThrow(() -> new AssertionError("no pair a-b"));
    assertThat(pair.first().value()).as("the pair's first document").isEqualTo("a");
    return pair;
  }
}
