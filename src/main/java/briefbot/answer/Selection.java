package briefbot.answer;

import briefbot.retrieval.Passage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sentences chosen for an extractive answer, each with the passages that back it. */
final class Selection {

  private static final int MAX_SOURCES_PER_SENTENCE = 3;
  private static final double FIGURE_RATIO = 0.4;

  private final Candidate best;
  private final Map<Candidate, List<Passage>> sources = new LinkedHashMap<>();

  Selection(Candidate best) {
    this.best = best;
    sources.put(best, new ArrayList<>(List.of(best.passage())));
  }

  Candidate best() {
    return best;
  }

  int size() {
    return sources.size();
  }

  boolean contains(Candidate c) {
    return sources.containsKey(c);
  }

  List<Candidate> chosen() {
    return List.copyOf(sources.keySet());
  }

  Map<Candidate, List<Passage>> sources() {
    return sources;
  }

  BitSet covered() {
    BitSet covered = new BitSet();
    sources.keySet().forEach(c -> covered.or(c.matched()));
    return covered;
  }

  void add(Candidate c, int max) {
    if (!sources.containsKey(c) && sources.size() < max) {
      sources.put(c, new ArrayList<>(List.of(c.passage())));
    }
  }

  /** Adds {@code c} just before {@code anchor}, the sentence it explains ("He also ..." after who "he" is). */
  void addBefore(Candidate c, Candidate anchor, int max) {
    if (sources.containsKey(c) || sources.size() >= max) {
      return;
    }
    Map<Candidate, List<Passage>> reordered = new LinkedHashMap<>();
    sources.forEach((k, v) -> {
      if (k.equals(anchor)) {
        reordered.put(c, new ArrayList<>(List.of(c.passage())));
      }
      reordered.put(k, v);
    });
    sources.clear();
    sources.putAll(reordered);
  }

  /** A sentence that says what a chosen one says, from another article, becomes a second source for it. */
  void addOrCorroborate(Candidate c, int max) {
    if (sources.containsKey(c)) {
      return;
    }
    for (var e : sources.entrySet()) {
      if (e.getKey().similar(c)) {
        boolean otherArticle = e.getValue().stream().noneMatch(p -> p.articleId().equals(c.passage().articleId()));
        if (otherArticle && e.getValue().size() < MAX_SOURCES_PER_SENTENCE) {
          e.getValue().add(c.passage());
        }
        return;
      }
    }
    add(c, max);
  }

  /** Figures that differ between sources ("about 10,000" vs "up to 12,000") are shown side by side. */
  void addDifferingFigures(List<Candidate> candidates, int max) {
    Set<String> shown = new HashSet<>();
    sources.keySet().forEach(c -> shown.addAll(c.numbers()));
    for (Candidate c : candidates) {
      if (c.score() < FIGURE_RATIO * best.score() || sources.containsKey(c) || !c.hasNumbers()) {
        continue;
      }
      boolean otherArticle = sources.keySet().stream().noneMatch(c::sameArticle);
      boolean newFigure = c.numbers().stream().anyMatch(n -> !shown.contains(n));
      if (otherArticle && newFigure) {
        if (sources.size() >= max && !dropWeakest()) {
          return;
        }
        add(c, max);
        shown.addAll(c.numbers());
      }
    }
  }

  /**
   * Makes room by dropping the last-added sentence that is neither the best nor carries a figure, nor comes first (the
   * best, or the sentence it leans on: the best is not always first).
   */
  private boolean dropWeakest() {
    List<Candidate> order = new ArrayList<>(sources.keySet());
    for (int i = order.size() - 1; i > 0; i--) {
      if (!order.get(i).equals(best) && !order.get(i).hasNumbers()) {
        sources.remove(order.get(i));
        return true;
      }
    }
    return false;
  }
}
