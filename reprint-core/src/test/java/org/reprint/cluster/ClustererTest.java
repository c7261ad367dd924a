package org.reprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.classify.Direction;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.PairScores;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.document.SourceFormat;

@DisplayName("Clusterer: reuse families, stories and their likely originals")
class ClustererTest {

  private static final long SEED = Long.getLong("tests.seed", 0xC1_05EL);

  private final Clusterer clusterer = new Clusterer();

  @Test
  @DisplayName("union-find: components by size-balanced union, idempotent")
  void unionFind() {
    UnionFind sets = new UnionFind(6);
    sets.union(0, 1);
    sets.union(2, 3);
    sets.union(1, 3);
    sets.union(3, 0);
    assertThat(sets.find(0)).isEqualTo(sets.find(2)).isEqualTo(sets.find(3)).isEqualTo(sets.find(1));
    assertThat(sets.find(4)).isEqualTo(4).isNotEqualTo(sets.find(5));
    assertThat(sets.find(5)).isEqualTo(5);
  }

  @Test
  @DisplayName("families follow reuse edges; stories join what is related to most of them; groups of one are"
      + " omitted")
  void familiesAndStories() {
    List<Document> documents = List.of(doc("a"), doc("b"), doc("c"), doc("d"), doc("e"), doc("f"));
    List<PairJudgement> judgements =
        List.of(
            judgement("a", "b", Relation.PARTIAL_REUSE),
            judgement("b", "c", Relation.NEAR_DUPLICATE),
            judgement("a", "c", Relation.PARTIAL_REUSE),
            judgement("c", "d", Relation.SAME_STORY),
            judgement("d", "e", Relation.SAME_STORY),
            judgement("e", "f", Relation.UNRELATED));
    Clustering clustering = clusterer.cluster(documents, judgements);
    assertThat(clustering.families()).extracting(DocumentGroup::members).containsExactly(ids("a", "b", "c"));
    // d is related to one of the family's three texts: it does not join that story, it forms one with e
    assertThat(clustering.stories())
        .extracting(DocumentGroup::members)
        .containsExactly(ids("a", "b", "c"), ids("d", "e"));

    Clustering twoFamilies =
        clusterer.cluster(
            documents,
            List.of(
                judgement("e", "f", Relation.DUPLICATE), judgement("b", "d", Relation.PARAPHRASE)));
    assertThat(twoFamilies.families())
        .extracting(DocumentGroup::members)
        .containsExactly(ids("b", "d"), ids("e", "f"));
    assertThat(clusterer.cluster(documents, List.of()).families()).isEmpty();
  }

  @Test
  @DisplayName("the original is the earliest dated member, whatever the votes")
  void earliestDateWins() {
    List<Document> documents =
        List.of(dated("a", 2020, 11, 2), dated("b", 2020, 10, 31), doc("c"), dated("d", 2020, 11, 1));
    List<PairJudgement> judgements =
        List.of(
            directed("a", "b", "a"), directed("a", "c", "a"), directed("c", "d", "c"),
            judgement("b", "d", Relation.PARAPHRASE));
    DocumentGroup family = clusterer.cluster(documents, judgements).families().get(0);
    assertThat(family.original()).isEqualTo(new DocumentId("b"));
    assertThat(family.originalEvidence()).isEqualTo("earliest publication date (2020-10-31)");

    DocumentGroup onlyDated =
        clusterer.cluster(
                List.of(doc("a"), dated("b", 2020, 10, 31)), List.of(directed("a", "b", "a")))
            .families()
            .get(0);
    assertThat(onlyDated.original()).isEqualTo(new DocumentId("b"));
    assertThat(onlyDated.originalEvidence()).isEqualTo("the only member with a publication date (2020-10-31)");
  }

