/**
 * The Reprint server: a web page and a REST API over the on-disk index, on the JDK's own {@code HttpServer}.
 *
 * <p>{@link org.reprint.server.ReprintServer} routes requests; {@link org.reprint.server.WebPages} builds the
 * page's screens (check, match, article, family, story) from the views the static report uses
 * ({@code org.reprint.report.HtmlViews}); {@link org.reprint.server.FormData} reads the check form's upload.
 * Every response forbids scripts (Content-Security-Policy {@code default-src 'none'}), and the page has none.
 *
 * <p>The server is one more way into the one pipeline, with no pipeline of its own: a check runs
 * {@code Engine.query} on a snapshot of the index (the same candidate source as {@code reprint query}), a
 * family or a story is a set of such queries ({@code IndexNeighbourhood}), and an addition is analyzed by
 * the engine's {@code DocumentAnalyzer} and written by {@code ReprintIndex}. Additions are acknowledged once durable; concurrent additions share one commit ({@link
 * org.reprint.server.GroupCommit}).
 *
 * <p>It binds to 127.0.0.1 unless told otherwise, and refuses to listen beyond loopback without an access
 * token; with a token, every request that changes the index must carry it ({@code Authorization: Bearer}).
 */
package org.reprint.server;
