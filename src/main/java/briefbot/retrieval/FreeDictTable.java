package briefbot.retrieval;

import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import briefbot.retrieval.TermTable.Key;
import briefbot.retrieval.TermTable.Translation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns FreeDict dictionaries into a term table: for each pair of languages, each single word's translations from
 * the dictionary of that direction and from the reverse one, weighted by agreement and ambiguity, under the word
 * and under its stem.
 */
final class FreeDictTable {

  private static final int MAX_PHRASE_WORDS = 3;
  private static final String PROFILED = "en";
  private static final String ARTICLE = "the";

  /** "en>de" -> word -> its translations and which dictionaries gave each, in the order first seen. */
  private final Map<String, Map<String, GivenTranslations>> pairs = new HashMap<>();
  /** "en>de" -> word -> its senses: the lines of its entries in the dictionary of that direction. */
  private final Map<String, Map<String, Integer>> senses = new HashMap<>();
  /** language -> word -> how many senses of each part of speech its labels give, as headword or translation. */
  private final Map<String, Map<String, int[]>> parts = new HashMap<>();
  /** "en>nl" -> an English phrase's head -> the words whose translation it heads -> the phrase's first word. */
  private final Map<String, Map<String, Map<String, Headed>>> heads = new HashMap<>();

  /** A phrase's head's source word: the phrase's first word, and the share of the word's entry the phrase is. */
  private record Headed(String modifier, double back) {}

  /**
   * Each word's one string while the dictionaries are added: a word is a key of its pair, of its senses and of its
   * parts of speech and a translation of many others, read anew each time (1.8 million strings where 800,000 do).
   */
  private StringSet strings = new StringSet();

  private FreeDictTable() {}

  private String word(String text) {
    return strings.intern(text);
  }

  /** The table of the dictionaries; {@code folder} is where it will be kept, and where its rows are sorted. */
  static TermTable build(List<FreeDict.Source> sources, List<ApertiumBidix.Source> bidixes, Path folder)
      throws IOException {
    FreeDictTable table = new FreeDictTable();
    table.addFreeDict(sources);
    // Apertium's entries join FreeDict's as more senses: a translation both give, or both directions, weighs more
    for (ApertiumBidix.Source bidix : bidixes) {
      ApertiumBidix.read(bidix, entry -> table.add(bidix.from(), bidix.to(), entry, null));
    }
    table.strings = null; // all added: the words stay one string each
    return table.compile(folder);
  }

  private void addFreeDict(List<FreeDict.Source> sources) throws IOException {
    // each dictionary read once and kept as bytes: the entries are profiled before any is added, and added in the
    // sources' order (among translations of equal weight the first seen is kept first)
    Map<FreeDict.Source, PackedEntries> read = new LinkedHashMap<>();
    // nld-eng and spa-eng write some phrases without spaces ("TheHague", "campingground"): English headwords split
    Set<String> english = new HashSet<>();
    for (FreeDict.Source source : sources) {
      PackedEntries entries = new PackedEntries();
      boolean profiled = source.from().equals(PROFILED);
      FreeDict.read(source, entry -> {
        entries.add(entry);
        String word = entry.headword().toLowerCase(Locale.ROOT);
        if (profiled && word.indexOf(' ') < 0) {
          english.add(word);
        }
      });
      read.put(source, entries);
    }
    JoinedWords joined = new JoinedWords(english);
    Set<FreeDict.Source> whole = new HashSet<>();
    read.forEach((source, entries) -> {
      if (source.to().equals(PROFILED) && !source.from().equals(PROFILED)) {
        int[] counts = new int[2];
        entries.forEach(entry -> entry.senses().forEach(sense -> sense.forEach(term -> {
          if (term.text().indexOf(' ') < 0) {
            counts[0]++;
            counts[1] += joined.split(term.text()).equals(term.text()) ? 0 : 1;
          }
        })));
        if (JoinedWords.writesPhrasesWhole(counts[0], counts[1])) {
          whole.add(source);
        }
      }
    });
    for (var it = read.entrySet().iterator(); it.hasNext(); ) {
      var source = it.next();
      JoinedWords split = whole.contains(source.getKey()) ? joined : null;
      source.getValue().forEach(entry -> add(source.getKey().from(), source.getKey().to(), entry, split));
      it.remove(); // an added dictionary is let go while the next is added
    }
  }

