package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.index.Analyzers;
import briefbot.index.Analyzers.Quantity;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.index.ParagraphIndex.FieldTerm;
import briefbot.retrieval.Retrieval.Concept;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;

/** Turns a question into its key terms (concepts), each with its stems in every body field and its weight. */
final class Concepts {

  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern TEXT_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /**
   * A word with an apostrophe inside ("McDonald's", "B’Av", "d'Alembert"): an analyser without a possessive rule
   * indexes it whole, where a question's words are split at the apostrophe.
   */
  private static final Pattern GLUED = Pattern.compile("\\p{L}+(?:['’´`ʼ]\\p{L}+)+");
  private static final Pattern APOSTROPHE = Pattern.compile("['’´`ʼ]");
  /**
   * An era marker beside a year ("300 AD", "100CE", "AD 79", "44 v. Chr."): a way of writing the year, not a name a
   * passage must hold. A Spanish article writes "300 d.C." and an English one "100 CE" for the question's "100CE", so
   * read as a name the marker refused answerable questions ("the articles never mention AD").
   */
  private static final Pattern ERA = Pattern.compile(
      "(?<=\\p{N})\\s*(?:BCE|BC|CE|AD|[vn]\\.\\s?Chr\\.?)(?![\\p{L}\\p{N}])|\\bAD\\s+(?=\\p{N})");
  /** Words that shape a question but say nothing about its subject. */
  private static final Set<String> QUESTION_WORDS = Stream.of(
      "what", "who", "whom", "whose", "where", "when", "why", "how", "which", "many", "much", "did", "does", "do",
      "say", "said", "says", "tell", "told", "explain", "describe", "summarize", "summarise", "list", "give", "show",
      "according", "about", "there", "any", "anything", "happen", "happened", "latest", "news", "s", "t",
      "from", "during", "after", "before", "between", "against", "over", "under", "since", "until", "while", "also",
      "has", "have", "had", "having", "were", "been", "being", "am", "can", "could", "would", "should", "may", "might",
      "must", "shall", "its", "his", "her", "hers", "him", "he", "she", "we", "us", "our", "you", "your", "i", "me", "my",
      "them", "those", "some", "all", "more", "most", "other", "own", "same", "so", "than", "too", "very", "just",
      "only", "up", "down", "out", "off", "again", "further", "once", "here", "both", "each", "few", "nor", "now",
      "did", "doing", "done", "get", "got", "make", "made", "say", "said", "think", "know", "like", "way", "ever",
      "wat", "wie", "waar", "wanneer", "waarom", "hoe", "welke", "welk", "hoeveel", "zei", "zegt", "zeggen", "vertel",
      "beschrijf", "noem", "geef", "volgens", "over", "gebeurd", "gebeurde", "nieuws",
      "was", "wer", "wo", "wann", "warum", "wie", "welche", "sagte", "que", "qui", "où", "quand", "pourquoi",
      "comment", "combien", "dit", "qué", "quién", "dónde", "cuándo", "cómo", "cuántos", "dijo",
      // German and Spanish words that frame a question (the snowball stop lists lack them): "Wie nennt man...",
      // "Wann wurde...", "¿Según quién...?"
      "wurde", "wurden", "worden", "dass", "dafür", "davon", "darauf", "daran", "darüber", "dabei", "ab", "gibt",
      "gab", "nennt", "nennen", "genannt", "heißt", "hieß", "viele", "wieviel", "wieviele", "laut", "cuál", "cuáles",
      "cuántas", "cuánto", "cuánta", "quiénes", "según", "llama", "llamó", "llamado", "llamada",
      // modal verbs: "¿Qué pueden hacer...?" asks what they do; a dictionary reads "poder" as the noun "ability"
      "puede", "pueden", "podía", "podían", "podría", "podrían", "pudo", "pudieron", "debe", "deben", "debía",
      "kann", "können", "konnte", "konnten", "könnte", "könnten", "muss", "müssen", "musste", "mussten")
      .collect(Collectors.toUnmodifiableSet());
  private static final CharArraySet STOP = Analyzers.stopWords(QUESTION_WORDS);
  /** How much a translation's trust falls with its rarity beside the word's commonest translation: (df/max)^0.25. */
  private static final double FREQUENCY_EXPONENT = 0.25;

