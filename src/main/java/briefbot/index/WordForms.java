package briefbot.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;

/**
 * A language's Hunspell dictionary: the other inflected forms of a word it lists ("verkauft" has verkaufen; "liegt"
 * has liegen) and the words a word is a form of, its roots ("Feuers": Feuer). Debian's {@code hunspell-de-de}
 * (GPL-2+), {@code hunspell-nl} (BSD / CC BY 3.0), {@code hunspell-es} and {@code hunspell-fr}, read from the folder the
 * user installed them in, never shipped.
 */
final class WordForms {

  /**
   * The dictionary files of each language, first found first: Debian names them by language and country. Not Spanish,
   * though Debian's {@code hunspell-es} reads its plurals and verb forms well ("islas": isla, "fluye": fluir): as
   * roots ({@code retrieval/LemmaTranslations}) the MLQA es->en fit part gained (answered / both / sure both 121 / 108
   * / 72 -> 123 / 109 / 74), the test part did not (176 / 158 / 103 -> 177 / 158 / 102), and Spanish questions on
   * left-out English articles answered more (draws 1-4: 21 -> 24 false of 330, one question three times: "ríos" as
   * river made a closest match of another river's paragraph), which the team's rule does not allow
   * (docs/cross-language.md).
   */
  static final Map<String, List<String>> FILES = Map.of("de", List.of("de_DE", "de_AT", "de_CH", "de"),
      "nl", List.of("nl", "nl_NL", "nl_BE"), "es", List.of("es_ES", "es"), "fr", List.of("fr_FR", "fr"));
  /**
   * The languages whose dictionary gives a word's roots ({@link TextAnalysis#roots}). Not Spanish (above) nor French
   * (not measured): their dictionaries (Debian's {@code hunspell-es}, GPL-3+ / LGPL-3+ / MPL-1.1; {@code
   * hunspell-fr-classical}, MPL-2.0) only tell a misspelt word from a word spelt right that no article writes.
   */
  static final Set<String> ROOTS_READ = Set.of("de", "nl");
  /**
   * The languages whose words' other forms are searched ({@link #of}). Not Dutch: OpenTaal lists a verb's stem and its
   * infinitive as two words ("bepaal", "bepalen"), so its forms met 11 of the 25 inflections a Dutch fit question wrote
   * otherwise than its gold paragraph, where DutchForms' rules meet 21, and searched they answered one more PolicyQA
   * question whose paragraph was left out (docs/cross-language.md).
   */
  static final Set<String> FORMS_SEARCHED = Set.of("de");
  /**
   * How many first letters a form shares with the word: the dictionary adds and drops prefixes as affixes, and those
   * make other words ("versuchen" of suchen, "unbekannt" of bekannt, "verwenden" of wenden).
   */
  static final int SAME_START = 3;
  /** How many asked words' forms are kept: a serving process asks new words for as long as it runs. */
  private static final int KEPT = 20_000;

  private final Hunspell hunspell;
  /** Each asked word's forms: a question asks a few words, and a process asks the same words again. */
  private final Cache<String, List<String>> forms = kept();
  /** Each asked word's roots, kept as its forms are. */
  private final Cache<String, List<String>> roots = kept();

  private static Cache<String, List<String>> kept() {
    // evicted on the caller's thread: no pool thread for a cache this small
    return Caffeine.newBuilder().maximumSize(KEPT).executor(Runnable::run).build();
  }

  private WordForms(Hunspell hunspell) {
    this.hunspell = hunspell;
  }

  /** The dictionary's two files ({@code .aff}, {@code .dic}) of a language in {@code folder}, or null. */
  static Path installed(Path folder, String language) {
    if (folder == null || !FILES.containsKey(language)) {
      return null;
    }
    for (String name : FILES.get(language)) {
      Path aff = folder.resolve(name + ".aff");
      if (Files.isReadable(aff) && Files.isReadable(folder.resolve(name + ".dic"))) {
        return aff;
      }
    }
    return null;
  }

  /**
   * Reads a dictionary from its {@code .aff} file and the {@code .dic} beside it, its words sorted in memory: sorted
   * through a directory (Lucene's offline sorter, here in memory too) the first Dutch read took 610-640 ms of its
   * thread's CPU in a fresh process, in memory 470-490 ms, the same dictionary (docs/cross-language.md). Lucene keeps no
   * read dictionary in a file of its own, so each process reads the {@code .dic} once.
   */
  static WordForms load(Path aff) {
    String name = aff.getFileName().toString();
    Path dic = aff.resolveSibling(name.substring(0, name.length() - ".aff".length()) + ".dic");
    try (InputStream affixes = Files.newInputStream(aff); InputStream words = Files.newInputStream(dic)) {
      return new WordForms(new Hunspell(new Dictionary(affixes, List.of(words), false, SortingStrategy.inMemory())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Hunspell dictionary " + aff, e);
    } catch (ParseException e) {
      throw new IllegalStateException("cannot parse the Hunspell dictionary " + aff + ": " + e.getMessage(), e);
    }
  }

  /**
   * The lower-case forms the dictionary lists for the words a lower-case word may be a form of, that begin as the word
   * does, the word itself excluded; none for a word the dictionary does not know. German nouns are listed capitalised,
   * so the word is also looked up so.
   */
  List<String> of(String word) {
    if (word.length() < SAME_START) {
      return List.of();
    }
    return forms.get(word, this::lookUp);
  }

  /** Whether the dictionary spells the word so (as written, or capitalised as a German noun is). */
  boolean spells(String word) {
    synchronized (hunspell) {
      return hunspell.spell(word);
    }
  }

  /**
   * The words the dictionary reads a word as a form of, as it writes them (a German noun capitalised), that begin as the
   * word does, the word itself excluded ("Feuers": Feuer; "industriële": industrieel; "islas": isla); none for a word
   * it does not know. A prefix the dictionary strips as an affix makes another word ("verhalf": half), hence the same
   * start.
   */
  List<String> roots(String word) {
    if (word.length() < SAME_START) {
      return List.of();
    }
    return roots.get(word, this::rootsOf);
  }

  private List<String> rootsOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    synchronized (hunspell) {
      for (String root : hunspell.getRoots(word)) {
        String rootLower = root.toLowerCase(Locale.ROOT);
        if (!rootLower.equals(lower) && rootLower.regionMatches(0, lower, 0, SAME_START)) {
          out.add(root);
        }
      }
    }
    return List.copyOf(out);
  }

  private List<String> lookUp(String word) {
    Set<String> out = new LinkedHashSet<>();
    String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
    synchronized (hunspell) { // its stemmer keeps buffers between calls
      for (String asked : capitalised.equals(word) ? List.of(word) : List.of(word, capitalised)) {
        for (String root : hunspell.getRoots(asked)) {
          for (AffixedWord form : hunspell.getAllWordForms(root)) {
            String lower = form.getWord().toLowerCase(Locale.ROOT);
            if (lower.regionMatches(0, word, 0, SAME_START)) {
              out.add(lower);
            }
          }
        }
      }
    }
    out.remove(word);
    return List.copyOf(out);
  }
}
