package org.reprint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Rewrites sentences the way cheap article spinners do, word by word: synonyms from a {@link SynonymTable},
 * dropped adverbs, and two clauses swapped at a comma. Each sentence is rewritten with probability {@value
 * #SENTENCE_SHARE}, so most of an article changes while a few sentences stay verbatim, as in spun copies.
 */
final class Paraphraser {

  static final double SENTENCE_SHARE = 0.9;
  private static final double SYNONYM_SHARE = 0.85;
  private static final double ADVERB_DROP_SHARE = 0.8;
  private static final double CLAUSE_SWAP_SHARE = 0.6;
  private static final int MIN_CLAUSE_WORDS = 4;

  /** Common -ly adverbs of news prose; other -ly words (July, Italy, supply, family) are left alone. */
  private static final Set<String> ADVERBS =
      Set.of(
          "very", "really", "currently", "recently", "actually", "clearly", "largely", "widely", "sharply",
          "strongly", "slightly", "heavily", "generally", "usually", "finally", "previously", "initially",
          "reportedly", "apparently", "officially", "originally", "particularly", "especially", "simply",
          "certainly", "probably", "possibly", "eventually", "immediately", "significantly", "substantially",
          "considerably", "relatively", "fully", "directly", "publicly", "effectively", "increasingly",
          "quietly", "openly", "firmly", "broadly", "roughly", "mainly", "mostly", "just", "even");

  private final SynonymTable synonyms;

  Paraphraser(SynonymTable synonyms) {
    this.synonyms = synonyms;
  }

  /** The paragraphs with most sentences rewritten; returns how many were in {@code rewritten[0]}. */
  List<List<String>> paraphrase(List<List<String>> paragraphs, SplittableRandom random, int[] rewritten) {
    List<List<String>> result = new ArrayList<>(paragraphs.size());
    for (List<String> paragraph : paragraphs) {
      List<String> sentences = new ArrayList<>(paragraph.size());
      for (String sentence : paragraph) {
        if (random.nextDouble() < SENTENCE_SHARE) {
          String changed = sentence(sentence, random);
          rewritten[0] += changed.equals(sentence) ? 0 : 1;
          sentences.add(changed);
        } else {
          sentences.add(sentence);
        }
      }
      result.add(sentences);
    }
    return result;
  }

  /** One sentence rewritten: synonyms and dropped adverbs, then perhaps its clauses swapped. */
  String sentence(String sentence, SplittableRandom random) {
    String[] words = sentence.split(" ");
    List<String> out = new ArrayList<>(words.length);
    for (String word : words) {
      Affixes parts = Affixes.of(word);
      String lower = parts.core().toLowerCase(Locale.ROOT);
      if (ADVERBS.contains(lower) && parts.suffix().isEmpty() && random.nextDouble() < ADVERB_DROP_SHARE) {
        continue;
      }
      String replacement =
          random.nextDouble() < SYNONYM_SHARE ? synonyms.replacement(parts.core(), random) : null;
      out.add(replacement == null ? word : parts.prefix() + replacement + parts.suffix());
    }
    if (out.isEmpty()) {
      return sentence;
    }
    String rewritten = String.join(" ", out);
    return random.nextDouble() < CLAUSE_SWAP_SHARE ? swapClauses(rewritten) : rewritten;
  }

  /** "A, B." becomes "B, a." when the sentence has one comma and both clauses are long enough. */
  static String swapClauses(String sentence) {
    int comma = sentence.indexOf(", ");
    if (comma < 0 || sentence.indexOf(", ", comma + 1) >= 0 || sentence.indexOf('"') >= 0) {
      return sentence;
    }
    char end = sentence.charAt(sentence.length() - 1);
    if (end != '.') {
      return sentence;
    }
    String first = sentence.substring(0, comma);
    String second = sentence.substring(comma + 2, sentence.length() - 1);
    if (first.split(" ").length < MIN_CLAUSE_WORDS || second.split(" ").length < MIN_CLAUSE_WORDS) {
      return sentence;
    }
    return capitalize(second) + ", " + decapitalize(first) + ".";
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Lower-cases the first letter unless the first word looks like a name or acronym ("Reuters", "US"). */
  private static String decapitalize(String text) {
    String firstWord = text.split(" ", 2)[0];
    boolean commonWord =
        firstWord.length() > 1
            && Character.isUpperCase(firstWord.charAt(0))
            && firstWord.substring(1).chars().allMatch(Character::isLowerCase)
            && COMMON_OPENERS.contains(firstWord.toLowerCase(Locale.ROOT));
    return commonWord ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
  }

  private static final Set<String> COMMON_OPENERS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "in", "on", "at",
          "for", "but", "and", "as", "after", "before", "while", "when", "if", "although", "since", "with",
          "its", "his", "her", "their", "our", "some", "many", "most", "other", "there", "by", "from",
          "during", "under", "over", "despite", "last", "earlier", "later", "meanwhile", "however");

  /** A word split into leading punctuation, its letters, and trailing punctuation. */
  record Affixes(String prefix, String core, String suffix) {
    static Affixes of(String word) {
      int start = 0;
      int end = word.length();
      while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
        start++;
      }
      while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
        end--;
      }
      return new Affixes(word.substring(0, start), word.substring(start, end), word.substring(end));
    }
  }
}