  /** A word's stems in each field with their trust (see {@link Concept#trusts}): 1 for the word's own. */
  private record Forms(Map<String, Map<String, Double>> trust) {

    Map<String, Set<String>> stems() {
      Map<String, Set<String>> out = new HashMap<>();
      trust.forEach((field, stems) -> out.put(field, new LinkedHashSet<>(stems.keySet())));
      return out;
    }

    Map<String, Map<String, Double>> trusts() {
      Map<String, Map<String, Double>> out = new HashMap<>();
      trust.forEach((field, stems) -> {
        Map<String, Double> below = new LinkedHashMap<>(stems);
        below.values().removeIf(w -> w >= 1);
        if (!below.isEmpty()) {
          out.put(field, below);
        }
      });
      return out;
    }
  }

  /** Translations kept per concept and language for the query: the surest, weighed by how often each occurs. */
  static final int TRANSLATIONS_SEARCHED = 6;
  /** How surely the first or last word of a name stands for another of its words. */
  private static final double NAME_PART = 0.5;
  /** The question's own word in another language's field, beside its translations: a cognate or a false friend. */
  private static final double UNTRANSLATED = 0.5;
  /**
   * How surely a passage's word found by {@link Names#otherEnding} of a name's translation means the name: below 1 in
   * every field, which is how {@link #fuzzy} tells such a concept, whose name the answering passage must hold.
   */
  private static final double FUZZY_TRANSLATION = 0.9;
  /** A spelling a word no dictionary lists may have in another language ({@link Cognates}), when the index holds it. */
  private static final double COGNATE = 0.6;

  private final ParagraphIndex index;
  private final Translations translations;

  /** How many words' translations are kept across questions ({@link KeptTranslations}): a few MB at most. */
  private static final int KEPT_WORDS = 4_096;

  Concepts(ParagraphIndex index, Translations translations) {
    this.index = index;
    this.translations = new KeptTranslations(translations, KEPT_WORDS);
  }


  /**
   * Whether the dictionary translates a German word into English as something other than itself: a common noun
   * ("Innenräumen": interiors) rather than a name it lists under its own spelling ("Berlin", "Mercedes").
   */
  private boolean listedNoun(String word) {
    Map<String, Double> english = translations.weighted(word, "de", "en");
    String folded = LanguageDetector.fold(word);
    return !english.isEmpty() && english.keySet().stream().noneMatch(t -> LanguageDetector.fold(t).equals(folded));
  }

  /**
   * Whether the dictionary has a German word as an entry of its own ("König": king, "Hurrikan": hurricane), not one
   * whose English translations are made from it: "George" is there as a noun, "Georgian", and stays the name.
   */
  private boolean entryOfItsOwn(String word) {
    if (!translations.headword(word, "de")) {
      return false;
    }
    String stem = LanguageDetector.fold(word).replaceFirst("e$", "");
    return translations.weighted(word, "de", "en").keySet().stream()
        .noneMatch(t -> LanguageDetector.fold(t).startsWith(stem));
  }

  /**
   * What the dictionaries say of a word of a language, from one look-up: whether they list it as a common word (they
   * translate it as something other than itself: "President", "Sohn", where a name has no entry or itself: "Caius",
   * "Berlin"), and its translations into every language they hold ("Guillermo": William).
   */
  record Entry(boolean common, Set<String> renderings) {}

  /** {@link Entry} of a word of a language. */
  Entry entry(String word, String language) {
    String folded = LanguageDetector.fold(word);
    boolean common = false;
    Set<String> renderings = new HashSet<>();
    for (Map<String, Double> found : translations.weighted(word, language).values()) {
      common |= found.keySet().stream().anyMatch(t -> !LanguageDetector.fold(t).equals(folded));
      renderings.addAll(found.keySet());
    }
    return new Entry(common, renderings);
  }

