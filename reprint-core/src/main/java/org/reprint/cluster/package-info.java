/**
 * Clustering: reuse families and stories, and the likely original of each.
 *
 * <p>A <b>reuse family</b> is a connected component of the graph whose edges are reuse relations
 * (duplicate, near-duplicate, paraphrase, partial reuse): documents linked by text that passed from one to
 * another, directly or through a chain. A <b>story</b> is a component of the larger graph that also counts
 * {@code SAME_STORY} edges: everything written about one event. Components are found with a union-find
 * over the judged pairs, so the cost is linear in the number of pairs.
 *
 * <p>{@link org.reprint.cluster.OriginalPicker} names the likely original of a group: the earliest dated
 * member; among undated (or equally dated) members, the one that is the news agency the others credit
 * (its byline or outlet names the agency, see {@link org.reprint.classify.AttributionFinder}), then the
 * one the pair directions most often name as the source, then the one holding most of the others' reused text; then the member with the most complete
 * metadata; then the first id.
 */
package org.reprint.cluster;
