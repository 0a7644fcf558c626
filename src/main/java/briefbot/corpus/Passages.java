package briefbot.corpus;

import briefbot.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an over-long paragraph into passages of a few sentences. Scraped articles often come without paragraph
 * breaks (a whole DPG article is one 17,000-character line); a citation must point at the sentences it rests on, so
 * each passage becomes a numbered paragraph of its own, in the place the text had.
 */
final class Passages {

  /** A paragraph longer than this is cut. */
  static final int LONGEST = 1200;
  /** The length passages aim at. */
  static final int TARGET = 700;

  private Passages() {}

  static List<String> of(String text, String language) {
    if (text.isEmpty()) {
      return List.of();
    }
    if (text.length() <= LONGEST) {
      return List.of(text);
    }
    List<String> pieces = new ArrayList<>();
    for (String sentence : sentences(text, language)) {
      pieces.addAll(cut(sentence));
    }
    int count = (text.length() + TARGET - 1) / TARGET;
    int size = text.length() / count;
    List<String> passages = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String piece : pieces) {
      if (current.length() > 0 && (current.length() >= size || current.length() + 1 + piece.length() > LONGEST)) {
        passages.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(piece);
    }
    if (current.length() > 0) {
      passages.add(current.toString());
    }
    return passages;
  }

  /** The sentences of the text, cut from the text itself at the splitter's sentence starts, so no word is lost. */
  private static List<String> sentences(String text, String language) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int from = 0;
    for (String sentence : Sentences.of(text, language)) {
      int at = text.indexOf(sentence, from);
      if (at < 0) {
        continue;
      }
      // A title ending in "!" or "?" inside a sentence ("Paul pakt uit!, het nieuwe programma") is no sentence end.
      if (at > start && ",;:".indexOf(text.charAt(at)) < 0) {
        out.add(text.substring(start, at).strip());
        start = at;
      }
      from = at + sentence.length();
    }
    out.add(text.substring(start).strip());
    out.removeIf(String::isEmpty);
    return out;
  }

  /** A sentence too long to stay whole, cut at a clause (";", ":", ",") near its middle, else at a space. */
  private static List<String> cut(String sentence) {
    if (sentence.length() <= LONGEST) {
      return List.of(sentence);
    }
    int middle = sentence.length() / 2;
    int at = -1;
    for (String mark : new String[] {"; ", ": ", ", ", " "}) {
      int before = sentence.lastIndexOf(mark, middle);
      int after = sentence.indexOf(mark, middle);
      int best = before < 0 ? after : after < 0 ? before : middle - before <= after - middle ? before : after;
      if (best > LONGEST / 4 && best < sentence.length() - LONGEST / 4) {
        at = best + mark.length() - 1;
        break;
      }
    }
    if (at < 0) {
      at = middle;
    }
    List<String> out = new ArrayList<>(cut(sentence.substring(0, at).strip()));
    out.addAll(cut(sentence.substring(at).strip()));
    return out;
  }
}
