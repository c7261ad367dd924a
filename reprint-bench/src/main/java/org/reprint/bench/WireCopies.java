package org.reprint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * One wire story republished N times, as JSON Lines: each copy has its own id ({@code wire/I}), title,
 * outlet (one of 37) and date (November 2020), changes one figure ("more than a thousand" becomes "more
 * than 1000+I") and ends with a line of its own. Seeded (500), so the file is the same on every run.
 *
 * <pre>java -cp reprint-bench.jar org.reprint.bench.WireCopies ARTICLE.txt N OUT.jsonl</pre>
 */
public final class WireCopies {

  private WireCopies() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: WireCopies ARTICLE.txt N OUT.jsonl");
      System.exit(2);
    }
    String article = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int copies = Integer.parseInt(args[1]);
    Random random = new Random(500);
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (int i = 0; i < copies; i++) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "wire/" + i);
        record.put("title", "Report " + i + " on Armenia");
        record.put("source", "outlet-" + (i % 37));
        record.put("published", String.format(Locale.ROOT, "2020-11-%02d", 1 + random.nextInt(28)));
        record.put("text", article.replace("more than a thousand", "more than " + (1000 + i))
            + "\n\nOutlet " + i + " contributed to this report from desk " + random.nextInt(100) + ".");
        out.write(json.writeValueAsString(record));
        out.newLine();
      }
    }
  }
}
