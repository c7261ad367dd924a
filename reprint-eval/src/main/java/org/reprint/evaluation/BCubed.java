package org.reprint.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision and recall of a clustering against gold clusters (Bagga and Baldwin 1998; Amigó et al.
 * 2009, "A comparison of extrinsic clustering evaluation metrics"). For each item, precision is the share
 * of its predicted cluster that shares its gold cluster, recall the share of its gold cluster that shares
 * its predicted cluster; both are averaged over the items. Unlike pairwise scores, an item in a large
 * cluster weighs no more than an item alone.
 *
 * @param precision the mean per-item precision
 * @param recall the mean per-item recall
 * @param items the items scored
 */
public record BCubed(double precision, double recall, int items) {

  /**
   * Scores {@code items}, each placed by {@code gold} and {@code predicted} (cluster keys); an item missing
   * from a map is a cluster of its own.
   *
   * @throws IllegalArgumentException if {@code items} is empty
   */
  public static BCubed of(List<String> items, Map<String, String> gold, Map<String, String> predicted) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items must not be empty");
    }
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> bothSize = new HashMap<>();
    for (String item : items) {
      goldSize.merge(key(gold, item), 1, Integer::sum);
      predictedSize.merge(key(predicted, item), 1, Integer::sum);
      bothSize.merge(key(gold, item) + "\u0000" + key(predicted, item), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (String item : items) {
      int both = bothSize.get(key(gold, item) + "\u0000" + key(predicted, item));
      precision += (double) both / predictedSize.get(key(predicted, item));
      recall += (double) both / goldSize.get(key(gold, item));
    }
    return new BCubed(precision / items.size(), recall / items.size(), items.size());
  }

  /** The item's cluster key; an item no cluster holds is its own, under a key no real cluster has. */
  private static String key(Map<String, String> clusters, String item) {
    String cluster = clusters.get(item);
    return cluster != null ? "c:" + cluster : "alone:" + item;
  }
}
