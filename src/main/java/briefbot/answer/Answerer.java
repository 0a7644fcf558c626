package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.index.ParagraphIndex;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import briefbot.retrieval.Stages;
import briefbot.text.Phrases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers a question: retrieves, decides whether there is evidence, and has the composer write the answer. */
public final class Answerer {

  private static final Logger LOG = LoggerFactory.getLogger(Answerer.class);
  /** The reason of the no-answer an empty index gets. */
  public static final String NO_ARTICLES = "the index holds no articles";

  private final Retriever retriever;
  private final Composer composer;
  private final QueryRewriter rewriter;
  private final Consumer<Answer> observer;
  /** The spelling dictionaries a refusal asks before it offers another spelling of a question's word. */
  private final Glossary words;

  public Answerer(Retriever retriever, Composer composer) {
    this(retriever, composer, QueryRewriter.NONE);
  }

  /** An answerer whose {@code rewriter} adds the question in other languages to the search (an LLM's rewrites). */
  public Answerer(Retriever retriever, Composer composer, QueryRewriter rewriter) {
    this(retriever, composer, rewriter, answer -> {}, Glossary.NONE);
  }

  private Answerer(Retriever retriever, Composer composer, QueryRewriter rewriter, Consumer<Answer> observer,
      Glossary words) {
    this.retriever = retriever;
    this.composer = composer;
    this.rewriter = rewriter;
    this.observer = observer;
    this.words = words;
  }

  /**
   * The same answerer, offering another spelling on a refusal only for a word none of {@code words}' spelling
   * dictionaries lists (without one, for names only: a common word the corpus lacks is seldom a typo).
   */
  public Answerer spelling(Glossary words) {
    return new Answerer(retriever, composer, rewriter, observer, words);
  }

  /** The same answerer, also showing every answer (with its timings) to {@code observer}: the service's metrics. */
  public Answerer observed(Consumer<Answer> observer) {
    return new Answerer(retriever, composer, rewriter, this.observer.andThen(observer), words);
  }

  public Answer ask(Question question) {
    return ask(question, List.of());
  }

  /** Answers with {@code context} (earlier questions of a chat thread) widening the search. */
  public Answer ask(Question question, List<String> context) {
    return answer(question, context, ParagraphIndex.Filter.NONE, null);
  }

  /**
   * Answers like {@link #ask(Question, List)}, showing the text so far to {@code partials} while a streaming
   * composer writes it; the returned answer is the checked one that replaces every partial text. Partial texts
   * may come from another thread, but never after this method returns.
   */
  public Answer ask(Question question, List<String> context, Consumer<String> partials) {
    return answer(question, context, ParagraphIndex.Filter.NONE, Objects.requireNonNull(partials, "partials"));
  }

  /**
   * Answers among the paragraphs {@code filter} lets through (a question's {@code from:}, {@code lang:},
   * {@code since:}), showing partial texts to {@code partials} when it is not null.
   */
  public Answer ask(Question question, ParagraphIndex.Filter filter, Consumer<String> partials) {
    return answer(question, List.of(), filter, partials, Asked.QUESTION);
  }

  /**
   * Answers a watch's topic ("Chelsea", "interest rates") among the paragraphs {@code filter} lets through: as a
   * question, but an unsure answer is given without the opening that calls it the closest match. A topic asks nothing
   * an article could answer only in part, so there the opening only puzzles (it was on 7 of 10 alerts); the verdict
   * still decided that the article speaks of the topic, and {@code sure} stays false.
   */
  public Answer askTopic(Question topic, ParagraphIndex.Filter filter) {
    return answer(topic, List.of(), filter, null, Asked.TOPIC);
  }

  /** What was asked: a question, whose unsure answer says it is the closest match, or a watch's topic. */
  private enum Asked { QUESTION, TOPIC }

  private Answer answer(Question question, List<String> context, ParagraphIndex.Filter filter,
      Consumer<String> partials) {
    return answer(question, context, filter, partials, Asked.QUESTION);
  }

