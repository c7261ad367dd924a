package org.reprint.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.reprint.align.AlignedPassage;
import org.reprint.align.Alignment;
import org.reprint.align.PassageKind;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.TokenSequence;

/**
 * Tells which document of a related pair is the likely source.
 *
 * <ol>
 *   <li><b>Dates.</b> When both documents carry a publication date and the dates differ, the earlier one is
 *       the source.
 *   <li><b>Credits.</b> When one document credits a news agency ({@link AttributionFinder}) and the other
 *       is that agency's own copy (its byline or outlet names it, {@link NewsAgency#identifiedBy}), the
 *       crediting document is the copy. (When both credit the same agency and neither is it, they
 *       probably share that source; {@link #sharedSource} says so for the explanation, and the direction
 *       between them is left to the next rule.) An interview credit ("told AFP", {@link
 *       Attribution#interview}) only shows that the text is the agency's reporting, which its own wire copy
 *       without a byline also is: it directs a PARAPHRASE or PARTIAL_REUSE pair, where somebody reworked or
 *       excerpted the agency's story, but not a DUPLICATE or NEAR_DUPLICATE, two versions of one text whose
 *       order the credit cannot tell.
 *   <li><b>Quotation marks.</b> A writer who takes another outlet's text marks it as a quotation; the
 *       original does not. When at least a minimum passage's worth of shared words sits inside quotation
 *       marks in one document and not in the other, the quoting document is the copy. Only passages that
 *       are word for word the same on both sides count ({@value #MIN_QUOTE_FIDELITY} of their words
 *       verbatim): a quotation reproduces its source exactly, so a quote whose words differ from the other
 *       document was taken from somewhere else (typically a common source both documents reuse).
 * </ol>
 *
 * Otherwise the direction is unknown (null): a guess would be worse than no answer for a standards desk.
 */
final class DirectionJudge {

  /** Share of a passage's words that must be verbatim for its quotation marks to count as evidence. */
  static final double MIN_QUOTE_FIDELITY = 0.9;

  private final int minQuotedWords;

  DirectionJudge(int minQuotedWords) {
    this.minQuotedWords = minQuotedWords;
  }

  Direction judge(
      AnalyzedDocument first,
      List<Attribution> firstCredits,
      AnalyzedDocument second,
      List<Attribution> secondCredits,
      Alignment alignment,
      Relation relation) {
    Direction byDate = byDate(first, second);
    if (byDate != null || !relation.isReuse()) {
      return byDate;
    }
    boolean interviewsCount = relation == Relation.PARAPHRASE || relation == Relation.PARTIAL_REUSE;
    Direction byCredit = byCredit(first, firstCredits, second, secondCredits, interviewsCount);
    return byCredit != null ? byCredit : byQuotation(first, second, alignment);
  }

  private static Direction byCredit(
      AnalyzedDocument first,
      List<Attribution> firstCredits,
      AnalyzedDocument second,
      List<Attribution> secondCredits,
      boolean interviewsCount) {
    Attribution firstCopies = creditTo(firstCredits, second, first, interviewsCount);
    Attribution secondCopies = creditTo(secondCredits, first, second, interviewsCount);
    if (firstCopies != null && secondCopies == null) {
      return new Direction(second.id(), first.id(), creditEvidence(first, firstCopies, second));
    }
    if (secondCopies != null && firstCopies == null) {
      return new Direction(first.id(), second.id(), creditEvidence(second, secondCopies, first));
    }
    return null;
  }

  /** A credit of {@code crediting} to an agency that {@code agencyCopy} is and {@code crediting} is not. */
  private static Attribution creditTo(
      List<Attribution> credits, AnalyzedDocument agencyCopy, AnalyzedDocument crediting, boolean interviewsCount) {
    Set<NewsAgency> agencies = NewsAgency.identifiedBy(agencyCopy.document().metadata());
    agencies.removeAll(NewsAgency.identifiedBy(crediting.document().metadata()));
    for (Attribution credit : credits) {
      if (agencies.contains(credit.source()) && (interviewsCount || !credit.interview())) {
        return credit;
      }
    }
    return null;
  }

