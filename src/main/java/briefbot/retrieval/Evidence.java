package briefbot.retrieval;

import briefbot.index.IndexFields;
import briefbot.retrieval.Retrieval.Concept;
import briefbot.retrieval.Retrieval.Sentence;
import briefbot.text.Sentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Decides whether retrieved passages answer the question: measures {@link Signals} on the best few passages and has
 * the fitted {@link Answerability} model weigh them, instead of fixed rules.
 */
final class Evidence {

  /**
   * Where a sentence breaks into clauses: semicolons, colons, dashes, brackets, a comma before a relative or
   * contrasting clause, and conjunctions that join two statements (none that is also an article or a preposition in
   * another language, like Dutch "en"). A plain comma does not: "Kowalski, the mayor, opened it" is one clause.
   */
  private static final Pattern CLAUSE = Pattern.compile("(?iu)[;:()\u2013\u2014]|,\\s+(?=(?:which|who|where|"
      + "while|whereas|although|but|welche[rsmn]?|wo|während|obwohl|aber|die|dat|waar|terwijl|hoewel|maar|que|donde|"
      + "mientras|aunque|pero)\\s)|\\s(?:and|but|while|whereas|although|und|aber|während|obwohl|sondern|maar|terwijl|"
      + "hoewel|pero|mientras|aunque)\\s");

  /**
   * How far ({@link OtherNames}) the passage that would answer an English question may give one of its names of
   * several words to someone else before the verdict refuses. Read off the fit parts (threshold-0 runs of MLQA, SQuAD
   * and four English left-out draws; English questions on English passages answered at the model's threshold): right
   * answers at most 0.22, wrong answers and unanswerable questions one at 0.25, five at 0.33 and over; 0.3 stands
   * clear of the right ones.
   */
  static final double GIVEN_AWAY = 0.3;

  /** The passages the verdict looks at, best reranked first. */
  static final int JUDGED = 3;

  /**
   * The verdict, its reason (logs, the JSON's debug fields), the signals it was made on, its confidence, the
   * sentences of the judged passages with the question's concepts each holds, and the judged passages whose own
   * confidence is under the model's threshold ({@code doubted}: the verdict would refuse on any of them alone).
   */
  record Verdict(boolean evidence, String reason, Signals signals, double confidence,
      Map<Passage, List<Sentence>> sentences, Set<Passage> doubted) {

    Verdict {
      doubted = Set.copyOf(doubted);
    }

    Verdict(boolean evidence, String reason, Signals signals, double confidence,
        Map<Passage, List<Sentence>> sentences) {
      this(evidence, reason, signals, confidence, sentences, Set.of());
    }

    Verdict(boolean evidence, String reason, Signals signals, double confidence) {
      this(evidence, reason, signals, confidence, Map.of());
    }
  }

  /**
   * What retrieval knows of a passage beyond its text: its BM25 score, its embedding similarity where the model reads
   * both languages (NaN: none), and its similarity where the model reads the question or the passage only through
   * their English gloss (NaN: none, or read as written).
   */
  interface Scores {
    double bm25(Passage p);

    double dense(Passage p);

    double glossed(Passage p);

    /**
     * The passage's similarity ({@link #dense}, else {@link #glossed}) above the mean of the ten most similar passages'
     * (NaN where neither is known).
     */
    double denseLead(Passage p);

    /** The passage's BM25 score over the mean of the ten best, less one (0 where no passage scored). */
    double bm25Lead(Passage p);

    /**
     * The cosine of the question and each text of a passage (texts and passages side by side), the texts the model
     * has not read lately embedded in one batch, through its English gloss where only {@link #glossed} is known;
     * NaN where neither similarity is known or the text is blank.
     */
    double[] sentences(List<Passage> passages, List<String> texts);
  }

