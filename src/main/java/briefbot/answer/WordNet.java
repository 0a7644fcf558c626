package briefbot.answer;

import briefbot.answer.WordNetFiles.Pointer;
import briefbot.answer.WordNetFiles.Synset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Princeton WordNet 3.0 as Debian's {@code wordnet-base} installs it ({@code /usr/share/wordnet}): the English words
 * that mean what a word means in its commonest senses, and the words derived from it ("decide" and "decision").
 * Read where it lies, never copied ({@link WordNetFiles}), with nothing loaded at start-up.
 */
final class WordNet {

  /**
   * Senses of a word looked at, commonest first (WordNet orders them by frequency in its tagged corpus): beyond the
   * first few a word means almost anything ("take" has 42 verb senses, among them "claim" and "ask").
   */
  static final int SENSES = 3;
  /** WordNet's detachment rules per part of speech (its "morphy"): an inflected ending and what replaces it. */
  private static final Map<String, String[][]> ENDINGS = Map.of(
      "noun", new String[][] {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
          {"men", "man"}, {"ies", "y"}},
      "verb", new String[][] {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"},
          {"ing", ""}},
      "adj", new String[][] {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
      "adv", new String[][] {});
  private static final Map<Path, Optional<WordNet>> OPENED = new ConcurrentHashMap<>();

  private final WordNetFiles files;
  private final Map<String, Set<String>> related = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> broader = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> derived = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> opposites = new ConcurrentHashMap<>();

  private WordNet(Path folder) throws IOException {
    this.files = new WordNetFiles(folder);
  }

  /** WordNet in {@code folder}, opened once per folder; empty when it is not installed there. */
  static Optional<WordNet> open(Path folder) {
    return OPENED.computeIfAbsent(folder.toAbsolutePath(), f -> {
      if (!Files.isRegularFile(f.resolve("index.verb")) || !Files.isRegularFile(f.resolve("data.verb"))) {
        return Optional.empty();
      }
      try {
        return Optional.of(new WordNet(f));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read WordNet in " + f + ": " + e.getMessage(), e);
      }
    });
  }

  /**
   * The single words that share one of the commonest senses of {@code word} (any inflection, any part of speech) or
   * are derived from it, lower-case and without the word itself; empty for a word WordNet does not know.
   */
  Set<String> related(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return related.computeIfAbsent(w, this::lookUp);
  }

  /**
   * The single words of the synsets one level above the commonest senses of {@code word} as a noun or verb (its
   * hypernyms: "airplane" for "jet", "say" for "stress"), lower-case: what a claim may call a thing its paragraph names
   * more precisely. Only that way round: a claim's word is never backed by a broader word of the paragraph.
   */
  Set<String> broader(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return broader.computeIfAbsent(w, this::hypernyms);
  }

  /**
   * Whether WordNet lists the word in some part of speech, as a lemma or a form of one ("slated": slate; "Greece"):
   * an English word spelt right, whether or not the corpus writes it.
   */
  boolean lists(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String part : WordNetFiles.PARTS) {
      for (String lemma : lemmas(w, part)) {
        if (files.entry(part, lemma) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The verbs WordNet reads the word as a form of ("bought": buy; "wrote": write; "designed": design), lower-case; empty
   * for a word it lists as no verb.
   */
  Set<String> verbs(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (String lemma : lemmas(w, "verb")) {
      if (files.entry("verb", lemma) != null) {
        out.add(lemma);
      }
    }
    return Set.copyOf(out);
  }

  /**
   * The words WordNet derives from the word itself in its commonest senses ("decision" for "decided", "decisive" for
   * "decide"), lower-case: a subset of {@link #related}, the same lemma in another part of speech rather than another
   * word for what it means.
   */
  Set<String> derived(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return derived.computeIfAbsent(w, this::derivations);
  }

  /**
   * The words WordNet gives as the opposite of the word itself in its commonest senses, any part of speech ("private"
   * for "public", "minor" for "major", "experienced" for "inexperienced"), lower-case.
   */
  Set<String> opposites(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return opposites.computeIfAbsent(w, x -> byLemma(x, (entry, lemma, part, out) -> {
      for (Synset s : commonest(entry, part)) {
        int mine = s.words().indexOf(lemma);
        for (Pointer p : s.pointers()) {
          if (p.symbol().equals("!") && p.source() == mine + 1) {
            List<String> target = files.synset(p.part(), p.offset()).words();
            if (p.target() > 0 && p.target() <= target.size() && target.get(p.target() - 1).indexOf('_') < 0) {
              out.add(target.get(p.target() - 1));
            }
          }
        }
      }
    }));
  }

  private Set<String> derivations(String w) {
    return byLemma(w, (entry, lemma, part, out) -> {
      for (Synset s : commonest(entry, part)) {
        derivedIn(s, s.words().indexOf(lemma), out);
      }
    });
  }

  /** Adds the words derived from the synset's word number {@code mine} (from 0) or from the whole synset. */
  private void derivedIn(Synset s, int mine, Set<String> out) {
    for (Pointer p : s.pointers()) {
      if (p.symbol().equals("+") && (p.source() == 0 || p.source() == mine + 1)) {
        List<String> target = files.synset(p.part(), p.offset()).words();
        if (p.target() > 0 && p.target() <= target.size()) {
          String derivedWord = target.get(p.target() - 1);
          if (derivedWord.indexOf('_') < 0) {
            out.add(derivedWord);
          }
        }
      }
    }
  }

  private Set<String> hypernyms(String w) {
    Set<String> out = new LinkedHashSet<>();
    for (String part : List.of("noun", "verb")) {
      for (String lemma : lemmas(w, part)) {
        String entry = files.entry(part, lemma);
        if (entry == null) {
          continue;
        }
        for (Synset s : commonest(entry, part)) {
          for (Pointer p : s.pointers()) {
            if (p.symbol().equals("@") || p.symbol().equals("@i")) {
              files.synset(p.part(), p.offset()).words().stream().filter(x -> x.indexOf('_') < 0).forEach(out::add);
            }
          }
        }
      }
    }
    out.remove(w);
    return Set.copyOf(out);
  }

  private Set<String> lookUp(String w) {
    return byLemma(w, this::senses);
  }

  /** What {@code reader} finds in the index entry of each lemma of {@code w} in each part of speech, less the lemmas. */
  private Set<String> byLemma(String w, EntryReader reader) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> lemmas = new LinkedHashSet<>();
    for (String part : WordNetFiles.PARTS) {
      for (String lemma : lemmas(w, part)) {
        lemmas.add(lemma);
        String entry = files.entry(part, lemma);
        if (entry != null) {
          reader.read(entry, lemma, part, out);
        }
      }
    }
    out.removeAll(lemmas);
    out.remove(w);
    return Set.copyOf(out);
  }

  /** Reads the words one index entry gives into {@code out}. */
  private interface EntryReader {
    void read(String entry, String lemma, String part, Set<String> out);
  }

  /** The word's base forms in one part of speech: the exception list's, else the detachment rules' and itself. */
  private List<String> lemmas(String w, String part) {
    List<String> out = new ArrayList<>(files.exceptions(part, w));
    out.add(w);
    for (String[] rule : ENDINGS.get(part)) {
      if (w.endsWith(rule[0]) && w.length() - rule[0].length() >= 2) {
        out.add(w.substring(0, w.length() - rule[0].length()) + rule[1]);
      }
    }
    return out;
  }

  /**
   * The synsets of the index entry's first senses (the commonest). An index line is
   * {@code lemma pos synset_cnt p_cnt [ptr]... sense_cnt tagsense_cnt offset...}.
   */
  private List<Synset> commonest(String entry, String part) {
    String[] f = entry.split(" ");
    int synsets = Integer.parseInt(f[2]);
    int pointers = Integer.parseInt(f[3]);
    int first = 4 + pointers + 2;
    List<Synset> out = new ArrayList<>();
    for (int i = 0; i < Math.min(SENSES, synsets); i++) {
      out.add(files.synset(part, Long.parseLong(f[first + i])));
    }
    return out;
  }

  /**
   * Adds the words of the index entry's first senses, the forms derived from the lemma in them, and the words WordNet
   * links to those senses as near in meaning: "also see" ("decisive" and "crucial") and an adjective satellite's head
   * ("mighty" and "powerful"); never a head adjective's satellites, which are dozens ("big" has "astronomic" and "puffy").
   */
  private void senses(String entry, String lemma, String part, Set<String> out) {
    for (Synset s : commonest(entry, part)) {
      int mine = s.words().indexOf(lemma);
      s.words().stream().filter(x -> x.indexOf('_') < 0).forEach(out::add);
      for (Pointer p : s.pointers()) {
        if (p.symbol().equals("^") && (p.source() == 0 || p.source() == mine + 1)
            || p.symbol().equals("&") && s.satellite()) {
          files.synset(p.part(), p.offset()).words().stream().filter(x -> x.indexOf('_') < 0).forEach(out::add);
        }
      }
      derivedIn(s, mine, out);
    }
  }

}
