package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.cluster.DocumentGroup;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.index.IndexSnapshot;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * Stories stored in the index: articles added one by one join a story or start one; settled, the stories
 * are a scan's, whatever the order the articles came in.
 */
@DisplayName("Index stories: assigned as articles arrive, settled to a scan's whatever the order")
class IndexStoriesTest {

  /** Printed with every failure, so that an order that breaks the rule can be replayed. */
  private static final long SEED = Long.getLong("reprint.test.seed", 20261203L);

  private static final ScanOptions OPTIONS = ScanOptions.defaults(List.of()).withThreads(2);

  /** Both examples: five versions of one AFP story, and two events in one city with a rewrite. */
  private static List<Document> articles;

  /** Each article's story in a scan of all of them: the first id of its story, or its own. */
  private static Map<String, String> scanned;

  @BeforeAll
  static void scanTheExamples() {
    articles = new ArrayList<>();
    for (String example : List.of("armenia-2020", "two-events")) {
      articles.addAll(new Ingester(OPTIONS.ingest()).ingest(Path.of("..", "examples", example), example).documents());
    }
    ScanResult scan = Engine.scan(new IngestResult(articles, List.of(), List.of()), OPTIONS);
    scanned = storiesOf(articles, scan.clustering().stories());
    // the examples' stories: armenia's five, the fire's four, the vote's two
    assertThat(scan.clustering().stories()).extracting(story -> story.members().size())
        .containsExactlyInAnyOrder(5, 4, 2);
  }

  @Test
  @DisplayName("added one at a time in shuffled orders, then settled: exactly a scan's stories, whatever the order")
  void orderDoesNotMatter(@TempDir Path folder) {
    Random random = new Random(SEED);
    for (int order = 0; order < 4; order++) {
      List<Document> shuffled = new ArrayList<>(articles);
      Collections.shuffle(shuffled, random);
      Path indexFolder = folder.resolve("order-" + order);
      try (ReprintIndex index = ReprintIndex.openForWriting(indexFolder, OPTIONS.fingerprint())) {
        for (Document article : shuffled) {
          IncrementalEngine.index(index, new IngestResult(List.of(article), List.of(), List.of()), OPTIONS,
              ProgressListener.NONE);
          IncrementalEngine.assignStories(index, List.of(article), OPTIONS);
        }
        String described = "seed " + SEED + ", order " + order + ": " + ids(shuffled);
        // as they came, the five versions of the AFP story, each tied to all the others, are one story in
        // any order; the two events can meet through the undated blog rewrite, as the order falls
        Map<String, String> assigned = stored(index);
        assertThat(articles.stream().filter(a -> a.id().value().startsWith("armenia")).map(a -> assigned.get(
            a.id().value())).distinct()).as("assigned as they came, %s", described).hasSize(1);
        System.out.printf("IndexStoriesTest: %s: %d of %d articles assigned as a scan places them%n", described,
            agreeing(assigned, scanned), articles.size());
        assertThat(IncrementalEngine.settleStories(index, OPTIONS)).isEqualTo(3);
        assertThat(stored(index)).as("settled, %s", described).isEqualTo(scanned);
        // settling again changes nothing
        IncrementalEngine.settleStories(index, OPTIONS);
        assertThat(stored(index)).as("settled twice, %s", described).isEqualTo(scanned);
      }
    }
  }

  @Test
  @DisplayName("a new article starts its own story, then joins one when it ties to most of it")
  void newArticleJoinsOrStarts(@TempDir Path folder) {
    List<Document> fire = articles.stream().filter(a -> a.id().value().contains("harbour-fire")).toList();
    Document vote = articles.stream().filter(a -> a.id().value().contains("ferry-terminal-vote")).findFirst()
        .orElseThrow();
    try (ReprintIndex index = ReprintIndex.openForWriting(folder, OPTIONS.fingerprint())) {
      IncrementalEngine.index(index, new IngestResult(fire, List.of(), List.of()), OPTIONS, ProgressListener.NONE);
      IncrementalEngine.StoryCounts counts = IncrementalEngine.assignStories(index, fire, OPTIONS);
      // in id order: the AFP report starts the story, the rewrite, the quote and the local report join it
      assertThat(counts).isEqualTo(new IncrementalEngine.StoryCounts(3, 1));
      IncrementalEngine.index(index, new IngestResult(List.of(vote), List.of(), List.of()), OPTIONS,
          ProgressListener.NONE);
      assertThat(IncrementalEngine.assignStories(index, List.of(vote), OPTIONS))
          .isEqualTo(new IncrementalEngine.StoryCounts(0, 1));
      Map<String, String> stories = stored(index);
      String afp = fire.get(0).id().value();
      assertThat(fire).allSatisfy(article -> assertThat(stories.get(article.id().value())).isEqualTo(afp));
      assertThat(stories.get(vote.id().value())).isEqualTo(vote.id().value());
    }
  }

  private static Map<String, String> stored(ReprintIndex index) {
    try (IndexSnapshot snapshot = index.snapshot()) {
      return snapshot.stories();
    }
  }

  private static Map<String, String> storiesOf(List<Document> documents, List<DocumentGroup> stories) {
    Map<String, String> storyOf = new TreeMap<>();
    documents.forEach(document -> storyOf.put(document.id().value(), document.id().value()));
    for (DocumentGroup story : stories) {
      for (DocumentId member : story.members()) {
        storyOf.put(member.value(), story.members().get(0).value());
      }
    }
    return storyOf;
  }

  /** The stories as sets of members, whatever id names each. */
  private static java.util.Set<java.util.Set<String>> grouped(Map<String, String> storyOf) {
    Map<String, java.util.Set<String>> members = new TreeMap<>();
    storyOf.forEach((id, story) -> members.computeIfAbsent(story, s -> new java.util.TreeSet<>()).add(id));
    return new java.util.HashSet<>(members.values());
  }

  /** Articles whose story as assigned holds the same members as their story in the scan. */
  private static long agreeing(Map<String, String> assigned, Map<String, String> scan) {
    return assigned.keySet().stream().filter(id -> members(assigned, id).equals(members(scan, id))).count();
  }

  private static java.util.Set<String> members(Map<String, String> storyOf, String id) {
    java.util.Set<String> members = new java.util.TreeSet<>();
    storyOf.forEach((other, story) -> {
      if (story.equals(storyOf.get(id))) {
        members.add(other);
      }
    });
    return members;
  }

  private static List<String> ids(List<Document> documents) {
    return documents.stream().map(document -> document.id().value().replaceAll("^.*/", "")).toList();
  }
}
