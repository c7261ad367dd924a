package org.reprint.classify;

import java.time.LocalDate;
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
      AnalyzedDocument first, AnalyzedDocument second, Alignment alignment, Relation relation) {
    Direction byDate = byDate(first, second);
    if (byDate != null || !relation.isReuse()) {
      return byDate;
    }
    return byQuotation(first, second, alignment);
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
