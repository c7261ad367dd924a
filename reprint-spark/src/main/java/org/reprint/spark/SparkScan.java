package org.reprint.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.lib.ConnectedComponents;
import org.apache.spark.storage.StorageLevel;
import org.reprint.classify.Attribution;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.cluster.Clusterer;
import org.reprint.cluster.Clustering;
import org.reprint.cluster.DocumentGroup;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.engine.DocumentAnalyzer;
import org.reprint.engine.PairJudging;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanScope;
import org.reprint.engine.ScannedDocument;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.index.CandidateOptions;
import org.reprint.index.CommonFingerprints;
import org.reprint.index.CorpusStatistics;
import org.reprint.index.IndexLayout;
import org.reprint.index.StoryVector;
import org.reprint.report.JsonReport;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * The scan as a Spark job. Only two things are Spark's: where candidate pairs come from (distributed joins
 * on LSH band keys, winnowed fingerprints and story terms, with the embedded scan's caps and rule) and how
 * documents are grouped (GraphX connected components). Everything else is reprint-core's, unchanged: each
 * document is analyzed by {@link DocumentAnalyzer}, each pair judged by {@link PairJudging} (the pipeline's
 * judge), each component clustered by {@link Clusterer}, which names the likely original by the same rules.
 *
 * <p>The join reproduces the embedded scan's ({@code index.CandidateJoin}) exactly: a band key or winnowed
 * fingerprint held by more documents than its cap pairs nobody (passim's {@code maxDF}); each document
 * speaks for a pair with the counts it sees (bands and fingerprints from the lower id's side only, story
 * terms from each side's top terms), and {@link CandidateOptions#worthScoring} and
 * {@link CandidateOptions#keeps} decide. Corpus statistics are document frequencies counted by the job;
 * each pair is judged with statistics over its two documents' terms, which give the same IDF as the whole
 * corpus's.
 *
 * <p>Not done here: duplicate groups (every pair of identical copies is judged) and the common-source
 * notes of explanations, which need every pair at once.
 */
public final class SparkScan {

  private SparkScan() {}

  /**
   * How the job keeps what it reuses: serialized. Kept as objects, Spark walks each value's object graph to
   * estimate its size (a document, its sketch and its term frequencies are thousands of objects); at 10,000
   * articles that walk was a third of the job's time.
   */
  private static final StorageLevel KEPT = StorageLevel.MEMORY_AND_DISK_SER();

  /** What the job computes, as distributed collections; nothing is collected on the driver. */
  public record Result(
      JavaRDD<String> documentLines,
      JavaRDD<String> skippedLines,
      JavaRDD<PairJudgement> pairs,
      JavaRDD<String> pairLines,
      JavaRDD<DocumentGroup> families,
      JavaRDD<DocumentGroup> stories,
      long documents,
      long skipped,
      long candidatePairs) {}

  /**
   * One analyzer per executor JVM and scope, shared by its tasks (it is thread-safe): making one loads word
   * lists and tables, which once per partition and stage cost more than the work of a small partition.
   */
  private static final java.util.concurrent.ConcurrentHashMap<Boolean, DocumentAnalyzer> ANALYZERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** One judge per executor JVM, scope and broadcast of common fingerprints (one per job). */
  private static final java.util.concurrent.ConcurrentHashMap<String, PairJudging> JUDGES =
      new java.util.concurrent.ConcurrentHashMap<>();

  static DocumentAnalyzer analyzer(boolean nearDuplicatesOnly) {
    return ANALYZERS.computeIfAbsent(nearDuplicatesOnly, near -> new DocumentAnalyzer(options(near).fingerprint()));
  }

  private static PairJudging judging(boolean nearDuplicatesOnly, Broadcast<CommonFingerprints> common) {
    return JUDGES.computeIfAbsent(nearDuplicatesOnly + "/" + common.id(),
        key -> new PairJudging(options(nearDuplicatesOnly), common.value()::documents));
  }

  /** The options every executor rebuilds: the scan's defaults, one thread, and the scope asked for. */
  static ScanOptions options(boolean nearDuplicatesOnly) {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(1).withGroupDuplicatesFrom(0);
    return nearDuplicatesOnly ? options.withScope(ScanScope.NEAR_DUPLICATES) : options;
  }

  /** One analyzed document: what the joins and the judge need, and its JSON Lines record. */
  record Analyzed(Document document, DocumentSketch sketch, List<Attribution> credits, String line)
      implements Serializable {}

  /** One usable document with the corpus's document frequency of each of its terms. */
  record Known(Analyzed analyzed, HashMap<String, Integer> frequencies) implements Serializable {}

  /**
   * What the join saw of an unordered pair (first id &lt; second id): whether they share a band, how many
   * winnowed fingerprints, and how many of each side's top story terms the other holds.
   */
  record Links(boolean band, int fingerprints, int storyFirst, int storySecond) implements Serializable {
    Links merge(Links other) {
      return new Links(band || other.band, fingerprints + other.fingerprints, storyFirst + other.storyFirst,
          storySecond + other.storySecond);
    }
  }

  /**
   * Runs the scan on {@code reads} (documents already read, or the inputs that could not be).
   *
   * @param nearDuplicatesOnly only band-key candidates, as {@code reprint scan --near-duplicates-only}
   */
  public static Result run(JavaSparkContext context, JavaRDD<SparkInput.Read> reads, boolean nearDuplicatesOnly) {
    // read once: documents and unreadable inputs both come from it, and the job counts and writes both
    JavaRDD<SparkInput.Read> inputs = reads.persist(KEPT);
    JavaRDD<String> unreadable = inputs.filter(read -> read.skipped() != null)
        .map(read -> JsonReport.skippedLine(read.skipped()));
    JavaRDD<Document> documents = inputs.filter(read -> read.document() != null).map(SparkInput.Read::document);
    JavaPairRDD<String, Analyzed> analyzed = documents.mapPartitionsToPair(batch -> analyze(batch,
        nearDuplicatesOnly)).persist(KEPT);
    JavaPairRDD<String, Analyzed> usable = analyzed.filter(entry -> entry._2().sketch().tokenCount() > 0)
        .persist(KEPT);
    JavaRDD<String> empty = analyzed.filter(entry -> entry._2().sketch().tokenCount() == 0)
        .map(entry -> JsonReport.skippedLine(new org.reprint.document.SkippedDocument(entry._1(),
            org.reprint.document.SkipReason.EMPTY, "no words left after markup and boilerplate removal")));
    long documentCount = usable.count();
    CandidateOptions candidates = options(nearDuplicatesOnly).candidates();

    JavaPairRDD<String, Known> known = withFrequencies(usable).persist(KEPT);
    JavaPairRDD<Long, Iterable<String>> fingerprintPostings = postings(usable, sketch -> sketch.winnowed())
        .persist(KEPT);
    Broadcast<CommonFingerprints> common =
        context.broadcast(common(fingerprintPostings, candidates.maxFingerprintPostings()));
    JavaPairRDD<Tuple2<String, String>, Links> links =
        pairsOf(postings(usable, DocumentSketch::bandKeys), candidates.maxBandPostings(),
            new Links(true, 0, 0, 0));
    if (!nearDuplicatesOnly) {
      links = links.union(pairsOf(fingerprintPostings, candidates.maxFingerprintPostings(), new Links(false, 1, 0, 0)))
          .union(storyLinks(known, documentCount, candidates));
    }
    // the first half of the rule needs only the counts: most story links end here, before any text moves
    JavaPairRDD<Tuple2<String, String>, Links> worth = links.reduceByKey(Links::merge)
        .filter(entry -> lowerSpeaks(candidates, entry._2()) || higherSpeaks(candidates, entry._2()));
    JavaRDD<Candidate> kept = keep(worth, known, documentCount, nearDuplicatesOnly)
        .persist(KEPT);
    long candidatePairs = kept.count();

    JavaRDD<Tuple2<PairJudgement, Tuple2<Known, Known>>> judged =
        judge(kept, documentCount, common, nearDuplicatesOnly).persist(KEPT);
    JavaRDD<PairJudgement> pairs = judged.map(Tuple2::_1);
    JavaRDD<String> pairLines = judged.map(entry -> {
      Known first = entry._2()._1();
      Known second = entry._2()._2();
      Map<DocumentId, Document> byId = Map.of(first.analyzed().document().id(), first.analyzed().document(),
          second.analyzed().document().id(), second.analyzed().document());
      Map<DocumentId, List<Attribution>> credits = Map.of(first.analyzed().document().id(),
          first.analyzed().credits(), second.analyzed().document().id(), second.analyzed().credits());
      return JsonReport.pairLine(entry._1(), byId, credits);
    });
    JavaRDD<Clustering> clusterings = cluster(context, judged, known).persist(KEPT);
    return new Result(usable.map(entry -> entry._2().line()), unreadable.union(empty), pairs, pairLines,
        clusterings.flatMap(c -> c.families().iterator()), clusterings.flatMap(c -> c.stories().iterator()),
        documentCount, unreadable.count() + empty.count(), candidatePairs);
  }

  private static Iterator<Tuple2<String, Analyzed>> analyze(Iterator<Document> batch, boolean nearDuplicatesOnly) {
    DocumentAnalyzer analyzer = analyzer(nearDuplicatesOnly);
    List<Tuple2<String, Analyzed>> out = new ArrayList<>();
    while (batch.hasNext()) {
      Document document = batch.next();
      AnalyzedDocument analyzed = analyzer.analyze(document);
      ScannedDocument scanned = analyzer.scanned(analyzed);
      out.add(new Tuple2<>(document.id().value(), new Analyzed(document, analyzer.sketch(analyzed),
          scanned.credits(), JsonReport.documentLine(scanned))));
    }
    return out.iterator();
  }

  /** Each usable document with the corpus-wide document frequency of each of its terms. */
  private static JavaPairRDD<String, Known> withFrequencies(JavaPairRDD<String, Analyzed> usable) {
    JavaPairRDD<String, String> termOf = usable.flatMapToPair(entry -> Arrays.stream(entry._2().sketch().terms())
        .distinct().map(term -> new Tuple2<>(term, entry._1())).iterator());
    JavaPairRDD<String, Integer> frequency = termOf.mapValues(id -> 1).reduceByKey(Integer::sum);
    JavaPairRDD<String, Iterable<Tuple2<String, Integer>>> byDocument = termOf.join(frequency)
        .mapToPair(entry -> new Tuple2<>(entry._2()._1(), new Tuple2<>(entry._1(), entry._2()._2())))
        .groupByKey();
    return usable.leftOuterJoin(byDocument).mapValues(entry -> {
      HashMap<String, Integer> frequencies = new HashMap<>();
      if (entry._2().isPresent()) {
        entry._2().get().forEach(t -> frequencies.put(t._1(), t._2()));
      }
      return new Known(entry._1(), frequencies);
    });
  }

  /** Posting lists of one kind of key ({@link IndexLayout#postingKey}), each document once per key. */
  private static JavaPairRDD<Long, Iterable<String>> postings(
      JavaPairRDD<String, Analyzed> usable, org.apache.spark.api.java.function.Function<DocumentSketch, long[]> keys) {
    return usable.flatMapToPair(entry -> Arrays.stream(keys.call(entry._2().sketch()))
        .map(IndexLayout::postingKey).distinct().mapToObj(key -> new Tuple2<>(key, entry._1())).iterator())
        .groupByKey();
  }

  /** Every pair (first id &lt; second) of each posting list no longer than {@code cap}, with {@code links}. */
  private static JavaPairRDD<Tuple2<String, String>, Links> pairsOf(
      JavaPairRDD<Long, Iterable<String>> postings, int cap, Links links) {
    return postings.flatMapToPair(entry -> {
      List<String> ids = new ArrayList<>();
      entry._2().forEach(ids::add);
      List<Tuple2<Tuple2<String, String>, Links>> out = new ArrayList<>();
      if (ids.size() <= cap) {
        ids.sort(Comparator.naturalOrder());
        for (int i = 0; i < ids.size(); i++) {
          for (int j = i + 1; j < ids.size(); j++) {
            out.add(new Tuple2<>(new Tuple2<>(ids.get(i), ids.get(j)), links));
          }
        }
      }
      return out.iterator();
    });
  }

  /** The fingerprints held by more than 19 documents, or more than the join follows: the corpus's boilerplate. */
  private static CommonFingerprints common(JavaPairRDD<Long, Iterable<String>> postings, int cap) {
    int above = Math.min(cap, 19); // align.CommonText.FORMULA_DOCUMENTS is 20, as the embedded join counts
    List<Tuple2<Long, Long>> held = postings.mapValues(ids -> {
      long count = 0;
      for (String ignored : ids) {
        count++;
      }
      return count;
    }).filter(entry -> entry._2() > above).sortByKey().collect();
    long[] keys = new long[held.size()];
    long[] documents = new long[held.size()];
    for (int i = 0; i < held.size(); i++) {
      keys[i] = held.get(i)._1();
      documents[i] = held.get(i)._2();
    }
    return CommonFingerprints.of(keys, documents);
  }

  /**
   * Story links: each document's top story terms, looked up in the postings of every document's terms
   * (those held by at most {@code maxStoryPostings} documents); a count per directed pair.
   */
  private static JavaPairRDD<Tuple2<String, String>, Links> storyLinks(
      JavaPairRDD<String, Known> known, long documentCount, CandidateOptions candidates) {
    int cap = candidates.maxStoryPostings();
    int top = candidates.storyTermsPerDocument();
    JavaPairRDD<String, String> topTerms = known.flatMapToPair(entry -> {
      CorpusStatistics statistics = CorpusStatistics.of((int) documentCount, entry._2().frequencies());
      StoryVector vector = StoryVector.of(entry._2().analyzed().sketch(), statistics);
      List<Tuple2<String, String>> out = new ArrayList<>();
      for (int term : vector.topTermIds(top)) {
        out.add(new Tuple2<>(statistics.term(term), entry._1()));
      }
      return out.iterator();
    });
    JavaPairRDD<String, Iterable<String>> termPostings = known.flatMapToPair(entry ->
            entry._2().frequencies().entrySet().stream().filter(e -> e.getValue() <= cap)
                .map(e -> new Tuple2<>(e.getKey(), entry._1())).iterator())
        .groupByKey();
    return topTerms.join(termPostings).flatMapToPair(entry -> {
      String speaker = entry._2()._1();
      List<Tuple2<Tuple2<String, String>, Links>> out = new ArrayList<>();
      for (String other : entry._2()._2()) {
        int order = speaker.compareTo(other);
        if (order < 0) {
          out.add(new Tuple2<>(new Tuple2<>(speaker, other), new Links(false, 0, 1, 0)));
        } else if (order > 0) {
          out.add(new Tuple2<>(new Tuple2<>(other, speaker), new Links(false, 0, 0, 1)));
        }
      }
      return out.iterator();
    });
  }

  /** Whether the lower id's side of the join would score the pair: its band, fingerprint and story counts. */
  private static boolean lowerSpeaks(CandidateOptions rule, Links seen) {
    return rule.worthScoring(seen.band(), seen.fingerprints(), seen.storyFirst());
  }

  /** Whether the higher id's side would: it counts no band or fingerprint (those are the lower side's). */
  private static boolean higherSpeaks(CandidateOptions rule, Links seen) {
    return rule.worthScoring(false, 0, seen.storySecond());
  }

  /** A candidate pair that passed the whole rule, with both documents and its story cosine. */
  record Candidate(Known first, Known second, double cosine) implements Serializable {

    /** Statistics over the two documents' terms, with the corpus's document frequencies. */
    CorpusStatistics statistics(long documentCount) {
      HashMap<String, Integer> frequencies = new HashMap<>(first.frequencies());
      frequencies.putAll(second.frequencies());
      return CorpusStatistics.of((int) documentCount, frequencies);
    }
  }

  /**
   * The second half of the candidate rule on every pair worth scoring: each side speaks as in the embedded
   * join (the lower id with its band, fingerprint and story counts, the higher with its story count alone),
   * and the pair is kept if either side keeps it at the pair's story cosine.
   */
  private static JavaRDD<Candidate> keep(
      JavaPairRDD<Tuple2<String, String>, Links> worth,
      JavaPairRDD<String, Known> known,
      long documentCount,
      boolean nearDuplicatesOnly) {
    JavaPairRDD<String, Tuple2<String, Links>> byFirst =
        worth.mapToPair(entry -> new Tuple2<>(entry._1()._1(), new Tuple2<>(entry._1()._2(), entry._2())));
    JavaPairRDD<String, Tuple2<Links, Known>> withFirst = byFirst.join(known).mapToPair(entry ->
        new Tuple2<>(entry._2()._1()._1(), new Tuple2<>(entry._2()._1()._2(), entry._2()._2())));
    return withFirst.join(known).mapPartitions(batch -> {
      CandidateOptions rule = options(nearDuplicatesOnly).candidates();
      List<Candidate> out = new ArrayList<>();
      while (batch.hasNext()) {
        Tuple2<String, Tuple2<Tuple2<Links, Known>, Known>> entry = batch.next();
        Links seen = entry._2()._1()._1();
        Known first = entry._2()._1()._2();
        Known second = entry._2()._2();
        CorpusStatistics statistics = new Candidate(first, second, 0).statistics(documentCount);
        double cosine = StoryVector.of(first.analyzed().sketch(), statistics)
            .cosine(StoryVector.of(second.analyzed().sketch(), statistics));
        boolean lower = lowerSpeaks(rule, seen) && rule.keeps(seen.band(), seen.fingerprints(), cosine);
        boolean higher = higherSpeaks(rule, seen) && rule.keeps(false, 0, cosine);
        if (lower || higher) {
          out.add(new Candidate(first, second, cosine));
        }
      }
      return out.iterator();
    });
  }

  /**
   * The pipeline's judge on every kept candidate; related pairs only, and with {@code nearDuplicatesOnly}
   * only DUPLICATE and NEAR_DUPLICATE pairs, as the embedded near-duplicate scope verifies them.
   */
  private static JavaRDD<Tuple2<PairJudgement, Tuple2<Known, Known>>> judge(
      JavaRDD<Candidate> kept, long documentCount, Broadcast<CommonFingerprints> common,
      boolean nearDuplicatesOnly) {
    return kept.mapPartitions(batch -> {
      DocumentAnalyzer analyzer = analyzer(nearDuplicatesOnly);
      PairJudging judging = judging(nearDuplicatesOnly, common);
      List<Tuple2<PairJudgement, Tuple2<Known, Known>>> out = new ArrayList<>();
      while (batch.hasNext()) {
        Candidate candidate = batch.next();
        Known first = candidate.first();
        Known second = candidate.second();
        AnalyzedDocument one = analyzer.analyze(first.analyzed().document());
        AnalyzedDocument other = analyzer.analyze(second.analyzed().document());
        if (nearDuplicatesOnly && !judging.nearDuplicates(one, other)) {
          continue; // checked before any alignment, as the embedded near-duplicate search verifies its bands
        }
        PairJudgement judgement = judging.judge(one, first.analyzed().credits(), other,
            second.analyzed().credits(), candidate.statistics(documentCount), candidate.cosine());
        boolean listed = nearDuplicatesOnly
            ? judgement.relation() == Relation.DUPLICATE || judgement.relation() == Relation.NEAR_DUPLICATE
            : judgement.relation() != Relation.UNRELATED;
        if (listed) {
          out.add(new Tuple2<>(judgement, new Tuple2<>(first, second)));
        }
      }
      return out.iterator();
    });
  }

  /**
   * Families and stories: connected components of the related pairs (GraphX), then each component
   * clustered by {@link Clusterer}, which forms its families (reuse pairs) and its story and names each
   * likely original, on an executor. A component is a story, so no group spans two components.
   */
  private static JavaRDD<Clustering> cluster(
      JavaSparkContext context,
      JavaRDD<Tuple2<PairJudgement, Tuple2<Known, Known>>> judged,
      JavaPairRDD<String, Known> known) {
    JavaPairRDD<String, Long> vertexOf = known.keys().sortBy(id -> id, true, known.getNumPartitions())
        .zipWithIndex();
    JavaRDD<Edge<Integer>> edges = judged.mapToPair(entry -> new Tuple2<>(entry._1().first().value(),
            entry._1().second().value()))
        .join(vertexOf).mapToPair(entry -> new Tuple2<>(entry._2()._1(), entry._2()._2()))
        .join(vertexOf).map(entry -> new Edge<>(entry._2()._1(), entry._2()._2(), 1));
    ClassTag<Integer> integers = ClassTag$.MODULE$.apply(Integer.class);
    Graph<Integer, Integer> graph = Graph.fromEdges(edges.rdd(), 0, StorageLevel.MEMORY_AND_DISK(),
        StorageLevel.MEMORY_AND_DISK(), integers, integers);
    JavaPairRDD<Long, Long> componentOfVertex = JavaPairRDD.fromJavaRDD(
        ConnectedComponents.run(graph, Integer.MAX_VALUE, integers, integers).vertices().toJavaRDD()
            .map(vertex -> new Tuple2<>((Long) vertex._1(), (Long) vertex._2())));
    JavaPairRDD<String, Long> componentOf = vertexOf.mapToPair(Tuple2::swap).join(componentOfVertex)
        .mapToPair(entry -> new Tuple2<>(entry._2()._1(), entry._2()._2()));
    JavaPairRDD<Long, PairJudgement> pairsByComponent = judged.mapToPair(entry ->
            new Tuple2<>(entry._1().first().value(), entry._1()))
        .join(componentOf).mapToPair(entry -> new Tuple2<>(entry._2()._2(), entry._2()._1()));
    JavaPairRDD<Long, Known> documentsByComponent = known.join(componentOf)
        .mapToPair(entry -> new Tuple2<>(entry._2()._2(), entry._2()._1()));
    return pairsByComponent.cogroup(documentsByComponent).map(component -> {
      List<PairJudgement> pairs = new ArrayList<>();
      component._2()._1().forEach(pairs::add);
      pairs.sort(Comparator.comparing(PairJudgement::first).thenComparing(PairJudgement::second));
      List<Document> members = new ArrayList<>();
      Map<DocumentId, List<Attribution>> credits = new HashMap<>();
      for (Known member : component._2()._2()) {
        members.add(member.analyzed().document());
        credits.put(member.analyzed().document().id(), member.analyzed().credits());
      }
      members.sort(Comparator.comparing(Document::id));
      return new Clusterer().cluster(members, pairs, credits);
    });
  }
}
