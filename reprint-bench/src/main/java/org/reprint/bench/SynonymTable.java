package org.reprint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The built-in synonym table of the paraphrase planter: about 230 common news words, each with one or two
 * replacements, read from {@code synonyms.txt} beside this class. Lookup is by lower-cased word; a
 * capitalized word gets a capitalized replacement.
 */
final class SynonymTable {

  private final Map<String, String[]> replacements;

  private SynonymTable(Map<String, String[]> replacements) {
    this.replacements = replacements;
  }

  static SynonymTable builtIn() {
    try (InputStream stream = SynonymTable.class.getResourceAsStream("synonyms.txt")) {
      if (stream == null) {
        throw new IllegalStateException("synonyms.txt is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SynonymTable parse(BufferedReader reader) throws IOException {
    Map<String, String[]> table = new HashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      int equals = line.indexOf('=');
      if (line.isBlank() || line.startsWith("#") || equals < 0) {
        continue;
      }
      // The first entry for a word wins; a repeated word later in the file is ignored.
      table.putIfAbsent(line.substring(0, equals).strip(), line.substring(equals + 1).strip().split("\\|"));
    }
    return new SynonymTable(table);
  }

  int size() {
    return replacements.size();
  }

  /** A replacement for {@code word}, or {@code null} when the table has none. */
  String replacement(String word, SplittableRandom random) {
    String[] choices = replacements.get(word.toLowerCase(Locale.ROOT));
    if (choices == null) {
      return null;
    }
    String choice = choices[random.nextInt(choices.length)];
    boolean capitalized = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    return capitalized ? Character.toUpperCase(choice.charAt(0)) + choice.substring(1) : choice;
  }
}
