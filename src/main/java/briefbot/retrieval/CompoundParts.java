package briefbot.retrieval;

import briefbot.index.Analyzers;
import briefbot.retrieval.TermTable.Translation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A German or Dutch compound no dictionary lists, translated by two parts it does ("Bloembollenvelden"). */
final class CompoundParts {

  /** A stop word is no part of a compound: "Kameraman" is no camera + "man" (one, you, we). */
  private static final org.apache.lucene.analysis.CharArraySet STOP = Analyzers.stopWords(List.of());
  private static final List<String> LINKS = List.of("", "s", "es", "n", "en", "e");

  private final EntryLookup entries;

  CompoundParts(EntryLookup entries) {
    this.entries = entries;
  }

  /** The translations of a German or Dutch compound's head and modifier, split where the shorter part is longest. */
  Map<String, Double> translations(String from, String to, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Map<String, Double> best = Map.of();
    int bestShorter = 0;
    for (int i = Dictionaries.MIN_PART; i <= lower.length() - Dictionaries.MIN_PART; i++) {
      String rest = lower.substring(i);
      if (Math.min(i, rest.length()) <= bestShorter || STOP.contains(rest)) {
        continue;
      }
      List<Translation> head = entries.lookup(from, to, rest, false).translations();
      if (head.isEmpty()) {
        continue;
      }
      for (String link : LINKS) {
        String left = lower.substring(0, i);
        int length = left.length() - link.length();
        if (left.endsWith(link) && length >= Dictionaries.MIN_PART
            && Math.min(length, rest.length()) > bestShorter) {
          String part = left.substring(0, length);
          List<Translation> modifier =
              STOP.contains(part) ? List.of() : entries.lookup(from, to, part, false).translations();
          if (!modifier.isEmpty()) {
            Map<String, Double> out = new LinkedHashMap<>(Dictionaries.weights(head, Dictionaries.PART_WEIGHT));
            Dictionaries.weights(modifier, Dictionaries.PART_WEIGHT).forEach((t, w) -> out.merge(t, w, Math::max));
            best = out;
            bestShorter = Math.min(length, rest.length());
          }
        }
      }
    }
    return best;
  }
}
