package org.reprint.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reprint.align.SentenceAligner.SentencePair;
import org.reprint.fingerprint.AnalyzedDocument;

/**
 * Finds texts rewritten sentence by sentence from the words their sentences share, with no model: the
 * rewrite detector every scan runs. Two sentences are alike when they share at least {@value
 * #MIN_SHARED_WORDS} content stems that are not names and the Dice coefficient of their content stems, 2 |s
 * &cap; t| / (|s| + |t|), reaches {@value #DICE}. The {@link RewriteChains} rule then asks for a chain of at
 * least {@value #MIN_PAIRS} such pairs, one to one and in order, whose sentences hold half of each text,
 * in two texts that state the same figures.
 *
 * <p>Why it finds what the sentence scorer misses: a heavy revision keeps a sentence's content words (the
 * rare nouns, the figures) and changes its wording and structure, so its sentences score under the
 * paraphrase scorer's 0.7 one by one, while the order and number of sentences that each share a third of
 * their content words with one source sentence give the rewrite away. The Dice level is the aligner's own
 * gate ({@link SentenceAligner}, below which no pair is worth scoring). Unweighted Dice, because with IDF
 * weights two rare names make any two sentences about one person alike; names do not count towards the
 * shared words for the same reason ("Mr Sullivan" and "Mr Ebbers" are in every sentence of two reports of
 * one trial).
 *
 * <p>Measured on the development folders of {@code evaluation/rewrites/}: chains of the 20 heavy revisions
 * hold 0.60 to 0.96 of the shorter text, those of the 20 independent reports of the same events 0.00 to
 * 0.42. What it costs: the wire's own follow-ups. On Reuters-21578 a chain holding half of the shorter text
 * alone relabelled 232 pairs, nearly all of them one wire story told again the next day or one template
 * filled in for two bond issues, so the chain must hold half of both texts and the texts must agree on their
 * figures; that leaves 34 pairs relabelled PARAPHRASE on Reuters (of 8 read that were SAME_STORY before, 3
 * were one story retransmitted reworded, 5 follow-ups or templates) and 4 on BBC News (all partial reuse
 * before: BBC's own updates of a story). See BENCHMARKS.md.
 *
 * <p>Cost: one merge of two short sorted arrays per sentence pair, for pairs judged SAME_STORY or
 * PARTIAL_REUSE only. Thread-safe and deterministic.
 */
public final class LexicalRewriteDetector implements RewriteDetector {

  /** The Dice coefficient of content stems from which two sentences count as one rewritten from the other. */
  public static final double DICE = SentenceAligner.DICE_GATE;

  /**
   * The fewest pairs in a lexical chain: one more than {@link RewriteChains#MIN_PAIRS}. Three sentences in
   * order that each share a third of their content words are what a follow-up report's background paragraph,
   * or two reports of one tennis tournament, share: on BBC News every pair the rule called a rewrite with
   * three such pairs and no verbatim passage was one of these.
   */
  public static final int MIN_PAIRS = RewriteChains.MIN_PAIRS + 1;

  /** Content stems other than names two alike sentences share: a name and a verb say little. */
  static final int MIN_SHARED_WORDS = 2;

  private final int minSentenceTerms;

  /** @param options whose {@code minSentenceTerms} keeps short headings out of the chains */
  public LexicalRewriteDetector(AlignmentOptions options) {
    this.minSentenceTerms = options.minSentenceTerms();
  }

  @Override
  public String evidence() {
    return "shared content words (Dice " + DICE + " or more per sentence pair)";
  }

  /** With flat term weights: for two documents judged outside a scan. */
  @Override
  public List<SentencePair> rewriteChain(AnalyzedDocument first, AnalyzedDocument second) {
    Map<String, Integer> vocabulary = new HashMap<>();
    java.util.function.ToIntFunction<String> termId = term -> vocabulary.computeIfAbsent(term, t -> vocabulary.size());
    return rewriteChain(first, SentenceProfile.of(first, termId, id -> 1.0), second,
        SentenceProfile.of(second, termId, id -> 1.0));
  }

  @Override
  public List<SentencePair> rewriteChain(AnalyzedDocument first, SentenceProfile firstProfile,
      AnalyzedDocument second, SentenceProfile secondProfile) {
    return RewriteChains.chain(first, second, alike(firstProfile, secondProfile), MIN_PAIRS, true);
  }

  /** Every sentence pair whose Dice coefficient reaches {@link #DICE}, with it as the similarity. */
  List<SentencePair> alike(SentenceProfile first, SentenceProfile second) {
    List<SentencePair> alike = new ArrayList<>();
    for (int s = 0; s < first.sentenceCount(); s++) {
      int[] own = first.terms(s);
      if (own.length < minSentenceTerms) {
        continue;
      }
      for (int t = 0; t < second.sentenceCount(); t++) {
        int[] other = second.terms(t);
        if (other.length < minSentenceTerms) {
          continue;
        }
        int common = shared(own, other);
        double dice = 2.0 * common / (own.length + other.length);
        if (common - shared(first.names(s), second.names(t)) >= MIN_SHARED_WORDS && dice >= DICE) {
          alike.add(new SentencePair(s, t, dice));
        }
      }
    }
    return alike;
  }

  /** How many ids two sorted arrays of distinct ids share. */
  private static int shared(int[] first, int[] second) {
    int count = 0;
    for (int i = 0, j = 0; i < first.length && j < second.length; ) {
      if (first[i] == second[j]) {
        count++;
        i++;
        j++;
      } else if (first[i] < second[j]) {
        i++;
      } else {
        j++;
      }
    }
    return count;
  }
}
