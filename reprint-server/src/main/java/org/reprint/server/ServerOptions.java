package org.reprint.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a server runs.
 *
 * @param index the index folder (created when absent)
 * @param host the address to bind: 127.0.0.1 unless the server must be reached from elsewhere
 * @param port the port, 0 for any free one
 * @param token the access token, or null; required to bind beyond loopback, and then by every request that
 *     changes the index
 * @param maxBodyBytes the largest request body accepted (413 beyond it)
 * @param maxBatch the most articles one addition may hold (413 beyond it)
 * @param threads worker threads serving requests
 * @param rewrites the rewrite detector checks and pages judge with ({@code ScanOptions.withRewrites}), or
 *     null (default: none)
 */
public record ServerOptions(
    Path index, String host, int port, String token, long maxBodyBytes, int maxBatch, int threads,
    org.reprint.align.RewriteDetector rewrites) {

  public ServerOptions {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1, got " + maxBodyBytes);
    }
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1, got " + maxBatch);
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be between 1 and 256, got " + threads);
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
  }

  /** The options before a rewrite detector could be given: for callers written against them. */
  public ServerOptions(
      Path index, String host, int port, String token, long maxBodyBytes, int maxBatch, int threads) {
    this(index, host, port, token, maxBodyBytes, maxBatch, threads, null);
  }

  /** Loopback, port 8080, no token, 8 MiB bodies, 1,000 articles a batch, 4 threads, no rewrite detector. */
  public static ServerOptions defaults(Path index) {
    return new ServerOptions(index, "127.0.0.1", 8080, null, 8L << 20, 1000, 4, null);
  }

  /** These options with a rewrite detector for every judgement the server makes (null: none). */
  public ServerOptions withRewrites(org.reprint.align.RewriteDetector detector) {
    return new ServerOptions(index, host, port, token, maxBodyBytes, maxBatch, threads, detector);
  }

  public ServerOptions withPort(int newPort) {
    return new ServerOptions(index, host, newPort, token, maxBodyBytes, maxBatch, threads, rewrites);
  }

  public ServerOptions withHost(String newHost) {
    return new ServerOptions(index, newHost, port, token, maxBodyBytes, maxBatch, threads, rewrites);
  }

  public ServerOptions withToken(String newToken) {
    return new ServerOptions(index, host, port, newToken, maxBodyBytes, maxBatch, threads, rewrites);
  }

  public ServerOptions withLimits(long newMaxBodyBytes, int newMaxBatch) {
    return new ServerOptions(index, host, port, token, newMaxBodyBytes, newMaxBatch, threads, rewrites);
  }
}
