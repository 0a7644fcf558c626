package briefbot.answer;

import briefbot.retrieval.AnswerType;
import briefbot.retrieval.AskedNoun;
import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the sentence an offline answer leads with: of the passages the verdict does not doubt, the best-covering
 * sentence or a near one that says the question's phrases or its meaning better, giving way to its page's introduction
 * (read from the index where the retrieval did not return it), or another page's, when it stands under a heading.
 */
final class LeadSentence {

  /**
   * How much the question's phrases count in the lead's choice (fit parts replayed: 0.25 / 0.5 / 1 / 2 gave +6 / +7 /
   * +10 / +2 leads holding the span in the gold paragraph over the four sets).
   */
  private static final double PHRASE_WEIGHT = 1.0;
  /**
   * A lead from a section under a heading gives way to its page's introduction (paragraph 1, under no heading) when
   * that is among the passages and its best sentence scores at least this share of the lead's. A section's heading
   * often repeats the question ("ontslag tijdens proeftijd" for "Wanneer mag mijn werkgever mij ontslaan?") while the
   * introduction says what the page is about in other words. PolicyQA fit part, the introduction's best sentence
   * leading at 0 / 0.25 / 0.3 / 0.4 / 0.5 of the lead's score: +23 / +23 / +22 / +19 / +9 answers holding the span in
   * the gold paragraph, none lost; MLQA fit parts (their Wikipedia sections open with a heading too, "Stromverbrauch:
   * ..."): English unchanged at 0, Spanish one answer changed (the same span), German -1 at 0 (an introduction
   * scoring 0.00 of the lead); at 0.25 none of these fires.
   */
  private static final double INTRODUCTION_REACH = 0.25;
  /**
   * Where its own page's introduction does not qualify, another page's introduction (paragraph 1, under no heading)
   * takes the lead from a section under a heading when its best sentence scores at least this share of the lead's: a
   * section of a page on something near ("werken op zondag, : je mag niet op zondag werken.", a page on shop hours)
   * repeats the question's words in its heading, while the page the question is about says the answer in its
   * introduction ("u hoeft niet op zondag te werken."). PolicyQA fit part, replayed on the recorded candidates, the
   * lead then in the gold paragraph and holding the span, at 0.25 / 0.33 / 0.5 / 0.75: +13 / +12 / +8 / +4, none lost;
   * MLQA fit parts (en, de, es): two English leads lost at 0.25 (another article's opening, 0.28 and 0.29 of the lead:
   * "A joystick is an input device ..." for "What is one alternative input method?"), none changed from 0.33 on. Run
   * at 1/3: PolicyQA fit both 137 -> 145, leads 127 -> 136, none lost; MLQA fit parts no answer changed.
   */
  private static final double OTHER_INTRODUCTION_REACH = 1.0 / 3;
  /**
   * Where neither introduction rule above gives the lead a retrieved paragraph 1, its own page's introduction, read from
   * the index, takes the lead from a section under a heading when its best sentence scores at least this share of the
   * lead's (it has no rank prior, where a retrieved one has 1 + 1 / rank: the same reach as {@link
   * #INTRODUCTION_REACH} for one ranked about fourth). A page's sections that repeat the question's words fill the
   * passages, and the introduction that answers in fewer of them is not among them ("Hoe meld ik me aan voor een
   * fixusopleiding?": six sections of the page in the passages, the introduction "aanmelden voor een fixusopleiding
   * gaat via studielink." not). PolicyQA fit part, its best sentence's share of the lead's in the questions it reaches:
   * the gold introduction 0.16, 0.24, 0.24, 0.24, 0.27, 0.30, 0.38, 0.41; neither gold 0.28, 0.37; MLQA fit parts one
   * (German, 0.14: "Mobile Computing ist eine Art der Mensch-Maschine-Interaktion ..." over the section's "Handys
   * können außerdem sensible medizinische Geräte beeinflussen." for what affects medical devices); news-fit none. At
   * 0.2: PolicyQA fit both 145 -> 152, none lost; MLQA and news-fit fit parts no answer changed. Tried before the
   * other page's introduction (ahead of {@link #OTHER_INTRODUCTION_REACH}), it took two leads that other pages'
   * introductions held rightly.
   */
  private static final double UNRETRIEVED_REACH = 0.2;

