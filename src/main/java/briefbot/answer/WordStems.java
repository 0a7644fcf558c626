package briefbot.answer;

import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The stems {@link Words} compares a claim's words and a source's by: the index's, alike for every English form. */
final class WordStems {

  /** Single words' stems, remembered: a check asks for the same few hundred words many times. */
  private static final Map<String, List<String>> WORD_STEMS = new ConcurrentHashMap<>();
  private static final int MAX_REMEMBERED = 100_000;

  /** The stems of a text (or one word, remembered) as the index stems it, English short words alike in every form. */
  static List<String> of(String text, String language) {
    if (text.indexOf(' ') >= 0 || text.length() > 40) {
      return sameForEveryForm(Analyzers.terms(IndexFields.body(language), text), language);
    }
    if (WORD_STEMS.size() > MAX_REMEMBERED) {
      WORD_STEMS.clear();
    }
    return WORD_STEMS.computeIfAbsent(language + ":" + text,
        k -> List.copyOf(sameForEveryForm(Analyzers.terms(IndexFields.body(language), text), language)));
  }

  /** An English stem of one or more consonants and a final "i" or "y": what Porter's stemmer leaves of short verbs. */
  private static final Pattern SHORT_STEM = Pattern.compile("[b-df-hj-np-tv-xz]+[iy]");

  /**
   * English stems made the same for every form of a short word: Porter's stemmer turns "y" into "i" only after a vowel,
   * so "tried" and "tries" are "tri" but "try" is "try", "lies" and "lied" are "li", "lying" is "ly", "lie" is "lie"
   * ("sought" for "tried" went unmatched through its synonym "try"; "lies" for "ligt" through "lie"). A stem of
   * consonants and a final "i" or "y" ends in "y" after two or more consonants (try, cry, fly, spy) and in "ie" after
   * one (lie, die, tie).
   */
  static List<String> sameForEveryForm(List<String> stems, String language) {
    if (!language.equals(Words.PIVOT)) {
      return stems;
    }
    List<String> out = null;
    for (int i = 0; i < stems.size(); i++) {
      String stem = stems.get(i);
      if (stem.length() <= 4 && SHORT_STEM.matcher(stem).matches()) {
        String base = stem.substring(0, stem.length() - 1);
        String same = base.length() == 1 ? base + "ie" : base + "y";
        if (!same.equals(stem)) {
          if (out == null) {
            out = new ArrayList<>(stems);
          }
          out.set(i, same);
        }
      }
    }
    return out == null ? stems : out;
  }

  private WordStems() {}
}
