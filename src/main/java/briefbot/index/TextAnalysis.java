package briefbot.index;

import briefbot.config.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an index analyses text: {@link Analyzers}' fields, with German and Dutch compounds split against the word lists
 * installed in one folder (Debian's {@code wngerman}, {@code wdutch}), and a German question's words' other forms, and a
 * German or Dutch word's roots, from the Hunspell dictionaries installed in another (Debian's {@code hunspell-de-de},
 * {@code hunspell-nl}).
 * Made once from the settings where a process is wired and handed to the index it opens; a list or dictionary is read
 * the first time a word of its language is split or looked up (ingest, a question's words), so a process that needs
 * none never holds one; a serving process reads them ahead ({@link #readDictionariesAhead}).
 */
public final class TextAnalysis {

  private static final Logger LOG = LoggerFactory.getLogger(TextAnalysis.class);

  /**
   * The order {@link #knows} reads dictionaries in: the cheapest first (German, Spanish ~0.2 s, Dutch 0.5, French
   * 0.7).
   */
  private static final List<String> SPELLING_ORDER = List.of("de", "es", "nl", "fr");

  /** Splits no compounds: the parts fields are not written and a question's words have no parts. */
  public static final TextAnalysis NO_WORD_LISTS = new TextAnalysis(List.of(), null, null);

  /** The installed lists, as found when the analysis was made. */
  private final Map<String, CompoundWords.ListFile> installed;
  /** What an index built with it records it split against ("de=ngerman/4725887 nl=dutch/5096240", or "none"). */
  private final String recorded;
  /** Analysers are thread-safe and reuse their token streams per thread: one serves every caller. */
  private final Analyzer shared;
  /** The folder of the Hunspell dictionaries a question's words' forms and roots are read from; null: none. */
  private final Path dictionaries;
  /** Where the word lists are kept once built ({@code BRIEFBOT_CACHE}); null: built in each process. */
  private final Path cache;
  /**
   * Each language's dictionary once read (a fresh one-question process's CPU: German about 0.25 s, Dutch 0.5 s);
   * absent where none is installed or read.
   */
  private final Map<String, Optional<WordForms>> hunspells = new ConcurrentHashMap<>();

  private TextAnalysis(List<CompoundWords.ListFile> installed, Path dictionaries, Path cache) {
    this.dictionaries = dictionaries;
    this.cache = cache;
    this.installed = installed.stream().collect(Collectors.toUnmodifiableMap(CompoundWords.ListFile::language,
        l -> l));
    this.recorded = installed.isEmpty() ? "none"
        : installed.stream().map(CompoundWords.ListFile::recorded).collect(Collectors.joining(" "));
    this.shared = perField();
  }

  /**
   * German and Dutch compounds split against the word lists in the folder {@code wordLists}, and a German question's
   * words also searched in their other forms that the Hunspell dictionary in the folder {@code dictionaries} lists
   * ({@link #forms}); none that a folder does not hold, or that is null. The index is written the same with or without
   * the dictionary.
   */
  public static TextAnalysis of(Path wordLists, Path dictionaries) {
    return of(wordLists, dictionaries, null);
  }

  /**
   * {@link #of(Path, Path)}, the word lists kept once built in the folder {@code cache} and read back from there by
   * later processes (null: built in each process).
   */
  public static TextAnalysis of(Path wordLists, Path dictionaries, Path cache) {
    return new TextAnalysis(CompoundWords.installed(wordLists), dictionaries, cache);
  }

  /**
   * The files the word lists installed in {@code wordLists} are kept in, in the cache folder {@code cache}: what a
   * cache folder that cannot be written must already hold.
   */
  public static List<Path> kept(Path wordLists, Path cache) {
    return CompoundWords.installed(wordLists).stream().map(list -> CompoundWords.kept(list, cache)).toList();
  }

  /**
   * The word lists and Hunspell dictionaries in the folders the settings name by default, for a caller that is given
   * none (tests, bench).
   */
  public static TextAnalysis byDefault() {
    return of(Settings.WORD_LISTS.defaultValue(), Settings.HUNSPELL.defaultValue());
  }

  /** One analyser for the whole index, choosing by field name ({@link Analyzers#perField}), for an index writer. */
  public Analyzer perField() {
    return Analyzers.perField(this::compoundWords);
  }

  /** The terms a text becomes in a field, a parts field included ({@link Analyzers#terms} for the others). */
  public List<String> terms(String field, String text) {
    return Analyzers.terms(shared, field, text);
  }

  /** Whether the parts field beside a body field is written: its language's word list is installed. */
  public boolean splitsCompounds(String bodyField) {
    String parts = IndexFields.parts(bodyField);
    return parts != null && installed.containsKey(parts.substring("parts_".length()));
  }

  /**
   * The stems of a word's compound parts in a body field's language, less the whole word's own ("Berufszweig":
   * beruf, zweig); empty for a word that is no compound of listed words, in another field, or without the word list.
   */
  public List<String> parts(String bodyField, String word) {
    String parts = IndexFields.parts(bodyField);
    if (parts == null || !splitsCompounds(bodyField)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(new LinkedHashSet<>(terms(parts, word)));
    out.removeAll(terms(bodyField, word));
    return out;
  }

  /**
   * The stems in a body field of a word's other inflected forms that its language's Hunspell dictionary lists, less
   * the word's own ("verkaufen": verkauft; "liegt": lieg), German only ({@link WordForms#FILES}); empty for a word the
   * dictionary does not know, in another field, or without the dictionary.
   */
  public List<String> forms(String bodyField, String word) {
    String parts = IndexFields.parts(bodyField);
    if (parts == null || dictionaries == null) {
      return List.of();
    }
    String language = parts.substring("parts_".length());
    Optional<WordForms> dictionary = WordForms.FORMS_SEARCHED.contains(language) ? hunspell(language)
        : Optional.empty();
    if (dictionary.isEmpty()) {
      return List.of();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (String form : dictionary.get().of(lower)) {
      out.addAll(terms(bodyField, form));
    }
    out.removeAll(terms(bodyField, lower));
    return List.copyOf(out);
  }

  /**
   * Whether an installed Hunspell dictionary (German, Dutch, Spanish, French) lists the word, as itself or as a form
   * of another: a word spelt right that the corpus does not hold, not a typo to offer another word for. False without
   * the dictionaries.
   */
  public boolean knows(String word) {
    return knows(word, null);
  }

  /**
   * {@link #knows(String)}, asking the dictionary of {@code language} (the question's; null: none) first, then those
   * already read, and reading another only while none has listed the word: the same answer, but a first refusal need
   * not read dictionaries it has no use for (French's, the largest, about 0.7 s of CPU).
   */
  public boolean knows(String word, String language) {
    if (dictionaries == null) {
      return false;
    }
    for (String asked : askingOrder(language)) {
      if (hunspell(asked).map(d -> d.spells(word)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** The question's language, then the dictionaries read (or found missing), then the rest, each once. */
  private List<String> askingOrder(String language) {
    Set<String> order = new LinkedHashSet<>();
    if (language != null && WordForms.FILES.containsKey(language)) {
      order.add(language);
    }
    SPELLING_ORDER.stream().filter(hunspells::containsKey).forEach(order::add);
    order.addAll(SPELLING_ORDER);
    order.addAll(new TreeSet<>(WordForms.FILES.keySet()));
    return List.copyOf(order);
  }

  /**
   * Whether the Hunspell dictionary of {@code language} is installed (German, Dutch, Spanish, French), so that {@link
   * #knows} can tell.
   */
  public boolean spellsIn(String language) {
    return dictionaries != null && WordForms.FILES.containsKey(language) && hunspell(language).isPresent();
  }

  /**
   * The words the Hunspell dictionary of {@code language} reads a word as a form of, as it writes them, that begin as
   * the word does, less the word itself ("Feuers": Feuer; "industriële": industrieel): what a dictionary that lists only
   * lemmas can look it up by. German and Dutch ({@link WordForms#ROOTS_READ}); empty for a word the dictionary does not
   * know, another language, or without the dictionary. The index is written the same with or without it.
   */
  public List<String> roots(String language, String word) {
    if (dictionaries == null || !WordForms.ROOTS_READ.contains(language)) {
      return List.of();
    }
    return hunspell(language).map(d -> d.roots(word)).orElse(List.of());
  }

  /**
   * Starts reading the installed word lists and Hunspell dictionaries (German first, then Dutch) on a daemon thread of
   * low priority, for a process that serves questions: its first German or Dutch question then finds them read (a
   * question's words are split against every language's list, and a Dutch word looked up by its lemma: together about
   * a second and a half of CPU) instead of reading them. A question that needs one while it is read waits for that
   * read, not a second one; a one-question process does not call this and reads only what it needs. Returns the
   * reading thread.
   */
  public Thread readDictionariesAhead() {
    return Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("briefbot-dictionaries-ahead").start(() -> {
      for (String language : new TreeSet<>(installed.keySet())) {
        read(language, "word list", () -> compoundWords(language));
      }
      if (dictionaries != null) {
        for (String language : new TreeSet<>(WordForms.FILES.keySet())) {
          read(language, "Hunspell dictionary", () -> hunspell(language));
        }
      }
    });
  }

  private static void read(String language, String what, Runnable reading) {
    try {
      reading.run();
    } catch (RuntimeException e) { // the question that needs it reads it again and says what is wrong
      LOG.warn("cannot read the {} {} ahead: {}", language, what, e.getMessage());
    }
  }

  /** A language's Hunspell dictionary, read the first time it is needed; empty when it is not installed. */
  private Optional<WordForms> hunspell(String language) {
    return hunspells.computeIfAbsent(language,
        l -> Optional.ofNullable(WordForms.installed(dictionaries, l)).map(WordForms::load));
  }

  /** What an index built with this analysis splits against, for its commit data: recorded once, as made. */
  public String wordListsRecorded() {
    return recorded;
  }

  /**
   * A language's list, read the first time a process needs it (an FST of 1-2 MB, {@link CompoundWords#load}); null
   * when it is not installed. The list file was statted once, when the analysis was made.
   */
  private CompoundWords compoundWords(String language) {
    CompoundWords.ListFile file = installed.get(language);
    return file == null ? null : CompoundWords.load(file, cache);
  }
}