  private final SentenceModel model;
  private final Cosines cosines;
  private final Candidates sentences;

  LeadSentence(SentenceModel model, Cosines cosines, Candidates sentences) {
    this.model = model;
    this.cosines = cosines;
    this.sentences = sentences;
  }

  /**
   * The sentence the answer leads with and, where it comes from a page's introduction the retrieval did not return,
   * that introduction's sentences read from the index ({@code read}, else empty).
   */
  record Lead(Candidate sentence, List<Candidate> read) {}

  /** The sentence the answer leads with, of the candidates (the best covering first). */
  Lead of(Retrieval retrieval, List<Candidate> candidates) {
    List<Candidate> leadable = leadable(retrieval, candidates);
    Candidate chosen = chosen(retrieval, leadable);
    Candidate lead = fromTheIntroduction(leadable, chosen);
    return lead != chosen ? new Lead(lead, List.of()) : fromAnUnretrievedIntroduction(retrieval, candidates, lead);
  }

  /**
   * The page's introduction, read from the index, in place of a lead from a section under a heading where the
   * retrieval returned no paragraph 1 of the lead's page: its best sentence leads when it scores at least
   * {@link #UNRETRIEVED_REACH} of the section's lead (with no prior for a rank it never had).
   */
  private Lead fromAnUnretrievedIntroduction(Retrieval retrieval, List<Candidate> candidates, Candidate section) {
    Lead otherwise = new Lead(section, List.of());
    if (section.passage().paragraph() == 1 || !underAHeading(section.passage())
        || candidates.stream().anyMatch(c -> c.passage().paragraph() == 1 && c.sameArticle(section))) {
      return otherwise;
    }
    List<Candidate> read = sentences.introductionOf(retrieval, section);
    if (read.isEmpty() || underAHeading(read.get(0).passage())) {
      return otherwise;
    }
    BitSet own = OwnNames.of(retrieval.question(), retrieval.concepts());
    Candidate best = null;
    for (Candidate c : read) {
      BitSet lacking = (BitSet) own.clone();
      lacking.andNot(c.matched());
      if (lacking.isEmpty() && (best == null || c.score() > best.score())) {
        best = c;
      }
    }
    return best != null && best.score() > 0 && best.score() >= UNRETRIEVED_REACH * section.score()
        ? new Lead(best, read) : otherwise;
  }

  /**
   * The candidates the lead is chosen from: those holding the question's own names ({@link OwnNames}) of passages
   * the verdict does not doubt, each filter kept only where it leaves some (what {@code eval --sentences} records as
   * leadable, and {@code eval near-fit} chooses the near candidates from).
   */
  List<Candidate> leadable(Retrieval retrieval, List<Candidate> candidates) {
    return undoubted(retrieval, OwnNames.holding(retrieval.question(), retrieval.concepts(), candidates));
  }

  /**
   * Of the candidates, those of passages the verdict does not doubt. A judged passage whose own
   * confidence is under the threshold is one the verdict would refuse to answer from; the answer stood on another's
   * confidence. Led from such a passage, an answer was almost always from the wrong paragraph (fit parts: MLQA en 6 of
   * 6, SQuAD 9 of 20 missing both the gold paragraph and the span). Its sentences may still join as context or
   * corroboration: barred from those too, SQuAD's fit part lost 7 answers holding the span in the gold paragraph.
   */
  private static List<Candidate> undoubted(Retrieval retrieval, List<Candidate> candidates) {
    if (retrieval.doubted().isEmpty()) {
      return candidates;
    }
    List<Candidate> out = candidates.stream().filter(c -> !retrieval.doubted().contains(c.passage())).toList();
    return out.isEmpty() ? candidates : out;
  }

