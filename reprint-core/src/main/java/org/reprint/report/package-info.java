/**
 * Reports: how a {@link org.reprint.engine.ScanResult} is shown to people and programs.
 *
 * <ul>
 *   <li>{@link org.reprint.report.JsonReport} writes one JSON object in the versioned schema
 *       {@value org.reprint.report.JsonReport#SCHEMA}, documented in {@code docs/report-schema.md}. The JSON is
 *       built from data-transfer records ({@link org.reprint.report.ScanReport} and its parts), separate from
 *       the domain records, so that the domain can change without breaking readers. It holds no timings, so
 *       the same input always gives byte-identical output.
 *   <li>{@link org.reprint.report.TerminalReport} prints families, stories and a pair table for a person at
 *       a terminal.
 *   <li>{@link org.reprint.report.HtmlViews} are the HTML views the static report and the server's web
 *       page share (an article's label, a relation, scores, the legend, two texts side by side with
 *       passages and numbered divergences), with one style sheet, {@code reprint.css}. They are built with
 *       jsoup's element API, which escapes every text and attribute, so article text never becomes markup.
 *   <li>{@link org.reprint.report.HtmlReport} writes one self-contained page from those views: contents,
 *       relation filters (checkboxes read by the style sheet, no script), families, stories in time order,
 *       folded pairs, articles, all linked.
 * </ul>
 *
 * <p>The report package depends on the domain; nothing in the domain depends on it.
 */
package org.reprint.report;
