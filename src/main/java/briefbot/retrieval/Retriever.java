package briefbot.retrieval;

import briefbot.index.ParagraphIndex.Hit;
import briefbot.index.ParagraphIndex;
import briefbot.index.StoredParagraph;
import briefbot.retrieval.RankFusion.Ranking;
import briefbot.retrieval.Retrieval.Concept;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Hybrid retrieval: BM25 over every language's field and kNN over embeddings, fused by reciprocal rank. */
public final class Retriever {

  static final int CANDIDATES = 50;
  /** kNN asks the HNSW graph for more candidates than it keeps: at 100k vectors 100 gave recall@10 0.885 vs 0.842 for 50. */
  public static final int KNN_CANDIDATES = 100;
  /** The best lexical hits always reach the composer, even when the embeddings rank them low. */
  private static final int LEXICAL_GUARANTEE = 3;

  private final ParagraphIndex index;
  private final EmbeddingModel embeddings;
  private final Set<String> embeddingLanguages;
  private final Translations translations;
  private final QuestionLanguage questionLanguage;
  private final Gloss gloss;
  private final Concepts concepts;
  private final WordByWord wordByWord;
  private final Answerability model;
  private final Evidence evidence;
  private final LexicalClauses clauses;
  private final EmbeddingReading reading;

  /**
   * @param embeddingLanguages the languages the embedding model understands ({@code "*"} for a multilingual one)
   * @param translations what translates a question's words into the other languages of the index
   */
  public Retriever(ParagraphIndex index, EmbeddingModel embeddings, Set<String> embeddingLanguages,
      Translations translations) {
    this(index, embeddings, embeddingLanguages, translations, new Gloss(translations));
  }

  /**
   * As above, a question the model does not read glossed in English by {@code gloss}, the gloss ingest embedded the
   * paragraphs in other languages with ({@code GlossedEmbeddings}).
   */
  public Retriever(ParagraphIndex index, EmbeddingModel embeddings, Set<String> embeddingLanguages,
      Translations translations, Gloss gloss) {
    this(index, embeddings, embeddingLanguages, translations, gloss, Answerability.load(), false);
  }

  private Retriever(ParagraphIndex index, EmbeddingModel embeddings, Set<String> embeddingLanguages,
      Translations translations, Gloss gloss, Answerability model, boolean everySignal) {
    this.index = index;
    this.embeddings = embeddings;
    this.embeddingLanguages = Set.copyOf(embeddingLanguages);
    this.translations = translations;
    this.gloss = gloss;
    // a question's word no dictionary translates is also looked up by its lemma; the gloss keeps the dictionaries'
    Translations asked = new LemmaTranslations(translations,
        (language, word) -> index.analysis().roots(language, word));
    this.concepts = new Concepts(index, asked);
    this.questionLanguage = new QuestionLanguage(asked);
    this.wordByWord = new WordByWord(concepts, asked, gloss);
    this.model = model;
    this.evidence = new Evidence(concepts, model, everySignal);
    this.clauses = new LexicalClauses(index);
    this.reading = new EmbeddingReading(embeddings, this.embeddingLanguages, gloss, wordByWord);
  }

  /** The same retrieval judged by another answerability model (a model being fitted or tested). */
  Retriever judgedBy(Answerability other) {
    return new Retriever(index, embeddings, embeddingLanguages, translations, gloss, other, false);
  }

  /**
   * The same retrieval with every answerability signal measured, also those the model does not weigh (what
   * {@code eval --signals} records for a refit); its verdicts are the same.
   */
  public Retriever measuringEverySignal() {
    return new Retriever(index, embeddings, embeddingLanguages, translations, gloss, model, true);
  }

  /** The same retrieval without the embeddings: BM25 over the question and its translations alone. */
  public Retriever lexical() {
    return new Retriever(index, null, Set.of(), translations, gloss);
  }

  public Retrieval retrieve(String question) {
    return retrieve(question, List.of());
  }

  /**
   * Retrieves for a question; {@code alternatives} (a thread's earlier questions, a model's rewrites in other
   * languages) widen the search but the evidence must still answer the question itself or one rewrite.
   */
  public Retrieval retrieve(String question, List<String> alternatives) {
    return retrieve(question, alternatives, ParagraphIndex.Filter.NONE, new Stages());
  }

  /** Retrieves as above, adding the time of each stage to {@code stages}. */
  public Retrieval retrieve(String question, List<String> alternatives, Stages stages) {
    return retrieve(question, alternatives, ParagraphIndex.Filter.NONE, stages);
  }