  /**
   * Which of the signals that the model may leave unweighed a verdict measures: one the model does not weigh changes
   * no confidence, so it is measured only for a model that weighs it or where every signal is recorded
   * ({@code eval --signals}, what a refit learns from); an unmeasured one reads 0. A model that weighs
   * {@code conceptNovelty} only times {@code englishAbroad} reads it only for an English question on a foreign
   * passage ({@code conceptNoveltyAbroadOnly}): elsewhere the product is 0 whatever it is. {@code sentenceDenseGates}:
   * the gates through which alone the model weighs {@code sentenceDense} (empty: it is read wherever it is measured);
   * {@code otherNameGates} the same for {@code otherName}; {@code noun}: {@code nounAsked} and {@code nounFound}.
   */
  private record Measured(boolean asked, boolean conceptNovelty, boolean conceptNoveltyAbroadOnly, boolean askedTyped,
      boolean askedNamed, boolean sentenceDense, Set<String> sentenceDenseGates, boolean otherName,
      Set<String> otherNameGates, boolean noun) {

    private static final Set<String> GATES =
        Set.of(Signals.ENGLISH_HOME, Signals.NOT_ENGLISH_HOME, Signals.ENGLISH_ABROAD, Signals.NOT_ENGLISH_ABROAD);

    static Measured by(Answerability model, boolean everySignal) {
      return new Measured(everySignal || model.weighs("asked") || model.weighs("askedGap"),
          everySignal || model.weighs("conceptNovelty"),
          !everySignal && model.weighsOnlyWith("conceptNovelty", Signals.ENGLISH_ABROAD),
          everySignal || model.weighs("askedTyped"), everySignal || model.weighs("askedNamed"),
          everySignal || model.weighs("sentenceDense"),
          everySignal ? Set.of() : model.onlyThrough("sentenceDense", GATES),
          everySignal || model.weighs("otherName"), everySignal ? Set.of() : model.onlyThrough("otherName", GATES),
          everySignal || model.weighs("nounAsked") || model.weighs("nounFound"));
    }

    /**
     * Whether {@code sentenceDense} is read for a passage: a model that weighs it only through gates reads it only
     * where one of them can be 1 (an English question at home that asks more than its names, another at home, an
     * English question on a foreign passage, another on a passage in a third language or English), so other
     * questions pay no embedding.
     */
    boolean sentenceDense(boolean notEnglish, boolean foreign, boolean namesOnly) {
      return sentenceDense && (sentenceDenseGates.isEmpty() || open(sentenceDenseGates, notEnglish, foreign, namesOnly));
    }

    /** Whether {@code otherName} is read for a passage: as {@link #sentenceDense}, only where a gate of it can be 1. */
    boolean otherName(boolean notEnglish, boolean foreign, boolean namesOnly) {
      return otherName && (otherNameGates.isEmpty() || open(otherNameGates, notEnglish, foreign, namesOnly));
    }

    private static boolean open(Set<String> gates, boolean notEnglish, boolean foreign, boolean namesOnly) {
      return gates.contains(Signals.ENGLISH_HOME) && !notEnglish && !foreign && !namesOnly
          || gates.contains(Signals.NOT_ENGLISH_HOME) && notEnglish && !foreign
          || gates.contains(Signals.ENGLISH_ABROAD) && !notEnglish && foreign
          || gates.contains(Signals.NOT_ENGLISH_ABROAD) && notEnglish && foreign;
    }

    boolean conceptNovelty(boolean notEnglish, boolean foreign) {
      return conceptNovelty && (!conceptNoveltyAbroadOnly || !notEnglish && foreign);
    }
  }

  private final Concepts concepts;
  private final Answerability model;
  private final Measured measured;

  /** {@code everySignal}: measure the signals the model does not weigh too, for a refit to learn from. */
  Evidence(Concepts concepts, Answerability model, boolean everySignal) {
    this.concepts = concepts;
    this.model = model;
    this.measured = Measured.by(model, everySignal);
  }

  /** The weight of the question each passage covers, analysed once for both the rerank and the verdict. */
  Map<Passage, Double> coverage(List<Concept> question, List<Passage> passages) {
    Map<Passage, Double> covered = new IdentityHashMap<>();
    passages.forEach(p -> covered.put(p, covered(question, p.text(), p.language())));
    return covered;
  }

