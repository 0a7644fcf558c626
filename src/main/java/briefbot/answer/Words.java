package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.index.Analyzers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The content words of a claim and whether a source covers them: by stem, by a translation or synonym from the
 * glossary, or as a cognate ("destabilizing" and "destabiliserende").
 */
final class Words {

  /** Words that frame a claim (who said it, how sure) without being its content. */
  private static final Set<String> FRAMING = Set.copyOf(Arrays.asList(("from up out off down back away onto upon into to of in on at by for with as said says say saying told tells tell added adding noted noting stated according also however "
      + "meanwhile reportedly yes no further still already even just more most many much some such would "
      + "could should may might will can must has have had been being was were is are do does did its "
      + "his her hers him he she we us our you your i me my them they their theirs it this these those "
      + "which who whom whose what when where why how than then there here while since until about "
      + "around over under after before between among including both either each other another own same "
      + "recently recent currently now well very only so too again once one ones per via within without "
      + "across into onto upon toward towards amid amidst despite during against through throughout "
      + "whether afterwards instead rather though although because itself themselves himself herself "
      + "thus therefore yet ever never not nor none zei zegt zeggen volgens ook al nog zo wel niet geen "
      + "nooit zijn haar hun hij zij ze het dit dat deze die wie wat waar wanneer waarom hoe aldus "
      + "meldde verklaarde sagte sagt déclaré dijo afirmó moeten zouden willen mogen mag zullen konden werden "
      + "wilde wilden besides moreover furthermore today i'm i’m i've i’ve we've we’ve we're we’re they're they’re "
      + "it's it’s that's that’s zowel tegenover verder eveneens daarom terwijl echter bovendien tevens namelijk "
      + "tijdens sinds vanwege ondanks inmiddels daarbij").split(" ")));
  /** Particles of Dutch and German separable verbs ("innam" is "in ... nam", "zurückgeben" "gab ... zurück"). */
  static final Set<String> PARTICLES = Set.of("aan", "af", "bij", "door", "in", "mee", "na", "om", "onder",
      "op", "over", "terug", "toe", "uit", "vast", "voor", "weg", "samen", "tegen", "an", "auf", "aus", "ein", "mit",
      "nach", "vor", "zu", "zurück", "zuruck");
  private static final CharArraySet STOP = Analyzers.stopWords(FRAMING);
  /**
   * The language whose synonyms (WordNet's) stand in for another's that has none: a Dutch claim's word covers a Dutch
   * paragraph's when an English translation of one, with its synonyms, is a translation of the other ("reageerde" and
   * "antwoordde" both "responded").
   */
  static final String PIVOT = "en";
  /** Shortest shared beginning of two cognates, and the share of the shorter word it must span. */
  private static final int COGNATE_PREFIX = 5;
  /** A translation found inside a Dutch or German compound ("bloem" in "bloembollenvelden") counts from this length. */
  private static final int COMPOUND_PART = 5;
  static final Set<String> COMPOUNDING = Set.of("nl", "de");
  private static final double COGNATE_SHARE = 0.5;

  private Words() {}

  static boolean isStopWord(String folded) {
    return STOP.contains(folded);
  }

  /** Whether a folded word is a stop word of {@code language} itself: "war" is one in German, not in English. */
  static boolean isStopWord(String folded, String language) {
    CharArraySet own = Analyzers.stopWords(language);
    return own == null ? STOP.contains(folded) : own.contains(folded);
  }

  /**
   * A source analysed for coverage: its stems in its own and the claim's language, its stems in its own language
   * alone ({@code own}), its folded words, and (in another language than the claim's) the claim-language stems of its
   * words' translations.
   */
  record Covering(Set<String> stems, Set<String> own, Set<String> words, String language, Set<String> translated,
      Set<String> pivot) {

    static Covering of(String text, String language, String claimLanguage) {
      return of(text, language, claimLanguage, Glossary.NONE);
    }

    static Covering of(String text, String language, String claimLanguage, Glossary glossary) {
      return of(text, language, claimLanguage, glossary, false);
    }

    /**
     * With {@code synonyms}, a source in the claim's language also covers the glossary's synonyms of its words
     * (a claim may write either word of a pair, and a word's commonest senses are not the same both ways).
     */
    static Covering of(String text, String language, String claimLanguage, Glossary glossary, boolean synonyms) {
      Set<String> own = Set.copyOf(Words.stems(text, language));
      Set<String> stems = new HashSet<>(own);
      stems.addAll(Words.stems(text, claimLanguage));
      Set<String> words = new HashSet<>();
      for (Names.Token t : Names.tokens(text)) {
        if (t.word()) {
          words.add(t.folded());
          for (String part : t.folded().split("-")) {
            words.add(part);
          }
        }
      }
      Set<String> translated = new HashSet<>();
      Set<String> pivot = new HashSet<>();
      Glossary plain = glossary.withoutSynonyms();
      if (!language.equals(claimLanguage) || synonyms) {
        for (String word : words) {
          if (word.length() > 2 && !isStopWord(word)) {
            for (String t : translations(word, language, claimLanguage, glossary)) {
              translated.addAll(Words.stems(t, claimLanguage));
            }
            if (synonyms && language.equals(claimLanguage) && !language.equals(PIVOT)) {
              for (String t : translations(word, language, PIVOT, plain)) {
                pivot.addAll(Words.stems(t, PIVOT));
              }
            }
            if (synonyms && language.equals(claimLanguage)) {
              // the claim may name in general what the paragraph names precisely ("aircraft" for "jets"); not through
              // a translation, which is a loose match already
              for (String b : glossary.broader(word, language)) {
                translated.addAll(Words.stems(b, claimLanguage));
              }
            }
          }
        }
      }
      return new Covering(stems, own, words, language, translated, pivot);
    }
  }

