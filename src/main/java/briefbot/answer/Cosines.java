package briefbot.answer;

import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The embedding model's cosine of the question and each of some candidate sentences. */
final class Cosines {

  private final Retriever retriever;

  Cosines(Retriever retriever) {
    this.retriever = retriever;
  }

  /** Whether the embedding model reads a question of one language and a sentence of another as they are written. */
  boolean readAsWritten(String questionLanguage, String sentenceLanguage) {
    return retriever.readsAsWritten(questionLanguage, sentenceLanguage);
  }

  /**
   * The cosine of the question and each sentence, those of one language in one call; with {@code glossed}, read
   * through their English gloss where the model does not read them as written. NaN where the model reads neither way.
   */
  double[] of(Retrieval retrieval, List<Candidate> sentences, boolean glossed) {
    Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      byLanguage.computeIfAbsent(sentences.get(i).passage().language(), l -> new ArrayList<>()).add(i);
    }
    double[] out = new double[sentences.size()];
    Arrays.fill(out, Double.NaN);
    byLanguage.forEach((language, indexes) -> {
      List<String> texts = indexes.stream().map(i -> sentences.get(i).sentence()).toList();
      double[] sims = glossed ? retriever.similarity(retrieval, texts, language)
          : retriever.similarity(retrieval.question(), retrieval.language(), texts, language);
      for (int k = 0; sims != null && k < sims.length; k++) {
        out[indexes.get(k)] = sims[k];
      }
    });
    return out;
  }
}
