package briefbot.index;

import briefbot.corpus.LanguageDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Where Debian installs its word lists ({@code wngerman}, {@code wdutch}); the setting names another folder. */
  public static final Path DEFAULT_WORD_LISTS = Path.of("/usr/share/dict");
  private static volatile Path wordLists = DEFAULT_WORD_LISTS;
  /** Each language's loaded list (under a second to build, an FST of 1-2 MB), or none when it is not installed. */
  private static final Map<String, Optional<CompoundWords>> LISTS = new ConcurrentHashMap<>();

  /**
   * Splits German and Dutch compounds against the word lists in {@code folder} from now on (none when it holds
   * none). Set once, before the index is opened: an index's parts are those of the lists it was built with.
   */
  public static synchronized void useWordLists(Path folder) {
    if (!folder.equals(wordLists)) {
      wordLists = folder;
      LISTS.clear();
      shared = perField();
    }
  }

  /** What the index is built with, for its commit data: each word list's file and size, or "none". */
  public static String wordListsRecorded() {
    return CompoundWords.recorded(wordLists);
  }

  /** Whether the parts field beside a body field is written: its language's word list is installed. */
  public static boolean splitsCompounds(String bodyField) {
    String parts = IndexFields.parts(bodyField);
    return parts != null && compoundWords(parts.substring("parts_".length())) != null;
  }

  private static CompoundWords compoundWords(String language) {
    Path folder = wordLists;
    return LISTS.computeIfAbsent(language, l -> Optional.ofNullable(CompoundWords.load(folder, l))).orElse(null);
  }

  /**
   * A language's compounds' parts only, stemmed as its analyser stems words (German, Dutch): the stock analyser's own
   * chain with the parts taken after lower-casing and the whole words dropped. Nothing without the word list.
   */
  private static Analyzer partsOnly(String language) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream words = new LowerCaseFilter(tokenizer);
        CompoundWords list = compoundWords(language);
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

  /** Analysers are thread-safe and reuse their token streams per thread: one serves every caller. */
  private static volatile Analyzer shared = perField();

  /** The neutral field's analyser without its canonical numbers and months. */
  private static final Analyzer NEUTRAL_WORDS = neutral(false);

  /** The terms a text becomes in a field (see {@link ParagraphIndex#terms}). */
  public static List<String> terms(String field, String text) {
    return terms(shared, field, text);
  }

  /**
   * The terms a text becomes in a field, less the canonical numbers and months the neutral field adds beside its
   * words ({@link #mayBeQuantity}): the same terms in the same order otherwise. Finding numbers is most of the cost of
   * analysing a paragraph in the neutral field, and a term nothing can match need not be made.
   */
  public static List<String> wordTerms(String field, String text) {
    return terms(IndexFields.BODY_NEUTRAL.equals(field) ? NEUTRAL_WORDS : shared, field, text);
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

  private static List<String> terms(Analyzer analyzer, String field, String text) {
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
    try (TokenStream stream = shared.tokenStream(IndexFields.BODY_NEUTRAL, text)) {
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
   * German and Dutch parts fields their compounds' parts ({@link #parts}).
   */
  public static Analyzer perField() {
    Map<String, Analyzer> fields = new HashMap<>();
    for (String language : LanguageDetector.SUPPORTED) {
      String body = IndexFields.body(language);
      fields.put(body, forLanguage(language));
      String parts = IndexFields.parts(body);
      if (parts != null) {
        fields.put(parts, partsOnly(language));
      }
    }
    return new PerFieldAnalyzerWrapper(neutral(), fields);
  }

  /**
   * The stems of a word's compound parts in a body field's language, less the whole word's own ("Berufszweig":
   * beruf, zweig); empty for a word that is no compound of listed words, in another field, or without the word list.
   */
  public static List<String> parts(String bodyField, String word) {
    String parts = IndexFields.parts(bodyField);
    if (parts == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(new LinkedHashSet<>(terms(parts, word)));
    out.removeAll(terms(bodyField, word));
    return out;
  }
}