  /**
   * Retrieves like {@link #retrieve(String, List)} among the paragraphs the filter lets through: the index applies
   * it to both searches, so a filter never empties an answer that the paragraphs it allows could give.
   */
  public Retrieval retrieve(String question, List<String> alternatives, ParagraphIndex.Filter filter) {
    return retrieve(question, alternatives, filter, new Stages());
  }

  /** Retrieves with a filter, adding the time of each stage to {@code stages}. */
  public Retrieval retrieve(String question, List<String> alternatives, ParagraphIndex.Filter filter,
      Stages stages) {
    String language = language(question);
    // the model reads the question as asked unless it needs the English rendering, which needs the concepts first
    QuestionVector early = embeddings != null && reading.readsAsAsked(language)
        ? QuestionVector.start(embeddings, question) : null;
    int documents = stages.time("concepts", () -> Math.max(1, index.documentCount()));
    Concepts.Read read = stages.time("concepts", () -> concepts.read(question, language, documents));
    List<Concept> asked = read.concepts();
    boolean glossed = embeddings != null && !reading.readsAsAsked(language);
    String embedded = glossed ? wordByWord.english(question, language, asked) : question;
    QuestionVector vector = early != null || embeddings == null ? early : QuestionVector.start(embeddings, embedded);
    ParagraphIndex.Rankings searched = index.bm25ThenKnn(clauses.of(asked, language),
        vector == null ? () -> null : vector::get, KNN_CANDIDATES, CANDIDATES, filter);
    if (vector != null) {
      stages.add("embed", vector.nanos());
      reading.remember(embedded, vector.get()); // made by now: the kNN search waited for it
    }
    stages.add("bm25", searched.lexicalNanos());
    List<Hit> lexical = RankFusion.ordered(searched.lexical());
    List<Ranking> rankings = new ArrayList<>(List.of(new Ranking(lexical, hit -> 1.0)));
    for (String alternative : alternatives) {
      String altLanguage = questionLanguage.of(alternative, language);
      List<Concept> altConcepts = stages.time("concepts", () -> concepts.of(alternative, altLanguage, documents));
      rankings.add(new Ranking(stages.time("bm25", () -> bm25(altConcepts, filter)), hit -> 0.5));
    }
    Ranking knn = null;
    if (vector != null) {
      stages.add("knn", searched.denseNanos());
      knn = RankFusion.knn(searched.dense(), glossed ? WordByWord.ENGLISH : language, reading);
      rankings.add(knn);
    }
    Map<String, Double> chosen = RankFusion.fuse(rankings,
        lexical.subList(0, Math.min(LEXICAL_GUARANTEE, lexical.size())));
    List<Passage> fused = stages.time("fetch", () -> index.paragraphs(List.copyOf(chosen.keySet()))).stream()
        .map(p -> passage(p, chosen.get(p.id()))).toList();
    long judging = System.nanoTime();
    List<Concept> own = concepts.respell(read, language, fused, documents);
    Map<Passage, Double> covered = evidence.coverage(own, fused);
    List<Passage> passages = evidence.rerank(own, fused, evidence.withLeadTitles(own, fused, covered));
    AnswerType type = AnswerType.of(question, language);
    Evidence.Verdict verdict = judge(question, language, type, own, alternatives, passages, documents,
        new HitScores(lexical, knn == null ? null : knn.hits(), vector, language, glossed, reading), covered);
    stages.add("evidence", System.nanoTime() - judging);
    return new Retrieval(question, language, passages, verdict.evidence(), verdict.reason(), own, verdict.signals(),
        verdict.confidence(), verdict.sentences(), type, verdict.doubted(),
        verdict.evidence() && model.sure(verdict.signals(), verdict.confidence()));
  }

  /**
   * The language {@code question} is written in, as retrieval reads it: its function words, and where those tie, the
   * language whose dictionaries know more of its other words; English when neither tells.
   */
  public String language(String question) {
    return questionLanguage.of(question, "en");
  }

  /** The verdict on the question, or when it finds no evidence, on the first alternative that does. */
  private Evidence.Verdict judge(String question, String language, AnswerType type, List<Concept> own,
      List<String> alternatives, List<Passage> passages, int documents, Evidence.Scores scores,
      Map<Passage, Double> covered) {
    Evidence.Verdict verdict = evidence.judge(question, language, type, own, passages, documents, scores, covered);
    for (int i = 0; !verdict.evidence() && i < alternatives.size(); i++) {
      String alt = alternatives.get(i);
      String altLanguage = questionLanguage.of(alt, language);
      List<Concept> altConcepts = concepts.respell(concepts.of(alt, altLanguage, documents), altLanguage, passages,
          documents);
      Evidence.Verdict altVerdict = evidence.judge(alt, altLanguage, AnswerType.of(alt, altLanguage), altConcepts,
          passages, documents, scores,
          evidence.coverage(altConcepts, passages.subList(0, Math.min(Evidence.JUDGED, passages.size()))));
      // the sentences stay those analysed for the question's own concepts, which the retrieval carries
      verdict = altVerdict.evidence() ? new Evidence.Verdict(true, altVerdict.reason(), altVerdict.signals(),
          altVerdict.confidence(), verdict.sentences(), altVerdict.doubted()) : verdict;
    }
    return verdict;
  }

