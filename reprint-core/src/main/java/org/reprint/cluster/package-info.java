/**
 * Clustering: reuse families, stories, the likely original of each, and who took from whom.
 *
 * <p>A <b>reuse family</b> is a connected component of the graph whose edges are reuse relations
 * (duplicate, near-duplicate, paraphrase, partial reuse): documents linked by text that passed from one to
 * another, directly or through a chain. Components are found with a union-find over the judged pairs.
 *
 * <p>A <b>story</b> is one event: {@link org.reprint.cluster.StoryGrouping} forms stories by average-link
 * clustering, so that they cannot chain. Each distinct text starts alone; two texts are linked by a copy of
 * the whole text (duplicate, near duplicate, paraphrase) whenever it ran, or by a shared passage or a
 * {@code SAME_STORY} pair published within the story window; two groups merge while at least half of the
 * pairs between them are linked. A family can therefore reach into two stories (a wire's template
 * reused on another day), and a story can hold several families and independent reports.
 *
 * <p>{@link org.reprint.cluster.OriginalPicker} names the likely original of a group: the earliest dated
 * member; among undated (or equally dated) members, the one that is the news agency the others credit
 * (its byline or outlet names the agency, see {@link org.reprint.classify.AttributionFinder}), then the
 * one the pair directions most often name as the source, then the one holding most of the others' reused
 * text; then the member with the most complete metadata; then the first id.
 *
 * <p>{@link org.reprint.cluster.Provenance} traces each family as a tree of {@link
 * org.reprint.cluster.ProvenanceEdge}s from its original outwards, and gives each member a {@link
 * org.reprint.cluster.TimelineEntry}: the member it took from and the verbatim, reworded and own shares of
 * its words. Stories and families list their members in time order, undated ones after their source.
 */
package org.reprint.cluster;