  /**
   * The lead before the introduction's rule. Where the answer-sentence model weighs a feature, its best. Where it
   * weighs nothing (the shipped zero weights): of the near candidates ({@link #near}), each counting x (1 + the share
   * of the question's phrases it says, {@link #phrased}), the one closest in meaning to the question where the
   * embedding model reads the question and the sentences as written ({@link #closestInMeaning}), else the one saying
   * the most phrases unless, for an answer the verdict is not sure of, {@link NearRanking} scores another clearly
   * higher.
   */
  private Candidate chosen(Retrieval retrieval, List<Candidate> candidates) {
    if (model.weighsAny()) {
      return modelsBest(candidates);
    }
    Candidate top = candidates.get(0);
    List<Candidate> near = near(candidates);
    if (near.size() < 2) {
      return top;
    }
    List<Candidate> naming = namingTheAskedNoun(retrieval, near);
    if (!naming.isEmpty()) {
      near = naming;
      if (near.size() == 1) {
        return near.get(0);
      }
    }
    Map<Candidate, Double> phrased = phrased(retrieval, near);
    if (!near.stream().allMatch(c -> cosines.readAsWritten(retrieval.language(), c.passage().language()))) {
      Candidate phrasedBest = mostPhrased(near, phrased);
      return !retrieval.sure() && NearRanking.ranks(near) ? NearRanking.best(near, phrasedBest) : phrasedBest;
    }
    return closestInMeaning(retrieval, near, phrased);
  }

  /**
   * The near candidates of the best-covering one's paragraph that name an instance of the noun a "which X" question
   * asks beside it ({@link AskedNoun#namedBesideIt}: "... collected by fan Bob Terry" for "Which fan collected ..."),
   * where the best-covering one names none: only they are then compared. Fit parts, main d261b0b -> this: news-fit
   * leads 64 -> 66, SQuAD (700) 458 -> 460. From any near candidate, a sentence of another paragraph or article naming
   * another instance led as often as one that answered (SQuAD fit: "Phoenix House, an organization of rehabilitation
   * centers" for where Beyoncé's donations went; MLQA de fit: "Jews' College" for Alan Thicke's college); with any
   * instance form, a name the noun heads ("walking up the side of Luxor Hotel") led over the sentence that answered
   * (MLQA en test leads 427 -> 425).
   */
  private static List<Candidate> namingTheAskedNoun(Retrieval retrieval, List<Candidate> near) {
    Candidate top = near.get(0);
    Optional<AskedNoun> noun = retrieval.type() == AnswerType.OTHER
        ? AskedNoun.of(retrieval.question(), retrieval.language()) : Optional.empty();
    if (noun.isEmpty() || noun.get().heldBy(top.sentence(), top.passage().language(), Gazetteer::placeOrPeople)) {
      return List.of();
    }
    return near.stream().filter(c -> c.passage() == top.passage()
        && noun.get().namedBesideIt(c.sentence(), c.passage().language())).toList();
  }

  /**
   * The best-covering candidate and those scoring over {@link AnswerSentence#NEAR_REACH} of it, at most
   * {@link AnswerSentence#NEAR_CANDIDATES}.
   */
  private static List<Candidate> near(List<Candidate> candidates) {
    Candidate top = candidates.get(0);
    List<Candidate> near = new ArrayList<>();
    for (Candidate c : candidates) {
      if (near.size() == AnswerSentence.NEAR_CANDIDATES || c.score() <= AnswerSentence.NEAR_REACH * top.score()) {
        break;
      }
      near.add(c);
    }
    return near;
  }

  /**
   * Each near candidate's score x (1 + {@link #PHRASE_WEIGHT} x the share of the question's phrases it says), in every
   * language: among sentences of several paragraphs holding the same key terms, the one that says them as the question
   * does is most often the gold one (fit parts, replayed: MLQA en 0, de +1, es +2, SQuAD +7 leads whose sentences hold
   * the span in the gold paragraph).
   */
  private static Map<Candidate, Double> phrased(Retrieval retrieval, List<Candidate> near) {
    List<String> asked = Phrases.contentWords(retrieval.question(), retrieval.language());
    // Where the question asks for a kind of answer (when: a date, how many: a number, who: a person) and a near
    // candidate holds it, one that does not gets no phrase bonus: "Rita Ora was born in Pristina" says two of "When was
    // the singer Rita Ora born?"'s phrases and no date.
    boolean typeSeparates = retrieval.type() != AnswerType.OTHER && near.stream().anyMatch(Candidate::typed);
    Map<Candidate, Double> phrased = new HashMap<>();
    near.forEach(c -> phrased.put(c, c.score() * (1 + (typeSeparates && !c.typed() ? 0
        : PHRASE_WEIGHT * Phrases.shareSaid(asked, c.sentence(), c.passage().language())))));
    return phrased;
  }

