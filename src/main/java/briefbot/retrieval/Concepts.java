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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a question into its key terms (concepts), each with its stems in every body field and its weight; its parts:
 * {@link QuestionWords} (what is no concept), {@link FieldForms} and {@link ConceptForms} (a word's stems in every
 * field), {@link ConceptWeights} (how rare the index holds them), {@link Respellings} (words the index never holds,
 * found again in the passages) and {@link DictionaryEntries} (a word's dictionary entry).
 */
final class Concepts {

  /** What splits a text into words. */
  static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern TEXT_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** English words a noun follows as its owner's ("whose son", "his son"; "s" of "the ruler's son"). */
  private static final Set<String> POSSESSIVES =
      Set.of("whose", "his", "her", "their", "its", "my", "your", "our", "s");
  /** A word written as a name's: a capital, then lower-case letters (not "WWF", "CS2", "McDonald"). */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
  private static final Pattern BRACKET = Pattern.compile("[()\\[\\]]");
  /**
   * An era marker beside a year ("300 AD", "100CE", "AD 79", "44 v. Chr."): a way of writing the year, not a name a
   * passage must hold. A Spanish article writes "300 d.C." and an English one "100 CE" for the question's "100CE", so
   * read as a name the marker refused answerable questions ("the articles never mention AD").
   */
  private static final Pattern ERA = Pattern.compile(
      "(?<=\\p{N})\\s*(?:BCE|BC|CE|AD|[vn]\\.\\s?Chr\\.?)(?![\\p{L}\\p{N}])|\\bAD\\s+(?=\\p{N})");

  private final ParagraphIndex index;
  private final DictionaryEntries entries;
  private final FieldForms forms;
  private final ConceptWeights weights;
  private final Respellings respellings;
  private final Translations translations;

  /** How many words' translations are kept across questions ({@link KeptTranslations}): a few MB at most. */
  private static final int KEPT_WORDS = 4_096;

  Concepts(ParagraphIndex index, Translations translations) {
    this.index = index;
    Translations kept = new KeptTranslations(translations, KEPT_WORDS);
    this.entries = new DictionaryEntries(kept);
    this.forms = new FieldForms(index, kept);
    this.weights = new ConceptWeights(index);
    this.respellings = new Respellings(index, forms, weights, kept);
    this.translations = kept;
  }

  /**
   * What the dictionaries say of a word of a language, from one look-up: whether they list it as a common word (they
   * translate it as something other than itself: "President", "Sohn", where a name has no entry or itself: "Caius",
   * "Berlin"), and its translations into every language they hold ("Guillermo": William).
   */
  record Entry(boolean common, Set<String> renderings) {}

  /** {@link Entry} of a word of a language. */
  Entry entry(String word, String language) {
    return entries.entry(word, language);
  }

  /**
   * Whether a concept is a name found only through {@link Respellings} in another language's passage: every stem of
   * every field means it less surely than a word means itself (a question's own word, a number and a name as written
   * always keep one sure stem).
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
    return QuestionWords.isStopWord(word);
  }

  /**
   * The concepts of a text in a language, weighted by how rare they are among the index's {@code documents}; the
   * document frequencies of every form of every word are asked for at once (one round trip on a remote index).
   */
  List<Concept> of(String question, String language, int documents) {
    return read(question, language, documents).concepts();
  }

  /**
   * A question's concepts, and by their place among them those of its names' words that the index never holds in any
   * form and that only a common word of the name stands for ("Onur" of "Onur Air", held by "Air"), as they are without
   * that stand-in (weight 0): what {@link #respell(Read, String, List, int)} reads where the passages allow.
   */
  record Read(List<Concept> concepts, Map<Integer, Concept> unstood) {}

  /** {@link #of}, with the {@link Read#unstood} words. */
  Read read(String question, String language, int documents) {
    String text = ERA.matcher(question).replaceAll(era -> " ".repeat(era.group().length()));
    List<String> words = new ArrayList<>();
    List<Boolean> names = new ArrayList<>();
    List<ConceptForms> wordForms = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    StringBuilder rest = new StringBuilder(text);
    for (Quantity q : numbers(text)) {
      String written = text.substring(q.start(), q.end());
      rest.replace(q.start(), q.end(), " ".repeat(written.length())); // its words are not concepts of their own
      if (seen.add(q.term())) {
        words.add(written);
        names.add(true);
        wordForms.add(ConceptForms.number(q.term()));
      }
    }
    List<String> all = Arrays.stream(WORD.split(rest.toString().strip())).filter(w -> !w.isEmpty()).toList();
    BitSet asking = Interrogatives.inPhrases(rest.toString(), language); // "qué tipo de", "aus welchem Grund"
    BitSet hyphenated = hyphenated(rest.toString());
    BitSet bracketed = afterBracket(rest.toString());
    boolean mixedCase = mixedCase(all);
    // read only where a word is some other language's stop word: most questions have none, and the detector and the
    // name reading are work on every question's answer path
    boolean told = all.stream().anyMatch(w -> isStopWord(w) && !QuestionWords.isStopWord(w, language))
        && LanguageDetector.questionLanguages(text).equals(List.of(language))
        && (!words.isEmpty() || names(all, language));
    NameWords.GermanWords german = new NameWords.GermanWords(entries::listedNoun, entries::entryOfItsOwn, hyphenated::get);
    List<List<Integer>> fullNames = new ArrayList<>();
    int lastName = -2;
    for (int i = 0; i < all.size(); i++) {
      String word = all.get(i);
      boolean abbreviation = i > 0 && mixedCase && abbreviation(word);
      if (!abbreviation && stopWord(all, i, language, told, hyphenated) || asking.get(i)
          || Interrogatives.asks(word, language, i == 0) || (word.length() < 2 && !Character.isDigit(word.charAt(0)))) {
        continue;
      }
      if (!seen.add(LanguageDetector.fold(word))) {
        continue;
      }
      // "der Fluss Mono", "König Sho Toku": a listed noun names the name's kind; as a word of the name it would
      // stand for the name wherever it stands alone (shortForms)
      boolean name = NameWords.isName(all, i, language, entries::listedNoun)
          && !NameWords.kindOfName(all, i, language, german);
      if (name && Character.isLetter(word.charAt(0))) {
        // a bracket ends a name ("wat zei Bedford (Susan Chepkemei)" names two people, not one whose parts stand
        // for each other) unless it opens the name's abbreviation ("Openbaar Ministerie (OM)")
        if (lastName != i - 1 || bracketed.get(i) && !word.equals(word.toUpperCase(Locale.ROOT))) {
          fullNames.add(new ArrayList<>());
        }
        fullNames.get(fullNames.size() - 1).add(words.size());
        lastName = i;
      }
      words.add(word);
      names.add(name);
      wordForms.add(abbreviation && isStopWord(word) ? ConceptForms.asWritten(word) : forms.of(word, language, name));
    }
    // the short forms add no term: a name's words stand for each other by their own neutral stems, asked for already
    Set<FieldTerm> terms = new LinkedHashSet<>();
    wordForms.forEach(s -> terms.addAll(ConceptWeights.terms(s)));
    wordForms.forEach(s -> ConceptWeights.titleTerms(s).forEach(terms::add));
    Map<FieldTerm, Integer> docFreqs = terms.isEmpty() ? Map.of() : weights.docFreqs(terms);
    Map<Integer, Concept> unstood = new HashMap<>();
    for (List<Integer> name : fullNames) {
      if (name.size() > 1) {
        unstood.putAll(unstood(name, words, wordForms, language, docFreqs, documents));
        ConceptForms.shortForms(name, wordForms);
      }
    }
    List<Concept> concepts = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Concept c = ConceptWeights.concept(words.get(i), names.get(i), wordForms.get(i), docFreqs, documents);
      concepts.add("en".equals(language) && !c.name() ? c.withForms(WordFamilies.englishForms(c.word(), all)) : c);
    }
    unstood.keySet().removeIf(at -> concepts.get(at).weight() == 0); // no stand-in held it: nothing to take away
    return new Read(concepts, unstood);
  }

  /**
   * The words of a name of several words that the index never holds in any form, written as a name's word is (a
   * capital, then lower-case letters: not "WWF", not "CS2"), as concepts without the short forms of the name's common
   * words ({@link #standsIn}), where those were all that held them: by their place in {@code words}. Read before the
   * short forms are added; the dictionaries are read only for a name that holds such a word.
   */
  private Map<Integer, Concept> unstood(List<Integer> name, List<String> words, List<ConceptForms> wordForms,
      String language, Map<FieldTerm, Integer> docFreqs, int documents) {
    Set<Integer> unheld = new LinkedHashSet<>();
    for (int part : name) {
      if (NAME_WORD.matcher(words.get(part)).matches()
          && ConceptWeights.concept(words.get(part), true, wordForms.get(part), docFreqs, documents).weight() == 0) {
        unheld.add(part);
      }
    }
    if (unheld.isEmpty()) {
      return Map.of();
    }
    List<ConceptForms> bare = new ArrayList<>(wordForms);
    name.forEach(part -> bare.set(part, copy(wordForms.get(part))));
    Map<Integer, Boolean> common = new HashMap<>();
    ConceptForms.shortForms(name, bare, (part, standIn) -> !unheld.contains(part)
        || !common.computeIfAbsent(standIn, at -> standsIn(words.get(at), language)));
    Map<Integer, Concept> out = new HashMap<>();
    for (int part : unheld) {
      Concept c = ConceptWeights.concept(words.get(part), true, bare.get(part), docFreqs, documents);
      if (c.weight() == 0) {
        out.put(part, c);
      }
    }
    return out;
  }

  /**
   * Whether a word of a name is a common word the dictionaries translate as another ("Air", "Region", "Institute",
   * "Princess") and no place name ("India" is one): what stands for a name's other word only by being common.
   */
  private boolean standsIn(String word, String language) {
    return entries.entry(word, language).common() && translations.placeNames(word, language).isEmpty();
  }

  private static ConceptForms copy(ConceptForms forms) {
    Map<String, Map<String, Double>> trust = new HashMap<>();
    forms.trust().forEach((field, stems) -> trust.put(field, new LinkedHashMap<>(stems)));
    return new ConceptForms(trust);
  }

  /**
   * The concepts with a word the index never holds respelled as a passage spells it ({@link #respell(List, String,
   * List, int)}), after the question's {@link Read#unstood} words lose their common stand-in: only where every passage
   * is in the question's language (an article of another language writes a name's word otherwise, "Friedrich" for
   * "Frederick", and the common word is what finds it) and the index holds no word spelled near the unstood one
   * ("Shawn" for "Shaun"), so that a name no article writes is said to be never mentioned.
   */
  List<Concept> respell(Read asked, String language, List<Passage> passages, int documents) {
    List<Concept> question = asked.concepts();
    if (!asked.unstood().isEmpty() && language != null
        && passages.stream().allMatch(p -> p.language() == null || language.equals(p.language()))) {
      List<Concept> narrowed = new ArrayList<>(question);
      asked.unstood().forEach((at, bare) -> {
        if (!index.holdsNearSpelling(bare.word())) {
          narrowed.set(at, bare);
        }
      });
      question = narrowed;
    }
    return respell(question, language, passages, documents);
  }

  /**
   * Whether the word at {@code i} of a question's words is no concept: a stop word of the question's language, or of
   * another language unless the question's function words tell its language and it names something ({@code told}),
   * and the word is one of that language's common words, written in lower case and no particle of a name ("Which war
   * ended in 1648?", "When did Chopin die?" in English; not "Vincent van Gogh"). Any of the five languages' stop words
   * took the English question's "war", "die", "son", "era" and "men" for German, Dutch and Spanish ones, and the
   * question was searched and judged without its subject. A question that names nothing keeps them out: such a word
   * would be all it asks by ("What did the letter want ...?", "When did he die?"), and any article that writes it
   * answered it. A word a hyphen joins to the capitalised word before it is that name's piece ("Kim Jong-un" keeps no
   * French "un", which an English text holds as the abbreviation "UN"); after an English possessive it is the noun
   * owned, not a particle ("whose son Chopin").
   */
  private boolean stopWord(List<String> words, int i, String language, boolean told, BitSet hyphenated) {
    String word = words.get(i);
    if (!isStopWord(word)) {
      return false;
    }
    if (!told || QuestionWords.isStopWord(word, language) || !word.equals(word.toLowerCase(Locale.ROOT))) {
      return true;
    }
    boolean particle = i + 1 < words.size() && Character.isUpperCase(words.get(i + 1).codePointAt(0))
        && !(i > 0 && "en".equals(language) && POSSESSIVES.contains(words.get(i - 1).toLowerCase(Locale.ROOT)));
    boolean piece = i > 0 && hyphenated.get(i - 1) && Character.isUpperCase(words.get(i - 1).codePointAt(0));
    return particle || piece || !entries.entry(word, language).common();
  }

  /**
   * Whether a question's words (its numbers taken out) hold a name that is no stop word; a first word counts where it
   * asks nothing and the dictionaries list no such common word ("Chopin was active during what era?").
   */
  private boolean names(List<String> words, String language) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean first = i == 0 && Character.isUpperCase(word.codePointAt(0)) && !Interrogatives.asks(word, language, true)
          && !entries.entry(word, language).common();
      if (!isStopWord(word) && (first || NameWords.isName(words, i, language, entries::listedNoun))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word is written as an abbreviation: two to four capitals ("IS", "US", "WHO", Dutch "OM", "VS"). Inside a
   * question written in {@link #mixedCase} such a word names something even where it is a stop word in lower case
   * ("still with IS according to the AIVD": Islamic State, not "is"); passages hold it only as written in capitals
   * ({@link ConceptMatches}).
   */
  static boolean abbreviation(String word) {
    return word.length() >= 2 && word.length() <= 4 && word.chars().allMatch(c -> Character.isUpperCase(c));
  }

  /** Whether a concept is a stop word in lower case that the question wrote as an {@link #abbreviation}. */
  static boolean writtenAbbreviation(Concept c) {
    return abbreviation(c.word()) && isStopWord(c.word());
  }

  /** A question in mixed case: more of its words hold a lower-case letter than are all capitals (no shouted one). */
  private static boolean mixedCase(List<String> words) {
    long lower = words.stream().filter(w -> w.chars().anyMatch(Character::isLowerCase)).count();
    long capitals = words.stream().filter(w -> w.chars().anyMatch(Character::isLetter)
        && w.chars().noneMatch(Character::isLowerCase)).count();
    return lower > capitals;
  }

  /** Which of a text's words (as {@link #WORD} splits it) a bracket separates from the word before. */
  private static BitSet afterBracket(String text) {
    return after(text, between -> BRACKET.matcher(between).find());
  }

  /** Which of a text's words (as {@link #WORD} splits it) a hyphen joins to the next ("West-Nimar"). */
  private static BitSet hyphenated(String text) {
    BitSet after = after(text, "-"::equals);
    return after.get(1, Math.max(1, after.length()));
  }

  /** Which of a text's words ({@link #WORD}) follow a stretch from the word before that {@code gap} takes. */
  private static BitSet after(String text, Predicate<String> gap) {
    BitSet out = new BitSet();
    Matcher m = TEXT_WORD.matcher(text);
    int i = -1;
    int end = -1;
    while (m.find()) {
      i++;
      if (end >= 0 && gap.test(text.substring(end, m.start()))) {
        out.set(i);
      }
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
    return respellings.respell(question, language, passages, documents);
  }

  /**
   * The numbers a text writes in more than one token or with separators ("10,000", "ten thousand", "1,5 miljard"):
   * each is one concept, matched by its canonical term in the neutral field whatever the format or language.
   */
  private static List<Quantity> numbers(String text) {
    return Analyzers.quantities(text).stream().filter(q -> !q.term().startsWith("@")).toList();
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
}
