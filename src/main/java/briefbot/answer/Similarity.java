package briefbot.answer;

import briefbot.index.Vectors;
import briefbot.retrieval.Passage;
import briefbot.text.Sentences;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.VectorUtil;

/**
 * How near in meaning a claim is to the closest sentence (or pair of sentences) of its sources, by the embedding
 * model, for the languages that model understands; 0 when there is no model or a language it does not know.
 */
final class Similarity {

  static final Similarity NONE = new Similarity(null, Set.of());

  private final EmbeddingModel model;
  private final Set<String> languages;
  /** Each source's pieces, embedded once per check (a check is one answer or digest). */
  private final Map<Passage, List<float[]>> pieces = new java.util.IdentityHashMap<>();
  private final Map<String, float[]> claims = new HashMap<>();

  Similarity(EmbeddingModel model, Set<String> languages) {
    this.model = model;
    this.languages = Set.copyOf(languages);
  }

  /** A fresh instance for one check, sharing the model. */
  Similarity forCheck() {
    return model == null ? NONE : new Similarity(model, languages);
  }

  double nearest(String claim, String language, List<Passage> sources) {
    if (model == null || !understood(language) || sources.stream().anyMatch(p -> !understood(p.language()))) {
      return 0;
    }
    float[] mine = claims.computeIfAbsent(claim, this::embed);
    Set<String> words = stems(claim, language);
    double best = 0;
    for (Passage p : sources) {
      for (float[] piece : pieces.computeIfAbsent(p, k -> pieces(k, words))) {
        best = Math.max(best, VectorUtil.dotProduct(mine, piece)); // unit vectors: the cosine
      }
    }
    return best;
  }

  private static Set<String> stems(String text, String language) {
    return new java.util.HashSet<>(Words.stems(text, language));
  }

  private boolean understood(String language) {
    return languages.contains("*") || languages.contains(language);
  }

  /**
   * The passage's sentence that shares most words with the claim, alone and with each neighbour, embedded in one
   * batch: embedding every sentence of every cited passage would cost more than the rest of the check.
   */
  private List<float[]> pieces(Passage p, Set<String> claimStems) {
    List<String> sentences = Sentences.of(p.text(), p.language());
    int best = 0;
    long bestShared = -1;
    for (int i = 0; i < sentences.size(); i++) {
      long shared = stems(sentences.get(i), p.language()).stream().filter(claimStems::contains).count();
      if (shared > bestShared) {
        best = i;
        bestShared = shared;
      }
    }
    List<TextSegment> texts = new ArrayList<>();
    texts.add(TextSegment.from(sentences.get(best)));
    if (best > 0) {
      texts.add(TextSegment.from(sentences.get(best - 1) + " " + sentences.get(best)));
    }
    if (best + 1 < sentences.size()) {
      texts.add(TextSegment.from(sentences.get(best) + " " + sentences.get(best + 1)));
    }
    List<float[]> out = new ArrayList<>();
    model.embedAll(texts).content().forEach(e -> out.add(Vectors.normalized(e.vector())));
    return out;
  }

  private float[] embed(String text) {
    return Vectors.normalized(model.embed(text).content().vector());
  }
}