  /** An entry of a dictionary from {@code from} to {@code to}; {@code joined} spaces its joined phrases, if any. */
  private void add(String from, String to, FreeDict.Entry entry, JoinedWords joined) {
    String word = word(entry.headword().toLowerCase(Locale.ROOT));
    boolean single = word.indexOf(' ') < 0;
    senses.computeIfAbsent(from + ">" + to, k -> new HashMap<>()).merge(word, entry.senses().size(), Integer::sum);
    for (List<FreeDict.Term> sense : entry.senses()) {
      int sensePos = entry.pos();
      for (FreeDict.Term term : sense) {
        sensePos |= entry.pos() == 0 ? term.pos() : 0; // "leave" -> "Urlaub <masc>": this sense of leave is a noun
      }
      if (single) {
        count(from, word, sensePos);
      }
      // how surely this dictionary gives its headword back for one of the sense's words, of this sense (the share of
      // all its senses is taken at the end). Read only in the small dictionaries that write phrases whole (nld-eng,
      // spa-eng): in deu-eng (Ding, 278,000 translations) a word's ties are mostly rare words of one sense, and a
      // phrase's head a rare compound ("died": verendete; "cysts": Follikelzysten)
      double back = joined == null ? 0 : 1.0 / sense.size();
      for (FreeDict.Term term : sense) {
        String t = word(english(to, term.text(), joined).toLowerCase(Locale.ROOT));
        if (t.indexOf(' ') < 0) {
          count(to, t, term.pos() != 0 ? term.pos() : entry.pos());
        }
        String[] words = t.split(" ");
        if (single && words.length <= MAX_PHRASE_WORDS) {
          candidates(from, to, word).merge(t, Given.FORWARD_SENSE);
        }
        boolean phrase = word.split(" ").length <= MAX_PHRASE_WORDS;
        if (words.length == 1 && phrase) {
          candidates(to, from, t).merge(word, Given.reverseSense(back));
        }
        String[] parts = t.split("[ -]");
        if (joined != null && parts.length == 2 && single && !JoinedWords.function(parts[1])
            && parts[1].length() >= 3 && !JoinedWords.function(parts[0])) {
          heads.computeIfAbsent(to + ">" + from, k -> new HashMap<>()).computeIfAbsent(parts[1], k -> new HashMap<>())
              .merge(word, new Headed(parts[0], back), (a, b) -> new Headed(a.modifier(), a.back() + b.back()));
        }
      }
    }
  }

  /**
   * An English translation of a dictionary that writes phrases whole, as texts write it: a joined phrase spaced
   * ("campingground": camping ground), and a name written with its article ("TheHague") as the name alone, which is how
   * a question says it. Others are read as they are: in deu-eng "the Galaxy" is the Milky Way, not "galaxy" (read as
   * the name alone, "in which galaxy is the Pistol Star located?" was refused on MLQA).
   */
  private static String english(String language, String text, JoinedWords joined) {
    if (!language.equals(PROFILED) || joined == null) {
      return text;
    }
    String spaced = joined.split(text);
    int space = spaced.indexOf(' ');
    if (space > 0 && spaced.substring(0, space).equalsIgnoreCase(ARTICLE) && spaced.indexOf(' ', space + 1) < 0
        && space + 1 < spaced.length() && Character.isUpperCase(spaced.charAt(space + 1))) {
      return spaced.substring(space + 1);
    }
    return spaced;
  }

