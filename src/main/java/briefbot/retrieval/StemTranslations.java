package briefbot.retrieval;

import briefbot.retrieval.TermTable.Translation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stem's translations, each with the best weight any of its words gives it, in the order first given: a
 * {@code LinkedHashMap<String, Double>}'s order in a fraction of its memory (de>en has 200,000 stems).
 */
final class StemTranslations {

  private String[] texts = new String[4];
  private double[] weights = new double[4];
  private int size;

  void add(Translation t) {
    for (int i = 0; i < size; i++) {
      if (texts[i].equals(t.text())) {
        weights[i] = Math.max(weights[i], t.weight());
        return;
      }
    }
    if (size == texts.length) {
      texts = Arrays.copyOf(texts, size * 2);
      weights = Arrays.copyOf(weights, size * 2);
    }
    texts[size] = t.text();
    weights[size++] = t.weight();
  }

  List<Translation> translations() {
    List<Translation> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new Translation(texts[i], weights[i]));
    }
    return out;
  }
}
