package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.AnswerType;
import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval.Concept;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline composer: picks the few sentences of the retrieved paragraphs that together cover the question
 * best, cites every source that says the same, and, asked for a number or a date, shows figures that differ between
 * sources side by side.
 */
public final class ExtractiveComposer implements Composer {

  static final int MAX_SENTENCES = 3;
  private static final double KEEP_RATIO = 0.6;
  private static final double COMPLEMENT_SHARE = 0.2;
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
  /**
   * How far below the best-covering sentence another may stand and still lead when it is closer in meaning to the
   * question, and how many such sentences are compared (each is embedded unless the verdict read it already or it
   * cannot outscore the best-covering one, see {@link #lead}). MLQA and
   * SQuAD fit parts, lead chosen by score x cosine (replayed on the recorded candidates): over 0.5 / 0.4 / 0.3 of the
   * best, the same answers within one question a set; at most 10 / 5 / 3 compared, +18 / +17 / +14 answers holding
   * the span in the gold paragraph over the four sets. 0.5 and 5 embed the fewest for nearly all of it.
   */
  private static final double MEANING_REACH = 0.5;
  private static final int MEANING_CANDIDATES = 5;
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
  /** A paragraph that opens with a heading of a few words and a colon ("oude lampen inleveren bij winkel, : ..."). */
  private static final Pattern HEADING = Pattern.compile("^[^.?!:()\\[\\]]{1,80}:\\s");
  private static final int HEADING_WORDS = 8;
  /**
   * A refusal offers the first paragraphs the composer would have read when the verdict's confidence reaches
   * {@link #CLOSEST_FLOOR}. MLQA fit parts (en, de, es), the refused answerable questions: at a floor of 0 / 0.2 / 0.3 /
   * 0.4, 207 / 172 / 150 / 110 offer paragraphs and 119 / 101 / 92 / 74 of them offer the gold one among the first two
   * (a third adds 6 at 0.3); of the questions on left-out German and Spanish articles, which no paragraph answers,
   * about 95 / 45 / 27 / 15 % would be offered some. 0.3 is the lowest floor at which three in five offers hold the
   * gold paragraph (docs/answerability.md, "A refusal offers the closest paragraphs").
   */
  private static final int CLOSEST = 2;
  private static final double CLOSEST_FLOOR = 0.3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** A sentence starting like this leans on the one before ("He also ..."), which then comes with it. */
  private static final Pattern DEPENDENT = Pattern.compile("(?u)^[\"'„“,]*(he|she|it|they|this|these|those|his|her|"
      + "its|their|but|however|also|meanwhile|yet|there|then|such|hij|zij|ze|dit|deze|maar|ook|toch|daarna|daarom|"
      + "daar|er|sie|es|dies|diese|dieser|dieses|aber|auch|doch|dann|deshalb|dabei|dort|il|elle|ils|elles|cela|mais|"
      + "aussi|él|ella|ellos|ellas|esto|eso|pero|también)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Retriever retriever;
  private final Links links;
  private final SentenceModel model = SentenceModel.inJar();

  public ExtractiveComposer(Retriever retriever, Links links) {
    this.retriever = retriever;
    this.links = links;
  }

  /** "He also ...": a sentence that leans on the one before it. */
  static boolean dependent(String sentence) {
    return DEPENDENT.matcher(sentence).find();
  }

  /** The refusal, with the paragraphs that came closest to an answer to read (not cited for anything). */
  @Override
  public Answer.NoEvidence refuse(Retrieval retrieval) {
    List<Citation> closest = new ArrayList<>();
    if (retrieval.confidence() >= CLOSEST_FLOOR) {
      Set<String> offered = new HashSet<>();
      for (Passage p : retrieval.passages()) {
        if (closest.size() < CLOSEST && offered.add(p.articleId() + "#" + p.paragraph())) {
          closest.add(links.citation(closest.size() + 1, p));
        }
      }
    }
    return Answerer.noEvidence(retrieval, closest);
  }

  @Override
  public Answer compose(Retrieval retrieval) {
    AnswerType type = retrieval.type();
    List<Candidate> candidates = candidates(retrieval, type, Features.weighedBy(model));
    Selection selection = new Selection(leadOf(retrieval, candidates));
    addContext(selection, candidates);
    addNextSentence(selection, candidates);
    addCloseNeighbour(selection, candidates);
    List<Candidate> related = onSubject(candidates, selection.best(), retrieval.concepts());
    addComplements(selection, related, retrieval.concepts());
    double top = candidates.get(0).score();
    for (Candidate c : related) {
      if (c.score() < KEEP_RATIO * top) {
        break;
      }
      selection.addOrCorroborate(c, MAX_SENTENCES);
    }
    if (asksForAFigure(type)) {
      selection.addDifferingFigures(related.stream().filter(c -> c.sameArticle(selection.best())
          || holdsTheAskedSubject(c, selection.best(), retrieval.concepts())).toList(), MAX_SENTENCES);
    }
    addFollowing(selection, candidates);
    return render(retrieval, selection.sources());
  }

  /**
   * Whether figures that differ between sources are shown side by side: only where the question asks for a number or
   * a date. Any figure in the lead sentence used to be enough, and then another article's sentence with another figure
   * took the place of the lead's next sentence or of the one after it for a question that asked for no figure ("Wofür
   * war Berlin bekannt?" lost "Die Stadt erlebte in jener Epoche eine Blütezeit der Kunst ..." to another article's
   * "Im November 1858 wurde das Kronprinzenpalais in Berlin ...").
   */
  private static boolean asksForAFigure(AnswerType type) {
    return type == AnswerType.NUMBER || type == AnswerType.DATE;
  }

  /**
   * Whether another article's sentence speaks of what the lead answers: it holds a name of the question the lead holds,
   * or the lead's weightiest key term. Sharing any key term was enough, and "When was the penal settlement founded?"
   * got Norfolk Island's "subsidiary settlement ... in 1788" beside Brisbane's "penal settlement was founded in 1824".
   */
  static boolean holdsTheAskedSubject(Candidate c, Candidate lead, List<Concept> concepts) {
    int heaviest = -1;
    for (int i = lead.matched().nextSetBit(0); i >= 0; i = lead.matched().nextSetBit(i + 1)) {
      if (concepts.get(i).name() && c.matched().get(i)) {
        return true;
      }
      if (heaviest < 0 || concepts.get(i).weight() > concepts.get(heaviest).weight()) {
        heaviest = i;
      }
    }
    return heaviest >= 0 && c.matched().get(heaviest);
  }

  /** A neighbour of the best sentence that the model scores nearly as high joins it: the answer may be either. */
  private void addCloseNeighbour(Selection selection, List<Candidate> candidates) {
    Candidate best = selection.best();
    candidates.stream()
        .filter(c -> c.passage() == best.passage() && Math.abs(c.position() - best.position()) == 1)
        .filter(c -> best.rank() - c.rank() < model.margin())
        .max((a, b) -> Double.compare(a.rank(), b.rank()))
        .ifPresent(c -> {
          if (c.position() < best.position()) {
            selection.addBefore(c, best, MAX_SENTENCES);
          } else {
            selection.add(c, MAX_SENTENCES);
          }
        });
  }

  /**
   * The candidates that speak of the best sentence's subject: its article's, or another's that names every name of
   * the question the best sentence names ("Beyoncé's Pepsi deal" is not completed by a sentence on New York's
   * population that happens to hold a percentage).
   */
  private static List<Candidate> onSubject(List<Candidate> candidates, Candidate best, List<Concept> concepts) {
    BitSet names = new BitSet();
    for (int i = best.matched().nextSetBit(0); i >= 0; i = best.matched().nextSetBit(i + 1)) {
      names.set(i, concepts.get(i).name());
    }
    return candidates.stream().filter(c -> c.sameArticle(best) || covers(c.matched(), names)).toList();
  }

  private static boolean covers(BitSet matched, BitSet required) {
    BitSet lacking = (BitSet) required.clone();
    lacking.andNot(matched);
    return lacking.isEmpty();
  }

  /**
   * Every sentence of the retrieved passages as the answer-sentence model sees it, the one the answer leads with
   * marked (what {@code eval --sentences} records to fit the model).
   */
  public List<AnswerSentence> sentences(Retrieval retrieval) {
    List<Candidate> candidates = candidates(retrieval, retrieval.type(), Features.ALL);
    Candidate best = leadOf(retrieval, candidates);
    return candidates.stream().map(c -> new AnswerSentence(c.passage().articleId(), c.passage().paragraph(),
        c.position(), c.sentence(), c.features(), c.rank(), c == best)).toList();
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

  /**
   * The sentence the answer leads with. Where the answer-sentence model weighs nothing (the shipped zero weights): of
   * the sentences scoring over {@link #MEANING_REACH} of the best-covering one's (at most {@link #MEANING_CANDIDATES}),
   * the one whose score x the embedding model's cosine with the question is highest, so a sentence that says what was
   * asked in other words leads over one that shares a rarer word ("Rita Sahatçiu Ora (born ...; 26 November 1990)"
   * over "Ora was born in Pristina" for "When was Rita Sahatciu Ora born?"). Only where the model reads the question
   * and the sentences as written (English with the built-in model): through the English gloss German answers did not
   * gain (MLQA de->de fit 83 -> 83, test 115 -> 114 of what the jar answers). Else the best-covering one leads, or,
   * where the answer-sentence model weighs a feature, its best. The best-covering one is compared first: a candidate
   * whose score is no more than its score x cosine cannot lead (a cosine is at most 1), so only the others are embedded
   * (the same lead as comparing all: MLQA-en and SQuAD fit and test parts gave the same answers; replayed on the fit
   * parts, a fifth to a quarter fewer sentences compared). Each near candidate's score counts x (1 + the share of the
   * question's phrases it says, {@link #phrases}), in every language: among sentences of several paragraphs holding
   * the same key terms, the one that says them as the question does is most often the gold one (fit parts, replayed:
   * MLQA en 0, de +1, es +2, SQuAD +7 leads whose sentences hold the span in the gold paragraph). Where the question
   * asks for a kind of answer and a near candidate holds it, the ones that do not get no phrase bonus (asked "when", a
   * sentence that says the question's phrases but no date does not outrank the one with the date).
   */
  private Candidate lead(Retrieval retrieval, List<Candidate> candidates) {
    if (model.weighsAny()) {
      return best(candidates);
    }
    Candidate top = candidates.get(0);
    List<Candidate> near = new ArrayList<>();
    for (Candidate c : candidates) {
      if (near.size() == MEANING_CANDIDATES || c.score() <= MEANING_REACH * top.score()) {
        break;
      }
      near.add(c);
    }
    if (near.size() < 2) {
      return top;
    }
    List<String> asked = contentWords(retrieval.question(), retrieval.language());
    // Where the question asks for a kind of answer (when: a date, how many: a number, who: a person) and a near
    // candidate holds it, one that does not gets no phrase bonus: "Rita Ora was born in Pristina" says two of "When was
    // the singer Rita Ora born?"'s phrases and no date.
    boolean typeSeparates = retrieval.type() != AnswerType.OTHER && near.stream().anyMatch(Candidate::typed);
    Map<Candidate, Double> phrased = new HashMap<>();
    near.forEach(c -> phrased.put(c, c.score() * (1 + (typeSeparates && !c.typed() ? 0
        : PHRASE_WEIGHT * phrases(asked, c.sentence(), c.passage().language())))));
    if (!near.stream().allMatch(c -> retriever.readsAsWritten(retrieval.language(), c.passage().language()))) {
      Candidate lead = top;
      for (Candidate c : near) {
        if (phrased.get(c) > phrased.get(lead)) {
          lead = c;
        }
      }
      return lead;
    }
    // The best-covering one first (the verdict has most often read it already): a sentence scoring no more than its
    // score x cosine cannot lead, whatever its own cosine (at most 1), so it is not embedded.
    double leading = Math.max(0, phrased.get(top) * similarities(retrieval, List.of(top), false)[0]);
    List<Candidate> rest = near.subList(1, near.size()).stream().filter(c -> phrased.get(c) > leading).toList();
    double[] cosines = similarities(retrieval, rest, false);
    Candidate lead = top;
    double best = leading;
    for (int i = 0; i < rest.size(); i++) {
      if (Double.isNaN(cosines[i])) {
        return top;
      }
      double score = phrased.get(rest.get(i)) * cosines[i];
      if (score > best) {
        lead = rest.get(i);
        best = score;
      }
    }
    return lead;
  }

  /**
   * The words of a text that are not stop words, each without its accents as the stem its language's analyser makes
   * of it (as the question's concepts are matched, in the language's field and the accent-folded one: "dredged" and
   * "dredging" alike, "Beyonce" and "Beyoncé" alike), in order; a word the analyser drops is left out.
   */
  static List<String> contentWords(String text, String language) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (!Retriever.isStopWord(w)) {
        out.addAll(Words.stems(LanguageDetector.fold(w), language));
      }
    }
    return out;
  }

