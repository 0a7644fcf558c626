package briefbot.answer;

import briefbot.index.ParagraphIndex;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filters written into a question, the way search boxes take them: {@code from:Reuters} (a source, or the original's
 * site), {@code lang:nl}, {@code since:2024-11-01} and {@code until:2024-12-01}, and the words "since yesterday",
 * "this week", "this month" (in the five languages Briefbot reads). Dates are days in UTC, compared with an
 * article's published day, else the day Briefbot first saw it. An unknown {@code word:} gets a short hint.
 */
public final class Filters {

  /** What a text asks for: its words without the filters, the filter, and the filters as written back. */
  public record Parsed(String text, ParagraphIndex.Filter filter, String spec) {

    public boolean filtered() {
      return !spec.isEmpty();
    }
  }

  /** The hint every refusal ends with. */
  public static final String HINT = Answerer.messages("en").get("filterHint");

  /** {@code word:value} or {@code word:"two words"}; not a URL (value starting with /) nor a time (10:30). */
  private static final Pattern TOKEN = Pattern.compile(
      "(?<![\\p{L}\\p{N}/.@])(?<key>[A-Za-z]{2,12}):(?<value>\"[^\"]{1,80}\"|[^\\s\"/][^\\s]{0,80})");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern DAYS = Pattern.compile("(\\d{1,3})d");
  private static final List<Phrase> PHRASES = List.of(
      new Phrase("(?iu)\\b(since|from) yesterday\\b|\\bsinds gisteren\\b|\\bseit gestern\\b|\\bdepuis hier\\b"
          + "|\\bdesde ayer\\b", Span.YESTERDAY),
      new Phrase("(?iu)\\b(this week|deze week|diese woche|cette semaine|esta semana)\\b", Span.WEEK),
      new Phrase("(?iu)\\b(this month|deze maand|diesen monat|ce mois-ci|este mes)\\b", Span.MONTH));

  private enum Span { YESTERDAY, WEEK, MONTH }

  private record Phrase(Pattern pattern, Span span) {
    Phrase(String regex, Span span) {
      this(Pattern.compile(regex), span);
    }
  }

  private Filters() {}

  /** The text's filters, taken out of it; throws {@link BadQuestion} with a hint for one it does not know. */
  public static Parsed parse(String text, Clock clock) {
    Set<String> sources = new LinkedHashSet<>();
    Set<String> languages = new LinkedHashSet<>();
    Instant since = null;
    Instant until = null;
    List<String> spec = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    StringBuilder rest = new StringBuilder();
    Matcher m = TOKEN.matcher(text);
    int from = 0;
    while (m.find()) {
      String key = m.group("key").toLowerCase(Locale.ROOT);
      String value = m.group("value").replace("\"", "").strip();
      switch (key) {
        case "from", "source", "site" -> {
          sources.add(value);
          spec.add("from:" + quoted(value));
        }
        case "lang", "language" -> {
          String code = value.toLowerCase(Locale.ROOT);
          if (!LANGUAGE.matcher(code).matches()) {
            throw BadQuestion.aboutFilter("badLanguageFilter", value);
          }
          languages.add(code);
          spec.add("lang:" + code);
        }
        case "since", "after" -> {
          since = day(value, today, key).atStartOfDay(ZoneOffset.UTC).toInstant();
          spec.add("since:" + LocalDate.ofInstant(since, ZoneOffset.UTC));
        }
        case "until", "before" -> {
          until = day(value, today, key).atStartOfDay(ZoneOffset.UTC).toInstant();
          spec.add("until:" + LocalDate.ofInstant(until, ZoneOffset.UTC));
        }
        default -> throw BadQuestion.aboutFilter("unknownFilter", m.group("key"));
      }
      rest.append(text, from, m.start());
      from = m.end();
    }
    rest.append(text.substring(from));
    String words = rest.toString();
    for (Phrase phrase : PHRASES) {
      Matcher p = phrase.pattern().matcher(words);
      if (p.find()) {
        LocalDate start = start(phrase.span(), today);
        if (since == null || start.atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(since)) {
          since = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        spec.add("since:" + start);
        words = p.replaceFirst(" ");
      }
    }
    String tidy = words.replaceAll("\\s+", " ").replaceAll("\\s+([?!.,])", "$1").strip();
    return new Parsed(tidy, new ParagraphIndex.Filter(sources, languages, since, until, Set.of()),
        String.join(" ", new LinkedHashSet<>(spec)));
  }

  private static LocalDate start(Span span, LocalDate today) {
    return switch (span) {
      case YESTERDAY -> today.minusDays(1);
      case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> today.withDayOfMonth(1);
    };
  }

  /** A day: 2024-11-01, today, yesterday, or a number of days ago (7d). */
  private static LocalDate day(String value, LocalDate today, String key) {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.equals("today")) {
      return today;
    }
    if (v.equals("yesterday")) {
      return today.minusDays(1);
    }
    Matcher days = DAYS.matcher(v);
    if (days.matches()) {
      return today.minusDays(Integer.parseInt(days.group(1)));
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw BadQuestion.aboutFilter("badDateFilter", key, value);
    }
  }

  private static String quoted(String value) {
    return value.contains(" ") ? "\"" + value + "\"" : value;
  }
}
