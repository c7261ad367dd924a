package org.reprint.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a publication date written the way news sites write it. A phrase must be a date as a whole, so that
 * a sentence mentioning a date is never mistaken for a date line.
 *
 * <p>Accepted: ISO dates and date-times ({@code 2020-10-31}, {@code 2020-10-31T09:15:00+03:00}; the date
 * part is kept as written, not shifted to UTC), {@code October 31, 2020}, {@code Oct. 31, 2020}, {@code Oct
 * 31, 2020}, {@code 31 October 2020}, each optionally after a weekday ({@code Saturday, October 31, 2020}).
 * Month and weekday names are English whatever the default locale.
 */
final class DateReader {

  private static final List<DateTimeFormatter> PHRASE_FORMATS =
      List.of(
          english("[EEEE, ][EEE, ]MMMM d, uuuu"),
          english("[EEEE, ][EEE, ]MMM d, uuuu"),
          english("[EEEE, ][EEE, ]d MMMM uuuu"),
          english("[EEEE, ][EEE, ]d MMM uuuu"));

  /** "Sept" is common in news copy but is not the JDK's English abbreviation ("Sep"). */
  private static final Pattern SEPTEMBER = Pattern.compile("(?i)\\bSept\\b");

  /** A period after an abbreviated month or weekday, as in "Oct. 31" or "Sat., Oct. 31". */
  private static final Pattern ABBREVIATION_PERIOD = Pattern.compile("(?<=\\b\\p{L}{3,4})\\.");

  /** "2020-10-31 09:15:00" as some feeds write it: treated as the ISO "2020-10-31T09:15:00". */
  private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)");

  private DateReader() {}

  /** An ISO date or date-time, else {@code null}. */
  static LocalDate parseIso(String value) {
    String text = SPACE_BEFORE_TIME.matcher(value.strip()).replaceFirst("$1T");
    for (DateTimeFormatter format :
        List.of(DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE)) {
      try {
        return LocalDate.from(format.parse(text));
      } catch (DateTimeParseException e) {
        // Not this form; try the next.
      }
    }
    return null;
  }

  /** A date phrase in any accepted form, else {@code null}. */
  static LocalDate parsePhrase(String value) {
    LocalDate iso = parseIso(value);
    if (iso != null) {
      return iso;
    }
    String text = ABBREVIATION_PERIOD.matcher(value.strip()).replaceAll("");
    text = SEPTEMBER.matcher(text).replaceAll("Sep");
    for (DateTimeFormatter format : PHRASE_FORMATS) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // Not this form; try the next.
      }
    }
    return null;
  }

  private static DateTimeFormatter english(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