  /**
   * The share of the question's phrases (two content words in a row) that the sentence also says in a row: "first
   * world tour" in "her first worldwide concert tour" is not, in "Beyoncé's first world tour began" it is.
   */
  static double phrases(List<String> asked, String sentence, String language) {
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < asked.size(); i++) {
      pairs.add(asked.get(i) + " " + asked.get(i + 1));
    }
    if (pairs.isEmpty()) {
      return 0;
    }
    List<String> said = contentWords(sentence, language);
    Set<String> found = new HashSet<>();
    for (int i = 0; i + 1 < said.size(); i++) {
      String pair = said.get(i) + " " + said.get(i + 1);
      if (pairs.contains(pair)) {
        found.add(pair);
      }
    }
    return (double) found.size() / pairs.size();
  }

  /**
   * The candidates the answer may lead with: those of passages the verdict does not doubt. A judged passage whose own
   * confidence is under the threshold is one the verdict would refuse to answer from; the answer stood on another's
   * confidence. Led from such a passage, an answer was almost always from the wrong paragraph (fit parts: MLQA en 6 of
   * 6, SQuAD 9 of 20 missing both the gold paragraph and the span). Its sentences may still join as context or
   * corroboration: barred from those too, SQuAD's fit part lost 7 answers holding the span in the gold paragraph.
   */
  private static List<Candidate> leadable(Retrieval retrieval, List<Candidate> candidates) {
    if (retrieval.doubted().isEmpty()) {
      return candidates;
    }
    List<Candidate> out = candidates.stream().filter(c -> !retrieval.doubted().contains(c.passage())).toList();
    return out.isEmpty() ? candidates : out;
  }

  /** The sentence the answer leads with, of the passages the verdict does not doubt. */
  private Candidate leadOf(Retrieval retrieval, List<Candidate> candidates) {
    List<Candidate> leadable = leadable(retrieval, candidates);
    return fromTheIntroduction(leadable, lead(retrieval, leadable));
  }

  /** A lead from a section under a heading gives way to its page's introduction (see {@link #INTRODUCTION_REACH}). */
  private static Candidate fromTheIntroduction(List<Candidate> leadable, Candidate lead) {
    if (lead.passage().paragraph() == 1 || !underAHeading(lead.passage())) {
      return lead;
    }
    for (Candidate c : leadable) {
      Passage p = c.passage();
      if (p.paragraph() == 1 && p.articleId().equals(lead.passage().articleId()) && !underAHeading(p)
          && c.score() >= INTRODUCTION_REACH * lead.score()) {
        return c;
      }
    }
    return lead;
  }

  /** The passage is a section: it has a heading line above it or opens with one. */
  private static boolean underAHeading(Passage p) {
    if (p.section() != null && !p.section().isBlank()) {
      return true;
    }
    var m = HEADING.matcher(p.text());
    return m.find() && m.group().trim().split("\\s+").length <= HEADING_WORDS;
  }

  /** The sentence the model scores highest. */
  private static Candidate best(List<Candidate> candidates) {
    Candidate best = candidates.get(0);
    for (Candidate c : candidates) {
      if (c.rank() > best.rank()) {
        best = c;
      }
    }
    return best;
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

  /** The sentences of the retrieved passages, the best covering first (the order the cover and corroboration use). */
  private List<Candidate> candidates(Retrieval retrieval, AnswerType type, Features withFeatures) {
    Set<String> asked = asked(retrieval.question());
    List<Candidate> out = new ArrayList<>();
    List<Passage> passages = retrieval.passages();
    List<Integer> ranks = new ArrayList<>();
    for (int rank = 0; rank < passages.size(); rank++) {
      Passage p = passages.get(rank);
      double prior = 1 + PASSAGE_PRIOR / (rank + 1);
      List<Retrieval.Sentence> sentences = retriever.sentences(retrieval, p);
      for (int i = 0; i < sentences.size(); i++) {
        String sentence = sentences.get(i).text();
        BitSet matched = sentences.get(i).matched();
        boolean typed = type != AnswerType.OTHER && type.presentIn(sentence, p.language(), asked);
        double score = weight(retrieval.concepts(), matched) * prior * (typed ? TYPE_BOOST : 1);
        out.add(Candidate.of(p, i, sentence, matched, score, typed));
        ranks.add(rank);
      }
    }
    double[][] features = withFeatures == Features.NONE ? new double[out.size()][0]
        : new SentenceFeatures(retrieval, type, asked).of(out, ranks.stream().mapToInt(Integer::intValue).toArray(),
            withFeatures == Features.ALL ? dense(retrieval, out) : new double[out.size()]);
    for (int i = 0; i < out.size(); i++) {
      out.set(i, out.get(i).ranked(features[i], model.score(features[i])));
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
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
    double[] sims = similarities(retrieval, compared, true);
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

  /**
   * The embedding model's cosine of the question and each sentence, those of one language in one call; with
   * {@code glossed}, read through their English gloss where the model does not read them as written. NaN where the
   * model reads neither way.
   */
  private double[] similarities(Retrieval retrieval, List<Candidate> sentences, boolean glossed) {
    Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      byLanguage.computeIfAbsent(sentences.get(i).passage().language(), l -> new ArrayList<>()).add(i);
    }
    double[] out = new double[sentences.size()];
    Arrays.fill(out, Double.NaN);
    byLanguage.forEach((language, indexes) -> {
      List<String> texts = indexes.stream().map(i -> sentences.get(i).sentence()).toList();
      double[] sims = glossed ? retriever.similarity(retrieval, texts, language)
          : retriever.similarity(retrieval.question(), retrieval.language(), texts, language);
      for (int k = 0; sims != null && k < sims.length; k++) {
        out[indexes.get(k)] = sims[k];
      }
    });
    return out;
  }

  /**
   * The sentence right after the best one in its passage comes next: a question is often asked about a sentence's
   * subject but answered by what follows ("Who knocked Young out?", "Which college did he go to?"). On the fit part
   * of MLQA de->de the answer was that sentence for 8 % of the questions, while sentences from other articles (the
   * complements that fill the answer otherwise) held it for 3 %.
   */
  private static void addNextSentence(Selection selection, List<Candidate> candidates) {
    Candidate best = selection.best();
    candidates.stream()
        .filter(c -> c.passage() == best.passage() && c.position() == best.position() + 1)
        .findFirst()
        .ifPresent(next -> selection.add(next, MAX_SENTENCES));
  }

  /**
   * Where the answer still has room (the lead and its next sentence only), the sentence after them in the lead's
   * passage comes third when it holds a key term of the question: an answer is often told over three sentences ("...
   * saved up $2,500 for the recording." then "The album was produced by ... Steve Austin."). It only adds: taking the
   * place of a complement from another paragraph as well (tried first) lost as many answers as it gained (MLQA en->en
   * test +8 / -9). MLQA fit part, answers citing the gold paragraph without the gold span: 7 of 16 English and 2 of 12
   * German ones held it in that sentence, 4 of the English ones with room.
   */
  private static void addFollowing(Selection selection, List<Candidate> candidates) {
    Candidate best = selection.best();
    candidates.stream()
        .filter(c -> c.passage() == best.passage() && c.position() == best.position() + 2)
        .filter(c -> !c.matched().isEmpty())
        .filter(c -> selection.chosen().stream().anyMatch(n -> n.passage() == best.passage()
            && n.position() == best.position() + 1))
        .findFirst()
        .ifPresent(c -> selection.add(c, MAX_SENTENCES));
  }

  /** "He also describes ..." means nothing alone: the sentence before it comes first. */
  private static void addContext(Selection selection, List<Candidate> candidates) {
    Candidate best = selection.best();
    if (best.position() == 0 || !dependent(best.sentence())) {
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
    Set<Candidate> tried = new HashSet<>();
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
    if (!retrieval.sure()) {
      // a verdict this unsure is mostly a near miss: the question's names are there, what it asks is not
      text.append(Answerer.message(retrieval.language(), "closest")).append(' ');
    }
    String shown = retrieval.language();
    for (var e : chosen.entrySet()) {
      if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
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
    return new Answer.Grounded(retrieval.question(), text.toString(), language, citations,
        Answer.ComposedBy.EXTRACTIVE, Map.of(), List.of(), retrieval.sure());
  }

  /** "(Dutch)", in the question's language: says that the sentence after it is quoted in another language. */
  static String languageTag(String language, String questionLanguage) {
    String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.forLanguageTag(
        questionLanguage));
    return "(" + (name.isEmpty() ? language : name) + ")";
  }
}
