/**
 * The command line: {@code reprint scan}, its options, exit codes and progress messages.
 *
 * <p>Results go to standard output (or {@code --output FILE}); progress, warnings and errors go to standard
 * error, so {@code reprint scan DIR --format json > out.json} always yields valid JSON. Exit codes: 0 the
 * scan ran and its report was written; 1 nothing usable was found (every input skipped); 2 a usage error,
 * such as an unknown option or a missing path; 3 an unexpected internal error.
 */
package org.reprint.cli;
