package briefbot.index;

import briefbot.corpus.LanguageDetector;

/** Names of the index fields that retrieval queries, and the body field of each language. */
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
  static final String STAMP = "stamp";
  /** Text analysed without stemming or stop words: names and numbers match across languages here. */
  public static final String BODY_NEUTRAL = "body_any";
  public static final String VECTOR = "vec";
  static final String KIND_PARAGRAPH = "paragraph";
  static final String KIND_ARTICLE = "article";

  private IndexFields() {}

  /** The stemmed body field of a language; languages without their own analyser use the neutral field. */
  public static String body(String language) {
    return LanguageDetector.SUPPORTED.contains(language) ? "body_" + language : BODY_NEUTRAL;
  }
}
