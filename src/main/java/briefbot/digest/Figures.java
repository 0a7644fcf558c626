package briefbot.digest;

import briefbot.retrieval.Passage;
import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Figures of one thing that differ between the sources of a story ("about 10,000 troops" vs "up to 12,000 troops"). */
final class Figures {

  /**
   * One figure as the first of its sources wrote it, with the paragraph of each source that says it; {@code figure}
   * is its value written plainly, or a range as written ("18-30").
   */
  record Mention(List<Passage> passages, String phrase, String figure) {}

  /** Between the ends of a range: "18-30", "50 tot 75", "10 bis 12". */
  private static final String RANGE = "(?:\\s?[-–]\\s?|\\s(?:to|tot|bis|à|a)\\s)";
  private static final String NUMBER = "\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:[.,]\\d+)?";

  private static final String QUALIFIER = "(?:(?iu:about|around|approximately|nearly|almost|roughly|some|over|"
      + "more than|at least|up to|fewer than|less than|ruim|bijna|ongeveer|circa|tot|meer dan|minstens|"
      + "etwa|rund|mehr als|bis zu|environ|plus de|jusqu'à|unos|más de|hasta)\\s+)?";
  private static final Pattern FIGURE = Pattern.compile("\\b(" + QUALIFIER
      + "((?:(?:" + NUMBER + ")" + RANGE + ")?(?:" + NUMBER + "))"
      + "(?:\\s*(%|(?iu:percent|per cent|procent|prozent|pour cent|por ciento)))?"
      + "(?:\\s+(?:\\p{Lu}[\\p{L}-]*|\\p{Ll}[\\p{L}-]*-[\\p{L}-]+)){0,2}\\s+(\\p{L}{3,}))");
  private static final Pattern RANGE_WRITTEN = Pattern.compile("^.*\\d" + RANGE);
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");

  private static final Set<String> MONTHS = months();

  private Figures() {}

  /**
   * The mentions of the one thing whose figure differs most widely between articles, or none. A figure is of the same
   * thing when it counts the same unit and its sentence shares a word of five letters or more with the first
   * such sentence ("containers … on the Maasvlakte"): "unemployment for 29 years" and "a waiter for 10 years" count
   * years of different things, and do not differ. A day of a month is a date, not a count.
   */
  static List<Mention> differing(List<Passage> passages) {
    Map<String, List<Found>> byUnit = new LinkedHashMap<>();
    for (Passage p : passages) {
      Matcher m = FIGURE.matcher(p.text());
      while (m.find()) {
        String unit = unit(m.group(4), m.group(3));
        BigDecimal value = value(m.group(2));
        if ((value.compareTo(BigDecimal.TEN) >= 0 || m.group(3) != null) && !MONTHS.contains(unit)) {
          byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(new Found(
              new Mention(List.of(p), m.group(1).strip(), figure(m.group(2), value)), context(p.text(), m, unit)));
        }
      }
    }
    List<Mention> best = List.of();
    for (List<Found> found : byUnit.values()) {
      Collection<Mention> mentions = ofOneThing(found);
      List<Mention> figures = sameFiguresJoined(mentions);
      if (mentions.size() >= 2 && figures.size() >= 2 && mentions.size() > articles(best)) {
        best = figures;
      }
    }
    return best.size() > 3 ? best.subList(0, 3) : best;
  }

  /** A figure found, with the longer words of its sentence other than its unit. */
  private record Found(Mention mention, Set<String> context) {}

  /** The first figure found and, from each other article, its first figure whose sentence shares a word with it. */
  private static Collection<Mention> ofOneThing(List<Found> found) {
    Found first = found.get(0);
    Map<String, Mention> byArticle = new LinkedHashMap<>();
    byArticle.put(first.mention().passages().get(0).articleId(), first.mention());
    for (Found f : found) {
      String article = f.mention().passages().get(0).articleId();
      if (!byArticle.containsKey(article) && !Collections.disjoint(first.context(), f.context())) {
        byArticle.put(article, f.mention());
      }
    }
    return byArticle.values();
  }

  private static Set<String> context(String text, Matcher figure, String unit) {
    int from = Math.max(text.lastIndexOf(". ", figure.start()), 0);
    int to = text.indexOf(". ", figure.end());
    Set<String> words = new HashSet<>();
    for (String w : text.substring(from, to < 0 ? text.length() : to).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 5 && !w.equals(unit) && !unit(w, null).equals(unit)) {
        words.add(w);
      }
    }
    return words;
  }

  private static Set<String> months() {
    Set<String> out = new HashSet<>();
    for (String language : List.of("en", "nl", "de", "es", "fr")) {
      for (Month month : Month.values()) {
        out.add(month.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language)).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * One mention per figure, cited to every source that gives it: sources that agree are not a difference ("16
   * miljoen [9]; 16 miljoen [10]" is one figure twice).
   */
  private static List<Mention> sameFiguresJoined(Collection<Mention> mentions) {
    Map<String, Mention> byValue = new LinkedHashMap<>();
    for (Mention m : mentions) {
      byValue.merge(m.figure(), m, (a, b) -> new Mention(
          Stream.concat(a.passages().stream(), b.passages().stream()).toList(), a.phrase(), a.figure()));
    }
    return new ArrayList<>(byValue.values());
  }

  private static int articles(List<Mention> mentions) {
    return mentions.stream().mapToInt(m -> m.passages().size()).sum();
  }

  /** "troops" and "troop" are one thing; a percentage is its own unit whatever follows. */
  private static String unit(String word, String percent) {
    if (percent != null) {
      return "%";
    }
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  private static String figure(String written, BigDecimal value) {
    return RANGE_WRITTEN.matcher(written).find() ? written.replaceAll("\\s+", " ")
        : value.stripTrailingZeros().toPlainString();
  }

  /** The figure's value; of a range ("18-30 miljoen") its upper end, which the phrase shows with the lower. */
  private static BigDecimal value(String figure) {
    String number = RANGE_WRITTEN.matcher(figure).replaceFirst("").strip();
    if (THOUSANDS.matcher(number).matches()) {
      return new BigDecimal(number.replaceAll("[.,]", ""));
    }
    return new BigDecimal(number.replace(',', '.'));
  }
}
