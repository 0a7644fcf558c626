package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.index.Analyzers;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A text glossed word by word in English: each word's surest English translation, stop words left out, a name, a
 * number or a word no dictionary lists as written. What an English-only embedding model reads for a German, Spanish
 * or Dutch paragraph, so that its vector and an English question's (or a glossed German one's) meet in one space.
 */
public final class Gloss {

  static final String ENGLISH = "en";
  /** A word, or a number with its separators ("10.000", "1,5"). */
  private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*|\\p{L}+(?:['’-]\\p{L}+)*");
  private static final CharArraySet STOP = Analyzers.stopWords(List.of());
  /** Words kept: a corpus's vocabulary repeats, so most lookups of an ingest are a map read. */
  private static final int WORDS = 200_000;
  private static final String NONE = "";
  /** Plural endings a learned word drops to its English spelling ("culturales", "regionen"). */
  private static final List<String> PLURALS = List.of("es", "s", "en", "n");
  private static final JsonFactory JSON = new JsonFactory();

  /** A translation the model reads as words of its own vocabulary counts fully, one it must piece together less. */
  private static final double UNKNOWN_WORD = 0.25;
  /**
   * Translations this close to the surest one count as equally sure: a dictionary gives an ambiguous verb's senses
   * one weight ("gewinnen": obtain, prepare, produce, win, gain), and the commonest word is then the likeliest.
   */
  private static final double TIE = 0.9;

  private final Translations translations;
  private final Supplier<Map<String, Integer>> vocabularySource;
  /** Read at the first word to gloss: a process that glosses nothing never parses the tokenizer. */
  private volatile Map<String, Integer> vocabulary;
  private final Cache<String, String> words = Caffeine.newBuilder().maximumSize(WORDS).executor(Runnable::run).build();

  /** A gloss with {@code translations} that knows nothing of the model's vocabulary. */
  public Gloss(Translations translations) {
    this(translations, () -> null);
  }

  /**
   * A gloss that prefers translations made of words in the embedding model's vocabulary (null: no preference): a
   * dictionary ranks a rare sense beside the main one ("Bruder": bromance 0.58, brother 0.29), a model's vocabulary
   * holds the common words (brother) and pieces rare ones together.
   */
  public Gloss(Translations translations, Supplier<Map<String, Integer>> vocabulary) {
    this.translations = translations;
    this.vocabularySource = vocabulary;
  }

  /**
   * The words of a WordPiece tokenizer's vocabulary ({@code tokenizer.json}, as Hugging Face writes it) with their
   * ids: the whole words, not the pieces ("##ing"); none when the file holds no such vocabulary. BERT's vocabulary
   * lists whole words by falling frequency, so a lower id is a commoner word. The file is streamed and only
   * {@code model.vocab} is kept: building the whole JSON tree of the built-in 0.7 MB file cost 73-100 ms of CPU in a
   * warm process and 525 ms in a fresh one, paid by the first paragraph an ingest glosses while the other read-ahead
   * workers waited for it (docs/benchmarks.md).
   */
  public static Map<String, Integer> vocabulary(InputStream tokenizerJson) throws IOException {
    Map<String, Integer> words = new HashMap<>();
    try (JsonParser json = JSON.createParser(tokenizerJson)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return words;
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        if (json.nextToken() == JsonToken.START_OBJECT && name.equals("model")) {
          readModel(json, words);
        } else {
          json.skipChildren();
        }
      }
    }
    return words;
  }

  /** The whole words of the {@code vocab} object inside {@code model} (the parser on its opening brace). */
  private static void readModel(JsonParser json, Map<String, Integer> words) throws IOException {
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      if (json.nextToken() == JsonToken.START_OBJECT && name.equals("vocab")) {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String word = json.currentName();
          json.nextToken();
          if (!word.startsWith("##") && !word.startsWith("[")) {
            words.put(word, json.getValueAsInt());
          }
          json.skipChildren();
        }
      } else {
        json.skipChildren();
      }
    }
  }

  /** The text in English, word by word; an English text as it is. */
  public String english(String text, String language) {
    if (language == null || language.equals(ENGLISH)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String word = m.group();
      String english = Character.isDigit(word.charAt(0)) ? word : word(word, language);
      if (!english.isEmpty()) {
        out.append(out.isEmpty() ? "" : " ").append(english);
      }
    }
    return out.toString();
  }

  /** A word's gloss: its surest English translation, nothing for a stop word, else the word as written. */
  String word(String word, String language) {
    if (STOP.contains(word)) {
      return NONE;
    }
    // German case tells a noun from a verb ("Sterben": death, "sterben": die): a German word is kept as written
    String key = language.equals("de") ? word : word.toLowerCase(Locale.ROOT);
    return words.get(language + ':' + key, k -> {
      String surest = surest(translations.weighted(word, language, ENGLISH));
      surest = surest == null ? cognate(word, language) : surest;
      return surest == null ? word : surest;
    });
  }

  /**
   * The translation with the highest weight, one of words the model does not know counting a quarter; among those
   * about as sure, the commonest in the model's vocabulary, else the dictionary's first; null for none.
   */
  String surest(Map<String, Double> forms) {
    double top = 0;
    for (var form : forms.entrySet()) {
      top = Math.max(top, score(form));
    }
    String best = null;
    int rarest = Integer.MAX_VALUE;
    for (var form : forms.entrySet()) {
      int rank = rank(form.getKey());
      if (score(form) >= top * TIE && top > 0 && (best == null || rank < rarest)) {
        best = form.getKey();
        rarest = rank;
      }
    }
    return best;
  }

  private double score(Map.Entry<String, Double> form) {
    return form.getValue() * (known(form.getKey()) ? 1 : UNKNOWN_WORD);
  }

  /**
   * For a word no dictionary lists, its first cognate spelling that is a word of the model's vocabulary (Spanish
   * "históricos", "culturales" as "historic", "cultural"); null when the model knows the word as written or none is.
   */
  private String cognate(String word, String language) {
    Map<String, Integer> known = vocabulary();
    String folded = LanguageDetector.fold(word).toLowerCase(Locale.ROOT);
    if (known.isEmpty() || known.containsKey(folded)) {
      return null;
    }
    for (String candidate : Cognates.of(word, language, ENGLISH)) {
      if (known.containsKey(candidate)) {
        return candidate;
      }
    }
    for (String plural : PLURALS) {
      String singular = word.substring(0, word.length() - Math.min(word.length(), plural.length()));
      if (folded.endsWith(plural) && singular.length() > 2) {
        if (known.containsKey(folded.substring(0, folded.length() - plural.length()))) {
          return folded.substring(0, folded.length() - plural.length());
        }
        for (String candidate : Cognates.of(singular, language, ENGLISH)) {
          if (known.containsKey(candidate)) {
            return candidate;
          }
        }
      }
    }
    return null;
  }

  /** The model's words with their ids, read once; empty for no preference. */
  private Map<String, Integer> vocabulary() {
    Map<String, Integer> known = vocabulary;
    if (known == null) {
      synchronized (this) {
        if (vocabulary == null) {
          Map<String, Integer> read = vocabularySource.get();
          vocabulary = read == null ? Map.of() : read;
        }
        known = vocabulary;
      }
    }
    return known;
  }

  private boolean known(String translation) {
    return rank(translation) < Integer.MAX_VALUE;
  }

  /** The id of the translation's rarest word in the model's vocabulary; 0 with no vocabulary, MAX_VALUE unknown. */
  private int rank(String translation) {
    Map<String, Integer> known = vocabulary();
    if (known.isEmpty()) {
      return 0;
    }
    int rarest = 0;
    for (String w : translation.toLowerCase(Locale.ROOT).split("[ -]+")) {
      Integer id = w.isEmpty() ? Integer.valueOf(0) : known.get(w);
      if (id == null) {
        return Integer.MAX_VALUE;
      }
      rarest = Math.max(rarest, id);
    }
    return rarest;
  }
}