  /**
   * Whether a concept is a name found only through {@link #translated}: every stem of every field means it less surely
   * than a word means itself (a question's own word, a number and a name as written always keep one sure stem).
   */
  static boolean fuzzy(Concept c) {
    if (!c.name() || c.weight() == 0) {
      return false;
    }
    for (Map.Entry<String, Set<String>> field : c.stems().entrySet()) {
      for (String stem : field.getValue()) {
        if (c.trust(field.getKey(), stem) >= 1) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean isStopWord(String word) {
    return STOP.contains(word.toLowerCase(Locale.ROOT)) || STOP.contains(LanguageDetector.fold(word));
  }

  /**
   * The concepts of a text in a language, weighted by how rare they are among the index's {@code documents}; the
   * document frequencies of every form of every word are asked for at once (one round trip on a remote index).
   */
  List<Concept> of(String question, String language, int documents) {
    String text = ERA.matcher(question).replaceAll(era -> " ".repeat(era.group().length()));
    List<String> words = new ArrayList<>();
    List<Boolean> names = new ArrayList<>();
    List<Forms> forms = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    StringBuilder rest = new StringBuilder(text);
    for (Quantity q : numbers(text)) {
      String written = text.substring(q.start(), q.end());
      rest.replace(q.start(), q.end(), " ".repeat(written.length())); // its words are not concepts of their own
      if (seen.add(q.term())) {
        words.add(written);
        names.add(true);
        forms.add(number(q.term()));
      }
    }
    List<String> all = Arrays.stream(WORD.split(rest.toString().strip())).filter(w -> !w.isEmpty()).toList();
    BitSet asking = Interrogatives.inPhrases(rest.toString(), language); // "qué tipo de", "aus welchem Grund"
    BitSet hyphenated = hyphenated(rest.toString());
    Names.GermanWords german = new Names.GermanWords(this::listedNoun, this::entryOfItsOwn, hyphenated::get);
    List<List<Integer>> fullNames = new ArrayList<>();
    int lastName = -2;
    for (int i = 0; i < all.size(); i++) {
      String word = all.get(i);
      if (isStopWord(word) || asking.get(i) || Interrogatives.asks(word, language, i == 0)
          || (word.length() < 2 && !Character.isDigit(word.charAt(0)))) {
        continue;
      }
      if (!seen.add(LanguageDetector.fold(word))) {
        continue;
      }
      // "der Fluss Mono", "König Sho Toku": a listed noun names the name's kind; as a word of the name it would
      // stand for the name wherever it stands alone (shortForms)
      boolean name = Names.isName(all, i, language, this::listedNoun)
          && !Names.kindOfName(all, i, language, german);
      if (name && Character.isLetter(word.charAt(0))) {
        if (lastName != i - 1) {
          fullNames.add(new ArrayList<>());
        }
        fullNames.get(fullNames.size() - 1).add(words.size());
        lastName = i;
      }
      words.add(word);
      names.add(name);
      forms.add(forms(word, language, name));
    }
    fullNames.stream().filter(n -> n.size() > 1).forEach(n -> shortForms(n, forms));
    Set<FieldTerm> terms = new LinkedHashSet<>();
    forms.forEach(s -> s.stems().forEach((field, stems) -> stems.forEach(f -> terms.add(new FieldTerm(field, f)))));
    forms.forEach(s -> titleTerms(s).forEach(terms::add));
    Map<FieldTerm, Integer> docFreqs = terms.isEmpty() ? Map.of() : docFreqs(terms);
    List<Concept> concepts = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      concepts.add(concept(words.get(i), names.get(i), forms.get(i), docFreqs, documents));
    }
    return concepts;
  }

  /** Which of a text's words (as {@link #WORD} splits it) a hyphen joins to the next ("West-Nimar"). */
  private static BitSet hyphenated(String text) {
    BitSet out = new BitSet();
    Matcher m = TEXT_WORD.matcher(text);
    int i = -1;
    int end = -1;
    while (m.find()) {
      if (i >= 0 && text.substring(end, m.start()).equals("-")) {
        out.set(i);
      }
      i++;
      end = m.end();
    }
    return out;
  }

  /**
   * The concepts with a word the index never holds respelled as a passage spells it ("Isjiba" as "Ishiba",
   * "Maastrich" as "Maastricht"; "McDonald" or "Av" as the whole "McDonald's" or "B’Av" a passage writes with an
   * apostrophe), weighted again; the others as they were.
   */
  List<Concept> respell(List<Concept> question, String language, List<Passage> passages, int documents) {
    if (question.stream().noneMatch(c -> c.weight() == 0)) {
      return question;
    }
    Set<String> words = new LinkedHashSet<>();
    Map<String, Set<String>> foreign = new LinkedHashMap<>(); // the words of passages in another language, by language
    Map<String, String> glued = new HashMap<>();
    for (Passage p : passages) {
      boolean other = language != null && p.language() != null && !p.language().equals(language);
      for (String w : WORD.split(p.text())) {
        if (w.length() >= 4 && !isStopWord(w)) {
          words.add(w);
          if (other) {
            foreign.computeIfAbsent(p.language(), l -> new LinkedHashSet<>()).add(w);
          }
        }
      }
      Matcher m = GLUED.matcher(p.text());
      while (m.find()) {
        for (String part : APOSTROPHE.split(m.group())) {
          glued.putIfAbsent(LanguageDetector.fold(part), m.group());
        }
      }
    }
    List<Concept> out = new ArrayList<>(question);
    for (int i = 0; i < out.size(); i++) {
      Concept c = out.get(i);
      String respelled = c.weight() != 0 ? null
          : glued.getOrDefault(LanguageDetector.fold(c.word()), Names.respelling(c.word(), words));
      if (respelled == null && c.weight() == 0) {
        Concept abbreviated = abbreviated(c, language, passages, documents);
        if (abbreviated != null) {
          out.set(i, abbreviated);
          continue;
        }
        Concept translated = c.name() && c.word().chars().allMatch(Character::isLetter)
            ? translated(c, language, foreign, documents) : null;
        if (translated != null) {
          out.set(i, translated);
          continue;
        }
      }
      if (respelled != null) {
        Forms raw = forms(respelled, language);
        Set<FieldTerm> terms = new LinkedHashSet<>();
        raw.stems().forEach((field, stems) -> stems.forEach(f -> terms.add(new FieldTerm(field, f))));
        terms.addAll(titleTerms(raw));
        Concept respelledConcept = concept(c.word(), c.name(), raw, docFreqs(terms), documents);
        out.set(i, c.titled() && !respelledConcept.titled() ? new Concept(c.word(), c.name(),
            respelledConcept.weight(), respelledConcept.stems(), respelledConcept.trusts(), true) : respelledConcept);
      }
    }
    return out;
  }

  /**
   * A name the index never holds whose spelling or dictionary translation a passage of another language writes with
   * another ending or a letter off ({@link Names#otherEnding}: "Antarctica", whose German translation "Antarktika" a
   * German passage writes "Antarktis"; "Soviets": "Sowjets", "sowjetischen"; "Assyria": "Assyrien"): the passage's word,
   * as its language analyses it, stands for the name, so "the articles never mention" it is no longer said of that
   * passage and the model decides; null when no such passage writes it.
   */
  private Concept translated(Concept c, String language, Map<String, Set<String>> foreign, int documents) {
    if (foreign.isEmpty()) {
      return null;
    }
    Map<String, Map<String, Double>> translated = translations.weighted(c.word(), language);
    for (Map.Entry<String, Set<String>> passages : foreign.entrySet()) {
      Set<String> spellings = new LinkedHashSet<>();
      spellings.add(c.word());
      translated.getOrDefault(passages.getKey(), Map.of()).keySet().stream()
          .filter(t -> WORD.split(t.strip()).length == 1).forEach(spellings::add);
      for (String spelling : spellings) {
        String token = Names.otherEnding(spelling, passages.getValue());
        if (token == null) {
          continue;
        }
        Map<String, Map<String, Double>> surely = new HashMap<>();
        forms(token, passages.getKey()).trust().forEach((field, stems) -> {
          Map<String, Double> less = new LinkedHashMap<>();
          stems.forEach((stem, w) -> less.put(stem, w * FUZZY_TRANSLATION));
          surely.put(field, less);
        });
        Forms raw = new Forms(surely);
        Set<FieldTerm> terms = new LinkedHashSet<>();
        raw.stems().forEach((field, stems) -> stems.forEach(f -> terms.add(new FieldTerm(field, f))));
        Concept found = concept(c.word(), c.name(), raw, docFreqs(terms), documents);
        if (found.weight() > 0) {
          return c.titled() && !found.titled() ? new Concept(c.word(), c.name(), found.weight(), found.stems(),
              found.trusts(), true) : found;
        }
      }
    }
    return null;
  }

  /**
   * An abbreviation the index never holds ("NYC") as a passage or its article's title writes the name in full ("New
   * York City"), or a word that glues two of a passage's words together ("Superbowl": "Super Bowl"): the name's rarest
   * word stands for it ("York", "Bowl"), so the passages about the name hold the concept and "the articles never
   * mention NYC" is no longer said of them; null when no passage writes it so.
   */
  private Concept abbreviated(Concept c, String language, List<Passage> passages, int documents) {
    List<String> texts = new ArrayList<>();
    for (Passage p : passages) {
      if (p.title() != null) {
        texts.add(p.title());
      }
      texts.add(p.text());
    }
    Concept rarest = null;
    for (String w : Names.expansion(c.word(), texts)) {
      Forms raw = forms(w, language);
      Set<FieldTerm> terms = new LinkedHashSet<>();
      raw.stems().forEach((field, stems) -> stems.forEach(f -> terms.add(new FieldTerm(field, f))));
      Concept candidate = concept(c.word(), c.name(), raw, docFreqs(terms), documents);
      if (candidate.weight() > 0 && (rarest == null || candidate.weight() > rarest.weight())) {
        rarest = candidate;
      }
    }
    return rarest;
  }

  /**
   * How many paragraphs hold each term: in its body field, or for a German or Dutch word no paragraph writes whole,
   * inside their compounds (its parts field), so that "Armut" is weighed by the paragraphs of *Armutsgrenze* and a
   * translation only compounds hold is kept. A word written whole keeps its own frequency, as before the split.
   */
  private Map<FieldTerm, Integer> docFreqs(Set<FieldTerm> terms) {
    Set<FieldTerm> asked = new LinkedHashSet<>(terms);
    terms.forEach(t -> partsTerm(t).ifPresent(asked::add));
    Map<FieldTerm, Integer> found = index.docFreqs(asked);
    Map<FieldTerm, Integer> out = new HashMap<>();
    for (FieldTerm t : terms) {
      int df = found.getOrDefault(t, 0);
      out.put(t, df > 0 ? df : partsTerm(t).map(p -> found.getOrDefault(p, 0)).orElse(0));
    }
    return out;
  }

  private static Optional<FieldTerm> partsTerm(FieldTerm t) {
    String parts = IndexFields.parts(t.field());
    return parts == null ? Optional.empty() : Optional.of(new FieldTerm(parts, t.term()));
  }

  /**
   * A concept of these forms, weighted by the paragraphs' own words and titled when an article's title holds the word
   * as the neutral field analyses it. The titles tell whether the index holds a name at all ("the articles never
   * mention X"), and a concept only titles hold searches them ({@code Retriever.clause}); for every concept, as a
   * weaker BM25 clause (0.5 of a paragraph's own word), they moved one of 1,246 answerable fit questions and no
   * left-out one (docs/answerability.md), for a term more in every clause.
   */
  private static Concept concept(String word, boolean name, Forms forms, Map<FieldTerm, Integer> docFreqs,
      int documents) {
    Forms f = settle(forms, docFreqs);
    boolean titled = titleTerms(forms).stream().anyMatch(t -> docFreqs.getOrDefault(t, 0) > 0);
    return new Concept(word, name, weight(f, docFreqs, documents), f.stems(), f.trusts(), titled);
  }

  /** A word's own terms in the titles: its terms in the neutral field, which the titles are analysed as. */
  private static List<FieldTerm> titleTerms(Forms forms) {
    return forms.trust().getOrDefault(IndexFields.BODY_NEUTRAL, Map.of()).entrySet().stream()
        .filter(e -> e.getValue() >= 1 && !Analyzers.mayBeQuantity(e.getKey())).map(Map.Entry::getKey)
        .map(t -> new FieldTerm(IndexFields.TITLE_SEARCHED, t)).toList();
  }

  /**
   * The numbers a text writes in more than one token or with separators ("10,000", "ten thousand", "1,5 miljard"):
   * each is one concept, matched by its canonical term in the neutral field whatever the format or language.
   */
  private static List<Quantity> numbers(String text) {
    return Analyzers.quantities(text).stream().filter(q -> !q.term().startsWith("@")).toList();
  }

  /**
   * A name of several words is often written by its first or last one alone ("Yoon" for "Yoon Suk Yeol", "Biden"
   * for "Joe Biden"): each word of the name also matches those, half as surely as its own.
   */
  private static void shortForms(List<Integer> name, List<Forms> forms) {
    String neutral = IndexFields.BODY_NEUTRAL;
    int first = name.get(0);
    int last = name.get(name.size() - 1);
    Set<String> firstStems = Set.copyOf(forms.get(first).trust().get(neutral).keySet());
    Set<String> lastStems = Set.copyOf(forms.get(last).trust().get(neutral).keySet());
    for (int part : name) {
      Map<String, Double> stems = forms.get(part).trust().get(neutral);
      (part == first ? lastStems : part == last ? firstStems : union(firstStems, lastStems))
          .forEach(s -> stems.merge(s, NAME_PART, Math::max));
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  private static Forms number(String term) {
    Map<String, Map<String, Double>> trust = new HashMap<>();
    LanguageDetector.SUPPORTED.forEach(lang -> trust.put(IndexFields.body(lang), Map.of()));
    trust.put(IndexFields.BODY_NEUTRAL, Map.of(term, 1.0));
    return new Forms(trust);
  }

  /**
   * A word's stems in every body field: in its own language the word itself, in the others its translations (each
   * stem as trusted as the surest translation that gives it), or the word itself when it has none (a name); in the
   * neutral field the word as written.
   */
  private Forms forms(String word, String language) {
    return forms(word, language, false);
  }

  /**
   * As {@link #forms(String, String)}; a name's word also in the forms other languages write a country's, territory's
   * or language's name in ({@link Translations#placeNames}: "Kyrgyzstan", Spanish Kirguistán), as surely as the word.
   */
  private Forms forms(String word, String language, boolean name) {
    Map<String, Map<String, Double>> translated = translations.weighted(word, language);
    Map<String, Set<String>> places = name ? translations.placeNames(word, language) : Map.of();
    Map<String, Map<String, Double>> trust = new HashMap<>();
    for (String lang : LanguageDetector.SUPPORTED) {
      String field = IndexFields.body(lang);
      Map<String, Double> forms = new LinkedHashMap<>(translated.getOrDefault(lang, Map.of()));
      boolean untranslated = forms.isEmpty();
      if (untranslated && !lang.equals(language)) {
        Cognates.of(word, language, lang).forEach(c -> forms.put(c, COGNATE));
      }
      forms.merge(word, lang.equals(language) || untranslated ? 1.0 : UNTRANSLATED, Math::max);
      places.getOrDefault(lang, Set.of()).forEach(place -> forms.put(place, 1.0));
      Map<String, Double> stems = new LinkedHashMap<>();
      forms.forEach((form, weight) -> tokens(field, form).forEach(stem -> stems.merge(stem, weight, Math::max)));
      trust.put(field, stems);
    }
    Map<String, Double> neutral = new LinkedHashMap<>();
    analyze(IndexFields.BODY_NEUTRAL, Set.of(word)).forEach(t -> neutral.put(t, 1.0));
    trust.put(IndexFields.BODY_NEUTRAL, neutral);
    return new Forms(trust);
  }

  /**
   * A word's translations as the index holds them: those it never holds are dropped (they match nothing and cost
   * query time), and of the others the {@link #TRANSLATIONS_SEARCHED} surest are kept, each trusted less the rarer
   * it is beside the commonest: a dictionary lists a word's main sense and its rare ones alike, a corpus does not.
   */
  private static Forms settle(Forms forms, Map<FieldTerm, Integer> docFreqs) {
    Map<String, Map<String, Double>> out = new HashMap<>();
    forms.trust().forEach((field, stems) -> {
      Map<String, Integer> held = new LinkedHashMap<>();
      stems.forEach((stem, w) -> {
        int df = docFreqs.getOrDefault(new FieldTerm(field, stem), 0);
        if (df > 0 || w >= 1) {
          held.put(stem, df);
        }
      });
      int commonest = held.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      Map<String, Double> kept = new LinkedHashMap<>();
      held.entrySet().stream()
          .map(e -> Map.entry(e.getKey(), stems.get(e.getKey()) >= 1 ? 1.0
              : stems.get(e.getKey()) * Math.pow((double) e.getValue() / commonest, FREQUENCY_EXPONENT)))
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .limit(TRANSLATIONS_SEARCHED)
          .forEach(e -> kept.put(e.getKey(), e.getValue()));
      held.keySet().stream().filter(s -> stems.get(s) >= 1).forEach(s -> kept.put(s, 1.0));
      out.put(field, kept);
    });
    return new Forms(out);
  }

  Set<String> analyze(String field, Set<String> texts) {
    Set<String> out = new LinkedHashSet<>();
    for (String text : texts) {
      out.addAll(tokens(field, text));
    }
    return out;
  }

  List<String> tokens(String field, String text) {
    return index.terms(field, text);
  }

  /**
   * A text's terms in a field as far as the question's concepts can match them: in the neutral field without the
   * canonical numbers and months when none of the concepts has one there, since such a term could match nothing (and
   * finding numbers is most of the cost of analysing a passage); else all of them.
   */
  List<String> tokens(String field, String text, List<Concept> question) {
    return IndexFields.BODY_NEUTRAL.equals(field) && !holdsQuantity(question) ? index.wordTerms(field, text)
        : index.terms(field, text);
  }

  /** Whether any concept has a neutral-field stem that may be a canonical number or month. */
  static boolean holdsQuantity(List<Concept> question) {
    for (Concept c : question) {
      for (String stem : c.stems().getOrDefault(IndexFields.BODY_NEUTRAL, Set.of())) {
        if (Analyzers.mayBeQuantity(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Inverse document frequency of the concept's commonest form; a concept found nowhere weighs 0. */
  private static double weight(Forms forms, Map<FieldTerm, Integer> docFreqs, int documents) {
    int df = 0;
    for (var e : forms.stems().entrySet()) {
      for (String stem : e.getValue()) {
        df = Math.max(df, docFreqs.getOrDefault(new FieldTerm(e.getKey(), stem), 0));
      }
    }
    if (df == 0) {
      return 0;
    }
    int n = Math.max(1, documents);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}
