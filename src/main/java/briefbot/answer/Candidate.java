package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Passage;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sentence of a retrieved passage, with the question's key terms it holds and its score. */
record Candidate(Passage passage, int position, String sentence, BitSet matched, double score, boolean typed,
    Set<String> numbers, Set<String> words, Set<String> names, double[] features, double rank) {

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*\\d|\\d");
  private static final Pattern NAME = Pattern.compile("(?u)(?<=\\s)\\p{Lu}[\\p{L}-]{2,}");

  /** {@code typed}: the sentence holds the kind of answer the question asks for. */
  static Candidate of(Passage passage, int position, String sentence, BitSet matched, double score, boolean typed) {
    return new Candidate(passage, position, sentence, matched, score, typed, numbers(sentence), words(sentence),
        names(sentence), new double[0], score);
  }

  /** This sentence with the answer-sentence model's features and score. */
  Candidate ranked(double[] x, double modelScore) {
    return new Candidate(passage, position, sentence, matched, score, typed, numbers, words, names, x, modelScore);
  }

  boolean hasNumbers() {
    return !numbers.isEmpty();
  }

  boolean sameArticle(Candidate other) {
    return passage.articleId().equals(other.passage.articleId());
  }

  /**
   * Says much the same as another sentence: half or more of their longer words are shared, or, in two languages,
   * the same names and figures ("Biden traf Yoon in Lima" and "Biden se reunió con Yoon en Lima").
   */
  boolean similar(Candidate other) {
    if (sentence.equals(other.sentence)) {
      return true;
    }
    if (!passage.language().equals(other.passage.language())) {
      Set<String> mine = new HashSet<>(names);
      mine.addAll(numbers);
      Set<String> theirs = new HashSet<>(other.names);
      theirs.addAll(other.numbers);
      Set<String> common = new HashSet<>(mine);
      common.retainAll(theirs);
      return common.size() >= 2 && common.size() * 2 >= Math.min(mine.size(), theirs.size());
    }
    Set<String> union = new HashSet<>(words);
    union.addAll(other.words);
    Set<String> common = new HashSet<>(words);
    common.retainAll(other.words);
    return !union.isEmpty() && (double) common.size() / union.size() >= 0.5;
  }

  /** Figures with thousands separators removed, so "12.000" and "12,000" compare equal. */
  private static Set<String> numbers(String sentence) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      out.add(m.group().replaceAll("[.,]", ""));
    }
    return out;
  }

  /** Capitalised words past the first, accents folded: what stays the same when a sentence is translated. */
  private static Set<String> names(String sentence) {
    Set<String> out = new HashSet<>();
    Matcher m = NAME.matcher(sentence);
    while (m.find()) {
      out.add(LanguageDetector.fold(m.group()));
    }
    return out;
  }

  private static Set<String> words(String sentence) {
    Set<String> out = new HashSet<>();
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 3) {
        out.add(w);
      }
    }
    return out;
  }
}