  private Answer answer(Question question, List<String> context, ParagraphIndex.Filter filter,
      Consumer<String> partials, Asked asked) {
    if (retriever.articleCount() == 0) {
      String language = LanguageDetector.detect(question.text(), "en");
      return new Answer.NoEvidence(question.text(), message(language, "noArticles"), language, NO_ARTICLES, Map.of());
    }
    long start = System.nanoTime();
    Stages stages = new Stages();
    List<String> alternatives = new ArrayList<>(context);
    if (rewriter != QueryRewriter.NONE) {
      alternatives.addAll(stages.time("rewrite", () -> rewriter.rewrite(question.text())));
    }
    long rewritten = System.nanoTime();
    Retrieval retrieval = retriever.retrieve(question.text(), alternatives, filter, stages);
    long retrieved = System.nanoTime();
    Answer composedAnswer = !retrieval.evidence() ? composer.refuse(retrieval)
        : partials == null ? composer.compose(retrieval) : composer.compose(retrieval, partials);
    if (composedAnswer instanceof Answer.NoEvidence refusal && asked == Asked.QUESTION) {
      composedAnswer = Misspelt.offered(refusal, retriever, words);
    }
    Answer answer = composedAnswer instanceof Answer.Grounded g
        ? unfounded(g, retrieval, asked).<Answer>map(reason -> composer.refuse(retrieval).withReason(reason))
            .orElseGet(() -> opened(doubted(g, retrieval), retrieval.language(), asked))
        : composedAnswer;
    long composed = System.nanoTime();
    Map<String, Double> timings = timings(stages, retrieved - rewritten, composed - retrieved, composed - start);
    LOG.info("answered status={} retrieveMs={} composeMs={} reason=\"{}\"",
        answer instanceof Answer.Grounded ? "answered" : "no_answer", timings.get("retrieve"), timings.get("compose"),
        retrieval.reason());
    Answer timed = switch (answer) {
      case Answer.Grounded g -> g.withTimings(timings);
      case Answer.NoEvidence n -> n.withTimings(timings);
      case Answer.Reply r -> r;
    };
    observer.accept(timed);
    return timed;
  }

  /** The whole steps first (rewrite, retrieve, compose, total), then retrieval's stages (docs/answer-json.md). */
  private static Map<String, Double> timings(Stages stages, long retrieveNanos, long composeNanos, long totalNanos) {
    Map<String, Double> parts = stages.millis();
    Map<String, Double> timings = new LinkedHashMap<>();
    if (parts.containsKey("rewrite")) {
      timings.put("rewrite", parts.remove("rewrite"));
    }
    timings.put("retrieve", Stages.millis(retrieveNanos));
    timings.put("compose", Stages.millis(composeNanos));
    timings.put("total", Stages.millis(totalNanos));
    timings.putAll(parts);
    return timings;
  }

  public Retriever retriever() {
    return retriever;
  }

  /**
   * Why an extractive answer to a question is refused though the verdict found evidence: its question asks a figure of
   * a kind and none of the paragraphs it cites holds one anywhere, whoever's it is ("How much did Nicole Kidman pay for
   * her Sydney mansion?" over a paragraph about her restraining order). Such an answer was given as the closest match,
   * a sentence about the names that cannot say how much; the refusal offers the same closest paragraphs to read
   * (docs/answerability.md, "A figure asked that the cited paragraphs never give"). Empty where the answer stands.
   */
  private static Optional<String> unfounded(Answer.Grounded g, Retrieval retrieval, Asked asked) {
    if (asked != Asked.QUESTION || g.composer() != Answer.ComposedBy.EXTRACTIVE) {
      return Optional.empty();
    }
    return AskedFigure.of(g.question(), retrieval.language())
        .filter(figure -> !figure.heldByAny(g.citations()))
        .map(figure -> "the passages give no " + figure.kind().lacking());
  }

