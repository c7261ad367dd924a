package org.reprint.cluster;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.reprint.classify.Attribution;
import org.reprint.classify.NewsAgency;
import org.reprint.classify.PairJudgement;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;

/** Names the likely original of a group; see the package notes for the order of evidence. */
final class OriginalPicker {

  private final Map<DocumentId, Metadata> metadata = new HashMap<>();
  /** Judgements by their first document, so a group reads only its own pairs. */
  private final Map<DocumentId, List<PairJudgement>> judgementsByFirst = new HashMap<>();

  /** Per document, the news agencies it credits. */
  private final Map<DocumentId, Set<NewsAgency>> credited = new HashMap<>();

  OriginalPicker(
      List<Document> documents,
      List<PairJudgement> judgements,
      Map<DocumentId, List<Attribution>> attributions) {
    for (Document document : documents) {
      metadata.put(document.id(), document.metadata());
      Set<NewsAgency> agencies = EnumSet.noneOf(NewsAgency.class);
      attributions.getOrDefault(document.id(), List.of()).forEach(a -> agencies.add(a.source()));
      credited.put(document.id(), agencies);
    }
    for (PairJudgement judgement : judgements) {
      judgementsByFirst.computeIfAbsent(judgement.first(), id -> new java.util.ArrayList<>()).add(judgement);
    }
  }

  /** A group with its likely original, and the order that named it: likelier originals first. */
  record Picked(DocumentGroup group, Comparator<DocumentId> order) {}

  Picked pick(List<DocumentId> members, Predicate<PairJudgement> linked) {
    Set<DocumentId> memberSet = new HashSet<>(members);
    Map<DocumentId, Integer> sourceVotes = new HashMap<>();
    Map<DocumentId, Double> heldText = new HashMap<>();
    for (PairJudgement judgement : ownJudgements(members)) {
      if (!linked.test(judgement) || !memberSet.contains(judgement.second())) {
        continue;
      }
      judgement.knownDirection()
          .ifPresent(direction -> sourceVotes.merge(direction.source(), 1, Integer::sum));
      // the share of the other document's words that this one holds
      heldText.merge(judgement.first(), judgement.scores().alignedShareSecond(), Double::sum);
      heldText.merge(judgement.second(), judgement.scores().alignedShareFirst(), Double::sum);
    }
    Map<DocumentId, Integer> creditedBy = creditedBy(members);
    Comparator<DocumentId> order =
        Comparator.comparing(this::dateOrMax)
            .thenComparing(id -> -creditedBy.getOrDefault(id, 0))
            .thenComparing(id -> -sourceVotes.getOrDefault(id, 0))
            .thenComparing(id -> -heldText.getOrDefault(id, 0.0))
            .thenComparing(id -> -metadata.get(id).completeness())
            .thenComparing(Comparator.naturalOrder());
    DocumentId original = members.stream().min(order).orElseThrow();
    return new Picked(new DocumentGroup(
        members, original, evidence(original, members, creditedBy, sourceVotes, heldText)), order);
  }

  /**
   * For each member that is a news agency's own copy (byline or outlet), how many other members credit that
   * agency: the agency's copy is the likely original of text the others attribute to it.
   */
  private Map<DocumentId, Integer> creditedBy(List<DocumentId> members) {
    Map<DocumentId, Integer> counts = new HashMap<>();
    for (DocumentId member : members) {
      Set<NewsAgency> own = NewsAgency.identifiedBy(metadata.get(member));
      if (own.isEmpty()) {
        continue; // most members are no agency's copy: skip the inner loop (groups can be large)
      }
      for (DocumentId other : members) {
        if (!other.equals(member) && !java.util.Collections.disjoint(own, credited.get(other))) {
          counts.merge(member, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private List<PairJudgement> ownJudgements(List<DocumentId> members) {
    List<PairJudgement> own = new java.util.ArrayList<>();
    for (DocumentId member : members) {
      own.addAll(judgementsByFirst.getOrDefault(member, List.of()));
    }
    return own;
  }

  private String evidence(
      DocumentId original,
      List<DocumentId> members,
      Map<DocumentId, Integer> creditedBy,
      Map<DocumentId, Integer> sourceVotes,
      Map<DocumentId, Double> heldText) {
    LocalDate date = metadata.get(original).published();
    if (date != null) {
      long dated = members.stream().filter(id -> metadata.get(id).published() != null).count();
      return dated == 1
          ? "the only member with a publication date (" + date + ")"
          : "earliest publication date (" + date + ")";
    }
    int credits = creditedBy.getOrDefault(original, 0);
    if (credits > 0) {
      String agencies = String.join(", ", NewsAgency.identifiedBy(metadata.get(original)).stream()
          .map(NewsAgency::shortName).toList());
      return "its byline or outlet is " + agencies + ", which " + credits + " other member(s) credit";
    }
    int votes = sourceVotes.getOrDefault(original, 0);
    if (votes > 0) {
      return "named as the source by " + votes + " pair direction(s)";
    }
    double held = heldText.getOrDefault(original, 0.0);
    int completeness = metadata.get(original).completeness();
    boolean mostHeld = true;
    boolean mostComplete = true;
    for (DocumentId member : members) {
      if (!member.equals(original)) {
        mostHeld &= held > heldText.getOrDefault(member, 0.0);
        mostComplete &= completeness > metadata.get(member).completeness();
      }
    }
    if (mostHeld) {
      return "holds most of the other members' shared text";
    }
    if (mostComplete) {
      return "the most complete metadata (" + completeness + " of 5 fields)";
    }
    return "no evidence tells the members apart; the first id is named";
  }

  private LocalDate dateOrMax(DocumentId id) {
    LocalDate date = metadata.get(id).published();
    return date == null ? LocalDate.MAX : date;
  }
}
