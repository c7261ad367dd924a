/** Benchmarks. */
package org.reprint.bench;
