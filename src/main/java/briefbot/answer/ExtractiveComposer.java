package briefbot.answer;

import briefbot.retrieval.AnswerType;
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
  /** A sentence that holds the kind of answer asked for (a date for "when") counts this much more. */
  private static final double TYPE_BOOST = 1.3;
  /** A sentence starting like this leans on the one before ("He also ..."), which then comes with it. */
  private static final Pattern DEPENDENT = Pattern.compile("(?u)^[\"'„“,]*(he|she|it|they|this|these|those|his|her|"
      + "its|their|but|however|also|meanwhile|yet|there|then|such|hij|zij|ze|dit|deze|maar|ook|toch|daarna|daarom|"
      + "daar|er|sie|es|dies|diese|dieser|dieses|aber|auch|doch|dann|deshalb|dabei|dort|il|elle|ils|elles|cela|mais|"
      + "aussi|él|ella|ellos|ellas|esto|eso|pero|también)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Retriever retriever;
  private final Links links;

  public ExtractiveComposer(Retriever retriever, Links links) {
    this.retriever = retriever;
    this.links = links;
  }

  @Override
  public Answer compose(Retrieval retrieval) {
    AnswerType type = AnswerType.of(retrieval.question(), retrieval.language());
    List<Candidate> candidates = candidates(retrieval, type);
    Selection selection = new Selection(candidates.get(0));
    addAnswerFromNextSentence(selection, candidates, type);
    addContext(selection, candidates);
    addComplements(selection, candidates, retrieval.concepts());
    for (Candidate c : candidates) {
      if (c.score() < KEEP_RATIO * selection.best().score()) {
        break;
      }
      selection.addOrCorroborate(c, MAX_SENTENCES);
    }
    if (type == AnswerType.NUMBER || type == AnswerType.DATE || selection.best().hasNumbers()) {
      selection.addDifferingFigures(candidates, MAX_SENTENCES);
    }
    return render(retrieval, selection.sources());
  }

  private List<Candidate> candidates(Retrieval retrieval, AnswerType type) {
    java.util.Set<String> asked = AnswerType.words(retrieval.question());
    List<Candidate> out = new ArrayList<>();
    List<Passage> passages = retrieval.passages();
    for (int rank = 0; rank < passages.size(); rank++) {
      Passage p = passages.get(rank);
      double prior = 1 + 0.1 / (rank + 1);
      List<String> sentences = Sentences.of(p.text(), p.language());
      for (int i = 0; i < sentences.size(); i++) {
        BitSet matched = retriever.matches(retrieval, sentences.get(i), p.language());
        boolean typed = type != AnswerType.OTHER && type.presentIn(sentences.get(i), p.language(), asked);
        double score = weight(retrieval.concepts(), matched) * prior * (typed ? TYPE_BOOST : 1);
        out.add(Candidate.of(p, i, sentences.get(i), matched, score, typed));
      }
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }

  /**
   * When the best sentence names the subject but not what was asked ("Who knocked Young out?", "Why did she get a
   * passport?"), the answer often sits in the sentence right after it.
   */
  private static void addAnswerFromNextSentence(Selection selection, List<Candidate> candidates, AnswerType type) {
    Candidate best = selection.best();
    if (type == AnswerType.OTHER || best.typed()) {
      return;
    }
    candidates.stream()
        .filter(c -> c.passage() == best.passage() && c.position() == best.position() + 1 && c.typed())
        .findFirst()
        .ifPresent(next -> selection.add(next, MAX_SENTENCES));
  }

  /** "He also describes ..." means nothing alone: the sentence before it comes first. */
  private static void addContext(Selection selection, List<Candidate> candidates) {
    Candidate best = selection.best();
    if (best.position() == 0 || !DEPENDENT.matcher(best.sentence()).find()) {
      return;
    }
    candidates.stream()
        .filter(c -> c.passage() == best.passage() && c.position() == best.position() - 1)
        .findFirst()
        .ifPresent(previous -> selection.addBefore(previous, best, MAX_SENTENCES));
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
    String shown = retrieval.language();
    for (var e : chosen.entrySet()) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      String language = e.getKey().passage().language();
      if (!language.equals(shown) && !language.equals(retrieval.language())) {
        text.append(languageTag(language, retrieval.language())).append(' ');
      }
      shown = language;
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
    return new Answer.Grounded(retrieval.question(), text.toString(), language, citations, Answer.ComposedBy.EXTRACTIVE, Map.of());
  }

  /** "(Dutch)", in the question's language: says that the sentence after it is quoted in another language. */
  static String languageTag(String language, String questionLanguage) {
    String name = java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.forLanguageTag(
        questionLanguage));
    return "(" + (name.isEmpty() ? language : name) + ")";
  }
}
