package org.reprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.reprint.report.Plural;
import org.reprint.server.ReprintServer;
import org.reprint.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reprint serve}: the web page and the REST API over an index, until Ctrl-C or SIGTERM. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = ReprintCommand.Version.class,
    description = {
      "Serves a web page and a REST API over an index (see the README): check an article and see it"
          + " side by side with the indexed articles it reuses, browse families and stories; through the API,"
          + " also add and remove articles. Binds to 127.0.0.1 unless --host says otherwise; beyond"
          + " loopback it needs an access token (REPRINT_TOKEN or --token-file), which every change then"
          + " needs. Ctrl-C or SIGTERM stops it after the requests in flight, with a clean last commit."
    })
final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.Mixin IndexCommand.IndexOption index;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--semantic", description = CommandOptions.SEMANTIC) boolean semantic;

  @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the access token (else REPRINT_TOKEN).")
  Path tokenFile;

  @Override
  public Integer call() throws IOException, InterruptedException {
    String token = token();
    ServerOptions options;
    try {
      options = ServerOptions.defaults(index.folder).withPort(port).withHost(host).withToken(token)
          .withRewrites(CommandOptions.rewrites(semantic));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    ReprintServer server;
    try {
      server = ReprintServer.start(options);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (java.io.UncheckedIOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    PrintWriter err = spec.commandLine().getErr();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      err.println("reprint: server stopped; the index is committed and closed");
      err.flush();
      stopped.countDown();
    }, "reprint-serve-stop"));
    if (!server.indexOpen()) {
      err.printf(java.util.Locale.ROOT, "reprint: %s is in use by another writer; the server answers 503 until"
          + " it is free, and then opens it%n", index.folder);
    }
    err.printf(java.util.Locale.ROOT, "reprint: serving %s (%s): open http://%s:%d/ in a browser; the API is"
            + " under /api/ (described at /openapi.json). Ctrl-C stops it%n",
        index.folder, Plural.of(server.documentCount(), "article"), host, server.address().getPort());
    err.flush();
    stopped.await();
    return ReprintCommand.EXIT_OK;
  }

  private String token() throws IOException {
    if (tokenFile != null) {
      if (!Files.isReadable(tokenFile)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --token-file " + tokenFile);
      }
      return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    }
    String fromEnvironment = System.getenv("REPRINT_TOKEN");
    return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
  }
}
