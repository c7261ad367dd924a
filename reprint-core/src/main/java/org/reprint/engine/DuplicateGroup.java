package org.reprint.engine;

import java.util.List;
import org.reprint.document.DocumentId;

/**
 * Articles with the same words once normalized (DUPLICATE of one another), judged once through one of them.
 * A result lists the group once, with the pairs of its representative and each other member, instead of
 * the n(n-1)/2 pairs of its members; every pair that names the representative holds, with the same relation
 * and scores, for every member (the texts compared are the same words).
 *
 * @param representative the member judged against the other articles: the earliest dated, else the first id
 * @param members every member, the representative included, sorted by id
 */
public record DuplicateGroup(DocumentId representative, List<DocumentId> members) {

  public DuplicateGroup {
    members = List.copyOf(members);
    if (!members.contains(representative)) {
      throw new IllegalArgumentException("members must include the representative " + representative);
    }
  }
}
