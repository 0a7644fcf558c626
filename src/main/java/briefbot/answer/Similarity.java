package briefbot.answer;

import briefbot.index.Vectors;
import briefbot.retrieval.Passage;
import briefbot.text.Sentences;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.apache.lucene.util.VectorUtil;

/**
 * How near in meaning a claim is to the closest sentence (or pair of sentences) of its sources, by the embedding
 * model; text in a language the model does not understand is compared as its English gloss when there is one, and
 * otherwise scores 0 (as with no model).
 */
final class Similarity {

  static final Similarity NONE = new Similarity(null, Set.of());

  private final EmbeddingModel model;
  private final Set<String> languages;
  /** (text, language) -> its English gloss, or null when there is none. */
  private final BinaryOperator<String> gloss;
  /** Each source's sentences (glossed when the model does not read its language), split once per check. */
  private final Map<Passage, List<String>> sentences = new IdentityHashMap<>();
  /** Pieces of sources embedded once per check (a check is one answer or digest). */
  private final Map<String, float[]> pieces = new HashMap<>();
  private final Map<String, float[]> claims = new HashMap<>();

  Similarity(EmbeddingModel model, Set<String> languages) {
    this(model, languages, null);
  }

  private Similarity(EmbeddingModel model, Set<String> languages, BinaryOperator<String> gloss) {
    this.model = model;
    this.languages = Set.copyOf(languages);
    this.gloss = gloss;
  }

  /** The same model, reading text in other languages as {@code gloss} renders it in English. */
  Similarity glossing(BinaryOperator<String> gloss) {
    return model == null || languages.contains("*") || !languages.contains("en") ? this
        : new Similarity(model, languages, gloss);
  }

  /** A fresh instance for one check, sharing the model. */
  Similarity forCheck() {
    return model == null ? NONE : new Similarity(model, languages, gloss);
  }

  double nearest(String claim, String language, List<Passage> sources) {
    if (model == null || !readable(language) || sources.stream().anyMatch(p -> !readable(p.language()))) {
      return 0;
    }
    String mine = understood(language) ? claim : gloss.apply(claim, language);
    float[] vector = claims.computeIfAbsent(mine, this::embed);
    Set<String> words = stems(mine, understood(language) ? language : "en");
    double best = 0;
    for (Passage p : sources) {
      for (float[] piece : pieces(p, words)) {
        best = Math.max(best, VectorUtil.dotProduct(vector, piece)); // unit vectors: the cosine
      }
    }
    return best;
  }

  private static Set<String> stems(String text, String language) {
    return new HashSet<>(Words.stems(text, language));
  }

  private boolean understood(String language) {
    return languages.contains("*") || languages.contains(language);
  }

  private boolean readable(String language) {
    return understood(language) || gloss != null;
  }

  /**
   * The passage's sentence that shares most words with the claim, alone and with each neighbour, embedded in one
   * batch: embedding every sentence of every cited passage would cost more than the rest of the check. Each claim
   * picks its own sentence, so a claim's score does not depend on which claims were checked before it.
   */
  private List<float[]> pieces(Passage p, Set<String> claimStems) {
    boolean own = understood(p.language());
    List<String> all = sentences.computeIfAbsent(p, k -> Sentences.of(k.text(), k.language()).stream()
        .map(s -> own ? s : gloss.apply(s, k.language())).toList());
    String language = own ? p.language() : "en";
    int best = 0;
    long bestShared = -1;
    for (int i = 0; i < all.size(); i++) {
      long shared = stems(all.get(i), language).stream().filter(claimStems::contains).count();
      if (shared > bestShared) {
        best = i;
        bestShared = shared;
      }
    }
    List<String> texts = new ArrayList<>();
    texts.add(all.get(best));
    if (best > 0) {
      texts.add(all.get(best - 1) + " " + all.get(best));
    }
    if (best + 1 < all.size()) {
      texts.add(all.get(best) + " " + all.get(best + 1));
    }
    List<String> missing = texts.stream().filter(t -> !pieces.containsKey(t)).toList();
    if (!missing.isEmpty()) {
      List<dev.langchain4j.data.embedding.Embedding> embedded =
          model.embedAll(missing.stream().map(TextSegment::from).toList()).content();
      for (int i = 0; i < missing.size(); i++) {
        pieces.put(missing.get(i), Vectors.normalized(embedded.get(i).vector()));
      }
    }
    return texts.stream().map(pieces::get).toList();
  }

  private float[] embed(String text) {
    return Vectors.normalized(model.embed(text).content().vector());
  }
}
