package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
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
  /**
   * Verbs that say how something was said ("warned", "stressed", "pointed out", "Bloomberg reported" for "according to
   * Bloomberg") or carry no content of their own beside
   * their object ("came hours after", "took place", "held a meeting"): a paraphrase swaps them freely ("stressed" for
   * "said", "the meeting came" for "convening"), while what was said, given or done is in the words around them. Who
   * said it is the roles' to check, and verbs that judge (praised, criticised, confirmed, claimed, announced) stay
   * content.
   */
  private static final Set<String> BLEACHED = Set.copyOf(Arrays.asList(("warn warns warned warning stress "
      + "stresses stressed stressing emphasise emphasises emphasised emphasising emphasize emphasizes emphasized "
      + "emphasizing highlight highlights highlighted highlighting argue argues argued arguing insist insists "
      + "insisted insisting reiterate reiterates reiterated reiterating underline underlines underlined underlining "
      + "underscore underscores underscored underscoring remark remarks remarked remarking pointed pointing explain "
      + "explains explained explaining report reports reported reporting "
      + "come comes came coming go goes went gone going take takes took taken taking make makes made making hold "
      + "holds held holding speak speaks spoke spoken speaking describe describes described describing reaffirm "
      + "reaffirms reaffirmed reaffirming "
      + "waarschuwt waarschuwde waarschuwden benadrukt benadrukte benadrukten wees merkte merkten kwam kwamen komt "
      + "komen gekomen ging gingen gaat gaan gegaan nam namen neemt nemen genomen maakte maakten maakt maken gemaakt "
      + "hield hielden houdt houden gehouden sprak spraken spreekt spreken gesproken omschreef omschreven omschrijft "
      + "onderstreept onderstreepte onderstreepten").split(" ")));
  /** Particles of Dutch and German separable verbs ("innam" is "in ... nam", "zurückgeben" "gab ... zurück"). */
  private static final Set<String> PARTICLES = Set.of("aan", "af", "bij", "door", "in", "mee", "na", "om", "onder",
      "op", "over", "terug", "toe", "uit", "vast", "voor", "weg", "samen", "tegen", "an", "auf", "aus", "ein", "mit",
      "nach", "vor", "zu", "zurück", "zuruck");
  private static final CharArraySet STOP = Analyzers.stopWords(FRAMING);
  /**
   * The language whose synonyms (WordNet's) stand in for another's that has none: a Dutch claim's word covers a Dutch
   * paragraph's when an English translation of one, with its synonyms, is a translation of the other ("reageerde" and
   * "antwoordde" both "responded").
   */
  private static final String PIVOT = "en";
  /** Shortest shared beginning of two cognates, and the share of the shorter word it must span. */
  private static final int COGNATE_PREFIX = 5;
  /** A translation found inside a Dutch or German compound ("bloem" in "bloembollenvelden") counts from this length. */
  private static final int COMPOUND_PART = 5;
  private static final Set<String> COMPOUNDING = Set.of("nl", "de");
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
   * A source analysed for coverage: its stems in its own and the claim's language, its folded words, and (in
   * another language than the claim's) the claim-language stems of its words' translations.
   */
  record Covering(Set<String> stems, Set<String> words, String language, Set<String> translated, Set<String> pivot) {

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
      Set<String> stems = new HashSet<>(Words.stems(text, language));
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
      return new Covering(stems, words, language, translated, pivot);
    }
  }

  /** Single words' stems, remembered: a check asks for the same few hundred words many times. */
  private static final Map<String, List<String>> WORD_STEMS = new ConcurrentHashMap<>();
  private static final int MAX_REMEMBERED = 100_000;

  static List<String> stems(String text, String language) {
    if (text.indexOf(' ') >= 0 || text.length() > 40) {
      return sameForEveryForm(Analyzers.terms(IndexFields.body(language), text), language);
    }
    if (WORD_STEMS.size() > MAX_REMEMBERED) {
      WORD_STEMS.clear();
    }
    return WORD_STEMS.computeIfAbsent(language + ":" + text,
        k -> List.copyOf(sameForEveryForm(Analyzers.terms(IndexFields.body(language), text), language)));
  }

  /** An English stem of one or more consonants and a final "i" or "y": what Porter's stemmer leaves of short verbs. */
  private static final Pattern SHORT_STEM = Pattern.compile("[b-df-hj-np-tv-xz]+[iy]");

  /**
   * English stems made the same for every form of a short word: Porter's stemmer turns "y" into "i" only after a vowel,
   * so "tried" and "tries" are "tri" but "try" is "try", "lies" and "lied" are "li", "lying" is "ly", "lie" is "lie"
   * ("sought" for "tried" went unmatched through its synonym "try"; "lies" for "ligt" through "lie"). A stem of
   * consonants and a final "i" or "y" ends in "y" after two or more consonants (try, cry, fly, spy) and in "ie" after
   * one (lie, die, tie).
   */
  static List<String> sameForEveryForm(List<String> stems, String language) {
    if (!language.equals(PIVOT)) {
      return stems;
    }
    List<String> out = null;
    for (int i = 0; i < stems.size(); i++) {
      String stem = stems.get(i);
      if (stem.length() <= 4 && SHORT_STEM.matcher(stem).matches()) {
        String base = stem.substring(0, stem.length() - 1);
        String same = base.length() == 1 ? base + "ie" : base + "y";
        if (!same.equals(stem)) {
          if (out == null) {
            out = new ArrayList<>(stems);
          }
          out.set(i, same);
        }
      }
    }
    return out == null ? stems : out;
  }

  /** The claim's content words: no stop or framing words, names or figures. */
  static List<String> content(List<Names.Token> tokens, Set<String> names, String language) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Names.Token t = tokens.get(i);
      if (t.word() && t.folded().length() > 1 && !isStopWord(t.folded()) && !BLEACHED.contains(t.folded())
          && !names.contains(t.folded()) && !Figures.isFigureWord(t.folded(), language)
          && !togetherWith(tokens, i) && !pointReferredTo(tokens, i)) {
        out.add(t.text());
      }
    }
    return out;
  }

  /** "Together" (and "along") before "with" in the five languages: "together with X" says no more than "with X". */
  private static final Map<String, Set<String>> TOGETHER = Map.of("together", Set.of("with"), "along", Set.of("with"), "samen",
      Set.of("met"), "zusammen", Set.of("mit"), "ensemble", Set.of("avec"), "junto", Set.of("con", "a"), "juntos",
      Set.of("con"));

  /** Nouns that only name what a demonstrative points at: "right on this point" is "right on this". */
  private static final Set<String> POINTED = Set.of("point", "issue", "matter", "regard", "respect", "front", "punt",
      "kwestie", "zaak", "vlak", "punkt", "frage", "hinsicht", "question", "sujet", "punto", "cuestión", "asunto",
      "respecto", "tema");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "dit", "dat", "deze", "die", "diesem",
      "dieser", "diesen", "ce", "cette", "este", "esta", "ese", "esa");

  /** Whether token {@code i} is a noun that only names what the demonstrative before it points at ("this point"). */
  private static boolean pointReferredTo(List<Names.Token> tokens, int i) {
    return i > 0 && POINTED.contains(tokens.get(i).folded()) && DEMONSTRATIVES.contains(tokens.get(i - 1).folded());
  }

  /** Prepositions that say "with" in one word: "confront it alongside Russia" is "confront it with Russia". */
  private static final Set<String> WITH = Set.of("alongside");

  /**
   * Whether token {@code i} is "together" of "together with" ("samen met Zuid-Korea" is "met Zuid-Korea"), "along" of
   * "along with", or "alongside".
   */
  private static boolean togetherWith(List<Names.Token> tokens, int i) {
    if (WITH.contains(tokens.get(i).folded())) {
      return true;
    }
    Set<String> next = TOGETHER.get(tokens.get(i).folded());
    return next != null && i + 1 < tokens.size() && tokens.get(i + 1).word()
        && next.contains(tokens.get(i + 1).folded());
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
      for (String stem : stems(translation, source.language())) {
        if (source.stems().contains(stem)) {
          return true;
        }
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
    Set<String> out = new HashSet<>();
    glossary.translations(word, from, to).forEach(t -> out.add(normal(t)));
    if (out.isEmpty()) {
      String folded = LanguageDetector.fold(word);
      boolean comparative = COMPOUNDING.contains(from) && PIVOT.equals(to) && folded.endsWith("er");
      for (String lemma : lemmas(folded, from)) {
        for (String t : glossary.translations(lemma, from, to)) {
          out.add(normal(t));
          if (comparative && t.indexOf(' ') < 0) {
            out.add(comparative(normal(t))); // "sterker" is "stronger", not "strong"
          }
        }
      }
    }
    return out;
  }

  /** An English adjective's comparative: "safe" "safer", "strong" "stronger", "early" "earlier". */
  private static String comparative(String adjective) {
    return adjective.endsWith("e") ? adjective + "r"
        : adjective.endsWith("y") ? adjective.substring(0, adjective.length() - 1) + "ier" : adjective + "er";
  }

  /** Dictionaries write the Dutch "ij" as one letter (U+0133); texts never do. */
  private static String normal(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFKC);
  }

  private static final Pattern OPEN_SYLLABLE =
      Pattern.compile(".*[^aeiou][aeou][bcdfgklmnprstvz]");

  /** Candidate dictionary forms of an inflected word: "providing" may be "provide", "supplies" "supply". */
  static List<String> lemmas(String w) {
    List<String> out = new ArrayList<>();
    String[][] rules = {{"ies", "y"}, {"ied", "y"}, {"ying", "y"}, {"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"},
        {"d", ""}, {"es", ""}, {"s", ""}, {"en", ""}, {"de", ""}, {"te", ""}, {"t", ""}, {"e", ""}, {"er", ""},
        {"ere", ""}, {"ste", ""}};
    for (String[] r : rules) {
      if (w.endsWith(r[0]) && w.length() - r[0].length() >= 3) {
        String stem = w.substring(0, w.length() - r[0].length()) + r[1];
        out.add(stem);
        if (r[1].isEmpty() && OPEN_SYLLABLE.matcher(stem).matches()) {
          // Dutch writes a long vowel once in an open syllable: "groter", "grote" are forms of "groot"
          out.add(stem.substring(0, stem.length() - 1) + stem.charAt(stem.length() - 2) + stem.charAt(stem.length() - 1));
        }
      }
    }
    if (w.startsWith("ge") && w.length() > 6) {
      String stem = w.substring(2).replaceAll("[dt]$", "");
      out.add(stem + "en");
      out.add(stem);
    }
    return out;
  }

  /** Dutch particles a verb's participle puts before its "ge" ("aangepakt", "opgeroepen", "toegenomen"). */
  private static final List<String> DUTCH_PARTICLES = List.of("aan", "af", "bij", "door", "in", "mee", "na", "om",
      "onder", "op", "over", "terug", "toe", "uit", "vast", "voor", "weg", "samen", "tegen");
  /** Whether a (folded) word is a Dutch participle with its particle before the "ge" ("teruggewonnen"). */
  static boolean separableParticiple(String folded) {
    return DUTCH_PARTICLES.stream().anyMatch(p -> folded.startsWith(p + "ge") && folded.length() - p.length() >= 6);
  }

  private static final Pattern SHORT_VOWEL_CLOSED =
      Pattern.compile(".*(?:^|[^aeiou])[aeiou][bdgklmnprst]");
  private static final Pattern LONG_VOWEL_CLOSED =
      Pattern.compile(".*[^aeiou](aa|ee|oo|uu)[bcdfgklmnprstvz]");

  /**
   * Candidate dictionary forms of an inflected word of {@code language}: {@link #lemmas(String)}, and for Dutch the
   * infinitive of a regular verb's form, which dictionaries list alone: a participle after its particle ("aangepakt":
   * "aanpakken"), a stem whose spelling the infinitive changes ("ligt": "liggen", "gemaakt": "maken", "leeft":
   * "leven"). Only candidates: a caller keeps those a dictionary lists.
   */
  static List<String> lemmas(String w, String language) {
    List<String> out = lemmas(w);
    if (!language.equals("nl")) {
      return out;
    }
    for (String particle : DUTCH_PARTICLES) {
      if (w.startsWith(particle + "ge") && w.length() - particle.length() >= 6) {
        for (String lemma : lemmas(w.substring(particle.length()), language)) {
          if (lemma.endsWith("en")) {
            out.add(particle + lemma);
          }
        }
      }
    }
    List<String> stems = new ArrayList<>();
    if (w.startsWith("ge") && w.length() >= 6) {
      stems.add(w.substring(2).replaceAll("[dt]$", ""));
    }
    for (String ending : List.of("t", "te", "de", "ten", "den")) {
      if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
        stems.add(w.substring(0, w.length() - ending.length()));
      }
    }
    for (String stem : stems) {
      if (SHORT_VOWEL_CLOSED.matcher(stem).matches()) {
        out.add(stem + stem.charAt(stem.length() - 1) + "en"); // "lig": "liggen", "pak": "pakken"
      }
      if (LONG_VOWEL_CLOSED.matcher(stem).matches()) {
        out.add(stem.substring(0, stem.length() - 2) + stem.charAt(stem.length() - 1) + "en"); // "maak": "maken"
      }
      String voiced = stem.endsWith("f") ? stem.substring(0, stem.length() - 1) + "v"
          : stem.endsWith("s") ? stem.substring(0, stem.length() - 1) + "z" : null;
      if (voiced != null) {
        out.add(voiced + "en"); // "leef": "leven", "reis": "reizen"
        if (LONG_VOWEL_CLOSED.matcher(voiced).matches()) {
          out.add(voiced.substring(0, voiced.length() - 2) + voiced.charAt(voiced.length() - 1) + "en");
        }
      }
    }
    return out;
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
