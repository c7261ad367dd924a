package org.reprint.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.reprint.classify.Attribution;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;

/** Groups judged pairs into reuse families and stories. */
public final class Clusterer {

  public Clustering cluster(List<Document> documents, List<PairJudgement> judgements) {
    return cluster(documents, judgements, Map.of());
  }

  /**
   * Groups judged pairs, naming as likely original, after dates, a member that is the news agency the
   * others credit ({@code attributions}: per document, its credits).
   */
  public Clustering cluster(
      List<Document> documents,
      List<PairJudgement> judgements,
      Map<DocumentId, List<Attribution>> attributions) {
    Map<DocumentId, Integer> numbers = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      numbers.put(documents.get(i).id(), i);
    }
    OriginalPicker picker = new OriginalPicker(documents, judgements, attributions);
    List<DocumentGroup> families =
        groups(documents, judgements, numbers, j -> j.relation().isReuse(), picker);
    List<DocumentGroup> stories =
        groups(documents, judgements, numbers, j -> j.relation() != Relation.UNRELATED, picker);
    return new Clustering(families, stories);
  }

  private static List<DocumentGroup> groups(
      List<Document> documents,
      List<PairJudgement> judgements,
      Map<DocumentId, Integer> numbers,
      Predicate<PairJudgement> linked,
      OriginalPicker picker) {
    UnionFind sets = new UnionFind(documents.size());
    for (PairJudgement judgement : judgements) {
      if (linked.test(judgement)) {
        sets.union(number(numbers, judgement.first()), number(numbers, judgement.second()));
      }
    }
    Map<Integer, List<DocumentId>> components = new TreeMap<>();
    for (int i = 0; i < documents.size(); i++) {
      components.computeIfAbsent(sets.find(i), root -> new ArrayList<>()).add(documents.get(i).id());
    }
    List<DocumentGroup> groups = new ArrayList<>();
    for (List<DocumentId> members : components.values()) {
      if (members.size() > 1) {
        members.sort(null);
        groups.add(picker.pick(members, linked));
      }
    }
    groups.sort((x, y) -> x.members().get(0).compareTo(y.members().get(0)));
    return groups;
  }

  private static int number(Map<DocumentId, Integer> numbers, DocumentId id) {
    Integer number = numbers.get(id);
    if (number == null) {
      throw new IllegalArgumentException("judgement names a document that is not in the corpus: " + id);
    }
    return number;
  }
}
