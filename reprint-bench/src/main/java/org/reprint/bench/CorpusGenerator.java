package org.reprint.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generates a news corpus of any size with known, planted text reuse, for scale and accuracy runs of
 * Reprint: {@code DIR/corpus.jsonl} (the articles, in the JSON Lines input of {@code reprint scan}), {@code
 * DIR/truth.jsonl} (one line per planted pair) and {@code DIR/manifest.json} (counts and parameters).
 *
 * <p>Usage: {@code java -cp reprint-bench/target/reprint-bench.jar org.reprint.bench.CorpusGenerator --count
 * N --seed S --out DIR [--datasets ../shared/datasets] [--exact-rate 0.02] [--near-rate 0.03] [--quote-rate
 * 0.03] [--paraphrase-rate 0.02]}.
 *
 * <p>How it works, in one pass that streams to disk:
 *
 * <ol>
 *   <li>Every article position gets a role, by a seeded shuffle: base, or one of the {@link ReuseKind}s, in
 *       exactly {@code round(rate * N)} positions per kind. Position 0 is a base.
 *   <li>A base (and the host article of a quote) takes the next base text from {@link BaseArticles}: real
 *       articles of Reuters-21578, BBC News and 20 Newsgroups with no passage shared between them (see
 *       {@link SharedRunFilter}), then synthetic ones recombined from short chunks (see {@link ChunkPool}).
 *   <li>A planted article picks a source among the earlier bases, rebuilds its text from the seed, and copies,
 *       edits, quotes or paraphrases it ({@link CopyEditor}, {@link QuotePlanter}, {@link Paraphraser}). It
 *       gets another outlet and a date 1 to 7 days after the source's, so the original is always earlier.
 * </ol>
 *
 * <p>Only a few integers per article stay in memory, so a million articles (about 2 GB of text) take a few
 * hundred megabytes of heap, most of it the real articles and the chunk pool.
 *
 * <p>{@code truth.jsonl}: {@code {"a": source id, "b": copy id, "kind", "sentences", "aSpan": [start, end],
 * "bSpan": [start, end]}}, spans in UTF-16 code units of each {@code text}. For a quote the spans cover
 * exactly the quoted text, which is equal in both; for the other kinds they cover the whole texts. {@code
 * sentences} is the number of sentences quoted, or of A's sentences for the other kinds; a near copy adds
 * {@code editedWords}, a paraphrase {@code rewrittenSentences}.
 */
public final class CorpusGenerator {

  static final String VERSION = "2";
  static final String CORPUS_FILE = "corpus.jsonl";
  static final String TRUTH_FILE = "truth.jsonl";
  static final String MANIFEST_FILE = "manifest.json";

  /** Base articles are dated over two years from here, in position order. */
  private static final LocalDate FIRST_DATE = LocalDate.of(2021, 1, 1);
  private static final int DATE_SPAN_DAYS = 730;

  /** Fictional outlets, so that no real outlet is named as the source of a recombined article. */
  record Outlet(String name, String domain) {}

  static final List<Outlet> OUTLETS =
      List.of(
          new Outlet("Harbor Times", "harbortimes.example"),
          new Outlet("Northern Ledger", "northernledger.example"),
          new Outlet("Daily Meridian", "dailymeridian.example"),
          new Outlet("Coastal Wire", "coastalwire.example"),
          new Outlet("Valley Courier", "valleycourier.example"),
          new Outlet("Capital Observer", "capitalobserver.example"),
          new Outlet("Evening Sentinel", "eveningsentinel.example"),
          new Outlet("Global Dispatch", "globaldispatch.example"),
          new Outlet("Metro Chronicle", "metrochronicle.example"),
          new Outlet("Prairie Gazette", "prairiegazette.example"));

  private final GeneratorOptions options;
  private final BaseArticles bases;
  private final SourceArticles sources;
  private final Paraphraser paraphraser;
  private final SynonymTable synonyms;

  CorpusGenerator(GeneratorOptions options, SourceArticles sources) {
    this.options = options;
    this.sources = sources;
    this.bases = new BaseArticles(sources, options.seed());
    this.synonyms = SynonymTable.builtIn();
    this.paraphraser = new Paraphraser(synonyms);
  }