  @Test
  @DisplayName("undated: most source votes, then most held text, then metadata completeness, then id")
  void tieBreakers() {
    List<Document> undated = List.of(doc("a"), doc("b"), doc("c"));
    DocumentGroup byVotes =
        clusterer.cluster(undated, List.of(directed("a", "c", "c"), directed("b", "c", "c"))).families().get(0);
    assertThat(byVotes.original()).isEqualTo(new DocumentId("c"));
    assertThat(byVotes.originalEvidence()).isEqualTo("named as the source by 2 pair direction(s)");

    // b holds 90% of a's words, a only 40% of b's: b holds more of the shared text
    PairJudgement held = scored("a", "b", 0.9, 0.4);
    assertThat(clusterer.cluster(undated, List.of(held)).families().get(0).original())
        .isEqualTo(new DocumentId("b"));

    PairJudgement even = judgement("a", "b", Relation.DUPLICATE);
    Document titled =
        new Document(
            new DocumentId("b"), "text", SourceFormat.PLAIN_TEXT,
            new Metadata("Russia pledges help", null, null, null, "AFP"), List.of());
    DocumentGroup byMetadata = clusterer.cluster(List.of(doc("a"), titled), List.of(even)).families().get(0);
    assertThat(byMetadata.original()).isEqualTo(new DocumentId("b"));
    assertThat(byMetadata.originalEvidence()).isEqualTo("the most complete metadata (2 of 5 fields)");
    assertThat(clusterer.cluster(undated, List.of(held)).families().get(0).originalEvidence())
        .isEqualTo("holds most of the other members' shared text");

    DocumentGroup byId = clusterer.cluster(List.of(doc("b"), doc("a")), List.of(even)).families().get(0);
    assertThat(byId.original()).isEqualTo(new DocumentId("a"));
    assertThat(byId.originalEvidence()).isEqualTo("no evidence tells the members apart; the first id is named");
  }

