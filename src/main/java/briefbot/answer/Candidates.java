package briefbot.answer;

import briefbot.retrieval.AnswerType;
import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retrieval.Concept;
import briefbot.retrieval.Retriever;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every sentence of the retrieved passages as a candidate for the answer, scored by the question's key terms it holds,
 * its passage's rank and the kind of answer it holds, the best covering first (the order the cover and corroboration
 * use).
 */
final class Candidates {

  /** A sentence that holds the kind of answer asked for (a date for "when") counts this much more. */
  private static final double TYPE_BOOST = 1.3;
  /**
   * How much a sentence counts for the rank of its passage in the retrieval (1 + this / rank): the retrieval ranks a
   * passage by all of it and by the embeddings, which one sentence's key terms do not see. At 0.1 a sentence of the
   * fifth passage that shares one more rare word led the answer; at 1.0 the lead sentence is in the gold paragraph
   * more often (MLQA fit part, every question answered: de 61.8 -> 65.2 %, es 69.6 -> 70.0, en 78.9 -> 81.0).
   */
  private static final double PASSAGE_PRIOR = 1.0;
  /** The best-covering sentences the embedding model compares with the question (it rarely answers from further). */
  private static final int DENSE_CANDIDATES = 10;

  private final Retriever retriever;
  private final SentenceModel model;
  private final Cosines cosines;

  Candidates(Retriever retriever, SentenceModel model, Cosines cosines) {
    this.retriever = retriever;
    this.model = model;
    this.cosines = cosines;
  }

  /**
   * Which of the answer-sentence model's features the candidates carry: none where the model weighs none (the shipped
   * zero weights: they would change no score), all but the embedding similarity where it does not weigh that (the
   * costly one), else all (and always for {@code eval --sentences}).
   */
  private enum Features {
    NONE, WITHOUT_DENSE, ALL;

    static Features weighedBy(SentenceModel model) {
      return !model.weighsAny() ? NONE : model.weighs("dense") ? ALL : WITHOUT_DENSE;
    }
  }

  /** The candidates an answer is composed of, with the features the answer-sentence model weighs. */
  List<Candidate> forAnswer(Retrieval retrieval) {
    return of(retrieval, Features.weighedBy(model));
  }

  /**
   * Whether every candidate's features are computed although the model weighs none: for an answer the verdict is not
   * sure of, where the embedding model does not read the question and a sentence as written, the lead is chosen among
   * the near candidates by their features ({@link NearRanking}).
   */
  private boolean rankedByFeatures(Retrieval retrieval, List<Candidate> scored) {
    return !retrieval.sure()
        && scored.stream().anyMatch(c -> !cosines.readAsWritten(retrieval.language(), c.passage().language()));
  }

  /** The candidates with every feature of the answer-sentence model (what {@code eval --sentences} records). */
  List<Candidate> withEveryFeature(Retrieval retrieval) {
    return of(retrieval, Features.ALL);
  }

