package org.reprint.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reprint.classify.Divergence;
import org.reprint.classify.DivergenceType;
import org.reprint.classify.PairJudgement;
import org.reprint.document.Document;
import org.reprint.document.TextSpan;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * Divergences against edits planted in real articles: each copy differs from its article by one edit of a
 * known kind at a known place, so every change the scan reports is either that edit, typed right, or a
 * false one.
 *
 * <p>Kinds, and the type each must be reported as:
 * <ul>
 *   <li>{@code NUMBER}: a figure's last digit changed ("4.5%" to "4.8%") - NUMBER;
 *   <li>{@code DATE}: a month or weekday replaced by another - NUMBER (dates are numbers to the finder);
 *   <li>{@code NAME}: a capitalized word inside a sentence replaced by a surname the article does not use -
 *       NAME;
 *   <li>{@code ORGANISATION}: the designator of an organisation's name replaced ("Liggett Group" to "Liggett
 *       Holdings") - NAME, with a detail saying that an organisation was renamed;
 *   <li>{@code NEGATION}: "not" put after an auxiliary ("was" to "was not"), or an article's "not" taken out -
 *       POLARITY;
 *   <li>{@code ANTONYM}: a word of the finder's antonym list replaced by its antonym ("rose" to "fell") -
 *       POLARITY (the list is the finder's own, so this measures detection, not the list's coverage);
 *   <li>{@code QUOTE}: a lower-case word of four letters or more inside quotation marks replaced - QUOTE_CHANGED.
 * </ul>
 *
 * An edit is found when a change of its type overlaps it on the side it touches. Recall is per kind;
 * precision is per reported type, over every change reported for the planted pairs. Articles are drawn
 * with a fixed seed from the articles given (a folder or a JSON Lines file, read as a scan reads it), one
 * edit per copy, at most {@code perKind} copies per kind, and a second set of copies with three edits each;
 * each article is scanned with its copy by the one pipeline.
 */
public final class PlantedDivergences {

  /** The kinds of edit planted. */
  public enum Kind { NUMBER, DATE, NAME, ORGANISATION, NEGATION, ANTONYM, QUOTE }

  /** One planted edit: its kind and its span in the article and in the copy (empty on a side it removes). */
  record PlantedEdit(Kind kind, TextSpan inOriginal, TextSpan inCopy) {}

  /** An article, its copy, and the edits that make the copy. */
  record Plant(Document original, Document copy, List<PlantedEdit> edits) {}

  /** Edits planted together in one copy in the second set, of different kinds. */
  static final int EDITS_TOGETHER = 3;

  /** Characters kept between two edits of one copy, so that each stands in a sentence of its own. */
  static final int EDIT_DISTANCE_CHARS = 150;