  /** Only English words' parts of speech are kept: every translation that needs them goes into or through English. */
  private void count(String language, String word, int pos) {
    if (pos == 0 || !language.equals(PROFILED)) {
      return;
    }
    int[] counts = parts.computeIfAbsent(language, k -> new HashMap<>()).computeIfAbsent(word, k -> new int[4]);
    for (int i = 0; i < counts.length; i++) {
      counts[i] += (pos & PartOfSpeech.bit(i)) != 0 ? 1 : 0;
    }
  }

  private GivenTranslations candidates(String from, String to, String word) {
    return pairs.computeIfAbsent(from + ">" + to, k -> new HashMap<>()).computeIfAbsent(word,
        k -> new GivenTranslations());
  }

  /**
   * A phrase's head gives its source word back where the phrase names a kind of the head ("trade union", "tented
   * camp"), not where it is a verb with its object or particle ("hold back", "pay attention"): the first word is
   * not mostly a verb and the head has a noun's sense, by the dictionaries' labels (an unlabelled word may be
   * either). Only a word with translations of its own gets more from the phrases it heads, weighing less than its own:
   * an inflected form the dictionaries do not list ("cities", "called") is looked up by its lemma, which a phrase
   * ("emerging cities", "so called") must not shadow.
   */
  private void addHeads() {
    Map<String, int[]> english = parts.getOrDefault(PROFILED, Map.of());
    heads.forEach((pair, byHead) -> byHead.forEach((head, words) -> {
      int[] headParts = english.get(head);
      GivenTranslations own = pairs.getOrDefault(pair, Map.of()).get(head);
      if (headParts != null && headParts[1] == 0 || own == null) {
        return;
      }
      words.forEach((word, headed) -> {
        int[] first = english.get(headed.modifier());
        if (first == null || first[0] <= first[1] + first[2]) {
          own.merge(word, Given.headSense(headed.back()));
        }
      });
    }));
    heads.clear();
  }

  /**
   * The table: each pair's words with their ranked translations, their stems and the English words' parts of
   * speech, as rows sorted on disk, so that the table is compiled once the dictionaries' words are let go; a pair's
   * words are let go as they are ranked.
   */
  private TermTable compile(Path folder) throws IOException {
    addHeads();
    try (TableRows rows = new TableRows(folder)) {
      for (String pair : List.copyOf(pairs.keySet())) {
        add(pair.substring(0, 2), pair.substring(3), pairs.remove(pair), rows);
      }
      senses.clear();
      for (var language : parts.entrySet()) {
        for (var word : language.getValue().entrySet()) {
          rows.add(TermTable.key(language.getKey(), language.getKey(), Key.POS, word.getKey()),
              TermTable.encode(TranslationRanking.profile(word.getValue())));
        }
      }
      parts.clear();
      return rows.table();
    }
  }

  /** A pair's words, each with its ranked translations, and their stems, each with its words' best. */
  private void add(String from, String to, Map<String, GivenTranslations> words, TableRows rows) throws IOException {
    Map<String, StemTranslations> byStem = new HashMap<>();
    Map<String, Integer> senseCounts = senses.getOrDefault(from + ">" + to, Map.of());
    Map<String, Integer> reverseCounts = senses.getOrDefault(to + ">" + from, Map.of());
    for (var it = words.entrySet().iterator(); it.hasNext(); ) {
      var word = it.next();
      int count = senseCounts.getOrDefault(word.getKey(), word.getValue().size());
      List<Translation> ranked = TranslationRanking.rank(word.getValue(), count, reverseCounts);
      rows.add(TermTable.key(from, to, Key.WORD, word.getKey()), TermTable.encode(ranked));
      List<String> stems = Analyzers.terms(IndexFields.body(from), word.getKey());
      if (stems.size() == 1) {
        StemTranslations merged = byStem.computeIfAbsent(stems.get(0), k -> new StemTranslations());
        ranked.forEach(merged::add);
      }
      it.remove(); // the stems are merged in the words' order, kept: removing an entry leaves the others' order
    }
    for (var stem : byStem.entrySet()) {
      rows.add(TermTable.key(from, to, Key.STEM, stem.getKey()),
          TermTable.encode(TranslationRanking.best(stem.getValue().translations())));
    }
  }
}
