package briefbot.answer;

import static briefbot.answer.FigureWords.AMBIGUOUS_MONTHS;
import static briefbot.answer.FigureWords.COMPOUND_COUNT;
import static briefbot.answer.FigureWords.FEW;
import static briefbot.answer.FigureWords.HALF;
import static briefbot.answer.FigureWords.HALF_DECADE;
import static briefbot.answer.FigureWords.MONTHS;
import static briefbot.answer.FigureWords.MULTIPLIERS;
import static briefbot.answer.FigureWords.NUMBER_WORDS;
import static briefbot.answer.FigureWords.ORDINAL_WORDS;
import static briefbot.answer.FigureWords.SCALES;
import static briefbot.answer.FigureWords.SPAN_ONE;
import static briefbot.answer.FigureWords.SPAN_RELATIVE;
import static briefbot.answer.FigureWords.SPAN_UNITS;
import static briefbot.answer.FigureWords.VAGUE;
import static briefbot.answer.FigureWords.WEEKDAYS;
import static briefbot.answer.FigureWords.YEARS;

import briefbot.answer.Figures.Figure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a text's tokens, read left to right: spans of time, dates, weekdays, vague quantities, multiples,
 * numbers with their scales ("240 billion") and counted years.
 */
final class TokenFigures {

  private static final Pattern PUNCTUATION = Pattern.compile("[;:,!?()\\[\\]\"“”„«»–—.]");

  private TokenFigures() {}

  static void read(List<String> tokens, String language, Set<Figure> out) {
    Map<String, Long> numberWords = NUMBER_WORDS.getOrDefault(language, Map.of());
    Map<String, Long> ordinalWords = ORDINAL_WORDS.getOrDefault(language, Map.of());
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String word = token.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
      if (word.isEmpty() || PUNCTUATION.matcher(word).matches()) {
        continue;
      }
      if (SPAN_ONE.contains(word) && i + 2 < tokens.size() && SPAN_UNITS.containsKey(clean(tokens.get(i + 1)))
          && SPAN_RELATIVE.contains(clean(tokens.get(i + 2)))) {
        // "a month after", "een week later", "ein Jahr zuvor": a span of one, which "days after" does not back
        out.add(new Figure("s:" + SPAN_UNITS.get(clean(tokens.get(i + 1))) + ":1",
            String.join(" ", tokens.subList(i, i + 3))));
        i++;
        continue;
      }
      Integer month = MONTHS.get(word);
      if (month != null) {
        i = date(tokens, i, month, word, out);
        continue;
      }
      if (WEEKDAYS.containsKey(word)) {
        out.add(new Figure("w:" + WEEKDAYS.get(word), token));
        continue;
      }
      if (HALF_DECADE.contains(word) && i >= 2
          && HALF.contains(clean(tokens.get(i - 2)) + " " + clean(tokens.get(i - 1)))) {
        // "more than half a decade later" is five years, not a count of five of anything else
        out.add(new Figure("y:5", String.join(" ", tokens.subList(i - 2, i + 1))));
        continue;
      }
      if (VAGUE.containsKey(word)) {
        out.add(new Figure("q:" + VAGUE.get(word), token));
        continue;
      }
      if (MULTIPLIERS.containsKey(word)) {
        // "would double its contribution": a multiple is a figure, backed only where a paragraph gives that multiple
        out.add(new Figure("x:" + MULTIPLIERS.get(word), token));
        continue;
      }
      if (SCALES.containsKey(word) && i > 0 && FEW.contains(clean(tokens.get(i - 1)))) {
        // "a few hundred", "een paar duizend", "einige hundert": as vague as "hundreds", and of that order
        out.add(new Figure("q:" + (BigDecimal.valueOf(SCALES.get(word)).precision() - 1),
            tokens.get(i - 1) + " " + token));
        continue;
      }
      BigDecimal value = WrittenNumbers.number(token, numberWords, ordinalWords);
      if (value == null) {
        Matcher compound = COMPOUND_COUNT.matcher(word);
        if (compound.lookingAt()) {
          Long n = NUMBER_WORDS.getOrDefault("nl", Map.of()).getOrDefault(compound.group(1),
              NUMBER_WORDS.getOrDefault("de", Map.of()).get(compound.group(1)));
          if (n != null) {
            out.add(new Figure("n:" + n, token));
          }
        }
        continue;
      }
      if (i + 1 < tokens.size() && MONTHS.containsKey(clean(tokens.get(i + 1))) && WrittenNumbers.day(value)) {
        // "7 november", "7th of November" is read at the month
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && SCALES.containsKey(clean(tokens.get(j)))) {
        value = value.multiply(BigDecimal.valueOf(SCALES.get(clean(tokens.get(j)))));
        j++;
      }
      i = j - 1;
      out.add(new Figure("n:" + value.stripTrailingZeros().toPlainString(), token));
      if (j < tokens.size() && YEARS.contains(clean(tokens.get(j)))) {
        out.add(new Figure("y:" + value.stripTrailingZeros().toPlainString(), token));
      }
    }
  }

  /** Reads a month with the day and year next to it; returns the last token used. */
  private static int date(List<String> tokens, int i, int month, String word, Set<Figure> out) {
    Integer before = i > 0 ? WrittenNumbers.dayOf(tokens.get(i - 1)) : null;
    if (before == null && i > 1 && List.of("of", "van", "de").contains(clean(tokens.get(i - 1)))) {
      before = WrittenNumbers.dayOf(tokens.get(i - 2));
    }
    Integer after = i + 1 < tokens.size() ? WrittenNumbers.dayOf(tokens.get(i + 1)) : null;
    Integer year = null;
    int last = i;
    if (after != null) {
      last = i + 1;
    }
    int y = after != null ? i + 2 : i + 1;
    if (after != null && y + 1 < tokens.size() && tokens.get(y).equals(",")) {
      y++; // "November 7, 2024"
    }
    if (y < tokens.size() && tokens.get(y).matches("\\d{4}")) {
      year = Integer.parseInt(tokens.get(y));
      out.add(new Figure("n:" + year, tokens.get(y)));
      last = y;
    }
    Integer day = before != null ? before : after;
    if (AMBIGUOUS_MONTHS.contains(word) && day == null && year == null) {
      return i;
    }
    if (day != null) {
      out.add(new Figure("d:" + month + "-" + day, tokens.get(i)));
    } else {
      out.add(new Figure("m:" + month, tokens.get(i)));
    }
    return last;
  }

  private static String clean(String token) {
    return token.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
  }
}