  private static String creditEvidence(AnalyzedDocument copy, Attribution credit, AnalyzedDocument source) {
    return copy.id() + " credits " + credit.source().shortName() + " (\"" + flat(credit.text()) + "\"), and "
        + source.id() + "'s byline or outlet is " + credit.source().shortName();
  }

  /**
   * The agencies both documents credit while neither is that agency's own copy: the likely common source
   * of their shared text. Empty when there is none.
   */
  static Set<NewsAgency> sharedSource(
      AnalyzedDocument first,
      List<Attribution> firstCredits,
      AnalyzedDocument second,
      List<Attribution> secondCredits) {
    Set<NewsAgency> shared = AttributionFinder.credited(firstCredits);
    shared.retainAll(AttributionFinder.credited(secondCredits));
    shared.removeAll(NewsAgency.identifiedBy(first.document().metadata()));
    shared.removeAll(NewsAgency.identifiedBy(second.document().metadata()));
    return shared;
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static Direction byDate(AnalyzedDocument first, AnalyzedDocument second) {
    LocalDate firstDate = first.document().metadata().published();
    LocalDate secondDate = second.document().metadata().published();
    if (firstDate == null || secondDate == null || firstDate.equals(secondDate)) {
      return null;
    }
    boolean firstEarlier = firstDate.isBefore(secondDate);
    AnalyzedDocument source = firstEarlier ? first : second;
    AnalyzedDocument copy = firstEarlier ? second : first;
    return new Direction(
        source.id(),
        copy.id(),
        "published " + source.document().metadata().published()
            + ", before " + copy.document().metadata().published());
  }

  private Direction byQuotation(
      AnalyzedDocument first, AnalyzedDocument second, Alignment alignment) {
    boolean[] firstQuoted = quotedWords(first);
    boolean[] secondQuoted = quotedWords(second);
    int quotedOnlyInFirst = 0;
    int quotedOnlyInSecond = 0;
    for (AlignedPassage passage : alignment.passages()) {
      if (passage.kind() != PassageKind.VERBATIM || passage.similarity() < MIN_QUOTE_FIDELITY) {
        continue;
      }
      int inFirst = count(firstQuoted, passage.firstWords().start(), passage.firstWords().end());
      int inSecond = count(secondQuoted, passage.secondWords().start(), passage.secondWords().end());
      quotedOnlyInFirst += Math.max(0, inFirst - inSecond);
      quotedOnlyInSecond += Math.max(0, inSecond - inFirst);
    }
    if (quotedOnlyInFirst >= minQuotedWords && quotedOnlyInFirst > 2 * quotedOnlyInSecond) {
      return new Direction(second.id(), first.id(), quotationEvidence(first, quotedOnlyInFirst));
    }
    if (quotedOnlyInSecond >= minQuotedWords && quotedOnlyInSecond > 2 * quotedOnlyInFirst) {
      return new Direction(first.id(), second.id(), quotationEvidence(second, quotedOnlyInSecond));
    }
    return null;
  }

  private static String quotationEvidence(AnalyzedDocument copy, int words) {
    return copy.id() + " puts " + words + " shared words in quotation marks that the other does not";
  }

  /** Marks the words that lie between double quotation marks; quotes do not run past a paragraph. */
  static boolean[] quotedWords(AnalyzedDocument document) {
    String text = document.normalized().text();
    TokenSequence tokens = document.fingerprint().tokens();
    boolean[] quoted = new boolean[tokens.size()];
    boolean inside = false;
    int word = 0;
    for (int c = 0; c < text.length() && word < tokens.size(); c++) {
      char ch = text.charAt(c);
      if (ch == '"') {
        inside = !inside;
      } else if (ch == '\n') {
        inside = false;
      }
      while (word < tokens.size() && tokens.starts()[word] == c) {
        quoted[word++] = inside;
      }
    }
    return quoted;
  }

  private static int count(boolean[] marks, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (marks[i]) {
        count++;
      }
    }
    return count;
  }
}
