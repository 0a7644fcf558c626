package briefbot.retrieval;

import briefbot.retrieval.Retrieval.Concept;
import briefbot.retrieval.Retrieval.Sentence;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether retrieved passages answer the question: measures {@link Signals} on the best few passages and has
 * the fitted {@link Answerability} model weigh them, instead of fixed rules.
 */
final class Evidence {

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

  private final Answerability model;
  private final MeasuredSignals measured;
  private final ConceptMatches matches;
  private final PassageSignals signals;
  private final RefusalRules rules;

  /** {@code everySignal}: measure the signals the model does not weigh too, for a refit to learn from. */
  Evidence(Concepts concepts, Answerability model, boolean everySignal) {
    this.model = model;
    this.measured = MeasuredSignals.by(model, everySignal);
    this.matches = new ConceptMatches(concepts);
    this.signals = new PassageSignals(concepts, matches, measured);
    this.rules = new RefusalRules(concepts, matches);
  }

  /** The weight of the question each passage covers, analysed once for both the rerank and the verdict. */
  Map<Passage, Double> coverage(List<Concept> question, List<Passage> passages) {
    Map<Passage, Double> covered = new IdentityHashMap<>();
    passages.forEach(p -> covered.put(p, covered(question, p.text(), p.language())));
    return covered;
  }

  /**
   * The coverage with each article's title counted for its first paragraph, which the rerank orders by: a headline
   * states what the paragraph under it reports and seldom repeats ("Shell: klant kan voor één cent per liter
   * CO2-neutraal tanken" over "Ze betalen dan 1 cent per liter extra"), so a question in the headline's words finds
   * that paragraph among those the verdict reads. The verdict's own signals still read the paragraph's words only.
   */
  Map<Passage, Double> withLeadTitles(List<Concept> question, List<Passage> passages, Map<Passage, Double> covered) {
    Map<Passage, Double> out = new IdentityHashMap<>(covered);
    for (Passage p : passages) {
      if (p.paragraph() == 1 && p.title() != null && !p.title().isBlank()) {
        out.put(p, covered(question, p.title() + "\n" + p.text(), p.language()));
      }
    }
    return out;
  }

