package briefbot.index;

import briefbot.corpus.LanguageDetector;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
  /** The keys a {@code from:} filter matches: the source's name and words, the address's host (see sourceKeys). */
  public static final String SOURCE_KEY = "sourceKey";
  /** The date a {@code since:} filter compares: the published day, else the time the article was first seen. */
  public static final String WHEN = "when";
  public static final String HASH = "hash";
  public static final String STAMP = "stamp";
  /** Text analysed without stemming or stop words: names and numbers match across languages here. */
  public static final String BODY_NEUTRAL = "body_any";
  /**
   * The article's own title on each of its paragraphs, analysed as {@link #BODY_NEUTRAL} is: paragraphs seldom repeat
   * their title, so a name only the title holds ("Shellback" over "Karl Johan Schuster ...") is still in the index.
   */
  public static final String TITLE_SEARCHED = "title_any";
  public static final String VECTOR = "vec";
  public static final String KIND_PARAGRAPH = "paragraph";
  public static final String KIND_ARTICLE = "article";

  /**
   * Raised when the documents or their analysis change, so that an index built before is refused until it is rebuilt
   * ({@code briefbot index --rebuild}); 8: a paragraph in a language an English-only model does not read is embedded
   * as its English gloss; 9: the article's title is searched on each paragraph ({@link #TITLE_SEARCHED}); 10: a decade
   * or century is one term in every language ("1980er", "siglo XVIII"), so a question's period finds no term in an
   * index written before; 11: also when written in words ("the eighteenth century", "achtzehnten Jahrhundert", "siglo
   * dieciocho", "the eighties"); 12: a name's spelling key writes "th" as "t" ("Thomas" and "Tomás" meet), a possessive
   * "'s" is dropped in every language ("McDonald's") and a web address also holds its names ("meetup.com": "meetup"),
   * so a question finds no such name in an index written before; 13: sentences are no longer cut after "(e.g.",
   * "u. a.", "n. Chr." or "Warner Bros." and are cut where one is glued to the next after a quote ("„Freund“.In") or
   * before a year ("Gott.1958"), so an over-long paragraph is cut into other passages than an index written before;
   * 14: a German or Dutch compound's two parts are indexed in a field of their own ("Armutsgrenze": armut, grenze)
   * when the word lists are installed, so a question's part finds no compound in an index written before; 15: a Dutch
   * ",,quote" after a stop starts a sentence (so over-long Dutch paragraphs are cut into other passages) and a Dutch
   * word is glossed for the embedding through its base form ("daalde": "dalen"), so vectors and passages differ from
   * an index written before; 16: a question or exclamation mark before a comma, semicolon or colon ends no sentence
   * ("Is Online Community A Policy Tool?, the IPPR asks"), so over-long paragraphs holding one are cut elsewhere.
   */
  public static final String SCHEMA = "16";

  /** What each schema added over the one before, for the one line that refuses an index written by an earlier one. */
  private static final Map<String, String> ADDED = Map.of("9", "article titles are now searched",
      "10", "decades and centuries are now one term in every language",
      "11", "centuries and decades written in words are now one term too",
      "12", "names spelled with th or t (Thomas, Tomás), with a possessive (McDonald's) or in a web address now match",
      "13", "long paragraphs are now cut into passages at better sentence ends",
      "14", "German and Dutch compounds are now also found by their parts",
      "15", "Dutch quotes now start sentences and inflected Dutch words are glossed by their base form",
      "16", "a question mark before a comma no longer ends a sentence");

  /** What changed since an index of schema {@code recorded} was written: the last schema's addition, or in general. */
  public static String schemaChange(String recorded) {
    boolean previous = recorded != null && recorded.equals(String.valueOf(Integer.parseInt(SCHEMA) - 1));
    return previous ? ADDED.getOrDefault(SCHEMA, "its fields changed") : "its fields changed";
  }

  private IndexFields() {}

  /**
   * The embedding model as the index records it: a different model means vectors that cannot be compared. A
   * service's model is recorded with its provider ({@code open_ai:text-embedding-3-small/1536}), a model in the
   * process by its class.
   */
  public static String modelName(EmbeddingModel embeddings) {
    EmbeddingModel model = GlossedEmbeddings.unwrapped(CachedEmbeddings.unwrapped(embeddings));
    if (model == null) {
      return "none";
    }
    if (model instanceof LoadingEmbeddings loading) {
      return loading.recordedName();
    }
    String name = model.provider() == ModelProvider.OTHER ? model.getClass().getSimpleName()
        : model.provider().name().toLowerCase(Locale.ROOT) + ":" + model.modelName();
    return name + "/" + model.dimension();
  }

  /** A source name as filters compare it: lower case, letters and digits only ("El Tiempo" and "el-tiempo" alike). */
  public static String sourceKey(String name) {
    return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * What {@code from:} finds an article by: its whole source name and each of its words ("BBC News": bbcnews, bbc,
   * news), and its address's host and the host's name without domain ("www.reuters.com": reuterscom, reuters).
   */
  public static Set<String> sourceKeys(String source, String url) {
    Set<String> keys = new LinkedHashSet<>();
    if (source != null) {
      keys.add(sourceKey(source));
      for (String word : source.split("[\\s/|,;]+")) {
        keys.add(sourceKey(word));
      }
    }
    String host = host(url);
    if (host != null) {
      keys.add(sourceKey(host));
      String[] labels = host.split("\\.");
      if (labels.length >= 2) {
        keys.add(sourceKey(labels[labels.length - 2]));
      }
    }
    keys.remove("");
    return keys;
  }

  private static String host(String url) {
    try {
      String host = url == null ? null : URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The instant a {@code since:} filter compares: the published day's start (UTC), else the first-seen time. */
  public static Instant when(LocalDate published, Instant firstSeen) {
    return published == null ? firstSeen : published.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The stemmed body field of a language; languages without their own analyser use the neutral field. */
  public static String body(String language) {
    return LanguageDetector.SUPPORTED.contains(language) ? "body_" + language : BODY_NEUTRAL;
  }

  /**
   * The field beside a body field that holds the stemmed parts of its compounds ("Armutsgrenze": armut, grenz), or null
   * for a field whose language writes no compounds as one word. A field of its own, so that the body field's terms and
   * their document frequencies are the words as written, as before the split.
   */
  public static String parts(String bodyField) {
    String language = bodyField.startsWith("body_") ? bodyField.substring("body_".length()) : null;
    return language != null && CompoundWords.FILES.containsKey(language) ? "parts_" + language : null;
  }
}
