package briefbot.index;

import briefbot.cache.StampedFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A language's word list, and the split of a lower-case word into two listed words (a modifier, a linking letter or
 * two, a head): "armutsgrenze" is armut + s + grenze. The lists are Debian's {@code wngerman} (GPL-2+) and
 * {@code wdutch} (OpenTaal, BSD or CC BY 3.0), read from the folder the user installed them in, never shipped.
 */
final class CompoundWords {

  private static final Logger LOG = LoggerFactory.getLogger(CompoundWords.class);
  /** Raised when what a cached list holds changes (the words kept, their form), so that an older one is built again. */
  private static final String FORMAT = "1";
  /**
   * The lists read in this process, by language and stamp: tests, bench runs and commands that open an index many
   * times read each once, as the dictionaries' table is ({@code retrieval/DictionaryTables}).
   */
  private static final Map<String, CompoundWords> OPEN = new ConcurrentHashMap<>();

  /** The list file of each language that has compounds written as one word. */
  static final Map<String, String> FILES = Map.of("de", "ngerman", "nl", "dutch");
  /** A part shorter than this is too often a syllable that happens to be a word ("arm", "ei"). */
  static final int MIN_PART = 4;
  /** Compounds of two 4-letter Dutch words are mostly derived words that look like them ("rege|ring", "over|heid"). */
  private static final Map<String, Integer> MIN_WORD = Map.of("de", 8, "nl", 9);
  /** Linking elements between modifier and head (Fugenelemente, tussenklanken), longest first. */
  private static final Map<String, List<String>> LINKS = Map.of(
      "de", List.of("ens", "es", "en", "er", "s", "n", "e", ""),
      "nl", List.of("en", "s", "e", ""));
  /**
   * Heads that are listed words but end words as suffixes: "Freund|schaft", "Lehrer|innen",
   * "over|heid". A word ending so is derived, not compounded.
   */
  private static final Map<String, Set<String>> SUFFIXES = Map.of(
      "de", Set.of("schaft", "schaften", "heit", "heiten", "keit", "keiten", "innen", "rinnen", "ungen", "lich",
          "tums"),
      "nl", Set.of("heid", "heden", "schap", "schappen", "lijk", "lijke", "lijker", "baar", "bare", "ling", "lingen",
          "ingen", "achtig", "loos", "loze", "zaam", "zame", "isch", "ische"));
  /**
   * How deep a head is split again: "kommunalwahlkampf" = kommunal + wahlkampf, wahlkampf = wahl + kampf (a modifier
   * is not: "overbrugging" is no "overbrug" + "ging").
   */
  private static final int DEPTH = 2;
  /** Words that begin words without compounding them: "onder|nemingen", "über|setzung" are derived words. */
  private static final Map<String, CharArraySet> FUNCTION_WORDS = Map.of(
      "de", GermanAnalyzer.getDefaultStopSet(), "nl", DutchAnalyzer.getDefaultStopSet());

  private final String language;
  private final ListedWords words;

  CompoundWords(String language, ListedWords words) {
    this.language = language;
    this.words = words;
  }

  /**
   * A list file as found when the analysis was made: the index records the size it was split against; the stamp
   * (path, size, date) names the list read for it, once a process ({@link #load}).
   */
  record ListFile(String language, Path file, long size, String stamp) {

    /** How an index's commit data names it: "de=ngerman/4725887". */
    String recorded() {
      return language + "=" + file.getFileName() + "/" + size;
    }
  }

  /** The list files installed in {@code folder} (none for a null folder), German first. */
  static List<ListFile> installed(Path folder) {
    List<ListFile> out = new ArrayList<>();
    for (String language : List.of("de", "nl")) {
      Path file = folder == null ? null : folder.resolve(FILES.get(language));
      try {
        if (file != null && Files.isRegularFile(file)) {
          out.add(new ListFile(language, file, Files.size(file), stamp(file)));
        }
      } catch (IOException e) {
        // unreadable: not installed
      }
    }
    return out;
  }

  /**
   * The list in {@code list}'s file, read once a process and held compact (an FST of one or two MB). Building it takes
   * one to three seconds of CPU (a cold process's German list about three); with a {@code cache} folder it is built
   * once, kept there under a name stamped with the list file's path, size and date ({@link StampedFiles}), and read
   * back in milliseconds by later processes. Null: built in each process.
   */
  static CompoundWords load(ListFile list, Path cache) {
    return OPEN.computeIfAbsent(list.language() + "-" + list.stamp(), key -> new CompoundWords(list.language(),
        cache == null ? build(list) : cached(list, kept(list, cache))));
  }

  /** The file {@link #load} keeps {@code list} in, in {@code cache}. */
  static Path kept(ListFile list, Path cache) {
    return cache.resolve("words-" + list.language() + "-" + list.stamp() + ".fst");
  }

