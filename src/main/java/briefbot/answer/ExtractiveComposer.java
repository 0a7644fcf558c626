package briefbot.answer;

import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval.Concept;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import briefbot.text.Sentences;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The offline composer: picks the few sentences of the retrieved paragraphs that together cover the question
 * best, cites every source that says the same, and shows figures that differ between sources side by side.
 */
public final class ExtractiveComposer implements Composer {

  static final int MAX_SENTENCES = 3;
  private static final double KEEP_RATIO = 0.6;
  private static final double COMPLEMENT_SHARE = 0.2;
  private static final double QUANTITY_BOOST = 1.3;
  private static final Pattern QUANTITY_QUESTION = Pattern.compile(
      "(?iu)\\b(how (many|much|long|old|far)|when|what year|hoeveel|hoelang|hoe lang|wanneer|welk jaar|wie viele|"
          + "wann|combien|quand|cuántos|cuántas|cuándo|number of|aantal)\\b");

  private final Retriever retriever;
  private final Links links;

  public ExtractiveComposer(Retriever retriever, Links links) {
    this.retriever = retriever;
    this.links = links;
  }

  @Override
  public Answer compose(Retrieval retrieval) {
    boolean quantity = QUANTITY_QUESTION.matcher(retrieval.question()).find();
    List<Candidate> candidates = candidates(retrieval, quantity);
    Selection selection = new Selection(candidates.get(0));
    addComplements(selection, candidates, retrieval.concepts());
    for (Candidate c : candidates) {
      if (c.score() < KEEP_RATIO * selection.best().score()) {
        break;
      }
      selection.addOrCorroborate(c, MAX_SENTENCES);
    }
    if (quantity || selection.best().hasNumbers()) {
      addNumberFromNextSentence(selection, candidates);
      selection.addDifferingFigures(candidates, MAX_SENTENCES);
    }
    return render(retrieval, selection.sources());
  }

  private List<Candidate> candidates(Retrieval retrieval, boolean quantity) {
    List<Candidate> out = new ArrayList<>();
    List<Passage> passages = retrieval.passages();
    for (int rank = 0; rank < passages.size(); rank++) {
      Passage p = passages.get(rank);
      double prior = 1 + 0.1 / (rank + 1);
      List<String> sentences = Sentences.of(p.text(), p.language());
      for (int i = 0; i < sentences.size(); i++) {
        BitSet matched = retriever.matches(retrieval, sentences.get(i), p.language());
        double score = weight(retrieval.concepts(), matched) * prior;
        Candidate c = Candidate.of(p, i, sentences.get(i), matched, score);
        out.add(quantity && c.hasNumbers() ? c.withScore(score * QUANTITY_BOOST) : c);
      }
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }

  /** Greedy cover: a sentence that adds key terms the chosen ones lack ("In Guangzhou she said ...") joins them. */
  private static void addComplements(Selection selection, List<Candidate> candidates, List<Concept> concepts) {
    double total = concepts.stream().mapToDouble(Concept::weight).sum();
    java.util.Set<Candidate> tried = new java.util.HashSet<>();
    while (selection.size() < MAX_SENTENCES) {
      BitSet covered = selection.covered();
      Candidate best = null;
      double bestGain = COMPLEMENT_SHARE * total;
      for (Candidate c : candidates) {
        BitSet fresh = (BitSet) c.matched().clone();
        fresh.andNot(covered);
        double gain = weight(concepts, fresh);
        if (gain > bestGain && !selection.contains(c) && !tried.contains(c)) {
          best = c;
          bestGain = gain;
        }
      }
      if (best == null) {
        return;
      }
      // A sentence that only corroborates a chosen one adds no sentence: without this the loop picked it forever.
      tried.add(best);
      selection.addOrCorroborate(best, MAX_SENTENCES);
    }
  }

  /** For "how many" or "when", the figure often sits in the sentence right after the one naming the subject. */
  private static void addNumberFromNextSentence(Selection selection, List<Candidate> candidates) {
    if (selection.chosen().stream().anyMatch(Candidate::hasNumbers)) {
      return;
    }
    Candidate best = selection.best();
    candidates.stream()
        .filter(c -> c.passage() == best.passage() && c.position() == best.position() + 1 && c.hasNumbers())
        .findFirst()
        .ifPresent(next -> selection.add(next, MAX_SENTENCES));
  }

  private static double weight(List<Concept> concepts, BitSet matched) {
    double sum = 0;
    for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
      sum += concepts.get(i).weight();
    }
    return sum;
  }

  private Answer render(Retrieval retrieval, Map<Candidate, List<Passage>> chosen) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    List<Citation> citations = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (var e : chosen.entrySet()) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(e.getKey().sentence()).append(' ');
      for (Passage p : e.getValue()) {
        String key = p.articleId() + "#" + p.paragraph();
        Integer n = numbers.get(key);
        if (n == null) {
          n = numbers.size() + 1;
          numbers.put(key, n);
          citations.add(links.citation(n, p));
        }
        text.append('[').append(n).append(']');
      }
    }
    String language = chosen.keySet().stream().map(c -> c.passage().language())
        .filter(retrieval.language()::equals).findFirst()
        .orElse(chosen.keySet().iterator().next().passage().language());
    return new Answer.Grounded(retrieval.question(), text.toString(), language, citations, "extractive", Map.of());
  }
}
