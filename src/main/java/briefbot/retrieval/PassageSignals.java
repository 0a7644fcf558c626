package briefbot.retrieval;

import briefbot.index.IndexFields;
import briefbot.retrieval.Evidence.Scores;
import briefbot.retrieval.Retrieval.Concept;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Measures the {@link Signals} of a judged passage that the {@link Answerability} model weighs. */
final class PassageSignals {

  /**
   * Where a sentence breaks into clauses: semicolons, colons, dashes, brackets, a comma before a relative or
   * contrasting clause, and conjunctions that join two statements (none that is also an article or a preposition in
   * another language, like Dutch "en"). A plain comma does not: "Kowalski, the mayor, opened it" is one clause.
   */
  private static final Pattern CLAUSE = Pattern.compile("(?iu)[;:()\u2013\u2014]|,\\s+(?=(?:which|who|where|"
      + "while|whereas|although|but|welche[rsmn]?|wo|während|obwohl|aber|die|dat|waar|terwijl|hoewel|maar|que|donde|"
      + "mientras|aunque|pero)\\s)|\\s(?:and|but|while|whereas|although|und|aber|während|obwohl|sondern|maar|terwijl|"
      + "hoewel|pero|mientras|aunque)\\s");

  private final Concepts concepts;
  private final ConceptMatches matches;
  private final MeasuredSignals measured;

  PassageSignals(Concepts concepts, ConceptMatches matches, MeasuredSignals measured) {
    this.concepts = concepts;
    this.matches = matches;
    this.measured = measured;
  }

