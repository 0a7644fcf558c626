package briefbot.answer;

import briefbot.retrieval.AnswerType;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retrieval.Concept;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/** The answer-sentence model's features of every candidate sentence, in {@link AnswerSentence#FEATURES}' order. */
final class SentenceFeatures {

  private final Retrieval retrieval;
  private final AnswerType type;
  private final Set<String> asked;
  private final double total;
  private final double names;

  SentenceFeatures(Retrieval retrieval, AnswerType type, Set<String> asked) {
    this.retrieval = retrieval;
    this.type = type;
    this.asked = asked;
    this.total = retrieval.concepts().stream().mapToDouble(Concept::weight).sum();
    this.names = retrieval.concepts().stream().filter(Concept::name).mapToDouble(Concept::weight).sum();
  }

  /** Features of {@code all}, the candidates in passage order; {@code ranks}: each candidate's passage rank. */
  double[][] of(List<Candidate> all, int[] ranks, double[] dense) {
    double[] coverage = new double[all.size()];
    double top = 0;
    for (int i = 0; i < all.size(); i++) {
      coverage[i] = weight(all.get(i).matched()) / Math.max(total, 1e-9);
      top = Math.max(top, coverage[i]);
    }
    double[][] out = new double[all.size()][];
    for (int i = 0; i < all.size(); i++) {
      Candidate c = all.get(i);
      double relative = top > 0 ? coverage[i] / top : 0;
      double neighbour = Math.max(neighbour(all, coverage, i, -1), neighbour(all, coverage, i, 1)) / Math.max(top, 1e-9);
      boolean typed = type != AnswerType.OTHER && c.typed();
      out[i] = new double[] {
          coverage[i], relative, relative >= 0.999 ? 1 : 0, typed ? 1 : 0,
          type != AnswerType.OTHER && !typed ? 1 : 0,
          typed && (type == AnswerType.NUMBER || type == AnswerType.DATE) ? 1 : 0,
          1.0 / (ranks[i] + 1), c.position() == 0 ? 1 : 0, Math.log(1 + c.sentence().split("\\s+").length),
          Neighbours.dependent(c.sentence()) ? 1 : 0, neighbour, nextToPassageBest(all, coverage, i) ? 1 : 0,
          names > 0 ? nameWeight(c.matched()) / names : 1, novelty(c.sentence()),
          c.passage().language().equals(retrieval.language()) ? 1 : 0, dense[i]};
    }
    return out;
  }

  /** The coverage of the sentence {@code step} away in the same passage, 0 when there is none. */
  private static double neighbour(List<Candidate> all, double[] coverage, int i, int step) {
    int j = i + step;
    return j >= 0 && j < all.size() && all.get(j).passage() == all.get(i).passage() ? coverage[j] : 0;
  }

  /** Next to the sentence of its passage that covers the question best, and not as good itself. */
  private static boolean nextToPassageBest(List<Candidate> all, double[] coverage, int i) {
    double own = coverage[i];
    for (int step : new int[] {-1, 1}) {
      int j = i + step;
      if (j < 0 || j >= all.size() || all.get(j).passage() != all.get(i).passage() || coverage[j] <= own) {
        continue;
      }
      double passageBest = 0;
      for (int k = 0; k < all.size(); k++) {
        if (all.get(k).passage() == all.get(i).passage()) {
          passageBest = Math.max(passageBest, coverage[k]);
        }
      }
      if (coverage[j] >= passageBest) {
        return true;
      }
    }
    return false;
  }

  /** The share of the sentence's words the question does not hold: a sentence that only restates it answers nothing. */
  private double novelty(String sentence) {
    Set<String> words = AnswerType.words(sentence);
    words.removeIf(w -> w.length() < 4);
    if (words.isEmpty()) {
      return 0;
    }
    long fresh = words.stream().filter(w -> !asked.contains(w)).count();
    return (double) fresh / words.size();
  }

  private double weight(BitSet matched) {
    double sum = 0;
    for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
      sum += retrieval.concepts().get(i).weight();
    }
    return sum;
  }

  private double nameWeight(BitSet matched) {
    double sum = 0;
    for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
      Concept c = retrieval.concepts().get(i);
      sum += c.name() ? c.weight() : 0;
    }
    return sum;
  }
}
