package briefbot.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * A language's word list, and the split of a lower-case word into two listed words (a modifier, a linking letter or
 * two, a head): "armutsgrenze" is armut + s + grenze. The lists are Debian's {@code wngerman} (GPL-2+) and
 * {@code wdutch} (OpenTaal, BSD or CC BY 3.0), read from the folder the user installed them in, never shipped.
 */
final class CompoundWords {

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

  private CompoundWords(String language, ListedWords words) {
    this.language = language;
    this.words = words;
  }

  /** A list file as found when the analysis was made: the index records the size it was split against. */
  record ListFile(String language, Path file, long size) {

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
          out.add(new ListFile(language, file, Files.size(file)));
        }
      } catch (IOException e) {
        // unreadable: not installed
      }
    }
    return out;
  }

  /**
   * The list in {@code list}'s file, read once and held compact (an FST of a few MB), as a serving process holds it
   * once a question's words are split.
   */
  static CompoundWords load(ListFile list) {
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
    return new CompoundWords(list.language(), words.build());
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