  /**
   * The verdict on the best {@link #JUDGED} passages; {@code type} is the kind of answer {@code text} asks for,
   * {@code covered} the passages' {@link #coverage} by this question.
   */
  Verdict judge(String text, String language, AnswerType type, List<Concept> question, List<Passage> passages,
      int paragraphCount, Scores scores, Map<Passage, Double> covered) {
    boolean notEnglish = language != null && !language.equals("en");
    if (question.isEmpty()) {
      return new Verdict(false, "the question has no words to search for", Signals.none(notEnglish), 0);
    }
    Optional<AskedNoun> noun = measured.noun() && type == AnswerType.OTHER && language != null
        ? AskedNoun.of(text, language) : Optional.empty();
    Question q = new Question(question, type, AnswerType.words(text),
        missingWeight(paragraphCount), noun);
    List<Passage> judged = passages.subList(0, Math.min(JUDGED, passages.size()));
    BitSet foundAnywhere = new BitSet();
    Map<Passage, BitSet[]> bySentence = new IdentityHashMap<>();
    Map<Passage, List<String>> sentences = new IdentityHashMap<>();
    Map<Passage, List<Sentence>> analysed = new LinkedHashMap<>();
    int[] bests = new int[judged.size()];
    for (int j = 0; j < judged.size(); j++) {
      Passage p = judged.get(j);
      List<Sentence> ss = sentences(question, p);
      BitSet[] m = ss.stream().map(Sentence::matched).toArray(BitSet[]::new);
      for (BitSet b : m) {
        foundAnywhere.or(b);
      }
      analysed.put(p, ss);
      sentences.put(p, ss.stream().map(Sentence::text).toList());
      bySentence.put(p, m);
      bests[j] = best(q, m); // found once: the signals and sentenceDense read the same sentence
    }
    double missing = 0;
    BitSet titled = null;
    for (int i = 0; i < question.size(); i++) {
      if (question.get(i).weight() == 0 && !foundAnywhere.get(i)) {
        if (question.get(i).name() && !question.get(i).titled()) {
          titled = titled == null ? titled(question, judged) : titled;
          if (!titled.get(i)) {
            // A name no article holds under any spelling: nothing here can be about it ("Brazil", "the Pope").
            return new Verdict(false, "the articles never mention " + question.get(i).word(), Signals.none(notEnglish),
                0);
          }
        }
        // only an article's title names it ("Shellback" over a paragraph that says "Karl Johan Schuster"): the index
        // holds it, and the model decides on the passages, which lack the name, as the signals say
        missing += q.missingWeight();
      }
    }
    missing /= q.total();
    boolean namesOnly = q.names().cardinality() == question.size();
    List<Passage> read = judged.stream().filter(p -> measured.sentenceDense(notEnglish,
        language != null && !language.equals(p.language()), namesOnly)).toList();
    double[] sentenceDense = read.isEmpty() ? new double[judged.size()]
        : sentenceDense(judged, read, sentences, bests, scores);
    Verdict best = new Verdict(false, "no passage", Signals.none(notEnglish), 0);
    Passage bestPassage = null;
    Set<Passage> doubted = new HashSet<>();
    for (int i = 0; i < judged.size(); i++) {
      Passage p = judged.get(i);
      Signals s = signals(text, q, p, sentences.get(p), bySentence.get(p), bests[i], missing, scores,
          covered.get(p), language != null && !language.equals(p.language()), notEnglish,
          Double.isNaN(sentenceDense[i]) ? 0 : sentenceDense[i], namesOnly);
      double confidence = model.probability(s);
      if (confidence < model.threshold()) {
        doubted.add(p);
      }
      if (confidence > best.confidence()) {
        best = new Verdict(confidence >= model.threshold(), "confidence %.2f (coverage %.2f, sentence %.2f, names %.2f)"
            .formatted(confidence, s.coverage(), s.sentence(), s.focus()), s, confidence);
        bestPassage = p;
      }
    }
    String elsewhere = best.evidence() ? titledElsewhere(q, bestPassage, bySentence.get(bestPassage)) : null;
    if (elsewhere != null) {
      // "Mit wem arbeitet Quantico zusammen?" answered from another article's "arbeitet mit ... zusammen": the
      // article the name titles is in the corpus, and the passage that would answer is not about it
      return new Verdict(false, "the passage never mentions " + elsewhere, best.signals(), best.confidence(), analysed);
    }
    String unheld = best.evidence() ? unheld(question, analysed.get(bestPassage)) : null;
    if (unheld != null) {
      // "Who was the ruler of Macedon?" answered from a passage on a Mexica ruler, since another passage writes
      // "Macedonia": a name known only by a near spelling of its translation must be in the passage that answers
      return new Verdict(false, "the passage never mentions " + unheld, best.signals(), best.confidence(), analysed);
    }
    String unsaid = best.evidence() ? QuestionNumbers.unsaid(text, bestPassage.text()) : null;
    if (unsaid != null) {
      // "What began at Pinewood on 8 December 2004?" where the passage says 2014: a near miss by one number
      return new Verdict(false, "the passage never says " + unsaid, best.signals(), best.confidence(), analysed);
    }
    String given = best.evidence() && !notEnglish && "en".equals(bestPassage.language())
        ? givenAway(text, question, bestPassage) : null;
    if (given != null) {
      // "When did Alexander Pope die?" answered from "Pope Caius died on 22 April 296": the passage holds the name
      // only in part, and the part it holds is someone else's
      return new Verdict(false, "the passage never mentions " + given, best.signals(), best.confidence(), analysed);
    }
    return new Verdict(best.evidence(), best.reason(), best.signals(), best.confidence(), analysed, doubted);
  }

