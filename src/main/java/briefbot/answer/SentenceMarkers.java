package briefbot.answer;

import briefbot.text.CitationMarkers;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation markers a model wrote in a sentence ("[1]", "[2, 3]"): which retrieved passages they cite, the sentence
 * without them or citing another passage, and its markers renumbered as the checked answer lists its citations.
 */
final class SentenceMarkers {

  private static final Pattern MARKER = CitationMarkers.WRITTEN;

  private SentenceMarkers() {}

  /** The sentence without its markers, its spaces single. */
  static String without(String sentence) {
    return MARKER.matcher(sentence).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }

  /** The valid passage numbers a sentence cites, in order; numbers of passages that were not retrieved are ignored. */
  static Set<Integer> cited(String sentence, int passages) {
    Set<Integer> out = new LinkedHashSet<>();
    Matcher m = MARKER.matcher(sentence);
    while (m.find()) {
      CitationMarkers.numbers(m.group(1)).stream().filter(n -> n >= 1 && n <= passages).forEach(out::add);
    }
    return out;
  }

  /** The sentence citing passage {@code n} instead of what it cited. */
  static String recited(String sentence, int n) {
    String bare = without(sentence);
    Matcher end = Pattern.compile("[.!?…]+[\"'”’»)]*$").matcher(bare);
    return end.find() ? bare.substring(0, end.start()).strip() + " [" + n + "]" + end.group()
        : bare + " [" + n + "]";
  }

  /** The sentence with each marker replaced by its renumbered citations (invalid ones removed). */
  static String renumbered(String sentence, Map<Integer, Integer> renumbered) {
    Matcher m = MARKER.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      StringBuilder markers = new StringBuilder();
      CitationMarkers.numbers(m.group(1)).stream().map(renumbered::get).filter(n -> n != null).distinct()
          .forEach(n -> markers.append('[').append(n).append(']'));
      m.appendReplacement(out, Matcher.quoteReplacement(markers.toString()));
    }
    m.appendTail(out);
    return out.toString().replaceAll("\\s+", " ").replaceAll("\\s+([.,;:!?…])", "$1")
        .strip();
  }
}
