package org.reprint.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Converts the Reuters-21578 collection (Lewis 1997; SGML files {@code reut2-*.sgm}, latin-1 bytes) into the
 * JSON Lines input that {@code reprint scan} reads, one record per story that has a {@code <BODY>}.
 *
 * <p>A record holds {@code id} ({@code "reuters-" + NEWID}), {@code title} (when the story has one), {@code
 * published}, {@code source} ({@code "reuters"}) and {@code text} (the body). {@code published} is the story's
 * {@code DATE} ({@code 26-FEB-1987 15:01:01.79}) as an ISO local date-time ({@code 1987-02-26T15:01:01.79});
 * a date whose time is garbled ({@code 31-MAR-1987 605:12:19.12}) keeps only its ISO date, and an
 * unreadable date is left out. Title and body have their SGML entities decoded ({@code &lt; &gt; &amp;
 * &#NN;}); control characters other than tab and line feed, such as the {@code &#3;} end-of-text mark, are
 * dropped.
 *
 * <p>Usage: {@code java -cp reprint-bench/target/reprint-bench.jar org.reprint.evaluation.ReutersToJsonLines
 * INPUT_DIR OUTPUT.jsonl}. The record count goes to standard error.
 */
public final class ReutersToJsonLines {

  private static final Pattern STORY =
      Pattern.compile("<REUTERS\\b([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern NEW_ID = Pattern.compile("\\bNEWID=\"(\\d+)\"");
  private static final Pattern DATE = Pattern.compile("<DATE>(.*?)</DATE>", Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|#(\\d{1,7}));");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\s*(\\d{1,2})-([A-Za-z]{3})-(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,2}))?)?");

  /** English month abbreviations as the collection writes them; no locale involved. */
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3), Map.entry("APR", 4),
          Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7), Map.entry("AUG", 8),
          Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));

  /**
   * One JSON Lines record; {@code null} fields are left out.
   *
   * @param id {@code "reuters-" + NEWID}
   * @param title the headline, entities decoded
   * @param published ISO local date-time, or ISO date when the time is unreadable
   * @param source always {@code "reuters"}
   * @param text the body, entities decoded
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "title", "published", "source", "text"})
  public record Story(String id, String title, String published, String source, String text) {}

  private ReutersToJsonLines() {}

  public static void main(String[] arguments) throws IOException {
    if (arguments.length != 2) {
      System.err.println(
          "usage: java -cp reprint-bench.jar org.reprint.bench.ReutersToJsonLines INPUT_DIR OUTPUT.jsonl");
      System.exit(2);
    }
    long count = convert(Path.of(arguments[0]), Path.of(arguments[1]));
    System.err.println(count + " records written to " + arguments[1]);
  }

  /** Converts every {@code reut2-*.sgm} under {@code inputDirectory}, in name order; returns the count. */
  public static long convert(Path inputDirectory, Path output) throws IOException {
    List<Path> files = sgmlFiles(inputDirectory);
    if (files.isEmpty()) {
      throw new IOException("no reut2-*.sgm files in " + inputDirectory);
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    ObjectMapper mapper = new ObjectMapper();
    long[] count = {0};
    try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (Path file : files) {
        String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
        stories(sgml, story -> writeLine(mapper, writer, story, count));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return count[0];
  }

  /** Calls {@code sink} with every story of one SGML file that has a body, in file order. */
  public static void stories(String sgml, Consumer<Story> sink) {
    Matcher story = STORY.matcher(sgml);
    while (story.find()) {
      Matcher newId = NEW_ID.matcher(story.group(1));
      String content = story.group(2);
      String body = firstGroup(BODY, content);
      if (!newId.find() || body == null) {
        continue;
      }
      String title = firstGroup(TITLE, content);
      String date = firstGroup(DATE, content);
      sink.accept(
          new Story(
              "reuters-" + newId.group(1),
              title == null ? null : decode(title).strip(),
              date == null ? null : isoDate(decode(date)),
              "reuters",
              decode(body)));
    }
  }

  /** Decodes {@code &lt; &gt; &amp; &#NN;} and drops control characters other than tab and line feed. */
  static String decode(String sgml) {
    StringBuilder text = new StringBuilder(sgml.length());
    Matcher entity = ENTITY.matcher(sgml);
    int last = 0;
    while (entity.find()) {
      appendVisible(text, sgml, last, entity.start());
      switch (entity.group(1)) {
        case "lt" -> text.append('<');
        case "gt" -> text.append('>');
        case "amp" -> text.append('&');
        default -> appendCodePoint(text, Integer.parseInt(entity.group(2)));
      }
      last = entity.end();
    }
    appendVisible(text, sgml, last, sgml.length());
    return text.toString();
  }

  /** The ISO form of a Reuters date, or {@code null} when its date part cannot be read. */
  static String isoDate(String reutersDate) {
    Matcher parts = DATE_TIME.matcher(reutersDate);
    if (!parts.lookingAt()) {
      return null;
    }
    Integer month = MONTHS.get(parts.group(2).toUpperCase(Locale.ROOT));
    if (month == null) {
      return null;
    }
    LocalDate date;
    try {
      date =
          LocalDate.of(Integer.parseInt(parts.group(3)), month, Integer.parseInt(parts.group(1)));
    } catch (DateTimeException e) {
      return null;
    }
    if (parts.group(4) == null) {
      return date.toString();
    }
    try {
      String hundredths = parts.group(7) == null ? "0" : parts.group(7);
      // "01.79" means 79 hundredths, "06.7" 7 tenths: scale the digits to nanoseconds.
      int nanos = Integer.parseInt(hundredths) * (hundredths.length() == 1 ? 100_000_000 : 10_000_000);
      LocalDateTime time =
          date.atTime(
              Integer.parseInt(parts.group(4)),
              Integer.parseInt(parts.group(5)),
              Integer.parseInt(parts.group(6)),
              nanos);
      return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
    } catch (DateTimeException e) {
      return date.toString();
    }
  }

  private static void appendVisible(StringBuilder text, String sgml, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = sgml.charAt(i);
      if (!isDropped(c)) {
        text.append(c);
      }
    }
  }

  private static void appendCodePoint(StringBuilder text, int codePoint) {
    if (Character.isValidCodePoint(codePoint) && !isDropped(codePoint)) {
      text.appendCodePoint(codePoint);
    }
  }

  private static boolean isDropped(int codePoint) {
    return Character.isISOControl(codePoint) && codePoint != '\n' && codePoint != '\t';
  }

  private static String firstGroup(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static List<Path> sgmlFiles(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      List<Path> files = new ArrayList<>();
      entries
          .filter(path -> path.getFileName().toString().matches("reut2-\\d+\\.sgm"))
          .sorted()
          .forEach(files::add);
      return files;
    }
  }

  private static void writeLine(ObjectMapper mapper, Writer writer, Story story, long[] count) {
    try {
      writer.write(mapper.writeValueAsString(story));
      writer.write('\n');
      count[0]++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
