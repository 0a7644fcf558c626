package briefbot.answer;

import briefbot.retrieval.Passage;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sentence of a retrieved passage, with the question's key terms it holds and its score. */
record Candidate(Passage passage, int position, String sentence, BitSet matched, double score, Set<String> numbers,
    Set<String> words) {

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*\\d|\\d");

  static Candidate of(Passage passage, int position, String sentence, BitSet matched, double score) {
    return new Candidate(passage, position, sentence, matched, score, numbers(sentence), words(sentence));
  }

  Candidate withScore(double newScore) {
    return new Candidate(passage, position, sentence, matched, newScore, numbers, words);
  }

  boolean hasNumbers() {
    return !numbers.isEmpty();
  }

  boolean sameArticle(Candidate other) {
    return passage.articleId().equals(other.passage.articleId());
  }

  /** Says much the same as another sentence: half or more of their longer words are shared. */
  boolean similar(Candidate other) {
    if (sentence.equals(other.sentence)) {
      return true;
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