  /** The list cached in {@code file}, or built and written there atomically (kept in memory only if it cannot be). */
  static ListedWords cached(ListFile list, Path file) {
    StampedFiles kind = new StampedFiles("words-" + list.language() + "-", ".fst");
    if (Files.isRegularFile(file)) {
      try {
        ListedWords words = ListedWords.read(file); // read whole: deleting the file later changes nothing here
        kind.keepOnly(file);
        return words;
      } catch (IOException | RuntimeException e) { // a truncated or foreign file: built again and replaced
        LOG.warn("cannot read the cached word list {} ({}): building it again", file, e.getMessage());
      }
    }
    ListedWords words = build(list);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "words", ".tmp");
      try {
        words.save(tmp);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
      kind.keepOnly(file).forEach(old -> LOG.info("deleted the old cached word list {}", old));
    } catch (IOException e) {
      LOG.warn("cannot cache the word list in {} ({}): it is built again next start", file.getParent(),
          e.getMessage());
    }
    return words;
  }

  /** The list file's path, size and date and the format: another list, or the same one updated, is another stamp. */
  private static String stamp(Path file) throws IOException {
    return StampedFiles.stamp(FORMAT, List.of(file), p -> p.toAbsolutePath().toString());
  }

  /** The words of {@code list}'s file that a part can be, lower-cased, as a set. */
  private static ListedWords build(ListFile list) {
    ListedWords.Builder words = new ListedWords.Builder(); // never the list's 400,000 words as strings at once
    try (BufferedReader in = Files.newBufferedReader(list.file(), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String word = line.strip();
        if (word.length() < MIN_PART || !word.chars().allMatch(Character::isLetter)) {
          continue;
        }
        // Debian's German list writes a noun in lower case when a verb form is spelled alike ("grenze", "schule")
        words.add(word.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + list.file(), e);
    }
    return words.build();
  }

  /** The bytes the list takes on the heap. */
  long bytes() {
    return words.bytes();
  }

  /** The parts of {@code word[0, length)} as start and end offsets, empty when it is no compound of listed words. */
  List<int[]> parts(char[] word, int length) {
    List<int[]> out = new ArrayList<>();
    if (length >= MIN_WORD.get(language) && allLetters(word, length)) {
      split(word, 0, length, 1, out);
    }
    return out;
  }

  /** The split with the longest listed head whose rest is a listed modifier, and then its parts' own splits. */
  private void split(char[] word, int start, int end, int depth, List<int[]> out) {
    boolean[] listed = words.endings(word, start, end); // listed[h - start]: whether word[h, end) is a listed word
    for (int head = start + MIN_PART; head <= end - MIN_PART; head++) {
      if (!listed[head - start] || linkedHead(word, head, end, listed[head + 1 - start])
          || SUFFIXES.get(language).contains(new String(word, head, end - head))) {
        continue;
      }
      int modifierEnd = modifierEnd(word, start, head);
      if (modifierEnd < 0) {
        continue;
      }
      out.add(new int[] {start, modifierEnd});
      out.add(new int[] {head, end});
      if (depth < DEPTH && end - head >= MIN_WORD.get(language)) {
        split(word, head, end, depth + 1, out);
      }
      return;
    }
  }

  /**
   * A head read with the linking s it begins with ("bedrijf|sleven") when it is a word without it ("leven"):
   * {@code restListed} says whether the rest after the s is.
   */
  private static boolean linkedHead(char[] word, int head, int end, boolean restListed) {
    return word[head] == 's' && end - head - 1 >= MIN_PART && restListed;
  }

  /** Where the modifier before {@code head} ends once its linking element is taken off, or -1 if it is no word. */
  private int modifierEnd(char[] word, int start, int head) {
    for (String link : LINKS.get(language)) {
      int end = head - link.length();
      if (end - start < MIN_PART || !linkedBy(word, end, link)) {
        continue;
      }
      if (FUNCTION_WORDS.get(language).contains(word, start, end - start)) {
        return -1;
      }
      if (words.contains(word, start, end) || "de".equals(language) && listedWithE(word, start, end)) {
        return end;
      }
    }
    return -1;
  }

  private static boolean linkedBy(char[] word, int end, String link) {
    for (int i = 0; i < link.length(); i++) {
      if (word[end + i] != link.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A German modifier drops a final e: "Schul|buch" of Schule, "Sprach|kurs" of Sprache. */
  private boolean listedWithE(char[] word, int start, int end) {
    char[] withE = new char[end - start + 1];
    System.arraycopy(word, start, withE, 0, end - start);
    withE[end - start] = 'e';
    return words.contains(withE, 0, withE.length);
  }

  private static boolean allLetters(char[] word, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isLetter(word[i])) {
        return false;
      }
    }
    return true;
  }
}