  public static void main(String[] arguments) throws IOException {
    GeneratorOptions options;
    try {
      options = parse(arguments);
    } catch (IllegalArgumentException e) {
      System.err.println("CorpusGenerator: " + e.getMessage());
      System.err.println(
          "usage: CorpusGenerator --count N --seed S --out DIR [--datasets DIR] [--exact-rate R]"
              + " [--near-rate R] [--quote-rate R] [--paraphrase-rate R]");
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    SourceArticles sources = SourceArticles.load(options.datasets());
    long loaded = System.nanoTime();
    System.err.printf(
        Locale.ROOT, "read %d real articles (kept %s of %s) in %.1f s%n",
        sources.articles().size(), sources.keptByOrigin(), sources.loadedByOrigin(), (loaded - start) / 1e9);
    Map<String, Object> manifest = new CorpusGenerator(options, sources).generate();
    System.err.printf(
        Locale.ROOT, "wrote %d articles to %s in %.1f s (%.1f s after reading the datasets); planted %s%n",
        options.count(), options.output(), (System.nanoTime() - start) / 1e9, (System.nanoTime() - loaded) / 1e9,
        manifest.get("plantedByKind"));
  }

  static GeneratorOptions parse(String[] arguments) {
    Map<String, String> values = new TreeMap<>();
    for (int i = 0; i < arguments.length; i++) {
      String name = arguments[i];
      if (!name.startsWith("--") || i + 1 >= arguments.length) {
        throw new IllegalArgumentException("expected --option value pairs, got " + name);
      }
      values.put(name.substring(2), arguments[++i]);
    }
    for (String required : List.of("count", "seed", "out")) {
      if (!values.containsKey(required)) {
        throw new IllegalArgumentException("--" + required + " is required");
      }
    }
    GeneratorOptions options =
        new GeneratorOptions(
            Integer.parseInt(values.remove("count")),
            Long.parseLong(values.remove("seed")),
            Path.of(values.remove("out")),
            Path.of(values.getOrDefault("datasets", "../shared/datasets")),
            rate(values, "exact-rate", GeneratorOptions.DEFAULT_EXACT_COPY_RATE),
            rate(values, "near-rate", GeneratorOptions.DEFAULT_NEAR_COPY_RATE),
            rate(values, "quote-rate", GeneratorOptions.DEFAULT_QUOTE_RATE),
            rate(values, "paraphrase-rate", GeneratorOptions.DEFAULT_PARAPHRASE_RATE));
    values.remove("datasets");
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("unknown options: " + values.keySet());
    }
    return options;
  }

  private static double rate(Map<String, String> values, String name, double fallback) {
    String value = values.remove(name);
    return value == null ? fallback : Double.parseDouble(value);
  }

  /** Writes the three files; returns the manifest it wrote. */
  Map<String, Object> generate() throws IOException {
    Files.createDirectories(options.output());
    CorpusPlan plan = CorpusPlan.of(options, bases.realCount());
    JsonFactory factory = new JsonFactory();
    try (OutputStream corpusStream = buffered(CORPUS_FILE);
        OutputStream truthStream = buffered(TRUTH_FILE);
        JsonGenerator corpus = factory.createGenerator(corpusStream, JsonEncoding.UTF8);
        JsonGenerator truth = factory.createGenerator(truthStream, JsonEncoding.UTF8)) {
      corpus.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      truth.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (int position = 0; position < options.count(); position++) {
        Article article = article(plan, position);
        writeArticle(corpus, article);
        if (article.planted() != null) {
          writeTruth(truth, article.planted());
        }
        if ((position + 1) % 100_000 == 0) {
          System.err.printf(Locale.ROOT, "  %,d articles%n", position + 1);
        }
      }
      corpus.writeRaw('\n');
      truth.writeRaw(plan.plantedTotal() > 0 ? "\n" : "");
    }
    Map<String, Object> manifest = manifest(plan);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(options.output().resolve(MANIFEST_FILE).toFile(), manifest);
    return manifest;
  }