  /**
   * A name of the question that no paragraph writes and an article's title holds ({@code titled}, weight 0), which
   * the passage neither writes nor has in its own article's title: the corpus has an article about it, and this
   * passage is about something else. Null when there is none, so the model decides.
   */
  private String titledElsewhere(Question q, Passage p, BitSet[] bySentence) {
    List<Concept> concepts = q.concepts();
    BitSet onlyTitled = new BitSet();
    for (int i = 0; i < concepts.size(); i++) {
      onlyTitled.set(i, concepts.get(i).name() && concepts.get(i).titled() && concepts.get(i).weight() == 0);
    }
    if (onlyTitled.isEmpty()) {
      return null;
    }
    for (BitSet b : bySentence) {
      onlyTitled.andNot(b);
    }
    if (!onlyTitled.isEmpty() && p.title() != null && !p.title().isBlank()) {
      onlyTitled.andNot(matches(concepts, p.title(), p.language()));
    }
    return onlyTitled.isEmpty() ? null : concepts.get(onlyTitled.nextSetBit(0)).word();
  }

  /** The word of a {@link Concepts#fuzzy} concept none of a passage's sentences holds; null when there is none. */
  private static String unheld(List<Concept> question, List<Sentence> sentences) {
    for (int i = 0; i < question.size(); i++) {
      if (Concepts.fuzzy(question.get(i)) && !held(i, sentences)) {
        return question.get(i).word();
      }
    }
    return null;
  }

  private static boolean held(int concept, List<Sentence> sentences) {
    for (Sentence s : sentences) {
      if (s.matched().get(concept)) {
        return true;
      }
    }
    return false;
  }

  /** The question's concepts the titles of the judged passages' articles hold. */
  private BitSet titled(List<Concept> question, List<Passage> judged) {
    BitSet out = new BitSet();
    for (Passage p : judged) {
      if (p.title() != null && !p.title().isBlank()) {
        out.or(matches(question, p.title(), p.language()));
      }
    }
    return out;
  }

  /** A passage's sentences, each with the question's concepts it holds. */
  List<Sentence> sentences(List<Concept> question, Passage p) {
    return Sentences.of(p.text(), p.language()).stream()
        .map(s -> new Sentence(s, matches(question, s, p.language()))).toList();
  }

  /**
   * A question as the verdict weighs it: its concepts, the answer type it asks for, its own words, and the noun a
   * "which X" question asks an instance of (none for another question).
   */
  private record Question(List<Concept> concepts, AnswerType type, Set<String> words, double missingWeight,
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
  }

