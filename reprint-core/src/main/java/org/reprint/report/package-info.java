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
 *   <li>{@link org.reprint.report.HtmlReport} writes one self-contained page (no scripts or styles from
 *       elsewhere) with reused passages highlighted side by side.
 * </ul>
 *
 * <p>The report package depends on the domain; nothing in the domain depends on it.
 */
package org.reprint.report;
