package briefbot.retrieval;

import briefbot.retrieval.Retrieval.Concept;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A question as the verdict weighs it: its concepts, the answer type it asks for, its own words, and the noun a
 * "which X" question asks an instance of (none for another question).
 */
record WeighedQuestion(List<Concept> concepts, AnswerType type, Set<String> words, double missingWeight,
    Optional<AskedNoun> noun) {

  /** A concept found nowhere in the index still counts, as rare as a word can be: the passage must lack it. */
  double weight(int i) {
    double w = concepts.get(i).weight();
    return w == 0 ? missingWeight : w;
  }

  double weight(BitSet matched) {
    double sum = 0;
    for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
      sum += weight(i);
    }
    return sum;
  }

  double total() {
    double sum = 0;
    for (int i = 0; i < concepts.size(); i++) {
      sum += weight(i);
    }
    return sum;
  }

  /** The weight of the heaviest concept {@code matched} lacks, relative to the heaviest of all (0: none lacking). */
  double gap(BitSet matched) {
    double heaviest = 0;
    double lacking = 0;
    for (int i = 0; i < concepts.size(); i++) {
      heaviest = Math.max(heaviest, weight(i));
      lacking = matched.get(i) ? lacking : Math.max(lacking, weight(i));
    }
    return heaviest == 0 ? 0 : lacking / heaviest;
  }

  /** The question's concepts that are names. */
  BitSet names() {
    BitSet names = new BitSet();
    for (int i = 0; i < concepts.size(); i++) {
      names.set(i, concepts.get(i).name());
    }
    return names;
  }

  double nameWeight(BitSet matched) {
    double sum = 0;
    for (int i = 0; i < concepts.size(); i++) {
      if (concepts.get(i).name() && (matched == null || matched.get(i))) {
        sum += weight(i);
      }
    }
    return sum;
  }

  /** The sentence holding the heaviest share of the question (the first of equals; 0 when there is none). */
  int best(BitSet[] bySentence) {
    int best = 0;
    double bestWeight = -1;
    for (int i = 0; i < bySentence.length; i++) {
      double w = weight(bySentence[i]);
      if (w > bestWeight) {
        best = i;
        bestWeight = w;
      }
    }
    return best;
  }

  /** The weight of a concept no paragraph holds: BM25's idf of a word in none of {@code paragraphCount}. */
  static double missingWeight(int paragraphCount) {
    return Math.log(1 + (paragraphCount + 0.5) / 0.5);
  }
}
