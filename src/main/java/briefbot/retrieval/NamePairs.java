package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Places' and languages' names paired word by word across languages: the word of one language's name that tells it
 * from other places' names, and the word another language's name writes for it ("Solomon": Salomón).
 */
final class NamePairs {

  /**
   * In how many entries of one language a word may stand and still tell its entry's name ("Salomón"), where words of
   * many names say what kind of place it is ("Islas", "Republik", "Saint").
   */
  private static final int DISTINCT_ENTRIES = 2;

  private NamePairs() {}

  /**
   * The word-by-word forms of some entries, each the names of one place or language by language code (each name as
   * iso-codes writes it: "Korea, Republic of", "Kirghiz; Kyrgyz"), in the same order in every language, null where a
   * language lacks one.
   */
  static Map<String, Map<String, Set<String>>> of(List<Map<String, List<String>>> entries) {
    Map<String, String> folded = new HashMap<>(); // the same words recur in every language's names
    Function<String, String> fold = w -> folded.computeIfAbsent(w, LanguageDetector::fold);
    Map<String, Map<String, Integer>> spread = new HashMap<>(); // language -> folded word -> entries holding it
    List<Map<String, List<List<List<String>>>>> parsed = new ArrayList<>();
    for (Map<String, List<String>> entry : entries) {
      Map<String, List<List<List<String>>>> byLanguage = new LinkedHashMap<>();
      entry.forEach((language, names) -> {
        List<List<List<String>>> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
          List<List<String>> words = new ArrayList<>();
          for (String part : (name == null ? "" : name).split(";")) {
            List<String> tokens = words(part);
            words.add(tokens);
            tokens.forEach(t -> seen.add(fold.apply(t)));
          }
          parts.add(words);
        }
        seen.forEach(w -> spread.computeIfAbsent(language, k -> new HashMap<>()).merge(w, 1, Integer::sum));
        byLanguage.put(language, parts);
      });
      parsed.add(byLanguage);
    }
    Map<String, Map<String, Set<String>>> forms = new HashMap<>();
    for (Map<String, List<List<List<String>>>> entry : parsed) {
      Map<String, List<List<Name>>> names = new LinkedHashMap<>();
      entry.forEach((language, parts) -> names.put(language, parts.stream()
          .map(words -> words.stream().map(w -> Name.of(w, spread.get(language), fold)).toList()).toList()));
      for (var from : names.entrySet()) {
        for (var to : names.entrySet()) {
          if (from.getKey().equals(to.getKey())) {
            continue;
          }
          // a place's names stand in the same order in every language (its ISO name, then its common one)
          for (int n = 0; n < Math.min(from.getValue().size(), to.getValue().size()); n++) {
            List<Name> sources = from.getValue().get(n);
            List<Name> targets = to.getValue().get(n);
            // "Kirghiz; Kyrgyz" beside "Kirgisisch; Kirgisisch": a list pairs name by name when both are as long
            boolean inOrder = sources.size() == targets.size();
            for (int i = 0; i < sources.size(); i++) {
              for (int j = 0; j < targets.size(); j++) {
                Pair pair = inOrder && i != j ? null : pair(sources.get(i), targets.get(j), inOrder, fold);
                if (pair != null) {
                  forms.computeIfAbsent(from.getKey() + ":" + fold.apply(pair.from()), k -> new HashMap<>())
                      .computeIfAbsent(to.getKey(), k -> new LinkedHashSet<>()).add(pair.to());
                }
              }
            }
          }
        }
      }
    }
    Map<String, Map<String, Set<String>>> frozen = new HashMap<>();
    forms.forEach((key, byLanguage) -> {
      Map<String, Set<String>> copy = new LinkedHashMap<>();
      byLanguage.forEach((language, set) -> copy.put(language, Collections.unmodifiableSet(set)));
      frozen.put(key, Collections.unmodifiableMap(copy));
    });
    return frozen;
  }

  /**
   * One name's words, and those of them that tell it from other places' names: no more than
   * {@link #DISTINCT_ENTRIES} entries of its language hold them ("Salomón" of "Islas Salomón", not "Islas"), and they
   * are no stop word.
   */
  private record Name(List<String> words, List<String> distinct) {

    static Name of(List<String> words, Map<String, Integer> spread, Function<String, String> fold) {
      return new Name(words, words.stream()
          .filter(w -> w.length() >= 3 && spread.getOrDefault(fold.apply(w), 0) <= DISTINCT_ENTRIES
              && !Concepts.isStopWord(w))
          .toList());
    }
  }

  /**
   * The word of a name that another language's name writes another way, and that way: the two names' only words
   * that tell them from other places' names ("Solomon" of "Solomon Islands", "Salomón" of "Islas Salomón"), which,
   * unless both names are that one word ("Austria": "Österreich"), must start with the same letter ("Congo" is not
   * the "Demokratische" of "Demokratische Republik Kongo"); null when there are none, several, or they are one word.
   */
  private static Pair pair(Name source, Name target, boolean inOrder, Function<String, String> fold) {
    if (source.words().isEmpty() || target.words().isEmpty()) {
      return null;
    }
    String from;
    String to;
    if (source.words().size() == 1 && target.words().size() == 1 && inOrder) {
      from = source.words().get(0);
      to = target.words().get(0);
    } else {
      if (source.distinct().size() != 1 || target.distinct().size() != 1) {
        return null;
      }
      from = source.distinct().get(0);
      to = target.distinct().get(0);
      if (fold.apply(from).charAt(0) != fold.apply(to).charAt(0)) {
        return null;
      }
    }
    if (from.length() < 3 || to.length() < 3 || fold.apply(from).equals(fold.apply(to))) {
      return null;
    }
    return new Pair(from, to);
  }

  /** A word of one language's name and the word another language's name writes for it. */
  private record Pair(String from, String to) {}

  /** A name's words, before the comma that turns it around ("Korea, Republic of": Korea). */
  private static List<String> words(String name) {
    int comma = name.indexOf(',');
    String head = (comma < 0 ? name : name.substring(0, comma)).strip();
    return Arrays.stream(head.split("[\\s\\-]+")).filter(w -> !w.isEmpty() && Character.isLetter(w.charAt(0)))
        .toList();
  }
}