  private static final long SEED = 20261203L;
  /** Pairs between two progress lines. */
  private static final int PAIRS_PER_SCAN = 100;

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};
  private static final String[] SURNAMES = {"Hartwell", "Okonkwo", "Lindqvist", "Moravec", "Tanaka",
      "Ferreira", "Kowalczyk", "Abernathy"};
  private static final String[] DESIGNATORS = {"Group", "Holdings", "Corporation", "Bank", "Industries",
      "Partners", "Airlines", "Motors", "Securities"};
  private static final String[] QUOTE_WORDS = {"remarkable", "difficult", "obvious", "dangerous", "modest"};
  private static final String[][] ANTONYMS = {{"rose", "fell"}, {"rise", "fall"}, {"rises", "falls"},
      {"rising", "falling"}, {"risen", "fallen"}, {"increased", "decreased"}, {"increase", "decrease"},
      {"higher", "lower"}, {"above", "below"}, {"profit", "loss"}, {"profits", "losses"}, {"won", "lost"},
      {"accepted", "rejected"}, {"admitted", "denied"}, {"strengthened", "weakened"},
      {"supported", "opposed"}, {"guilty", "innocent"}};

  private static final Pattern FIGURE = Pattern.compile("(?<![\\w.,])\\d+(?:[.,]\\d+)*");
  private static final Pattern DATE_WORD = Pattern.compile("\\b(" + String.join("|", MONTHS) + "|"
      + String.join("|", WEEKDAYS) + ")\\b");
  private static final Pattern INNER_NAME = Pattern.compile("(?<=[a-z,] )(?!(?:" + String.join("|", MONTHS)
      + "|" + String.join("|", WEEKDAYS) + ")\\b)[A-Z][a-z]{3,}\\b(?! [A-Z])");
  private static final Pattern ORGANISATION = Pattern.compile("\\b(?!(?:The|A|An|This|That|Its|His|Her|Their)\\b)"
      + "[A-Z][a-z]+ (" + String.join("|", DESIGNATORS) + ")\\b");
  private static final Pattern AUXILIARY = Pattern.compile(
      "\\b(?:is|was|are|were|will|would|can|could|has|have|had|should)(?= [a-z]{3,})(?! not\\b)");
  private static final Pattern NOT = Pattern.compile(" not\\b");
  private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\w'-])[a-z]{4,}(?![\\w'-])");

  private PlantedDivergences() {}

  /** Plants edits in the articles under {@code folder} and scores what the scan reports. */
  public static MetricsTable evaluate(Path folder, int perKind, Consumer<String> progress) {
    if (perKind < 1) {
      throw new IllegalArgumentException("perKind must be at least 1, got " + perKind);
    }
    List<Document> articles = articles(folder);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles in " + folder);
    }
    progress.accept(articles.size() + " articles read");
    List<Plant> single = plant(articles, perKind);
    List<Plant> together = plantTogether(articles, perKind);
    progress.accept(single.size() + " copies with one edit, " + together.size() + " with " + EDITS_TOGETHER);
    List<MetricsTable.Metric> metrics = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    score("one edit", single, judged(single, progress), metrics, notes);
    score(EDITS_TOGETHER + " edits", together, judged(together, progress), metrics, notes);
    notes.add("a change counts when its type is the edit's and it overlaps the edit; seed " + SEED);
    return new MetricsTable("Divergences against planted edits", metrics, notes);
  }

  /**
   * The articles at a path, as a scan reads them (a folder of .txt, .md and .html files, JSON Lines, WARC),
   * in id order; those the reader had to repair (mis-encoded bytes) are left out, since an edit planted next
   * to a replacement character measures the repair.
   */
  private static List<Document> articles(Path input) {
    return new Ingester(IngestOptions.DEFAULT).ingest(input).documents().stream()
        .filter(document -> !document.originalText().contains("\uFFFD"))
        .sorted(java.util.Comparator.comparing(Document::id))
        .toList();
  }

  /** For each kind, up to {@code perKind} articles in a seeded order, each with one edit of that kind. */
  static List<Plant> plant(List<Document> articles, int perKind) {
    List<Plant> plants = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Random random = new Random(SEED + kind.ordinal());
      List<Document> order = new ArrayList<>(articles);
      java.util.Collections.shuffle(order, random);
      int planted = 0;
      for (Document article : order) {
        if (planted == perKind) {
          break;
        }
        Edit edit = edit(kind, article.originalText(), random);
        if (edit != null) {
          plants.add(apply(article, List.of(edit), kind.name().toLowerCase(Locale.ROOT) + "/" + planted));
          planted++;
        }
      }
    }
    return plants;
  }

  /**
   * Up to {@code perKind} times the number of kinds, articles each with {@value #EDITS_TOGETHER} edits of
   * different kinds drawn at random, at least {@value #EDIT_DISTANCE_CHARS} characters apart: changes that
   * must be told apart within one pair, as a real copy's are.
   */
  static List<Plant> plantTogether(List<Document> articles, int perKind) {
    Random random = new Random(SEED + 100);
    List<Document> order = new ArrayList<>(articles);
    java.util.Collections.shuffle(order, random);
    List<Plant> plants = new ArrayList<>();
    int wanted = perKind * Kind.values().length / EDITS_TOGETHER;
    for (Document article : order) {
      if (plants.size() == wanted) {
        break;
      }
      List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
      java.util.Collections.shuffle(kinds, random);
      List<Edit> edits = new ArrayList<>();
      for (Kind kind : kinds) {
        Edit edit = edit(kind, article.originalText(), random);
        if (edit != null && edits.stream().allMatch(e -> apart(e, edit)) && edits.size() < EDITS_TOGETHER) {
          edits.add(edit);
        }
      }
      if (edits.size() == EDITS_TOGETHER) {
        plants.add(apply(article, edits, "together/" + plants.size()));
      }
    }
    return plants;
  }

  private static boolean apart(Edit one, Edit other) {
    return one.end() + EDIT_DISTANCE_CHARS <= other.start() || other.end() + EDIT_DISTANCE_CHARS <= one.start();
  }

  /** The article with its edits made, and where each stands in both texts. */
  private static Plant apply(Document article, List<Edit> edits, String name) {
    String text = article.originalText();
    List<Edit> inOrder = edits.stream().sorted(java.util.Comparator.comparingInt(Edit::start)).toList();
    StringBuilder copy = new StringBuilder();
    List<PlantedEdit> planted = new ArrayList<>();
    int at = 0;
    for (Edit edit : inOrder) {
      copy.append(text, at, edit.start());
      int copyStart = copy.length();
      copy.append(edit.replacement());
      planted.add(new PlantedEdit(edit.kind(), new TextSpan(edit.start(), edit.end()),
          new TextSpan(copyStart, copy.length())));
      at = edit.end();
    }
    copy.append(text.substring(at));
    String id = article.id().value();
    return new Plant(Document.ofText("original/" + name + "/" + id, text),
        Document.ofText("planted/" + name + "/" + id, copy.toString()), planted);
  }

  /** One edit of {@code kind} in a text, at a place drawn at random among those it allows; or null. */
  static Edit edit(Kind kind, String text, Random random) {
    Edit edit = switch (kind) {
      case NUMBER -> pick(FIGURE, text, random, m -> lastDigitChanged(m.group()));
      case DATE -> pick(DATE_WORD, text, random, m -> otherDate(m.group(), random));
      case NAME -> pick(INNER_NAME, text, random, m -> absentSurname(text, random));
      case ORGANISATION -> pickGroup(ORGANISATION, 1, text, random, m -> otherDesignator(m.group(1), random));
      case NEGATION -> random.nextBoolean() && NOT.matcher(text).find()
          ? pick(NOT, text, random, m -> "")
          : pick(AUXILIARY, text, random, m -> m.group() + " not");
      case ANTONYM -> pick(antonymPattern(), text, random, m -> antonym(m.group()));
      case QUOTE -> quoteWord(text, random);
    };
    return edit == null ? null : new Edit(kind, edit.start(), edit.end(), edit.replacement());
  }

  /** A replacement of {@code [start, end)} of the article's text; the kind is null while it is being drawn. */
  record Edit(Kind kind, int start, int end, String replacement) {}

  private static Edit pick(Pattern pattern, String text, Random random,
      java.util.function.Function<Matcher, String> replace) {
    return pickGroup(pattern, 0, text, random, replace);
  }

  /** A random match of the pattern whose group is replaced; null when none, or the replacement is null. */
  private static Edit pickGroup(Pattern pattern, int group, String text, Random random,
      java.util.function.Function<Matcher, String> replace) {
    List<int[]> places = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      places.add(new int[] {matcher.start(), matcher.end()});
    }
    // away from the first and last 200 characters: a headline or a last line has no neighbour to align by
    places.removeIf(p -> p[0] < 200 || p[1] > text.length() - 200);
    if (places.isEmpty()) {
      return null;
    }
    int[] place = places.get(random.nextInt(places.size()));
    matcher = pattern.matcher(text);
    matcher.find(place[0]);
    String replacement = replace.apply(matcher);
    return replacement == null ? null : new Edit(null, matcher.start(group), matcher.end(group), replacement);
  }

  private static String lastDigitChanged(String figure) {
    char last = figure.charAt(figure.length() - 1);
    char changed = (char) ('0' + (last - '0' + 3) % 10);
    return figure.substring(0, figure.length() - 1) + changed;
  }

  private static String otherDate(String word, Random random) {
    String[] names = List.of(MONTHS).contains(word) ? MONTHS : WEEKDAYS;
    int at = List.of(names).indexOf(word);
    return names[(at + 1 + random.nextInt(names.length - 1)) % names.length];
  }

  private static String absentSurname(String text, Random random) {
    List<String> absent = Stream.of(SURNAMES).filter(name -> !text.contains(name)).toList();
    return absent.isEmpty() ? null : absent.get(random.nextInt(absent.size()));
  }

  private static String otherDesignator(String designator, Random random) {
    List<String> others = Stream.of(DESIGNATORS).filter(d -> !d.equals(designator)).toList();
    return others.get(random.nextInt(others.size()));
  }

  private static Pattern antonymPattern() {
    List<String> words = new ArrayList<>();
    for (String[] pair : ANTONYMS) {
      words.add(pair[0]);
      words.add(pair[1]);
    }
    return Pattern.compile("\\b(" + String.join("|", words) + ")\\b");
  }

  private static String antonym(String word) {
    for (String[] pair : ANTONYMS) {
      if (pair[0].equals(word)) {
        return pair[1];
      }
      if (pair[1].equals(word)) {
        return pair[0];
      }
    }
    throw new IllegalStateException("no antonym listed for " + word);
  }

  /** A lower-case word of a quotation replaced by a word the quotation does not hold. */
  private static Edit quoteWord(String text, Random random) {
    List<int[]> words = new ArrayList<>();
    for (int[] quotation : quotations(text)) {
      if (quotation[0] < 200 || quotation[1] > text.length() - 200) {
        continue;
      }
      Matcher word = LOWER_WORD.matcher(text).region(quotation[0], quotation[1]);
      while (word.find()) {
        String found = word.group();
        if (!List.of(QUOTE_WORDS).contains(found)) {
          words.add(new int[] {word.start(), word.end()});
        }
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    int[] place = words.get(random.nextInt(words.size()));
    String replacement = QUOTE_WORDS[random.nextInt(QUOTE_WORDS.length)];
    return new Edit(null, place[0], place[1], replacement);
  }

  /**
   * The insides of quotations of four words or more: between curly quotation marks, or between the odd and
   * the next straight mark of a paragraph (a paragraph's straight marks alternate opening and closing).
   */
  static List<int[]> quotations(String text) {
    List<int[]> quotations = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
        open = -1; // a quotation left open at a paragraph's end (a blank or indented line) stops there
      } else if (c == '\u201C' || (c == '"' && open < 0)) {
        open = i + 1;
      } else if ((c == '\u201D' || c == '"') && open >= 0) {
        if (text.substring(open, i).trim().split("\\s+").length >= 4) {
          quotations.add(new int[] {open, i});
        }
        open = -1;
      }
    }
    return quotations;
  }

  /**
   * Each plant's judgement (null when the scan relates the two in no way). Each article is scanned with its
   * copy alone: in a scan of many, two plants of one article (or of two copies of one story) would form a
   * duplicate group, whose members are judged against its first, not each against its own article.
   */
  private static List<PairJudgement> judged(List<Plant> plants, Consumer<String> progress) {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(1);
    List<PairJudgement> judged = new ArrayList<>();
    for (int i = 0; i < plants.size(); i++) {
      Plant plant = plants.get(i);
      ScanResult result = Engine.scan(
          new IngestResult(List.of(plant.original(), plant.copy()), List.of(), List.of()), options);
      judged.add(result.pair(plant.original().id().value(), plant.copy().id().value()).orElse(null));
      if ((i + 1) % PAIRS_PER_SCAN == 0 || i + 1 == plants.size()) {
        progress.accept((i + 1) + " of " + plants.size() + " pairs judged");
      }
    }
    return judged;
  }

  /** The type a kind must be reported as. */
  static DivergenceType expected(Kind kind) {
    return switch (kind) {
      case NUMBER, DATE -> DivergenceType.NUMBER;
      case NAME, ORGANISATION -> DivergenceType.NAME;
      case NEGATION, ANTONYM -> DivergenceType.POLARITY;
      case QUOTE -> DivergenceType.QUOTE_CHANGED;
    };
  }

  /** Whether a reported change is the edit, typed right (an organisation's as renamed). */
  static boolean finds(Divergence divergence, PlantedEdit edit, boolean firstIsOriginal) {
    if (divergence.type() != expected(edit.kind())) {
      return false;
    }
    if (edit.kind() == Kind.ORGANISATION && !divergence.detail().startsWith("organisation renamed")) {
      return false;
    }
    TextSpan original = firstIsOriginal ? divergence.firstSpan() : divergence.secondSpan();
    TextSpan copy = firstIsOriginal ? divergence.secondSpan() : divergence.firstSpan();
    return touches(original, edit.inOriginal()) || touches(copy, edit.inCopy());
  }

  /** Overlapping spans, an empty planted span counting where it stands. */
  private static boolean touches(TextSpan reported, TextSpan planted) {
    if (reported.length() == 0) {
      return false;
    }
    int plantedEnd = Math.max(planted.end(), planted.start() + 1);
    return reported.start() < plantedEnd && planted.start() < reported.end();
  }

  private static void debug(Plant plant, PlantedEdit edit, PairJudgement judgement, boolean hit) {
    String original = plant.original().originalText();
    String copy = plant.copy().originalText();
    System.err.printf("%s %s %s: %s -> %s%n", hit ? "HIT " : "MISS", edit.kind(), plant.copy().id().value(),
        context(original, edit.inOriginal()), context(copy, edit.inCopy()));
    for (Divergence divergence : judgement.divergences()) {
      System.err.printf("     %s '%s' -> '%s' (%s)%n", divergence.type(), divergence.firstText(),
          divergence.secondText(), divergence.detail());
    }
  }

  private static String context(String text, TextSpan span) {
    return (text.substring(Math.max(0, span.start() - 40), span.start()) + "[" + span.of(text) + "]"
        + text.substring(span.end(), Math.min(text.length(), span.end() + 40))).replace('\n', ' ');
  }

  /** Adds one set's recall per kind and precision per reported type, named with {@code set}. */
  static void score(String set, List<Plant> plants, List<PairJudgement> judged, List<MetricsTable.Metric> metrics,
      List<String> notes) {
    Map<Kind, int[]> found = new EnumMap<>(Kind.class); // {found, planted}
    Map<DivergenceType, int[]> reported = new EnumMap<>(DivergenceType.class); // {right, reported}
    int unrelated = 0;
    for (int i = 0; i < plants.size(); i++) {
      Plant plant = plants.get(i);
      PairJudgement judgement = judged.get(i);
      plant.edits().forEach(edit -> found.computeIfAbsent(edit.kind(), k -> new int[2])[1]++);
      if (judgement == null || !judgement.relation().isReuse()) {
        unrelated++;
        continue;
      }
      boolean firstIsOriginal = judgement.first().equals(plant.original().id());
      for (Divergence divergence : judgement.divergences()) {
        boolean right = plant.edits().stream().anyMatch(edit -> finds(divergence, edit, firstIsOriginal));
        int[] type = reported.computeIfAbsent(divergence.type(), t -> new int[2]);
        type[0] += right ? 1 : 0;
        type[1]++;
      }
      for (PlantedEdit edit : plant.edits()) {
        boolean hit = judgement.divergences().stream().anyMatch(d -> finds(d, edit, firstIsOriginal));
        found.get(edit.kind())[0] += hit ? 1 : 0;
        if (Boolean.getBoolean("reprint.planted.debug")) {
          debug(plant, edit, judgement, hit);
        }
      }
    }
    found.forEach((kind, counts) -> metrics.add(new MetricsTable.Metric(
        set + ": recall, planted " + kind, counts[1] == 0 ? 0 : (double) counts[0] / counts[1],
        counts[0] + " of " + counts[1] + " found as " + expected(kind))));
    reported.forEach((type, counts) -> metrics.add(new MetricsTable.Metric(
        set + ": precision, reported " + type, counts[1] == 0 ? 0 : (double) counts[0] / counts[1],
        counts[0] + " of " + counts[1] + " are a planted edit")));
    notes.add(set + ": " + plants.size() + " copies; " + unrelated + " not judged as reuse");
  }
}
