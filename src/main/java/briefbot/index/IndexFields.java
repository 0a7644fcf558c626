package briefbot.index;

import briefbot.corpus.LanguageDetector;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Names of the index fields that retrieval queries, the body field of each language, and the schema version both
 * backends record (an index built by another schema or embedding model is rebuilt or refused).
 */
public final class IndexFields {
  public static final String KIND = "kind";
  public static final String ARTICLE_ID = "articleId";
  /** A paragraph's own id, {@code articleId#n}: hits, stored paragraphs and vectors are keyed by it. */
  public static final String PARAGRAPH_ID = "id";
  public static final String PARAGRAPH = "n";
  public static final String TEXT = "text";
  public static final String PARAGRAPH_LANGUAGE = "plang";
  public static final String LANGUAGE = "lang";
  public static final String SECTION = "section";
  public static final String TITLE = "title";
  /** The title to show: the article's own, or its opening words when it has none. */
  public static final String DISPLAY_TITLE = "displayTitle";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String PUBLISHED = "published";
  public static final String FIRST_SEEN = "firstSeen";
  public static final String HASH = "hash";
  public static final String STAMP = "stamp";
  /** Text analysed without stemming or stop words: names and numbers match across languages here. */
  public static final String BODY_NEUTRAL = "body_any";
  public static final String VECTOR = "vec";
  public static final String KIND_PARAGRAPH = "paragraph";
  public static final String KIND_ARTICLE = "article";

  /** Raised when the documents or their analysis change, so that an index built before is rebuilt. */
  public static final String SCHEMA = "4";

  private IndexFields() {}

  /** The embedding model as the index records it: a different model means vectors that cannot be compared. */
  public static String modelName(EmbeddingModel embeddings) {
    return embeddings == null ? "none" : embeddings.getClass().getSimpleName() + "/" + embeddings.dimension();
  }

  /** The stemmed body field of a language; languages without their own analyser use the neutral field. */
  public static String body(String language) {
    return LanguageDetector.SUPPORTED.contains(language) ? "body_" + language : BODY_NEUTRAL;
  }
}