  /**
   * A sure extractive answer made unsure (given as the closest match) when its question asks for a figure of a kind
   * (an amount of money, a count, a percentage, an age, a duration, a distance, a year, a point in time for "when") and
   * none of its sentences holds one, or when its question names a year and its sentences give another instead: a near
   * miss is answered with another figure of its article, a year for a price, a sentence about the names that says
   * nothing of when or gives the time of another event, the same award in another year (docs/answerability.md, "A
   * figure of the kind asked", "Another year, and no time for when", "A time of another event"); or when its sentences
   * swap a word of the question for another in its place, or bind another party to its name ({@link
   * SwappedQualifier}). A language model's answer is its own words and says itself when the passages fall short.
   */
  private Answer.Grounded doubted(Answer.Grounded g, Retrieval retrieval) {
    if (!g.sure() || g.composer() != Answer.ComposedBy.EXTRACTIVE) {
      return g;
    }
    String sentences = AskedFigure.sentences(g.text());
    Optional<AskedFigure> figure = AskedFigure.of(g.question(), retrieval.language());
    // "when" read only where no figure of a kind is asked: "When ..., how many ...?" asks the count
    Set<String> languages = g.citations().stream().map(Citation::language).collect(Collectors.toSet());
    boolean missing = figure.isPresent() ? !figure.get().heldBy(sentences, retrieval, retriever, languages)
        : AskedTime.of(g.question()).map(t -> !t.heldBy(sentences, retrieval, retriever, languages))
            .or(() -> AskedActor.of(g.question(), retrieval.language())
                .map(a -> !a.heldBy(sentences, retrieval, retriever, languages)
                    || !deedHeld(g.question(), sentences, retrieval, languages)))
            .orElse(false);
    if (!missing && !NamedYears.givenForAnother(g.question(), sentences) && !swapped(g, retrieval, languages)
        && !SwappedQualifier.otherParty(g.question(), sentences)) {
      return g;
    }
    return new Answer.Grounded(g.question(), g.text(), g.language(), g.citations(), g.composer(), g.timingsMs(),
        g.checks(), false);
  }

  /**
   * Whether the sentences of an answer to an English "who" question tell its verb or else name someone doing something
   * ({@link AskedDeed}): "Who wrote the Cellery worm?" over sentences about the worm that tell what it does is no answer
   * (docs/answerability.md, 'A "who" answer whose sentences never tell the asked deed'). True where no verb is read.
   */
  private boolean deedHeld(String question, String sentences, Retrieval retrieval, Set<String> languages) {
    return AskedDeed.of(question, retrieval.language(), words)
        .map(d -> d.heldBy(sentences, retrieval, retriever, languages, words)).orElse(true);
  }

  /**
   * Whether an English answer to an English question swaps one of its words for another in the same place (another
   * number, the opposite, a "not" one side lacks: {@link SwappedWords}), one of its names ({@link SwappedNames}) or
   * the word before one of its names ({@link SwappedQualifier}): its sentence names what the question names and says
   * something else of it (docs/answerability.md, "A sentence that swaps the question's word", "A name swapped in").
   */
  private boolean swapped(Answer.Grounded g, Retrieval retrieval, Set<String> languages) {
    if (!"en".equals(retrieval.language()) || !languages.equals(Set.of("en"))) {
      return false;
    }
    String sentences = AskedFigure.sentences(g.text());
    String titles = g.citations().stream().map(Citation::title).distinct().collect(Collectors.joining(" "));
    return SwappedWords.in(g.question(), sentences, words)
        || SwappedNames.in(g.question(), sentences, titles, name -> retriever.spelledLike(name).isPresent())
        || SwappedQualifier.otherQualifier(g.question(), sentences, words);
  }

  /**
   * An unsure extractive answer to a question, opened with a line that gives it as the closest match: a verdict that
   * unsure is mostly a near miss (the question's names are there, what it asks is not). The one place the opening is
   * written; a language model's answer says in its own words when the passages fall short.
   */
  private static Answer.Grounded opened(Answer.Grounded g, String language, Asked asked) {
    if (g.sure() || asked == Asked.TOPIC || g.composer() == Answer.ComposedBy.LLM) {
      return g;
    }
    return new Answer.Grounded(g.question(), message(language, "closest") + " " + g.text(), g.language(),
        g.citations(), g.composer(), g.timingsMs(), g.checks(), false);
  }

  /** The refusal of a retrieval without evidence, offering the {@code closest} paragraphs to read. */
  static Answer.NoEvidence noEvidence(Retrieval retrieval, List<Citation> closest) {
    String text = message(retrieval.language(), closest.isEmpty() ? "noEvidence" : "noEvidenceClosest");
    return new Answer.NoEvidence(retrieval.question(), text, retrieval.language(), retrieval.reason(), Map.of(),
        closest);
  }

  /** A user-facing sentence in the question's language (English where no translation exists). */
  public static String message(String language, String key) {
    return messages(language).get(key);
  }

  /** The answers' own sentences (answer/messages*.properties) in {@code language}, English for one not written in. */
  static Phrases messages(String language) {
    return Phrases.of("briefbot.answer.messages", language);
  }

}