  private OutputStream buffered(String name) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(options.output().resolve(name)), 1 << 20);
  }

  /** One generated article and, when it is planted reuse, its truth line. */
  record Article(String id, Outlet outlet, LocalDate published, String title, String text, Planted planted) {}

  /** One planted pair, as written to {@code truth.jsonl}. */
  record Planted(
      String a, String b, ReuseKind kind, int sentences, int aStart, int aEnd, int bStart, int bEnd,
      String extraName, int extraValue) {}

  private Article article(CorpusPlan plan, int position) {
    SplittableRandom random = new SplittableRandom(Shuffle.mix(options.seed(), 0xA271C1EL, position));
    ReuseKind kind = plan.kind(position);
    if (kind == null) {
      BaseArticles.Base base = bases.base(plan.takeBase(position));
      Outlet outlet = plan.assignOutlet(position, random.nextInt(OUTLETS.size()));
      LocalDate date = plan.assignBaseDate(position, FIRST_DATE, DATE_SPAN_DAYS);
      return new Article(id(position), outlet, date, base.title(), ArticleText.of(base.paragraphs()).text(), null);
    }
    int source = plan.pickSource(random);
    BaseArticles.Base original = bases.base(plan.baseNumber(source));
    ArticleText sourceText = ArticleText.of(original.paragraphs());
    Outlet outlet = OUTLETS.get(plan.otherOutlet(source, random, OUTLETS.size()));
    LocalDate date = plan.dateOf(source).plusDays(1 + random.nextInt(7));
    return derived(plan, position, kind, source, original, sourceText, outlet, date, random);
  }

  private Article derived(
      CorpusPlan plan, int position, ReuseKind kind, int source, BaseArticles.Base original, ArticleText sourceText,
      Outlet outlet, LocalDate date, SplittableRandom random) {
    String a = id(source);
    String b = id(position);
    int sentences = sourceText.sentenceCount();
    int aLength = sourceText.text().length();
    switch (kind) {
      case EXACT_COPY -> {
        String text = CopyEditor.exactCopy(sourceText.text(), random);
        Planted planted = new Planted(a, b, kind, sentences, 0, aLength, 0, text.length(), null, 0);
        return new Article(b, outlet, date, original.title(), text, planted);
      }
      case NEAR_COPY -> {
        CopyEditor.NearCopy copy = CopyEditor.nearCopy(sourceText.text(), synonyms, random);
        Planted planted =
            new Planted(a, b, kind, sentences, 0, aLength, 0, copy.text().length(), "editedWords", copy.editedWords());
        return new Article(b, outlet, date, original.title(), copy.text(), planted);
      }
      case QUOTE -> {
        BaseArticles.Base host = bases.base(plan.takeBase(position));
        String outletName = OUTLETS.get(plan.outletOf(source)).name();
        QuotePlanter.Quote quote = QuotePlanter.plant(sourceText, outletName, host.paragraphs(), random);
        Planted planted =
            new Planted(a, b, kind, quote.sentences(), quote.aStart(), quote.aEnd(), quote.bStart(), quote.bEnd(), null, 0);
        return new Article(b, outlet, date, host.title(), quote.text(), planted);
      }
      default -> {
        int[] rewritten = {0};
        String text = ArticleText.of(paraphraser.paraphrase(original.paragraphs(), random, rewritten)).text();
        String title = paraphraser.sentence(original.title(), random);
        Planted planted =
            new Planted(a, b, kind, sentences, 0, aLength, 0, text.length(), "rewrittenSentences", rewritten[0]);
        return new Article(b, outlet, date, title, text, planted);
      }
    }
  }

  /** {@code gen-000001}: one-based, zero-padded to six digits, or more when N needs them. */
  String id(int position) {
    int width = Math.max(6, Integer.toString(options.count()).length());
    return "gen-" + String.format(Locale.ROOT, "%0" + width + "d", position + 1);
  }

  private static void writeArticle(JsonGenerator json, Article article) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", article.id());
    json.writeStringField(
        "url",
        "https://" + article.outlet().domain() + "/" + article.published().toString().replace('-', '/') + "/"
            + article.id());
    json.writeStringField("title", article.title());
    json.writeStringField("source", article.outlet().name());
    json.writeStringField("published", article.published().toString());
    json.writeStringField("text", article.text());
    json.writeEndObject();
  }

  private static void writeTruth(JsonGenerator json, Planted planted) throws IOException {
    json.writeStartObject();
    json.writeStringField("a", planted.a());
    json.writeStringField("b", planted.b());
    json.writeStringField("kind", planted.kind().name());
    json.writeNumberField("sentences", planted.sentences());
    json.writeArrayFieldStart("aSpan");
    json.writeNumber(planted.aStart());
    json.writeNumber(planted.aEnd());
    json.writeEndArray();
    json.writeArrayFieldStart("bSpan");
    json.writeNumber(planted.bStart());
    json.writeNumber(planted.bEnd());
    json.writeEndArray();
    if (planted.extraName() != null) {
      json.writeNumberField(planted.extraName(), planted.extraValue());
    }
    json.writeEndObject();
  }

  private Map<String, Object> manifest(CorpusPlan plan) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("generator", "org.reprint.bench.CorpusGenerator");
    manifest.put("version", VERSION);
    manifest.put("count", options.count());
    manifest.put("seed", options.seed());
    Map<String, Double> rates = new LinkedHashMap<>();
    rates.put("EXACT_COPY", options.exactCopyRate());
    rates.put("NEAR_COPY", options.nearCopyRate());
    rates.put("QUOTE", options.quoteRate());
    rates.put("PARAPHRASE", options.paraphraseRate());
    manifest.put("rates", rates);
    Map<ReuseKind, Integer> planted = new EnumMap<>(ReuseKind.class);
    for (ReuseKind kind : ReuseKind.values()) {
      planted.put(kind, options.plantedCount(kind));
    }
    manifest.put("plantedByKind", planted);
    manifest.put("baseArticles", plan.baseSlots());
    manifest.put("baseArticlesByOrigin", baseOrigins(plan));
    Map<String, Object> real = new LinkedHashMap<>();
    real.put("readByCollection", sources.loadedByOrigin());
    real.put("keptByCollection", sources.keptByOrigin());
    real.put("sentencesDroppedAsSharedRuns", sources.droppedSentences());
    manifest.put("realArticles", real);
    manifest.put("synonyms", synonyms.size());
    return manifest;
  }

  /** Base texts used (bases and quote hosts) per origin: a collection name or {@code synthetic}. */
  private Map<String, Integer> baseOrigins(CorpusPlan plan) {
    Map<String, Integer> origins = new TreeMap<>();
    int realUsed = Math.min(plan.baseSlots(), bases.realCount());
    for (int number = 0; number < realUsed; number++) {
      origins.merge(bases.base(number).origin(), 1, Integer::sum);
    }
    if (plan.baseSlots() > realUsed) {
      origins.put(BaseArticles.SYNTHETIC, plan.baseSlots() - realUsed);
    }
    return origins;
  }
}