  /**
   * For each judged passage among {@code read}, the cosine of the question and its best sentence (NaN where the model
   * does not read them, or the passage is not among {@code read}): one batch a question, the question's vector the
   * one kNN made. Each sentence is embedded alone, as the composer embeds its candidate sentences: the best sentences
   * are among those, so the composer finds them read.
   */
  static double[] sentenceDense(List<Passage> judged, List<Passage> read,
      Map<Passage, List<String>> sentences, int[] bests, Scores scores) {
    List<Passage> owners = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < judged.size(); i++) {
      List<String> ss = sentences.get(judged.get(i));
      if (!ss.isEmpty() && read.contains(judged.get(i))) {
        owners.add(judged.get(i));
        texts.add(ss.get(bests[i]));
        at.add(i);
      }
    }
    double[] cosines = texts.isEmpty() ? new double[0] : scores.sentences(owners, texts);
    double[] out = new double[judged.size()];
    Arrays.fill(out, Double.NaN);
    for (int k = 0; k < cosines.length; k++) {
      out[at.get(k)] = cosines[k];
    }
    return out;
  }

  /**
   * The signals of one judged passage: {@code best} is its sentence holding the heaviest share of the question,
   * {@code missing} the share of the question no judged passage holds, {@code trusted} its coverage, {@code language}
   * the question's as retrieval reads it.
   */
  Signals of(String text, WeighedQuestion q, Passage p, List<String> sentences, BitSet[] bySentence, int best,
      double missing, Scores scores, double trusted, boolean foreign, String language, double sentenceDense,
      boolean namesOnly) {
    boolean notEnglish = Signals.notEnglish(language) == 1;
    double[] inLanguage = Signals.inLanguage(language);
    double total = q.total();
    BitSet all = new BitSet();
    for (BitSet b : bySentence) {
      all.or(b);
    }
    double bestWeight = bySentence.length == 0 ? -1 : q.weight(bySentence[best]);
    BitSet window = new BitSet();
    for (int i = Math.max(0, best - 1); i <= Math.min(bySentence.length - 1, best + 1); i++) {
      window.or(bySentence[i]);
    }
    double names = q.nameWeight(null);
    String sentence = sentences.isEmpty() ? "" : sentences.get(best);
    String next = best + 1 < sentences.size() ? sentences.get(best + 1) : "";
    BitSet[] matched = {sentences.isEmpty() ? new BitSet() : bySentence[best],
        best + 1 < sentences.size() ? bySentence[best + 1] : new BitSet()};
    boolean typeFound = q.type() != AnswerType.OTHER && (q.type().presentIn(sentence, p.language(), q.words())
        || q.type().presentIn(next, p.language(), q.words()));
    double dense = scores.dense(p);
    BitSet nameSet = q.names();
    IntPredicate named = i -> nameSet.isEmpty() || bySentence[i].intersects(nameSet);
    IntPredicate about = i -> named.test(i) || i > 0 && bySentence[i - 1].intersects(nameSet);
    Boolean[] typedAt = new Boolean[sentences.size()]; // both typed signals ask of the same sentences
    IntPredicate typed = i -> typedAt[i] != null ? typedAt[i]
        : (typedAt[i] = q.type().presentIn(sentences.get(i), p.language(), q.words()));
    double[] asked = measured.asked() ? asked(q, bySentence, about) : new double[2];
    return new Signals(
        q.weight(all) / total,
        Math.max(0, bestWeight) / total,
        names == 0 ? 1 : q.nameWeight(window) / names,
        names == 0 ? 1 : q.nameWeight(all) / names,
        missing,
        scores.bm25(p) / total,
        Double.isNaN(dense) ? 0 : dense,
        Double.isNaN(dense) ? 1 : 0,
        typeFound ? 1 : 0,
        q.type() == AnswerType.OTHER ? 0 : 1,
        novelty(sentence, q.words()),
        Math.log1p(q.concepts().size()),
        q.gap(all),
        q.gap(window),
        trust(q, all, trusted),
        clause(q, p.language(), new String[] {sentence, next}, matched) / total,
        foreign ? 1 : 0,
        total / q.missingWeight(),
        asked[0],
        asked[1],
        notEnglish ? 1 : 0,
        Double.isNaN(scores.glossed(p)) ? 0 : scores.glossed(p),
        measured.conceptNovelty(notEnglish, foreign) ? conceptNovelty(sentence, p.language(), q) : 0,
        measured.askedTyped() ? asked(q, bySentence, about.and(typed))[0] : 0,
        measured.askedNamed() ? asked(q, bySentence, named.and(typed))[0] : 0,
        sentenceDense,
        namesOnly ? 1 : 0,
        measured.otherName(notEnglish, foreign, namesOnly) ? otherName(text, q.concepts(), p) : 0,
        Double.isNaN(scores.denseLead(p)) ? 0 : scores.denseLead(p),
        scores.bm25Lead(p),
        q.noun().isPresent() ? 1 : 0,
        q.noun().map(n -> nounFound(n, p.language(), sentence, next)).orElse(0.0),
        inLanguage[0], inLanguage[1], inLanguage[2], inLanguage[3]);
  }

  /**
   * Whether the best sentence or the next names an instance of the noun asked: 1 right beside the noun ("the auction
   * house Sotheby's", "Christie's auction house"), 0.5 only in a looser form (a capitalised phrase the noun heads, an
   * apposition after a name, a code before it), else 0.
   */
  private static double nounFound(AskedNoun noun, String language, String sentence, String next) {
    if (noun.namedBesideIt(sentence, language) || noun.namedBesideIt(next, language)) {
      return 1;
    }
    // Retrieval has no gazetteer: a place's code before the noun ("a UK company") counts here as a looser form.
    return noun.heldBy(sentence, language, word -> false) || noun.heldBy(next, language, word -> false) ? 0.5 : 0;
  }

  /** How far the passage gives a name of several words of the question to someone else ({@link OtherNames}). */
  private double otherName(String text, List<Concept> question, Passage p) {
    List<List<Concept>> names = OtherNames.names(text, question);
    if (names.isEmpty()) {
      return 0; // no name of several words: the passage's terms are not analysed
    }
    ConceptMatches.Terms terms = matches.terms(question, p.text(), p.language());
    return OtherNames.share(names, text, p.text(), p.language(), terms.own(), terms.neutral(), concepts::entry);
  }

  /**
   * The asked-for part of the question (its concepts that are not names) that the best of the sentences that
   * {@code count} holds, as a share of its weight, and the heaviest asked-for concept that sentence lacks relative to
   * the heaviest asked-for: {1, 0} when the question asks for nothing beyond its names, {0, 1} when no sentence
   * counts. For {@code asked}, a sentence counts when it is about the names: it or the one before names one ("He was
   * born in ..."), every sentence when the question names nobody.
   */
  private static double[] asked(WeighedQuestion q, BitSet[] bySentence, IntPredicate count) {
    BitSet asked = new BitSet();
    asked.set(0, q.concepts().size());
    asked.andNot(q.names());
    double total = q.weight(asked);
    if (total == 0) {
      return new double[] {1, 0};
    }
    double bestWeight = -1;
    BitSet best = null;
    for (int i = 0; i < bySentence.length; i++) {
      if (count.test(i)) {
        BitSet held = (BitSet) bySentence[i].clone();
        held.and(asked);
        double w = q.weight(held);
        if (w > bestWeight) {
          bestWeight = w;
          best = held;
        }
      }
    }
    if (best == null) {
      return new double[] {0, 1};
    }
    double heaviest = 0;
    double lacking = 0;
    for (int i = asked.nextSetBit(0); i >= 0; i = asked.nextSetBit(i + 1)) {
      heaviest = Math.max(heaviest, q.weight(i));
      lacking = best.get(i) ? lacking : Math.max(lacking, q.weight(i));
    }
    return new double[] {bestWeight / total, lacking / heaviest};
  }

  /** The share of the matched weight that stays once each match counts as far as it is trusted (0: no match). */
  private static double trust(WeighedQuestion q, BitSet matched, double trusted) {
    double plain = 0;
    for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
      plain += q.concepts().get(i).weight();
    }
    return plain == 0 ? 0 : Math.min(1, trusted / plain);
  }

  /**
   * The weight of the question that the best clause holding the kind of answer asked for covers: a near miss has
   * the answer's type in one clause and the question's names in another ("X was charged; the offence carries a
   * sentence of 16 months"). A reason is a clause of its own, so there the whole sentence counts. A clause that is
   * its whole sentence has the sentence's {@code matched} concepts, not analysed again.
   */
  private double clause(WeighedQuestion q, String language, String[] sentences, BitSet[] matched) {
    double best = 0;
    for (int s = 0; s < sentences.length; s++) {
      String sentence = sentences[s];
      String[] clauses = q.type() == AnswerType.REASON ? new String[] {sentence} : CLAUSE.split(sentence);
      for (String c : clauses) {
        if (!c.isBlank() && q.type().presentIn(" " + c, language, q.words())) {
          BitSet m = c.equals(sentence) ? matched[s] : matches.matches(q.concepts(), c, language);
          best = Math.max(best, q.weight(m));
        }
      }
    }
    return best;
  }

  /**
   * The share of a sentence's longer words that hold none of the question's concepts, in the sentence's language: in
   * another language than the question's none of its words is the question's own, so a word is the question's when it
   * holds one of its concepts through a translation ("Gericht" for "court"), as {@code novelty} counts the question's
   * own words in a sentence in its language.
   */
  private double conceptNovelty(String sentence, String language, WeighedQuestion q) {
    Set<String> asked = new HashSet<>();
    Set<String> askedNeutral = new HashSet<>();
    for (Concept c : q.concepts()) {
      asked.addAll(c.stems().getOrDefault(IndexFields.body(language), Set.of()));
      askedNeutral.addAll(c.stems().getOrDefault(IndexFields.BODY_NEUTRAL, Set.of()));
    }
    return unknownShare(sentence, w -> q.words().contains(w)
        || concepts.tokens(IndexFields.body(language), w).stream().anyMatch(asked::contains)
        || concepts.tokens(IndexFields.BODY_NEUTRAL, w).stream().anyMatch(askedNeutral::contains));
  }

  /** The share of a sentence's longer words that the question does not have: an answer adds something. */
  private static double novelty(String sentence, Set<String> questionWords) {
    return unknownShare(sentence, questionWords::contains);
  }

  /** The share of a sentence's longer words (more than two letters, no stop word) that are not {@code known}. */
  private static double unknownShare(String sentence, Predicate<String> known) {
    int words = 0;
    int fresh = 0;
    for (String w : AnswerType.words(sentence)) {
      if (w.length() > 2 && !Concepts.isStopWord(w)) {
        words++;
        fresh += known.test(w) ? 0 : 1;
      }
    }
    return words == 0 ? 0 : (double) fresh / words;
  }
}
