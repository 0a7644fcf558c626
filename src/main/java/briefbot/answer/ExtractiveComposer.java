package briefbot.answer;

import briefbot.retrieval.AnswerType;
import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval.Concept;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The offline composer: picks the few sentences of the retrieved paragraphs that together cover the question
 * best, cites every source that says the same, and, asked for a number or a date, shows figures that differ between
 * sources side by side.
 */
public final class ExtractiveComposer implements Composer {

  static final int MAX_SENTENCES = 3;
  private static final double KEEP_RATIO = 0.6;
  private static final double COMPLEMENT_SHARE = 0.2;
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

  private final Links links;
  private final Retriever retriever;
  private final SentenceModel model = SentenceModel.inJar();
  // The steps, each a class of its own: Candidates scores every sentence, LeadSentence chooses the one the answer
  // leads with, Neighbours adds the sentences of its passage, Standfirst the next paragraph's sentence that answers
  // (put first) or its first after a news article's one-sentence opening; this class adds other paragraphs' and writes
  // the answer.
  private final Candidates candidates;
  private final LeadSentence lead;

  public ExtractiveComposer(Retriever retriever, Links links) {
    this.links = links;
    this.retriever = retriever;
    Cosines cosines = new Cosines(retriever);
    this.candidates = new Candidates(retriever, model, cosines);
    this.lead = new LeadSentence(model, cosines, candidates);
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
    List<Candidate> all = candidates.forAnswer(retrieval);
    LeadSentence.Lead chosen = lead.of(retrieval, all);
    if (!chosen.read().isEmpty()) {
      // the page's introduction the lead came from, read from the index: its other sentences may follow the lead
      all = new ArrayList<>(all);
      all.addAll(chosen.read());
      all.sort((a, b) -> Double.compare(b.score(), a.score()));
    }
    Selection selection = new Selection(chosen.sentence());
    Neighbours.addContext(selection, all);
    Neighbours.addNext(selection, all);
    Standfirst.addNext(selection, all, retriever, retrieval);
    Neighbours.addClose(selection, all, model.margin());
    List<Candidate> related = onSubject(retrieval.question(), retrieval.language(), all, selection.best(),
        retrieval.concepts());
    addComplements(selection, related, retrieval.concepts());
    addCorroborations(selection, related, all.get(0).score());
    if (asksForAFigure(retrieval.type())) {
      selection.addDifferingFigures(related.stream().filter(c -> c.sameArticle(selection.best())
          || holdsTheAskedSubject(c, selection.best(), retrieval.concepts())).toList(), MAX_SENTENCES);
    }
    Neighbours.addAfterNext(selection, all);
    return render(retrieval, selection.sources());
  }

  /**
   * Every sentence of the retrieved passages as the answer-sentence model sees it, those the lead may come from and
   * the one the answer leads with marked (what {@code eval --sentences} records to fit the model and the near
   * ranking).
   */
  public List<AnswerSentence> sentences(Retrieval retrieval) {
    List<Candidate> all = candidates.withEveryFeature(retrieval);
    Set<Candidate> leadable = Collections.newSetFromMap(new IdentityHashMap<>());
    leadable.addAll(lead.leadable(retrieval, all));
    Candidate best = lead.of(retrieval, all).sentence();
    return all.stream().map(c -> new AnswerSentence(c.passage().articleId(), c.passage().paragraph(),
        c.position(), c.sentence(), c.features(), c.rank(), c.score(), leadable.contains(c), c == best)).toList();
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

  /**
   * The candidates that speak of the best sentence's subject: its article's, or another's that names every name of
   * the question the best sentence names ("Beyoncé's Pepsi deal" is not completed by a sentence on New York's
   * population that happens to hold a percentage) and holds a name of the question or the best sentence's weightiest
   * key term. Without the last, a question that names no one took any sentence: "Why is the future of ballet in
   * doubt?" was completed by a pop review's "No doubt about it.", which holds the one key term the lead lacks. A name
   * of several words must be there by its last word ({@link NameHeads}); written by its last word alone, its article
   * must write it whole somewhere up to that paragraph ("Kirk Miller of Rolling Stone" joined an answer on Stephen
   * Miller, "Jones writes" one on Alice Jones, where "said Tait" names Mathew Tait three paragraphs on).
   */
  private List<Candidate> onSubject(String question, String language, List<Candidate> candidates, Candidate best,
      List<Concept> concepts) {
    BitSet names = new BitSet();
    for (int i = best.matched().nextSetBit(0); i >= 0; i = best.matched().nextSetBit(i + 1)) {
      names.set(i, concepts.get(i).name());
    }
    BitSet asked = new BitSet();
    for (int i = 0; i < concepts.size(); i++) {
      asked.set(i, concepts.get(i).name());
    }
    NameHeads heads = NameHeads.of(question, concepts, names);
    EarlierParagraphs earlier = new EarlierParagraphs(retriever);
    return candidates.stream().filter(c -> c.sameArticle(best) || covers(c.matched(), names)
        && heads.allIn(c.sentence())
        && (c.matched().intersects(asked) || holdsTheAskedSubject(c, best, concepts))
        && !partOfANameOnly(c, heads, language, earlier)).toList();
  }

  /**
   * Whether another article's sentence in the question's language writes a name of several words by its last word
   * alone where its article does not write it whole up to there. Across languages a name is written otherwise ("South
   * Holland", "Zuid-Holland").
   */
  private static boolean partOfANameOnly(Candidate c, NameHeads heads, String language, EarlierParagraphs earlier) {
    return c.passage().language().equals(language) && heads.partOnlyIn(c.sentence())
        && heads.partOnlyIn(c.sentence(), earlier.articleUpTo(c.passage()));
  }

  private static boolean covers(BitSet matched, BitSet required) {
    BitSet lacking = (BitSet) required.clone();
    lacking.andNot(matched);
    return lacking.isEmpty();
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
        double gain = Candidates.weight(concepts, fresh);
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

  /**
   * The related sentences scoring at least {@link #KEEP_RATIO} of the best-covering one's join, or corroborate a chosen
   * one that says the same, best first.
   */
  private static void addCorroborations(Selection selection, List<Candidate> related, double top) {
    for (Candidate c : related) {
      if (c.score() < KEEP_RATIO * top) {
        break;
      }
      selection.addOrCorroborate(c, MAX_SENTENCES);
    }
  }

  private Answer render(Retrieval retrieval, Map<Candidate, List<Passage>> chosen) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    List<Citation> citations = new ArrayList<>();
    StringBuilder text = new StringBuilder();
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
    // the question's language, as a model's answer has it: what the surfaces frame the answer with and a follow-up's
    // notices are written in it; each citation says its own paragraph's
    return new Answer.Grounded(retrieval.question(), text.toString(), retrieval.language(), citations,
        Answer.ComposedBy.EXTRACTIVE, Map.of(), List.of(), retrieval.sure());
  }

  /** "(Dutch)", in the question's language: says that the sentence after it is quoted in another language. */
  static String languageTag(String language, String questionLanguage) {
    String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.forLanguageTag(
        questionLanguage));
    return "(" + (name.isEmpty() ? language : name) + ")";
  }
}