  /** The sum of the weights of the question's key terms matched. */
  static double weight(List<Concept> concepts, BitSet matched) {
    double sum = 0;
    for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
      sum += concepts.get(i).weight();
    }
    return sum;
  }

  /**
   * The question's words as the answer-type check compares them, each also with a possessive ending: "Chopin's" in
   * a sentence is the question's "Chopin", not a new name that answers "who".
   */
  static Set<String> asked(String question) {
    Set<String> words = new HashSet<>(AnswerType.words(question));
    for (String w : List.copyOf(words)) {
      words.add(w + "'s");
      words.add(w + "’s");
      words.add(w + "'");
    }
    return words;
  }

  private List<Candidate> of(Retrieval retrieval, Features withFeatures) {
    Set<String> asked = asked(retrieval.question());
    List<Integer> ranks = new ArrayList<>();
    List<Candidate> out = scoredByKeyTerms(retrieval, asked, ranks);
    Features computed = withFeatures == Features.NONE && rankedByFeatures(retrieval, out) ? Features.ALL
        : withFeatures;
    double[][] features = computed == Features.NONE ? new double[out.size()][0]
        : new SentenceFeatures(retrieval, retrieval.type(), asked).of(out,
            ranks.stream().mapToInt(Integer::intValue).toArray(),
            computed == Features.ALL ? dense(retrieval, out) : new double[out.size()]);
    for (int i = 0; i < out.size(); i++) {
      out.set(i, out.get(i).ranked(features[i], model.score(features[i])));
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }

  /**
   * The sentences of a paragraph the retrieval did not return, read from the index and scored as a passage's are but
   * with no prior for a rank (it has none), in their order; empty where the index has no such paragraph. They carry no
   * features: they are never ranked by the answer-sentence model or {@link NearRanking}.
   */
  List<Candidate> unretrieved(Retrieval retrieval, Optional<Passage> paragraph) {
    return paragraph.map(p -> scored(retrieval, asked(retrieval.question()), p, 1)).orElse(List.of());
  }

  /** The first paragraph of the candidate's article, read from the index ({@link #unretrieved}). */
  List<Candidate> introductionOf(Retrieval retrieval, Candidate c) {
    return unretrieved(retrieval, retriever.firstParagraph(c.passage()));
  }

  /**
   * Each sentence of the passages in their order, scored by the weight of the key terms it holds x the prior of its
   * passage's rank x {@link #TYPE_BOOST} when it holds the kind of answer asked for; {@code ranks} gets each one's
   * passage rank.
   */
  private List<Candidate> scoredByKeyTerms(Retrieval retrieval, Set<String> asked, List<Integer> ranks) {
    List<Candidate> out = new ArrayList<>();
    List<Passage> passages = retrieval.passages();
    for (int rank = 0; rank < passages.size(); rank++) {
      List<Candidate> sentences = scored(retrieval, asked, passages.get(rank), 1 + PASSAGE_PRIOR / (rank + 1));
      out.addAll(sentences);
      ranks.addAll(Collections.nCopies(sentences.size(), rank));
    }
    return out;
  }

  /**
   * One passage's sentences in their order, scored by the weight of the key terms each holds x {@code prior} x {@link
   * #TYPE_BOOST} when it holds the kind of answer asked for.
   */
  private List<Candidate> scored(Retrieval retrieval, Set<String> asked, Passage p, double prior) {
    AnswerType type = retrieval.type();
    List<Retrieval.Sentence> sentences = retriever.sentences(retrieval, p);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i).text();
      BitSet matched = sentences.get(i).matched();
      boolean typed = type != AnswerType.OTHER && type.presentIn(sentence, p.language(), asked);
      double score = weight(retrieval.concepts(), matched) * prior * (typed ? TYPE_BOOST : 1);
      out.add(Candidate.of(p, i, sentence, matched, score, typed));
    }
    return out;
  }

  /**
   * The embedding model's similarity of the question to each of the {@link #DENSE_CANDIDATES} best-covering
   * sentences (a paraphrase the key terms miss: "yearly" and "annual"); the others, and every sentence when the model
   * does not read the language, get the lowest similarity found (0 when none), so they gain nothing by it.
   */
  private double[] dense(Retrieval retrieval, List<Candidate> all) {
    Integer[] order = new Integer[all.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(all.get(b).score(), all.get(a).score()));
    List<Candidate> compared = new ArrayList<>();
    for (int i = 0; i < Math.min(DENSE_CANDIDATES, order.length); i++) {
      compared.add(all.get(order[i]));
    }
    double[] sims = cosines.of(retrieval, compared, true);
    double[] out = new double[all.size()];
    Arrays.fill(out, Double.NaN);
    for (int k = 0; k < sims.length; k++) {
      out[order[k]] = sims[k];
    }
    double floor = Arrays.stream(out).filter(d -> !Double.isNaN(d)).min().orElse(0);
    for (int i = 0; i < out.length; i++) {
      out[i] = Double.isNaN(out[i]) ? floor : out[i];
    }
    return out;
  }
}
