package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Retriever;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The question's phrases (two content words in a row) and the share of them a sentence says as the question does. */
final class Phrases {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Phrases() {}

  /**
   * The words of a text that are not stop words, each without its accents as the stem its language's analyser makes
   * of it (as the question's concepts are matched, in the language's field and the accent-folded one: "dredged" and
   * "dredging" alike, "Beyonce" and "Beyoncé" alike), in order; a word the analyser drops is left out.
   */
  static List<String> contentWords(String text, String language) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (!Retriever.isStopWord(w)) {
        out.addAll(Words.stems(LanguageDetector.fold(w), language));
      }
    }
    return out;
  }

  /**
   * The share of the question's phrases (two content words in a row) that the sentence also says in a row: "first
   * world tour" in "her first worldwide concert tour" is not, in "Beyoncé's first world tour began" it is.
   */
  static double shareSaid(List<String> asked, String sentence, String language) {
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < asked.size(); i++) {
      pairs.add(asked.get(i) + " " + asked.get(i + 1));
    }
    if (pairs.isEmpty()) {
      return 0;
    }
    List<String> said = contentWords(sentence, language);
    Set<String> found = new HashSet<>();
    for (int i = 0; i + 1 < said.size(); i++) {
      String pair = said.get(i) + " " + said.get(i + 1);
      if (pairs.contains(pair)) {
        found.add(pair);
      }
    }
    return (double) found.size() / pairs.size();
  }
}