  /** The near candidate whose phrased score is highest, the best-covering one on a tie. */
  private static Candidate mostPhrased(List<Candidate> near, Map<Candidate, Double> phrased) {
    Candidate lead = near.get(0);
    for (Candidate c : near) {
      if (phrased.get(c) > phrased.get(lead)) {
        lead = c;
      }
    }
    return lead;
  }

  /**
   * The near candidate whose phrased score x the embedding model's cosine with the question is highest, so a sentence
   * that says what was asked in other words leads over one that shares a rarer word ("Rita Sahatçiu Ora (born ...; 26
   * November 1990)" over "Ora was born in Pristina" for "When was Rita Sahatciu Ora born?"). Only where the model reads
   * the question and the sentences as written (English with the built-in model): through the English gloss German
   * answers did not gain (MLQA de->de fit 83 -> 83, test 115 -> 114 of what the jar answers). The best-covering one is
   * compared first: a candidate whose score is no more than its score x cosine cannot lead (a cosine is at most 1), so
   * only the others are embedded (the same lead as comparing all: MLQA-en and SQuAD fit and test parts gave the same
   * answers; replayed on the fit parts, a fifth to a quarter fewer sentences compared).
   */
  private Candidate closestInMeaning(Retrieval retrieval, List<Candidate> near, Map<Candidate, Double> phrased) {
    Candidate top = near.get(0);
    // The best-covering one first (the verdict has most often read it already): a sentence scoring no more than its
    // score x cosine cannot lead, whatever its own cosine (at most 1), so it is not embedded.
    double leading = Math.max(0, phrased.get(top) * cosines.of(retrieval, List.of(top), false)[0]);
    List<Candidate> rest = near.subList(1, near.size()).stream().filter(c -> phrased.get(c) > leading).toList();
    double[] restCosines = cosines.of(retrieval, rest, false);
    Candidate lead = top;
    double best = leading;
    for (int i = 0; i < rest.size(); i++) {
      if (Double.isNaN(restCosines[i])) {
        return top;
      }
      double score = phrased.get(rest.get(i)) * restCosines[i];
      if (score > best) {
        lead = rest.get(i);
        best = score;
      }
    }
    return lead;
  }

  /** The sentence the answer-sentence model scores highest. */
  private static Candidate modelsBest(List<Candidate> candidates) {
    Candidate best = candidates.get(0);
    for (Candidate c : candidates) {
      if (c.rank() > best.rank()) {
        best = c;
      }
    }
    return best;
  }

  /**
   * A lead from a section under a heading gives way to its page's introduction (see {@link #INTRODUCTION_REACH}), else
   * to another page's (see {@link #OTHER_INTRODUCTION_REACH}); the candidates come best-scoring first.
   */
  private static Candidate fromTheIntroduction(List<Candidate> leadable, Candidate lead) {
    if (lead.passage().paragraph() == 1 || !underAHeading(lead.passage())) {
      return lead;
    }
    Candidate other = null;
    for (Candidate c : leadable) {
      Passage p = c.passage();
      if (p.paragraph() != 1 || underAHeading(p)) {
        continue;
      }
      if (p.articleId().equals(lead.passage().articleId())) {
        if (c.score() >= INTRODUCTION_REACH * lead.score()) {
          return c;
        }
      } else if (other == null && c.score() >= OTHER_INTRODUCTION_REACH * lead.score()) {
        other = c;
      }
    }
    return other == null ? lead : other;
  }

  /** The passage is a section: it has a heading line above it or opens with one. */
  static boolean underAHeading(Passage p) {
    if (p.section() != null && !p.section().isBlank()) {
      return true;
    }
    return ColonHeading.opens(p.text(), p.language());
  }
}