  @Test
  @DisplayName("the result does not depend on the order of documents or judgements")
  void deterministicOrder() {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String id = String.format(Locale.ROOT, "doc-%02d", i);
      documents.add(i % 3 == 0 ? dated(id, 2020, 1 + i % 12, 1) : doc(id));
    }
    Random random = new Random(SEED);
    List<PairJudgement> judgements = new ArrayList<>();
    Relation[] relations = Relation.values();
    for (int k = 0; k < 60; k++) {
      int first = random.nextInt(40);
      int second = random.nextInt(40);
      if (first != second) {
        String a = documents.get(Math.min(first, second)).id().value();
        String b = documents.get(Math.max(first, second)).id().value();
        judgements.add(
            random.nextBoolean()
                ? judgement(a, b, relations[random.nextInt(relations.length)])
                : directed(a, b, random.nextBoolean() ? a : b));
      }
    }
    Clustering expected = clusterer.cluster(documents, judgements);
    assertThat(expected.stories()).as("seed %s", SEED).isNotEmpty();
    for (int shuffle = 0; shuffle < 20; shuffle++) {
      List<Document> shuffledDocuments = new ArrayList<>(documents);
      List<PairJudgement> shuffledJudgements = new ArrayList<>(judgements);
      Collections.shuffle(shuffledDocuments, random);
      Collections.shuffle(shuffledJudgements, random);
      assertThat(clusterer.cluster(shuffledDocuments, shuffledJudgements))
          .as("seed %s, shuffle %s", SEED, shuffle)
          .isEqualTo(expected);
    }
    for (List<DocumentGroup> groups : List.of(expected.families(), expected.stories())) {
      for (int g = 0; g < groups.size(); g++) {
        assertThat(groups.get(g).members()).isSorted().hasSizeGreaterThan(1).contains(groups.get(g).original());
        if (g > 0) {
          assertThat(groups.get(g).members().get(0)).isGreaterThan(groups.get(g - 1).members().get(0));
        }
      }
    }
  }

  @Test
  @DisplayName("stories do not chain: an article related to one member of a large story stays out of it")
  void storiesDoNotChain() {
    List<Document> documents = new ArrayList<>();
    List<PairJudgement> judgements = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      documents.add(doc("yukos-" + i));
      for (int j = 0; j < i; j++) {
        judgements.add(judgement("yukos-" + j, "yukos-" + i, Relation.SAME_STORY));
      }
    }
    documents.add(doc("zz-gas-deal"));
    judgements.add(judgement("yukos-7", "zz-gas-deal", Relation.SAME_STORY));
    documents.add(doc("zz-gas-deal-2"));
    judgements.add(judgement("zz-gas-deal", "zz-gas-deal-2", Relation.SAME_STORY));
    Clustering clustering = clusterer.cluster(documents, judgements);
    assertThat(clustering.stories()).extracting(DocumentGroup::members).containsExactly(
        ids("yukos-0", "yukos-1", "yukos-2", "yukos-3", "yukos-4", "yukos-5", "yukos-6", "yukos-7"),
        ids("zz-gas-deal", "zz-gas-deal-2"));

    // related to five of the eight, it belongs: a majority of the story
    List<PairJudgement> joined = new ArrayList<>(judgements.subList(0, judgements.size() - 1));
    for (int i = 0; i < 4; i++) {
      joined.add(judgement("yukos-" + i, "zz-gas-deal", Relation.SAME_STORY));
    }
    assertThat(clusterer.cluster(documents, joined).stories()).extracting(DocumentGroup::members)
        .anySatisfy(story -> assertThat(story).contains(new DocumentId("zz-gas-deal"), new DocumentId("yukos-0")));
  }

  @Test
  @DisplayName("a wire story republished for a month is one story; a template passage reused a month later is not")
  void storyWindowForSharedPassagesOnly() {
    List<Document> copies = List.of(dated("wire-a", 2020, 11, 1), dated("wire-b", 2020, 11, 12),
        dated("wire-c", 2020, 11, 30));
    List<PairJudgement> nearCopies = List.of(judgement("wire-a", "wire-b", Relation.NEAR_DUPLICATE),
        judgement("wire-a", "wire-c", Relation.DUPLICATE), judgement("wire-b", "wire-c", Relation.NEAR_DUPLICATE));
    assertThat(clusterer.cluster(copies, nearCopies).stories()).extracting(DocumentGroup::members)
        .containsExactly(ids("wire-a", "wire-b", "wire-c"));

    List<Document> notices = List.of(dated("notice-march", 2020, 3, 2), dated("notice-march-2", 2020, 3, 3),
        dated("notice-april", 2020, 4, 6));
    List<PairJudgement> template = List.of(judgement("notice-march", "notice-march-2", Relation.PARTIAL_REUSE),
        judgement("notice-april", "notice-march", Relation.PARTIAL_REUSE),
        judgement("notice-april", "notice-march-2", Relation.PARTIAL_REUSE));
    Clustering clustering = clusterer.cluster(notices, template);
    assertThat(clustering.families()).hasSize(1); // the template's text passed between all three
    assertThat(clustering.stories()).extracting(DocumentGroup::members)
        .containsExactly(ids("notice-march", "notice-march-2"));
  }

  @Test
  @DisplayName("a judgement on a document outside the corpus is misuse")
  void unknownDocumentIsRejected() {
    assertThatThrownBy(() -> clusterer.cluster(List.of(doc("a")), List.of(judgement("a", "z", Relation.DUPLICATE))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("judgement names a document that is not in the corpus: z");
  }

  private static Document doc(String id) {
    return Document.ofText(id, "text of " + id);
  }

  private static Document dated(String id, int year, int month, int day) {
    return new Document(
        new DocumentId(id), "text of " + id, SourceFormat.PLAIN_TEXT,
        new Metadata(null, null, LocalDate.of(year, month, day), null, null), List.of());
  }

  private static List<DocumentId> ids(String... values) {
    return java.util.Arrays.stream(values).map(DocumentId::new).toList();
  }

  private static PairJudgement judgement(String first, String second, Relation relation) {
    return new PairJudgement(
        new DocumentId(first), new DocumentId(second), relation, scores(0.5, 0.5), null, List.of(), List.of(), "");
  }

  private static PairJudgement scored(String first, String second, double alignedFirst, double alignedSecond) {
    return new PairJudgement(
        new DocumentId(first), new DocumentId(second), Relation.PARAPHRASE,
        scores(alignedFirst, alignedSecond), null, List.of(), List.of(), "");
  }

  private static PairJudgement directed(String first, String second, String source) {
    String copy = source.equals(first) ? second : first;
    return new PairJudgement(
        new DocumentId(first), new DocumentId(second), Relation.PARTIAL_REUSE, scores(0.5, 0.5),
        new Direction(new DocumentId(source), new DocumentId(copy), "quotation marks"), List.of(), List.of(), "");
  }

  private static PairScores scores(double alignedFirst, double alignedSecond) {
    return new PairScores(0, 0, 0, alignedFirst, alignedSecond, 0, 0, 0.5, 0);
  }
}
