package briefbot.retrieval;

import briefbot.index.Vectors;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.VectorUtil;

/**
 * How the embedding model reads texts: which languages it understands, which it reads through an English gloss, and
 * how close sentences are to a question in its space (cosine), with the vectors it made lately kept.
 */
final class EmbeddingReading {

  private final EmbeddingModel embeddings;
  private final Set<String> languages;
  private final Gloss gloss;
  private final WordByWord wordByWord;
  /**
   * Unit vectors the model made lately, by text: the composer asks again for the question's, which kNN already made,
   * and for sentences the verdict read for {@code sentenceDense}.
   */
  private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(1_000).build();

  /** {@code embeddings} null: no model, which reads nothing; {@code languages} {@code "*"}: a multilingual one. */
  EmbeddingReading(EmbeddingModel embeddings, Set<String> languages, Gloss gloss, WordByWord wordByWord) {
    this.embeddings = embeddings;
    this.languages = Set.copyOf(languages);
    this.gloss = gloss;
    this.wordByWord = wordByWord;
  }

  /** Keeps a vector the model made for a text (the question's, once the kNN search has waited for it). */
  void remember(String text, float[] unit) {
    vectors.put(text, unit);
  }

  boolean understood(String language) {
    return languages.contains("*") || languages.contains(language);
  }

  /**
   * Whether the model reads a question in this language as it is; else, when it does not understand the language
   * but understands English, it reads the question rendered word by word in English.
   */
  boolean readsAsAsked(String language) {
    return understood(language) || !understood(WordByWord.ENGLISH);
  }

  /**
   * Whether a paragraph's vector is the model's reading of its meaning: the model understands its language, or it
   * understands English and ingest embedded the paragraph's English gloss ({@code GlossedEmbeddings}).
   */
  boolean embeddedReadably(String language) {
    return understood(language) || understood(WordByWord.ENGLISH);
  }

  /** A text as the model reads it: as written in a language it understands, else through its English gloss. */
  String asRead(String text, String language) {
    return understood(language) ? text : gloss.english(text, language);
  }

  /** Whether the embedding model reads a question in one language and sentences in another as they are written. */
  boolean readsAsWritten(String questionLanguage, String language) {
    return embeddings != null && understood(questionLanguage) && understood(language);
  }

  /**
   * How close each sentence is to the question in the embedding model's space (cosine), or null when there is no
   * model or it does not read the question's or the sentences' language (the answer composer weighs it).
   */
  double[] similarity(String question, String questionLanguage, List<String> sentences, String language) {
    if (sentences.isEmpty() || !readsAsWritten(questionLanguage, language)) {
      return null;
    }
    return cosines(unitVector(question), sentences);
  }

  /** The question's unit vector, as the model made it lately or makes it now. */
  private float[] unitVector(String question) {
    return vectors.get(question, text -> Vectors.normalized(embeddings.embed(text).content().vector()));
  }

  /**
   * How close each sentence of a passage in {@code language} is to the retrieval's question (cosine), where the model
   * reads both as written or, when it reads English, through their English gloss (a German question and German
   * sentences glossed word by word, as kNN and ingest read them); null when there is no model or it reads neither way.
   */
  double[] similarity(Retrieval retrieval, List<String> sentences, String language) {
    if (embeddings == null || sentences.isEmpty()) {
      return null;
    }
    if (understood(retrieval.language()) && understood(language)) {
      return similarity(retrieval.question(), retrieval.language(), sentences, language);
    }
    if (!understood(WordByWord.ENGLISH)) {
      return null;
    }
    String question = readsAsAsked(retrieval.language()) ? retrieval.question()
        : wordByWord.english(retrieval.question(), retrieval.language(), retrieval.concepts());
    return cosines(unitVector(question), sentences.stream().map(s -> asRead(s, language)).toList());
  }

  /**
   * The cosine of a unit vector and each text's embedding; the texts the model has not read lately are embedded in one
   * call (the model's threads) and kept: the verdict's sentences are among those the composer weighs next.
   */
  double[] cosines(float[] unit, List<String> texts) {
    Map<String, float[]> known = new HashMap<>(vectors.getAllPresent(texts));
    List<String> fresh = texts.stream().filter(t -> !known.containsKey(t)).distinct().toList();
    if (!fresh.isEmpty()) {
      List<dev.langchain4j.data.embedding.Embedding> vs = embeddings.embedAll(
          fresh.stream().map(dev.langchain4j.data.segment.TextSegment::from).toList()).content();
      for (int i = 0; i < fresh.size(); i++) {
        float[] v = Vectors.normalized(vs.get(i).vector());
        known.put(fresh.get(i), v);
        vectors.put(fresh.get(i), v);
      }
    }
    double[] out = new double[texts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = VectorUtil.dotProduct(unit, known.get(texts.get(i))); // unit vectors: the cosine
    }
    return out;
  }
}
