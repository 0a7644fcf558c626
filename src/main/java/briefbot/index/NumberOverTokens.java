package briefbot.index;

import static briefbot.index.NumberWords.ARTICLES;
import static briefbot.index.NumberWords.HUNDREDS;
import static briefbot.index.NumberWords.JOINS;
import static briefbot.index.NumberWords.SCALES;
import static briefbot.index.NumberWords.UNITS;
import static briefbot.index.Quantities.canonical;

import briefbot.index.Quantities.Found;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** The longest number written over tokens from a start: digits, words, glued words and scales, added up. */
final class NumberOverTokens {

  private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
  private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");

  private NumberOverTokens() {}

  /** The longest number starting at token {@code i}, or null. */
  static Found number(List<String> tokens, int i) {
    Parse p = new Parse();
    int last = -1;
    boolean pendingArticle = false;
    boolean joined = false;
    for (int j = i; j < tokens.size(); j++) {
      String t = tokens.get(j);
      if (j == i && ARTICLES.contains(t) && !UNITS.containsKey(t)) {
        pendingArticle = true;
        continue;
      }
      if (j > i && JOINS.contains(t) && last == j - 1 && j + 1 < tokens.size() && p.accepts(tokens.get(j + 1))) {
        joined = true;
        continue;
      }
      boolean adjacent = j == i || last == j - 1 || (joined && last == j - 2) || pendingArticle;
      if (!p.add(t, adjacent)) {
        break;
      }
      if (pendingArticle && !p.scaled) {
        return null; // "a two" is no number; "a hundred", "een miljoen" are
      }
      pendingArticle = false;
      joined = false;
      last = j;
    }
    if (last < 0 || p.value == null) {
      return null;
    }
    if (ARTICLES.contains(tokens.get(i)) && last == i) {
      return null; // "one" alone, "un", "een": an article or pronoun far more often than a number
    }
    return new Found(i, last, canonical(p.total()));
  }

  /** Adds up a number over its tokens: digits, words, glued words, scales. */
  private static final class Parse {
    BigDecimal value;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    boolean digits;
    boolean scaled;
    boolean words;

    boolean accepts(String t) {
      return UNITS.containsKey(t) || HUNDREDS.containsKey(t) || SCALES.containsKey(t) || NumberWords.glues(t);
    }

    BigDecimal total() {
      return total.add(current);
    }

    boolean add(String t, boolean adjacent) {
      if (!adjacent) {
        return false;
      }
      if (value == null) {
        BigDecimal d = Quantities.digits(t);
        if (d != null) {
          digits = true;
          value = d;
          current = d;
          return true;
        }
      } else if (digits && !scaled && !words && THREE_DIGITS.matcher(t).matches()
          && SHORT_NUMBER.matcher(current.toPlainString()).matches() && current.scale() == 0) {
        current = current.multiply(BigDecimal.valueOf(1000)).add(new BigDecimal(t)); // "10 000"
        return true;
      }
      if (digits && !SCALES.containsKey(t)) {
        return false; // digits take only a scale after them: "10 million", not "10 two"
      }
      List<String> pieces = UNITS.containsKey(t) || HUNDREDS.containsKey(t) || SCALES.containsKey(t)
          ? List.of(t) : NumberWords.glued(t);
      if (pieces == null) {
        return false;
      }
      for (String piece : pieces) {
        apply(piece);
      }
      value = total();
      return true;
    }

    private void apply(String piece) {
      if (UNITS.containsKey(piece)) {
        current = current.add(BigDecimal.valueOf(UNITS.get(piece)));
        words = true;
      } else if (HUNDREDS.containsKey(piece)) {
        int times = HUNDREDS.get(piece);
        BigDecimal base = times > 1 ? BigDecimal.valueOf(times) : current.signum() == 0 ? BigDecimal.ONE : current;
        current = base.multiply(BigDecimal.valueOf(100));
        words = true;
        scaled = true;
      } else if (SCALES.containsKey(piece)) {
        BigDecimal base = current.signum() == 0 ? BigDecimal.ONE : current;
        BigDecimal scale = BigDecimal.valueOf(SCALES.get(piece));
        if (total.signum() > 0 && total.compareTo(scale) < 0 && current.signum() == 0) {
          total = total.multiply(scale); // "mil millones": a thousand millions
        } else {
          total = total.add(base.multiply(scale));
        }
        current = BigDecimal.ZERO;
        scaled = true;
      } // "en", "und" inside a glued word join; they add nothing
    }
  }
}