  /**
   * The verdict on the best {@link #JUDGED} passages; {@code type} is the kind of answer {@code text} asks for,
   * {@code covered} the passages' {@link #coverage} by this question.
   */
  Verdict judge(String text, String language, AnswerType type, List<Concept> question, List<Passage> passages,
      int paragraphCount, Scores scores, Map<Passage, Double> covered) {
    boolean notEnglish = Signals.notEnglish(language) == 1;
    if (question.isEmpty()) {
      return new Verdict(false, "the question has no words to search for", Signals.none(language), 0);
    }
    Optional<AskedNoun> noun = measured.noun() && type == AnswerType.OTHER && language != null
        ? AskedNoun.of(text, language) : Optional.empty();
    WeighedQuestion q = new WeighedQuestion(question, type, AnswerType.words(text),
        WeighedQuestion.missingWeight(paragraphCount), noun);
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
      bySentence.put(p, withTitleNames(q, p, m));
      bests[j] = q.best(m); // found once: the signals and sentenceDense read the same sentence
    }
    double missing = 0;
    BitSet titled = null;
    for (int i = 0; i < question.size(); i++) {
      if (question.get(i).weight() == 0 && !foundAnywhere.get(i)) {
        if (question.get(i).name() && !question.get(i).titled()) {
          titled = titled == null ? rules.titled(question, judged) : titled;
          if (!titled.get(i)) {
            // A name no article holds under any spelling: nothing here can be about it ("Brazil", "the Pope").
            return new Verdict(false, "the articles never mention " + question.get(i).word(), Signals.none(language),
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
        : PassageSignals.sentenceDense(judged, read, sentences, bests, scores);
    Verdict best = new Verdict(false, "no passage", Signals.none(language), 0);
    Passage bestPassage = null;
    Set<Passage> doubted = new HashSet<>();
    for (int i = 0; i < judged.size(); i++) {
      Passage p = judged.get(i);
      Signals s = signals.of(text, q, p, sentences.get(p), bySentence.get(p), bests[i], missing, scores,
          covered.get(p) + titleOnly(q, bySentence.get(p), analysed.get(p)),
          language != null && !language.equals(p.language()), language,
          Double.isNaN(sentenceDense[i]) ? 0 : sentenceDense[i], namesOnly);
      double confidence = model.confidence(s);
      if (confidence < model.threshold()) {
        doubted.add(p);
      }
      if (confidence > best.confidence()) {
        best = new Verdict(confidence >= model.threshold(), "confidence %.2f (coverage %.2f, sentence %.2f, names %.2f)"
            .formatted(confidence, s.coverage(), s.sentence(), s.focus()), s, confidence);
        bestPassage = p;
      }
    }
    String elsewhere = best.evidence() ? rules.titledElsewhere(q, bestPassage, bySentence.get(bestPassage)) : null;
    if (elsewhere != null) {
      // "Mit wem arbeitet Quantico zusammen?" answered from another article's "arbeitet mit ... zusammen": the
      // article the name titles is in the corpus, and the passage that would answer is not about it
      return new Verdict(false, "the passage never mentions " + elsewhere, best.signals(), best.confidence(), analysed);
    }
    String unheld = best.evidence() ? RefusalRules.unheld(question, analysed.get(bestPassage)) : null;
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
        ? rules.givenAway(text, question, bestPassage) : null;
    if (given != null) {
      // "When did Alexander Pope die?" answered from "Pope Caius died on 22 April 296": the passage holds the name
      // only in part, and the part it holds is someone else's
      return new Verdict(false, "the passage never mentions " + given, best.signals(), best.confidence(), analysed);
    }
    return new Verdict(best.evidence(), best.reason(), best.signals(), best.confidence(), analysed, doubted);
  }

  /**
   * Each sentence's concepts with the question's names that the passage's article title holds: a paragraph names the
   * article's subject as "the company" or "she" ("The company chose Lyon ..." under "Acme to open bicycle factory in
   * Lyon"), so for the verdict's signals it holds the name the title gives. Only names: a title's other words say what
   * the article reports, not what each paragraph says. The composer's sentences keep their own words.
   */
  private BitSet[] withTitleNames(WeighedQuestion q, Passage p, BitSet[] m) {
    if (p.title() == null || p.title().isBlank()) {
      return m;
    }
    BitSet titled = matches.matches(q.concepts(), p.title(), p.language());
    titled.and(q.names());
    if (titled.isEmpty()) {
      return m;
    }
    BitSet[] out = new BitSet[m.length];
    for (int i = 0; i < m.length; i++) {
      out[i] = (BitSet) m[i].clone();
      out[i].or(titled);
    }
    return out;
  }

  /**
   * The weight of the question's names only the title gives the passage ({@link #withTitleNames}), fully trusted as
   * the question's own words are, so that the trust signal does not read them as matched but untrusted.
   */
  private static double titleOnly(WeighedQuestion q, BitSet[] withTitle, List<Sentence> own) {
    BitSet added = new BitSet();
    for (BitSet b : withTitle) {
      added.or(b);
    }
    for (Sentence s : own) {
      added.andNot(s.matched());
    }
    return added.stream().mapToDouble(i -> q.concepts().get(i).weight()).sum();
  }

  /** A passage's sentences, each with the question's concepts it holds. */
  List<Sentence> sentences(List<Concept> question, Passage p) {
    return matches.sentences(question, p);
  }

  /** The sentences without the question's names each gives to someone else ({@link RefusalRules#ownNames}). */
  List<Sentence> ownNames(String text, String language, List<Concept> question, Passage p, List<Sentence> sentences) {
    return rules.ownNames(text, language, question, p, sentences);
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
    return matches.covered(question, text, language);
  }

  BitSet matches(List<Concept> question, String text, String language) {
    return matches.matches(question, text, language);
  }
}
