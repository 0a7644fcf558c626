package briefbot.retrieval;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * What the answerability model sees of a question and its best passage: how much of the question the passage and
 * its best sentence cover (weighted by rarity), whether the question's names sit near that sentence, how much of the
 * question the articles never mention, BM25 and embedding similarity, whether the sentence holds the kind of answer
 * asked for and something beyond the question's own words, how many key terms the question has, and how heavy
 * the heaviest term is that the passage (gap) or the best sentence and its neighbours (windowGap) lack, relative to
 * the question's heaviest: a near miss names everything but the one rare word that carries the fact; how far the
 * passage's matches are trusted (1: the question's own words, less: an ambiguous translation); and how much of the
 * question the best clause holding the kind of answer asked for covers (the answer and the question's focus together);
 * and whether the passage is in another language than the question (foreign): matching through translations runs
 * on another scale, so the model may weigh a signal differently there through a product feature such as
 * {@code foreign*coverage}; and how specific the question is (specificity: its key terms' rarity added up, in units
 * of the rarest a word can be): "What was it named?" matches many sentences fully and answers none; and how much of
 * what the question asks for, its key terms that are not names ("prison sentence", "receive"), one sentence about
 * its names holds (asked; a sentence is about them when it or the sentence before names one), and the heaviest
 * asked-for term that sentence lacks relative to the heaviest asked-for (askedGap): a near miss names the people the
 * corpus has, and the words of what it asks stand elsewhere or nowhere; and whether the question is not in English
 * (notEnglish): its embedding and its tables' matches go through an English gloss, so a fit kept for English
 * questions can weigh the signals anew for the others through products such as {@code notEnglish*coverage}; and
 * the embedding similarity where the model reads the question or the passage only through its English gloss
 * (denseGloss, 0 where unknown or read as written: {@code dense} holds it there); and novelty read through the
 * question's concepts (conceptNovelty): the share of the best sentence's longer words that hold none of them, in the
 * passage's language or through a translation, where {@code novelty} counts a foreign sentence's every word as new;
 * and asked once more where that sentence must also hold the kind of answer asked for (askedTyped: "How much did X
 * pay for the ring?" wants an amount beside the ring and X), and where it must moreover name one of the names itself
 * (askedNamed); and the embedding similarity of the question and the best sentence alone (sentenceDense), where
 * the model reads both as written or through the English gloss: a near miss names the passage's people but asks
 * what its sentence does not say ("buried" against "died"), which a whole passage's similarity hides; and whether every
 * key term of the question is a name (namesOnly: "What did Winston Peters say?" asks nothing beyond its names, so no
 * sentence can resemble what it asks, and {@code englishHome} leaves such a question to the kept model); and how far the
 * passage gives a name of several words of the question to someone else (otherName, {@link OtherNames}: "Pope Caius"
 * for "Alexander Pope", 0 where it holds each such name whole, not at all, or by a word standing alone); and how far
 * the passage stands out from the other passages retrieval found: its embedding similarity above the mean of the
 * ten most similar (denseLead; the glossed similarity where only that is known, 0 where neither is) and its BM25
 * score over the mean of the ten best, less one (bm25Lead): a question about something the corpus lacks finds many
 * passages that each match a little, one about something it holds finds its passage well ahead of the rest; and
 * whether the question asks an instance of a noun ("Which auction house ...": nounAsked, {@link AskedNoun}) and the
 * best sentence or the next names one (nounFound: 1 right beside the noun, "the auction house Sotheby's", 0.5 in a
 * looser form, 0 none); and the question's language as retrieval reads it (german, spanish, dutch, french: 1 for
 * the one it is in, all 0 for English), which {@code notEnglish} tells only as not English: a gate for German and
 * Spanish questions leaves Dutch ones to the weights they have. The five from asked to askedNamed (not counting
 * notEnglish and denseGloss), sentenceDense, otherName, nounAsked and nounFound are measured only where a model weighs
 * them or every signal is recorded ({@code eval --signals}); elsewhere they read 0.
 */
public record Signals(double coverage, double sentence, double focus, double names, double missing, double bm25,
    double dense, double denseUnknown, double typeFound, double typeAsked, double novelty, double terms, double gap,
    double windowGap, double trust, double clause, double foreign, double specificity, double asked,
    double askedGap, double notEnglish, double denseGloss, double conceptNovelty, double askedTyped,
    double askedNamed, double sentenceDense, double namesOnly, double otherName, double denseLead, double bm25Lead,
    double nounAsked, double nounFound, double german, double spanish, double dutch, double french) {

  /** The languages besides English that have a signal of the question's language, in the order of those signals. */
  private static final List<String> LANGUAGES = List.of("de", "es", "nl", "fr");

  /** The signals of the question's language, one per entry of {@link #LANGUAGES}: they close {@link #NAMES}. */
  private static final List<String> LANGUAGE_SIGNALS = List.of("german", "spanish", "dutch", "french");

  /** The signals' names, in the order of {@link #values()} and of the model's weights. */
  public static final List<String> NAMES = Stream.concat(Stream.of("coverage", "sentence", "focus", "names",
      "missing", "bm25", "dense", "denseUnknown", "typeFound", "typeAsked", "novelty", "terms", "gap", "windowGap",
      "trust", "clause", "foreign", "specificity", "asked", "askedGap", "notEnglish", "denseGloss", "conceptNovelty",
      "askedTyped", "askedNamed", "sentenceDense", "namesOnly", "otherName", "denseLead", "bm25Lead", "nounAsked",
      "nounFound"), LANGUAGE_SIGNALS.stream()).toList();

  /**
   * The signals a run must have recorded for a fit to read them: a run recorded before the question's language was
   * has no value that stands in for it (0 would read its German questions as English ones), so {@code eval refit}
   * refuses such a run where a feature reads one of them; another signal it lacks reads 0.
   */
  public static final Set<String> WITHOUT_DEFAULT = Set.copyOf(LANGUAGE_SIGNALS);

  /** No passage: nothing covered. */
  public static final Signals NONE = none("en");

  /**
   * No passage for a question in this language (null: unknown, read as English): nothing covered, but a fit gated on
   * the question's language still counts the question among the gate's (a German question refused for a name no
   * article holds is a German refusal).
   */
  public static Signals none(String language) {
    double[] in = inLanguage(language);
    return new Signals(0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, notEnglish(language), 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, in[0], in[1], in[2], in[3]);
  }

  /** 1 for a question not in English (null, a language retrieval could not tell, reads as English). */
  static double notEnglish(String language) {
    return language != null && !language.equals("en") ? 1 : 0;
  }

  /** The signals of the question's language: 1 for the one it is in ({@link #LANGUAGES}), none for English. */
  static double[] inLanguage(String language) {
    double[] out = new double[LANGUAGES.size()];
    int at = language == null ? -1 : LANGUAGES.indexOf(language);
    if (at >= 0) {
      out[at] = 1;
    }
    return out;
  }

  /**
   * These signals as if the passage were English text read as written: its English gloss is what the embedding read
   * ({@code denseGloss} becomes {@code dense}), and the passage is in the question's language.
   */
  Signals asEnglishText() {
    return new Signals(coverage, sentence, focus, names, missing, bm25, denseGloss, 0, typeFound, typeAsked, novelty,
        terms, gap, windowGap, trust, clause, 0, specificity, asked, askedGap, notEnglish, 0, conceptNovelty,
        askedTyped, askedNamed, sentenceDense, namesOnly, otherName, denseLead, bm25Lead, nounAsked, nounFound,
        german, spanish, dutch, french);
  }

  public double[] values() {
    return new double[] {coverage, sentence, focus, names, missing, bm25, dense, denseUnknown, typeFound, typeAsked,
        novelty, terms, gap, windowGap, trust, clause, foreign, specificity, asked, askedGap, notEnglish, denseGloss,
        conceptNovelty, askedTyped, askedNamed, sentenceDense, namesOnly, otherName, denseLead, bm25Lead, nounAsked,
        nounFound, german, spanish, dutch, french};
  }

  /**
   * A signal computed from two others, so that runs recorded before it still fit: 1 for a question not in English
   * judged on a passage in its own language (German on German articles), whose matches and glossed embedding run on
   * another scale than both English questions' and cross-language ones'.
   */
  public static final String NOT_ENGLISH_HOME = "notEnglishHome";

  /**
   * A signal computed from two others: 1 for an English question judged on a passage in another language, the one
   * case where neither {@code dense} (the model does not read the passage as written) nor a product with
   * {@code notEnglish} weighs the similarity of the question and the passage's English gloss ({@code denseGloss}).
   */
  public static final String ENGLISH_ABROAD = "englishAbroad";

  /**
   * A signal computed from four others: 1 for an English question on a passage in its own language that the
   * embedding model reads as written ({@code dense} known), the one case where {@code sentenceDense} is measured with
   * the built-in model, so a fit over a kept model can weigh it without moving any other question's verdict; 0 for a
   * question whose key terms are all names ({@code namesOnly}: "What did Winston Peters say?"), whose answer no
   * sentence can resemble (a run recorded before {@code namesOnly} reads it as 0: every such question then inside).
   */
  public static final String ENGLISH_HOME = "englishHome";

  /**
   * A signal computed from two others: 1 for a question not in English judged on a passage in another language
   * (Spanish on English articles, German on Spanish), where every match comes through a dictionary, so a larger
   * dictionary moves its verdicts; English questions abroad have a gate of their own ({@link #ENGLISH_ABROAD}).
   */
  public static final String NOT_ENGLISH_ABROAD = "notEnglishAbroad";

  /**
   * A signal computed from three others: 1 for a German or Spanish question judged on a passage in its own language;
   * a Dutch one, which {@link #NOT_ENGLISH_HOME} holds too, stays outside: a fit for vague German questions ("Wer war
   * sein Vater?") read PolicyQA's plain Dutch questions on a corpus of one subject as vague too.
   */
  public static final String GERMAN_OR_SPANISH_HOME = "germanOrSpanishHome";

  /** A signal computed from two others: 1 for a German question on a German passage, a gate of its own. */
  public static final String GERMAN_HOME = "germanHome";

  /** A signal computed from two others: 1 for a Spanish question on a Spanish passage, a gate of its own. */
  public static final String SPANISH_HOME = "spanishHome";

  /** Signals computed from the recorded ones when the model reads them, by name. */
  private static final Map<String, ToDoubleFunction<double[]>> DERIVED = Map.of(
      NOT_ENGLISH_HOME, v -> v[index("notEnglish")] * (1 - v[index("foreign")]),
      GERMAN_OR_SPANISH_HOME, v -> (v[index("german")] + v[index("spanish")]) * (1 - v[index("foreign")]),
      GERMAN_HOME, v -> v[index("german")] * (1 - v[index("foreign")]),
      SPANISH_HOME, v -> v[index("spanish")] * (1 - v[index("foreign")]),
      NOT_ENGLISH_ABROAD, v -> v[index("notEnglish")] * v[index("foreign")],
      ENGLISH_ABROAD, v -> (1 - v[index("notEnglish")]) * v[index("foreign")],
      ENGLISH_HOME, v -> (1 - v[index("notEnglish")]) * (1 - v[index("foreign")]) * (1 - v[index("denseUnknown")])
          * (1 - v[index("namesOnly")]));

  /** The recorded signals each derived one is computed from. */
  private static final Map<String, Set<String>> DERIVED_FROM = Map.of(
      NOT_ENGLISH_HOME, Set.of("notEnglish", "foreign"), NOT_ENGLISH_ABROAD, Set.of("notEnglish", "foreign"),
      GERMAN_OR_SPANISH_HOME, Set.of("german", "spanish", "foreign"), GERMAN_HOME, Set.of("german", "foreign"),
      SPANISH_HOME, Set.of("spanish", "foreign"),
      ENGLISH_ABROAD, Set.of("notEnglish", "foreign"),
      ENGLISH_HOME, Set.of("notEnglish", "foreign", "denseUnknown", "namesOnly"));

  /**
   * The model's inputs from the signals' values: each feature is a signal's name or the product of two
   * ({@code foreign*coverage}: coverage where the passage is in another language, else 0).
   */
  public static double[] features(List<String> features, double[] values) {
    return reading(features).apply(values);
  }

  /**
   * {@link #features(List, double[])} with each feature's factors found once: the model reads the signals of every
   * passage it judges, and splitting and looking up its feature names each time was a share of a question's work.
   */
  static Function<double[], double[]> reading(List<String> features) {
    List<List<ToDoubleFunction<double[]>>> products = features.stream()
        .map(f -> Arrays.stream(f.split("\\*")).map(Signals::factor).toList()).toList();
    return values -> {
      double[] x = new double[products.size()];
      for (int i = 0; i < x.length; i++) {
        double v = 1;
        for (ToDoubleFunction<double[]> factor : products.get(i)) {
          v *= factor.applyAsDouble(values);
        }
        x[i] = v;
      }
      return x;
    };
  }

  /** Refuses a feature that names no signal, so a model fitted on other signals is not silently misread. */
  public static void check(List<String> features) {
    features.forEach(f -> Arrays.stream(f.split("\\*"))
        .filter(factor -> !DERIVED.containsKey(factor)).forEach(Signals::index));
  }

  /** The recorded signals a factor is computed from: itself, or those a derived one is made of. */
  static Set<String> inputs(String factor) {
    return DERIVED_FROM.getOrDefault(factor, Set.of(factor));
  }

  /** A factor's value: a signal's, or one derived from signals ({@link #DERIVED}). */
  private static ToDoubleFunction<double[]> factor(String factor) {
    ToDoubleFunction<double[]> derived = DERIVED.get(factor);
    if (derived != null) {
      return derived;
    }
    int at = index(factor);
    return values -> values[at];
  }

  private static int index(String signal) {
    int i = NAMES.indexOf(signal);
    if (i < 0) {
      throw new IllegalArgumentException("no signal named " + signal + " (signals: " + NAMES + ")");
    }
    return i;
  }
}
