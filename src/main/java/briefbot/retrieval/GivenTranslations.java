package briefbot.retrieval;

import java.util.Arrays;

/**
 * A word's translations during a dictionary conversion, in the order first seen, each with which dictionaries gave
 * it: what a {@code LinkedHashMap<String, Given>} holds, in a third of its memory (a conversion holds half a million
 * of them at once).
 */
final class GivenTranslations {

  private String[] texts = new String[2];
  private Given[] given = new Given[2];
  private int size;

  /** Adds a translation at the end, or merges it into the one already given (a word has a few: a scan finds it). */
  void merge(String text, Given more) {
    for (int i = 0; i < size; i++) {
      if (texts[i].equals(text)) {
        given[i] = given[i].and(more);
        return;
      }
    }
    if (size == texts.length) {
      texts = Arrays.copyOf(texts, size * 2);
      given = Arrays.copyOf(given, size * 2);
    }
    texts[size] = text;
    given[size++] = more;
  }

  int size() {
    return size;
  }

  String text(int i) {
    return texts[i];
  }

  Given given(int i) {
    return given[i];
  }
}