  /** The sentence holding the heaviest share of the question (the first of equals; 0 when there is none). */
  private static int best(Question q, BitSet[] bySentence) {
    int best = 0;
    double bestWeight = -1;
    for (int i = 0; i < bySentence.length; i++) {
      double w = q.weight(bySentence[i]);
      if (w > bestWeight) {
        best = i;
        bestWeight = w;
      }
    }
    return best;
  }

  /**
   * For each judged passage among {@code read}, the cosine of the question and its best sentence (NaN where the model
   * does not read them, or the passage is not among {@code read}): one batch a question, the question's vector the
   * one kNN made. Each sentence is embedded alone, as the composer embeds its candidate sentences: the best sentences
   * are among those, so the composer finds them read.
   */
  private static double[] sentenceDense(List<Passage> judged, List<Passage> read,
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

  private Signals signals(String text, Question q, Passage p, List<String> sentences, BitSet[] bySentence, int best,
      double missing, Scores scores, double trusted, boolean foreign, boolean notEnglish, double sentenceDense,
      boolean namesOnly) {
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
        q.noun().map(n -> nounFound(n, p.language(), sentence, next)).orElse(0.0));
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

  /**
   * The question's first name of several words that the passage gives to someone else by {@link #GIVEN_AWAY} or more,
   * as the question writes it; null when there is none (the passage's terms are analysed only for a question with
   * such a name).
   */
  private String givenAway(String text, List<Concept> question, Passage p) {
    List<List<Concept>> names = OtherNames.names(text, question);
    if (names.isEmpty()) {
      return null;
    }
    Terms terms = terms(question, p.text(), p.language());
    List<Double> shares = OtherNames.shares(names, text, p.text(), p.language(), terms.own(), terms.neutral(),
        OtherNames.withTitles(concepts::entry));
    for (int i = 0; i < names.size(); i++) {
      if (shares.get(i) >= GIVEN_AWAY) {
        return String.join(" ", names.get(i).stream().map(Concept::word).toList());
      }
    }
    return null;
  }

  /** How far the passage gives a name of several words of the question to someone else ({@link OtherNames}). */
  private double otherName(String text, List<Concept> question, Passage p) {
    List<List<Concept>> names = OtherNames.names(text, question);
    if (names.isEmpty()) {
      return 0; // no name of several words: the passage's terms are not analysed
    }
    Terms terms = terms(question, p.text(), p.language());
    return OtherNames.share(names, text, p.text(), p.language(), terms.own(), terms.neutral(), concepts::entry);
  }

  /**
   * The asked-for part of the question (its concepts that are not names) that the best of the sentences that
   * {@code count} holds, as a share of its weight, and the heaviest asked-for concept that sentence lacks relative to
   * the heaviest asked-for: {1, 0} when the question asks for nothing beyond its names, {0, 1} when no sentence
   * counts. For {@code asked}, a sentence counts when it is about the names: it or the one before names one ("He was
   * born in ..."), every sentence when the question names nobody.
   */
  private static double[] asked(Question q, BitSet[] bySentence, IntPredicate count) {
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
  private static double trust(Question q, BitSet matched, double trusted) {
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
  private double clause(Question q, String language, String[] sentences, BitSet[] matched) {
    double best = 0;
    for (int s = 0; s < sentences.length; s++) {
      String sentence = sentences[s];
      String[] clauses = q.type() == AnswerType.REASON ? new String[] {sentence} : CLAUSE.split(sentence);
      for (String c : clauses) {
        if (!c.isBlank() && q.type().presentIn(" " + c, language, q.words())) {
          BitSet m = c.equals(sentence) ? matched[s] : matches(q.concepts(), c, language);
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
  private double conceptNovelty(String sentence, String language, Question q) {
    Set<String> asked = new HashSet<>();
    Set<String> askedNeutral = new HashSet<>();
    for (Concept c : q.concepts()) {
      asked.addAll(c.stems().getOrDefault(IndexFields.body(language), Set.of()));
      askedNeutral.addAll(c.stems().getOrDefault(IndexFields.BODY_NEUTRAL, Set.of()));
    }
    int words = 0;
    int fresh = 0;
    for (String w : AnswerType.words(sentence)) {
      if (w.length() > 2 && !Concepts.isStopWord(w)) {
        words++;
        boolean known = q.words().contains(w)
            || concepts.tokens(IndexFields.body(language), w).stream().anyMatch(asked::contains)
            || concepts.tokens(IndexFields.BODY_NEUTRAL, w).stream().anyMatch(askedNeutral::contains);
        fresh += known ? 0 : 1;
      }
    }
    return words == 0 ? 0 : (double) fresh / words;
  }

  /** The share of a sentence's longer words that the question does not have: an answer adds something. */
  private static double novelty(String sentence, Set<String> questionWords) {
    int words = 0;
    int fresh = 0;
    for (String w : AnswerType.words(sentence)) {
      if (w.length() > 2 && !Concepts.isStopWord(w)) {
        words++;
        fresh += questionWords.contains(w) ? 0 : 1;
      }
    }
    return words == 0 ? 0 : (double) fresh / words;
  }

  private static double missingWeight(int paragraphCount) {
    return Math.log(1 + (paragraphCount + 0.5) / 0.5);
  }

  /**
   * Orders passages by their fused rank and by how much of the question they cover, half each: fusion finds
   * candidates across languages and meanings, coverage puts the one that answers the question first.
   */
  List<Passage> rerank(List<Concept> question, List<Passage> passages, Map<Passage, Double> covered) {
    double total = question.stream().mapToDouble(Concept::weight).sum();
    double top = passages.stream().mapToDouble(Passage::score).max().orElse(1);
    if (total == 0 || passages.isEmpty()) {
      return passages;
    }
    Map<Passage, Double> scores = new IdentityHashMap<>();
    for (Passage p : passages) {
      scores.put(p, 0.5 * p.score() / top + 0.5 * covered.get(p) / total);
    }
    return passages.stream().sorted((a, b) -> Double.compare(scores.get(b), scores.get(a))).toList();
  }

  /**
   * The weight of the question's concepts that a text (a passage or a sentence of it) contains; a concept found
   * only through a translation counts as far as that translation is trusted.
   */
  double covered(List<Concept> question, String text, String language) {
    Terms terms = terms(question, text, language);
    double sum = 0;
    for (Concept c : question) {
      sum += c.weight() * trust(c, terms.own(), terms.neutral(), language);
    }
    return sum;
  }

  BitSet matches(List<Concept> question, String text, String language) {
    Terms terms = terms(question, text, language);
    BitSet matched = new BitSet();
    for (int i = 0; i < question.size(); i++) {
      if (matches(question.get(i), terms.own(), terms.neutral(), language)) {
        matched.set(i);
      }
    }
    return matched;
  }

  /** A text's terms as the question's concepts are matched: in its language's field and in the neutral one. */
  private record Terms(Set<String> own, Set<String> neutral) {}

  private Terms terms(List<Concept> question, String text, String language) {
    return new Terms(own(text, language), new HashSet<>(concepts.tokens(IndexFields.BODY_NEUTRAL, text, question)));
  }

  /** A text's terms in its language's field, with the words its birth and death signs stand for ({@link LifeDates}). */
  private Set<String> own(String text, String language) {
    Set<String> own = new HashSet<>(concepts.tokens(IndexFields.body(language), text));
    String life = LifeDates.words(text, language);
    if (!life.isEmpty()) {
      own.addAll(concepts.tokens(IndexFields.body(language), life));
    }
    return own;
  }

  static boolean matches(Concept c, Set<String> own, Set<String> neutral, String language) {
    return trust(c, own, neutral, language) > 0;
  }

  /** How surely a text's terms hold a concept: the trust of its best matching stem, 0 when none matches. */
  static double trust(Concept c, Set<String> own, Set<String> neutral, String language) {
    double found = Math.max(trust(c, IndexFields.BODY_NEUTRAL, neutral), trust(c, IndexFields.body(language), own));
    return found > 0 ? found : WordFamilies.trust(c, own, language);
  }

  private static double trust(Concept c, String field, Set<String> terms) {
    double best = 0;
    for (String stem : c.stems().getOrDefault(field, Set.of())) {
      if (terms.contains(stem)) {
        best = Math.max(best, c.trust(field, stem));
      }
    }
    return best;
  }
}