  /** How many articles the index holds: none means no question can be answered, whatever it asks. */
  public int articleCount() {
    return index.articleCount();
  }

  /** The corpus's word spelled most like a question's word it does not hold ("Moskow": moscow), if one is close. */
  public Optional<String> spelledLike(String word) {
    return index.spelledLike(word);
  }

  /** Whether a word only shapes a question ("what", "the", "zei") in any of the supported languages. */
  public static boolean isStopWord(String word) {
    return Concepts.isStopWord(word);
  }

  /** Which of the question's concepts a sentence contains (by index into {@code retrieval.concepts()}). */
  public BitSet matches(Retrieval retrieval, String sentence, String language) {
    return evidence.matches(retrieval.concepts(), sentence, language);
  }

  /**
   * The sentences of one of the retrieval's passages with the concepts each holds (as the verdict analysed them for
   * the passages it read, else split and analysed now), less the names a sentence gives to someone else: what an
   * answer may quote.
   */
  public List<Retrieval.Sentence> sentences(Retrieval retrieval, Passage passage) {
    List<Retrieval.Sentence> judged = retrieval.sentences().get(passage);
    return evidence.ownNames(retrieval.question(), retrieval.language(), retrieval.concepts(), passage,
        judged != null ? judged : evidence.sentences(retrieval.concepts(), passage));
  }

  /**
   * The paragraph after {@code passage} in its article (scored 0), or none where the article ends there: an answer may
   * go on in a paragraph the retrieval did not return.
   */
  public Optional<Passage> nextParagraph(Passage passage) {
    return index.paragraphs(List.of(ParagraphIndex.paragraphId(passage.articleId(), passage.paragraph() + 1))).stream()
        .findFirst().map(p -> passage(p, 0));
  }

  /**
   * The first paragraph of {@code passage}'s article (scored 0), or none where the index holds none: a page's
   * introduction says what it is about, and a section's answer may give way to it where the retrieval did not return it.
   */
  public Optional<Passage> firstParagraph(Passage passage) {
    return index.paragraphs(List.of(ParagraphIndex.paragraphId(passage.articleId(), 1))).stream()
        .findFirst().map(p -> passage(p, 0));
  }

  /**
   * The paragraphs before {@code passage} in its article from the one numbered {@code from}, first first (scored 0):
   * where a name its passage writes by its last word alone was written whole.
   */
  public List<Passage> earlierParagraphs(Passage passage, int from) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i < passage.paragraph(); i++) {
      ids.add(ParagraphIndex.paragraphId(passage.articleId(), i));
    }
    return index.paragraphs(ids).stream().map(p -> passage(p, 0)).toList();
  }

  private List<Hit> bm25(List<Concept> question, ParagraphIndex.Filter filter) {
    return RankFusion.ordered(index.bm25(clauses.of(question, null), CANDIDATES, filter));
  }

  /** Whether the embedding model reads a question in one language and sentences in another as they are written. */
  public boolean readsAsWritten(String questionLanguage, String language) {
    return reading.readsAsWritten(questionLanguage, language);
  }

  /**
   * How close each sentence is to the question in the embedding model's space (cosine), or null when there is no
   * model or it does not read the question's or the sentences' language (the answer composer weighs it).
   */
  public double[] similarity(String question, String questionLanguage, List<String> sentences, String language) {
    return reading.similarity(question, questionLanguage, sentences, language);
  }

  /**
   * How close each sentence of a passage in {@code language} is to the retrieval's question (cosine), where the model
   * reads both as written or, when it reads English, through their English gloss (a German question and German
   * sentences glossed word by word, as kNN and ingest read them); null when there is no model or it reads neither way.
   */
  public double[] similarity(Retrieval retrieval, List<String> sentences, String language) {
    return reading.similarity(retrieval, sentences, language);
  }

  private static Passage passage(StoredParagraph p, double score) {
    return new Passage(p.articleId(), p.title(), p.source(), p.url(), p.published(), p.language(), p.paragraph(),
        p.section(), p.text(), p.firstSeen(), score);
  }
}