  /** The stems of a text as the index stems it ({@link WordStems}). */
  static List<String> stems(String text, String language) {
    return WordStems.of(text, language);
  }

  /** The claim's content words: no stop or framing words, names or figures. */
  static List<String> content(List<Names.Token> tokens, Set<String> names, String language) {
    return ContentWords.of(tokens, names, language);
  }

  /** The content words no source covers. */
  static List<String> uncovered(List<String> words, String claimLanguage, List<Covering> sources, Glossary glossary) {
    List<String> out = new ArrayList<>();
    for (String word : words) {
      if (sources.stream().noneMatch(s -> covers(s, word, claimLanguage, glossary))) {
        out.add(word);
      }
    }
    return out;
  }

  static boolean covers(Covering source, String word, String claimLanguage, Glossary glossary) {
    for (String stem : stems(word, claimLanguage)) {
      if (source.stems().contains(stem)) {
        return true;
      }
    }
    String folded = LanguageDetector.fold(word);
    if (source.words().contains(folded) || separable(folded, claimLanguage, source)) {
      return true;
    }
    for (String stem : stems(word, claimLanguage)) {
      if (source.translated().contains(stem)) {
        return true;
      }
    }
    for (String translation : translations(word, claimLanguage, source.language(), glossary)) {
      if (ownWord(translation, source)) {
        return true;
      }
      String t = LanguageDetector.fold(translation);
      if (source.words().contains(t) || t.length() >= COMPOUND_PART && COMPOUNDING.contains(source.language())
          && source.words().stream().anyMatch(w -> w.length() > t.length() && w.contains(t))) {
        return true;
      }
    }
    if (!source.pivot().isEmpty()) {
      for (String translation : translations(word, claimLanguage, PIVOT, glossary)) {
        if (Words.stems(translation, PIVOT).stream().anyMatch(source.pivot()::contains)) {
          return true;
        }
      }
    }
    for (String other : source.words()) {
      if (cognates(folded, other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the source has a translation of a claim's word, as the source's language stems both: read as the claim's
   * language would stem it, a Dutch paragraph keeps its articles ("heten", called, stems to "het", the). A phrase
   * counts with all its words, as it says which sense of each it means: "uiterste deel" (end) is not any "deel" (part),
   * nor "in leven houden" (support) any "houden" (keep).
   */
  private static boolean ownWord(String translation, Covering source) {
    List<String> stems = stems(translation, source.language());
    return !stems.isEmpty() && (translation.indexOf(' ') < 0 ? stems.stream().anyMatch(source.own()::contains)
        : source.own().containsAll(stems));
  }

  /**
   * A Dutch or German word the source writes as part of a longer one or in two parts: a compound's head or a verb
   * whose particle the source joins to it ("winnen" in "terugwinnen"), or a verb the claim joins to its particle
   * where the source writes them apart ("innam" for "in beslag nam", "uitkijkt" for "kijk ... uit").
   */
  private static boolean separable(String folded, String claimLanguage, Covering source) {
    if (!COMPOUNDING.contains(claimLanguage) || !claimLanguage.equals(source.language())) {
      return false;
    }
    if (folded.length() >= COMPOUND_PART
        && source.words().stream().anyMatch(w -> w.length() > folded.length() + 1 && w.endsWith(folded)
            && PARTICLES.contains(w.substring(0, w.length() - folded.length())))) {
      return true;
    }
    for (String particle : PARTICLES) {
      String rest = folded.substring(Math.min(particle.length(), folded.length()));
      if (folded.startsWith(particle) && rest.length() >= 3 && source.words().contains(particle)
          && (source.words().contains(rest) || lemmas(rest).stream().anyMatch(source.words()::contains))) {
        return true;
      }
    }
    return false;
  }

  /** The glossary's translations of a word or, when it has none for the inflected form, of its likely lemmas. */
  static Set<String> translations(String word, String from, String to, Glossary glossary) {
    return GlossaryTranslations.of(word, from, to, glossary);
  }

  /** Candidate dictionary forms of an inflected word: "providing" may be "provide", "supplies" "supply". */
  static List<String> lemmas(String w) {
    return LemmaCandidates.of(w);
  }

  /** Candidate dictionary forms of an inflected word of {@code language}, Dutch verbs' infinitives among them. */
  static List<String> lemmas(String w, String language) {
    return LemmaCandidates.of(w, language);
  }

  /** Whether a (folded) word is a Dutch participle with its particle before the "ge" ("teruggewonnen"). */
  static boolean separableParticiple(String folded) {
    return LemmaCandidates.separableParticiple(folded);
  }

  /** Words that begin alike for most of the shorter one ("partnership", "partnerschap"). */
  static boolean cognates(String a, String b) {
    int shared = 0;
    int max = Math.min(a.length(), b.length());
    while (shared < max && a.charAt(shared) == b.charAt(shared)) {
      shared++;
    }
    return shared >= COGNATE_PREFIX && shared >= COGNATE_SHARE * max;
  }
}
