package briefbot.answer;

import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline composer: picks the few sentences of the retrieved paragraphs that best cover the question,
 * cites every source that says the same, and shows differing figures side by side.
 */
public final class ExtractiveComposer implements Composer {

  static final int MAX_SENTENCES = 3;
  private static final int MAX_SOURCES_PER_SENTENCE = 3;
  private static final double KEEP_RATIO = 0.6;
  private static final double FIGURE_RATIO = 0.4;
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*\\d|\\d");
  private static final Pattern QUANTITY_QUESTION = Pattern.compile(
      "(?i)\\b(how many|how much|hoeveel|wie viele|combien|cuántos|cuántas|number of|aantal)\\b");

  /** A sentence of a retrieved passage, scored by how much of the question it covers. */
  private record Candidate(Passage passage, String sentence, double score, Set<String> numbers, Set<String> words) {}

  private final Retriever retriever;
  private final Links links;

  public ExtractiveComposer(Retriever retriever, Links links) {
    this.retriever = retriever;
    this.links = links;
  }

  @Override
  public Answer compose(Retrieval retrieval) {
    List<Candidate> candidates = candidates(retrieval);
    Candidate best = candidates.get(0);
    Map<Candidate, List<Passage>> chosen = new LinkedHashMap<>();
    chosen.put(best, new ArrayList<>(List.of(best.passage())));
    for (Candidate c : candidates.subList(1, candidates.size())) {
      if (chosen.size() >= MAX_SENTENCES || c.score() < KEEP_RATIO * best.score()) {
        break;
      }
      addOrCorroborate(chosen, c);
    }
    if (QUANTITY_QUESTION.matcher(retrieval.question()).find() || !best.numbers().isEmpty()) {
      addDifferingFigures(chosen, candidates, best);
    }
    return render(retrieval, chosen);
  }

  private List<Candidate> candidates(Retrieval retrieval) {
    List<Candidate> out = new ArrayList<>();
    List<Passage> passages = retrieval.passages();
    for (int rank = 0; rank < passages.size(); rank++) {
      Passage p = passages.get(rank);
      double prior = 1 + 0.1 / (rank + 1);
      for (String sentence : Sentences.of(p.text(), p.language())) {
        double score = retriever.coverage(retrieval, sentence, p.language()) * prior;
        out.add(new Candidate(p, sentence, score, numbers(sentence), words(sentence)));
      }
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }

  /** A sentence that says what a chosen one says, from another article, becomes a second source for it. */
  private static void addOrCorroborate(Map<Candidate, List<Passage>> chosen, Candidate c) {
    for (var e : chosen.entrySet()) {
      if (similar(e.getKey(), c)) {
        boolean otherArticle = e.getValue().stream().noneMatch(p -> p.articleId().equals(c.passage().articleId()));
        if (otherArticle && e.getValue().size() < MAX_SOURCES_PER_SENTENCE) {
          e.getValue().add(c.passage());
        }
        return;
      }
    }
    chosen.put(c, new ArrayList<>(List.of(c.passage())));
  }

  /** Figures that differ between sources ("about 10,000" vs "up to 12,000") are shown side by side. */
  private static void addDifferingFigures(Map<Candidate, List<Passage>> chosen, List<Candidate> candidates, Candidate best) {
    Set<String> shown = new HashSet<>();
    chosen.keySet().forEach(c -> shown.addAll(c.numbers()));
    for (Candidate c : candidates) {
      if (c.score() < FIGURE_RATIO * best.score() || chosen.containsKey(c) || c.numbers().isEmpty()) {
        continue;
      }
      boolean otherArticle = chosen.keySet().stream().noneMatch(x -> x.passage().articleId().equals(c.passage().articleId()));
      boolean newFigure = c.numbers().stream().anyMatch(n -> !shown.contains(n));
      if (otherArticle && newFigure && sharesTopic(best, c)) {
        if (chosen.size() >= MAX_SENTENCES) {
          Candidate weakest = chosen.keySet().stream().reduce((a, b) -> b).orElseThrow();
          if (weakest == best) {
            return;
          }
          chosen.remove(weakest);
        }
        chosen.put(c, new ArrayList<>(List.of(c.passage())));
        shown.addAll(c.numbers());
      }
    }
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

  private static boolean similar(Candidate a, Candidate b) {
    if (a.sentence().equals(b.sentence())) {
      return true;
    }
    Set<String> union = new HashSet<>(a.words());
    union.addAll(b.words());
    Set<String> common = new HashSet<>(a.words());
    common.retainAll(b.words());
    return !union.isEmpty() && (double) common.size() / union.size() >= 0.5;
  }

  private static boolean sharesTopic(Candidate a, Candidate b) {
    return b.score() > 0 && a.score() > 0;
  }

  private static Set<String> numbers(String sentence) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      out.add(m.group().replaceAll("[.,]", ""));
    }
    return out;
  }

  private static Set<String> words(String sentence) {
    Set<String> out = new HashSet<>();
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 3) {
        out.add(w);
      }
    }
    return out;
  }
}
