package briefbot.index;

import briefbot.corpus.LanguageDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/** The analysers of the index: one stemming analyser per language, and a neutral one for names and numbers. */
public final class Analyzers {

  /**
   * A number or month in a text: where it is written and its canonical term in the neutral field ("10.000" and
   * "ten thousand" are both {@code 10000}, "Nov." is {@code @m11}).
   */
  public record Quantity(int start, int end, String term) {}

  private Analyzers() {}

  /**
   * Names and numbers without stemming or stop words, accents folded, a possessive "'s" dropped; capitalised words also
   * as a spelling key that transliterations share, web addresses also as the names they hold, numbers and months also
   * in canonical form.
   */
  public static Analyzer neutral() {
    return neutral(true);
  }

  /** The neutral analyser, with or without the canonical numbers and months its {@link QuantityFilter} adds. */
  private static Analyzer neutral(boolean quantities) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(new NameKeyFilter(
            new DomainFilter(new PossessiveFilter(tokenizer)))));
        return new TokenStreamComponents(tokenizer, quantities ? new QuantityFilter(words) : words);
      }
    };
  }

  public static Analyzer forLanguage(String language) {
    return switch (language) {
      case "en" -> new EnglishAnalyzer();
      case "nl" -> new DutchAnalyzer();
      case "de" -> new GermanAnalyzer();
      case "fr" -> new FrenchAnalyzer();
      case "es" -> new SpanishAnalyzer();
      default -> neutral();
    };
  }

  /**
   * A language's compounds' parts only, stemmed as its analyser stems words (German, Dutch): the stock analyser's own
   * chain with the parts taken after lower-casing and the whole words dropped. Nothing without the word list.
   */
  private static Analyzer partsOnly(String language, Function<String, CompoundWords> lists) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream words = new LowerCaseFilter(tokenizer);
        CompoundWords list = lists.apply(language); // read the first time the field is analysed
        words = new PartsOnlyFilter(list == null ? words : new CompoundPartsFilter(words, list));
        TokenStream stemmed = "de".equals(language)
            ? new GermanLightStemFilter(new GermanNormalizationFilter(
                new StopFilter(words, GermanAnalyzer.getDefaultStopSet())))
            : new SnowballFilter(new StemmerOverrideFilter(new StopFilter(words, DutchAnalyzer.getDefaultStopSet()),
                DUTCH_STEMS), new DutchStemmer());
        return new TokenStreamComponents(tokenizer, stemmed);
      }
    };
  }

  /** DutchAnalyzer's own stem exceptions (its default, which it keeps to itself). */
  private static final StemmerOverrideMap DUTCH_STEMS = dutchStems();

  private static StemmerOverrideMap dutchStems() {
    CharArrayMap<String> stems = new CharArrayMap<>(4, false);
    stems.put("fiets", "fiets");
    stems.put("bromfiets", "bromfiets");
    stems.put("ei", "eier");
    stems.put("kind", "kinder");
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    stems.forEach((word, stem) -> builder.add(new String((char[]) word), stem));
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the Dutch stem exceptions", e);
    }
  }

  /**
   * The index's fields without word lists ({@link TextAnalysis} splits compounds): analysers are thread-safe and reuse
   * their token streams per thread, so one serves every caller.
   */
  private static final Analyzer SHARED = perField(language -> null);

  /** The neutral field's analyser without its canonical numbers and months. */
  private static final Analyzer NEUTRAL_WORDS = neutral(false);

  /**
   * The terms a text becomes in a field other than a compound parts field (see {@link ParagraphIndex#terms}; the parts
   * are {@link TextAnalysis#terms}').
   */
  public static List<String> terms(String field, String text) {
    return terms(SHARED, field, text);
  }

  /**
   * The terms a text becomes in a field, less the canonical numbers and months the neutral field adds beside its
   * words ({@link #mayBeQuantity}): the same terms in the same order otherwise. Finding numbers is most of the cost of
   * analysing a paragraph in the neutral field, and a term nothing can match need not be made.
   */
  public static List<String> wordTerms(String field, String text) {
    return terms(IndexFields.BODY_NEUTRAL.equals(field) ? NEUTRAL_WORDS : SHARED, field, text);
  }

  /**
   * Whether a neutral-field term may be a canonical number or month ("10000", "1.5", "@m11"): those begin with a digit,
   * "@" or a sign, a word's terms with a letter (or the name key's mark).
   */
  public static boolean mayBeQuantity(String term) {
    if (term.isEmpty()) {
      return false;
    }
    char first = term.charAt(0);
    return Character.isDigit(first) || first == '@' || first == '-' || first == '+' || first == '.';
  }

  static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text for " + field, e);
    }
    return out;
  }

  /** The numbers and months a text writes, in order, with their canonical terms. */
  public static List<Quantity> quantities(String text) {
    List<Quantity> out = new ArrayList<>();
    try (TokenStream stream = SHARED.tokenStream(IndexFields.BODY_NEUTRAL, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (QuantityFilter.TYPE.equals(type.type())) {
          out.add(new Quantity(offset.startOffset(), offset.endOffset(), term.toString()));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text for numbers", e);
    }
    return out;
  }

  /** Each corpus language's own stop words, as its analyser drops them. */
  private static final Map<String, CharArraySet> STOP_WORDS = Map.of(
      "en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
      "nl", DutchAnalyzer.getDefaultStopSet(),
      "de", GermanAnalyzer.getDefaultStopSet(),
      "fr", FrenchAnalyzer.getDefaultStopSet(),
      "es", SpanishAnalyzer.getDefaultStopSet());

  /** The stop words of the five corpus languages together, plus {@code extra}, matched ignoring case. */
  public static CharArraySet stopWords(Collection<String> extra) {
    CharArraySet set = new CharArraySet(1000, true);
    STOP_WORDS.values().forEach(set::addAll);
    set.addAll(extra);
    return set;
  }

  /** One corpus language's own stop words ("war" is one in German, not in English); null for another language. */
  public static CharArraySet stopWords(String language) {
    return STOP_WORDS.get(language);
  }

  /**
   * One analyser for the whole index, choosing by field name: each language's body field its stock analyser, the
   * German and Dutch parts fields their compounds' parts as split against {@code lists} (a language's list, or null:
   * the field gets no terms).
   */
  static Analyzer perField(Function<String, CompoundWords> lists) {
    Map<String, Analyzer> fields = new HashMap<>();
    for (String language : LanguageDetector.SUPPORTED) {
      String body = IndexFields.body(language);
      fields.put(body, forLanguage(language));
      String parts = IndexFields.parts(body);
      if (parts != null) {
        fields.put(parts, partsOnly(language, lists));
      }
    }
    return new PerFieldAnalyzerWrapper(neutral(), fields);
  }
}
