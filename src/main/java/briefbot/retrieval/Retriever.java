package briefbot.retrieval;

import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex.Hit;
import briefbot.index.ParagraphIndex;
import briefbot.index.StoredParagraph;
import briefbot.index.Vectors;
import briefbot.retrieval.Retrieval.Concept;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.apache.lucene.util.VectorUtil;

/** Hybrid retrieval: BM25 over every language's field and kNN over embeddings, fused by reciprocal rank. */
public final class Retriever {

  static final int CANDIDATES = 50;
  /** kNN asks the HNSW graph for more candidates than it keeps: at 100k vectors 100 gave recall@10 0.885 vs 0.842 for 50. */
  public static final int KNN_CANDIDATES = 100;
  /** How many of the best hits a passage's lead over the rest is measured against (denseLead, bm25Lead). */
  private static final int LEAD_OF = 10;
  static final int RESULTS = 8;
  /** The best lexical hits always reach the composer, even when the embeddings rank them low. */
  private static final int LEXICAL_GUARANTEE = 3;
  private static final int RRF_K = 60;
  /**
   * How much a kNN rank counts when the question or the paragraph is in a language the embedding model was not
   * trained on: an English-only model places a Dutch text by its surface, not its meaning.
   */
  private static final double FOREIGN_KNN_WEIGHT = 0.25;
  /** How much a compound's part counts in BM25 beside the compound itself, as a name's single word beside the name. */
  static final double PART = 0.5;
  /**
   * How much another inflected form of a German question word counts beside the word's own stem ("verkauft" for
   * "verkaufen"): the dictionary lists forms of every word the question's may be a form of.
   */
  static final double FORM = 0.5;
  /** How much a stem found among a paragraph's compounds' parts counts beside the same stem written whole. */
  static final double IN_COMPOUND = 0.5;

  /** One ranked list of paragraphs and how much each rank in it counts. */
  private record Ranking(List<Hit> hits, ToDoubleFunction<Hit> weight) {}

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
  /**
   * Unit vectors the model made lately, by text: the composer asks again for the question's, which kNN already made,
   * and for sentences the verdict read for {@code sentenceDense}.
   */
  private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(1_000).build();

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
    QuestionVector early = embeddings != null && readsAsAsked(language) ? QuestionVector.start(embeddings, question)
        : null;
    int documents = stages.time("concepts", () -> Math.max(1, index.documentCount()));
    List<Concept> asked = stages.time("concepts", () -> concepts.of(question, language, documents));
    boolean glossed = embeddings != null && !readsAsAsked(language);
    String embedded = glossed ? wordByWord.english(question, language, asked) : question;
    QuestionVector vector = early != null || embeddings == null ? early : QuestionVector.start(embeddings, embedded);
    ParagraphIndex.Rankings searched = index.bm25ThenKnn(clauses(asked, language),
        vector == null ? () -> null : vector::get, KNN_CANDIDATES, CANDIDATES, filter);
    if (vector != null) {
      stages.add("embed", vector.nanos());
      vectors.put(embedded, vector.get()); // made by now: the kNN search waited for it
    }
    stages.add("bm25", searched.lexicalNanos());
    List<Hit> lexical = ordered(searched.lexical());
    List<Ranking> rankings = new ArrayList<>(List.of(new Ranking(lexical, hit -> 1.0)));
    for (String alternative : alternatives) {
      String altLanguage = questionLanguage.of(alternative, language);
      List<Concept> altConcepts = stages.time("concepts", () -> concepts.of(alternative, altLanguage, documents));
      rankings.add(new Ranking(stages.time("bm25", () -> bm25(altConcepts, filter)), hit -> 0.5));
    }
    Ranking knn = null;
    if (vector != null) {
      stages.add("knn", searched.denseNanos());
      knn = knnRanking(searched.dense(), glossed ? WordByWord.ENGLISH : language);
      rankings.add(knn);
    }
    List<Passage> fused = fuse(rankings, lexical.subList(0, Math.min(LEXICAL_GUARANTEE, lexical.size())), stages);
    long judging = System.nanoTime();
    List<Concept> own = concepts.respell(asked, language, fused, documents);
    Map<Passage, Double> covered = evidence.coverage(own, fused);
    List<Passage> passages = evidence.rerank(own, fused, covered);
    AnswerType type = AnswerType.of(question, language);
    Evidence.Verdict verdict = judge(question, language, type, own, alternatives, passages, documents,
        scores(lexical, knn, vector, language, glossed), covered);
    stages.add("evidence", System.nanoTime() - judging);
    return new Retrieval(question, language, passages, verdict.evidence(), verdict.reason(), own, verdict.signals(),
        verdict.confidence(), verdict.sentences(), type, verdict.doubted(),
        verdict.evidence() && verdict.confidence() >= model.sure());
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

  /**
   * A passage's BM25 score and embedding similarity for the verdict; one ranked below a list's last hit gets that
   * hit's score (an upper bound). Similarity is unknown (NaN) where the model does not understand the languages; the
   * glossed similarity is known where the model read the question or the passage through its English gloss.
   */
  private Evidence.Scores scores(List<Hit> lexical, Ranking knn, QuestionVector vector, String questionLanguage,
      boolean questionGlossed) {
    Map<String, Double> bm25 = new HashMap<>();
    lexical.forEach(h -> bm25.put(h.id(), h.score()));
    double bm25Floor = lexical.isEmpty() ? 0 : lexical.get(lexical.size() - 1).score();
    Map<String, Double> dense = new HashMap<>();
    List<Hit> knnHits = knn == null ? List.of() : knn.hits();
    knnHits.forEach(h -> dense.put(h.id(), h.score()));
    double denseFloor = knnHits.isEmpty() ? 0 : knnHits.get(knnHits.size() - 1).score();
    double bm25Mean = meanOfBest(lexical);
    double denseMean = 2 * meanOfBest(knnHits) - 1;
    return new Evidence.Scores() {
      @Override
      public double bm25(Passage p) {
        return bm25.getOrDefault(id(p), bm25Floor);
      }

      @Override
      public double dense(Passage p) {
        if (knn == null || !understood(questionLanguage) || !understood(p.language())) {
          return Double.NaN;
        }
        return 2 * dense.getOrDefault(id(p), denseFloor) - 1; // Lucene's dot-product score is (1 + cosine) / 2
      }

      @Override
      public double glossed(Passage p) {
        boolean glossed = questionGlossed || !understood(p.language());
        if (knn == null || !glossed || !understood(questionLanguage) && !questionGlossed
            || !embeddedReadably(p.language())) {
          return Double.NaN;
        }
        return 2 * dense.getOrDefault(id(p), denseFloor) - 1;
      }

      @Override
      public double denseLead(Passage p) {
        double dense = dense(p);
        double similarity = Double.isNaN(dense) ? glossed(p) : dense; // the kNN ranked by whichever is known
        return similarity - denseMean; // NaN where neither is known
      }

      @Override
      public double bm25Lead(Passage p) {
        return bm25Mean > 0 ? bm25(p) / bm25Mean - 1 : 0;
      }

      @Override
      public double[] sentences(List<Passage> passages, List<String> texts) {
        double[] out = new double[passages.size()];
        Arrays.fill(out, Double.NaN);
        // where dense is known the question's vector is its own reading, not a gloss: the texts are read alike;
        // where only the glossed similarity is, a sentence the model does not read is read through its English gloss
        List<Integer> read = IntStream.range(0, out.length)
            .filter(i -> !texts.get(i).isBlank()
                && (!Double.isNaN(dense(passages.get(i))) || !Double.isNaN(glossed(passages.get(i)))))
            .boxed().toList();
        if (!read.isEmpty()) {
          double[] cosines = cosines(vector.get(), read.stream().map(i -> understood(passages.get(i).language())
              ? texts.get(i) : gloss.english(texts.get(i), passages.get(i).language())).toList());
          for (int k = 0; k < cosines.length; k++) {
            out[read.get(k)] = cosines[k];
          }
        }
        return out;
      }
    };
  }

  /** The mean score of a ranking's ten best hits, against which a passage's lead is read (0: no hit). */
  private static double meanOfBest(List<Hit> hits) {
    return hits.stream().limit(LEAD_OF).mapToDouble(Hit::score).average().orElse(0);
  }

  private static String id(Passage p) {
    return ParagraphIndex.paragraphId(p.articleId(), p.paragraph());
  }

  /** How many articles the index holds: none means no question can be answered, whatever it asks. */
  public int articleCount() {
    return index.articleCount();
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
   * The sentences of one of the retrieval's passages with the concepts each holds: as the verdict analysed them for
   * the passages it read, else split and analysed now.
   */
  public List<Retrieval.Sentence> sentences(Retrieval retrieval, Passage passage) {
    List<Retrieval.Sentence> judged = retrieval.sentences().get(passage);
    return judged != null ? judged : evidence.sentences(retrieval.concepts(), passage);
  }

  /**
   * The paragraph after {@code passage} in its article (scored 0), or none where the article ends there: an answer may
   * go on in a paragraph the retrieval did not return.
   */
  public Optional<Passage> nextParagraph(Passage passage) {
    return index.paragraphs(List.of(ParagraphIndex.paragraphId(passage.articleId(), passage.paragraph() + 1))).stream()
        .findFirst().map(p -> passage(p, 0));
  }

  private List<Hit> bm25(List<Concept> question, ParagraphIndex.Filter filter) {
    return ordered(index.bm25(clauses(question, null), CANDIDATES, filter));
  }

  /**
   * The BM25 clauses of the question's concepts: each German or Dutch stem also searched among the parts of the
   * paragraphs' compounds, and in a German or Dutch question ({@code language}; null: none) each word's own compound
   * parts as weaker terms.
   */
  private List<Map<String, Map<String, Double>>> clauses(List<Concept> question, String language) {
    return question.stream().map(c -> inCompounds(withParts(clause(c), c, language))).toList();
  }

  /**
   * A clause with its word's compound parts at {@link #PART} in the question's own field ("Berufszweig": beruf,
   * zweig): a paragraph that writes only "Beruf" is found. BM25 only: read as evidence that the paragraph holds the
   * question's word, a part answered near misses ("Prozentsatz der alleinlebenden Bevölkerung" from a paragraph of
   * percentages) on left-out articles. Its other inflected forms likewise at {@link #FORM} ("verkaufen": verkauft).
   */
  private Map<String, Map<String, Double>> withParts(Map<String, Map<String, Double>> clause, Concept c,
      String language) {
    if (language == null) {
      return clause;
    }
    String field = IndexFields.body(language);
    List<String> parts = index.analysis().parts(field, c.word());
    List<String> forms = index.analysis().forms(field, c.word());
    if (parts.isEmpty() && forms.isEmpty()) {
      return clause;
    }
    Map<String, Double> terms = new LinkedHashMap<>(clause.getOrDefault(field, Map.of()));
    parts.forEach(p -> terms.putIfAbsent(p, PART));
    forms.forEach(f -> terms.putIfAbsent(f, FORM));
    Map<String, Map<String, Double>> out = new HashMap<>(clause);
    out.put(field, terms);
    return out;
  }

  /**
   * A clause with its German and Dutch stems also in the parts fields beside their body fields, at {@link #IN_COMPOUND}
   * of their trust: "Armut" (or "poverty" translated) finds the paragraph that writes only *Armutsgrenze*. A field of
   * its own, so the words written whole score and weigh as before; an index without the parts matches nothing there.
   */
  private static Map<String, Map<String, Double>> inCompounds(Map<String, Map<String, Double>> clause) {
    Map<String, Map<String, Double>> out = new HashMap<>(clause);
    clause.forEach((field, terms) -> {
      String parts = IndexFields.parts(field);
      if (parts != null && !terms.isEmpty()) {
        Map<String, Double> held = new LinkedHashMap<>();
        terms.forEach((term, trust) -> held.put(term, trust * IN_COMPOUND));
        out.put(parts, held);
      }
    });
    return out;
  }

  /**
   * A concept's BM25 clause: its stems in the paragraphs' fields, and for a word only titles hold (weight 0: no
   * paragraph writes it, an article's title does) the title too, so that article's paragraphs are found ("Auf
   * welchem Kanal hatte Quantico seine Premiere?" on the article "Quantico", whose paragraphs never repeat the
   * name). Every other concept searches the paragraphs' own words only: the title as a weaker clause for every
   * concept moved one of 1,246 fit questions (docs/answerability.md).
   */
  private static Map<String, Map<String, Double>> clause(Concept c) {
    Map<String, Map<String, Double>> clause = c.clause();
    if (c.weight() == 0 && c.titled()) {
      Map<String, Double> title = new LinkedHashMap<>();
      c.stems().getOrDefault(IndexFields.BODY_NEUTRAL, Set.of()).stream()
          .filter(t -> c.trust(IndexFields.BODY_NEUTRAL, t) >= 1 && !Analyzers.mayBeQuantity(t))
          .forEach(t -> title.put(t, 1.0));
      if (!title.isEmpty()) {
        clause.put(IndexFields.TITLE_SEARCHED, title);
      }
    }
    return clause;
  }

  /**
   * Whether the model reads a question in this language as it is; else, when it does not understand the language
   * but understands English, it reads the question rendered word by word in English.
   */
  private boolean readsAsAsked(String language) {
    return understood(language) || !understood(WordByWord.ENGLISH);
  }

  private Ranking knnRanking(List<Hit> found, String questionLanguage) {
    List<Hit> hits = ordered(found);
    boolean questionUnderstood = understood(questionLanguage);
    return new Ranking(hits, hit -> questionUnderstood && embeddedReadably(hit.language()) ? 1.0 : FOREIGN_KNN_WEIGHT);
  }

  /**
   * Whether a paragraph's vector is the model's reading of its meaning: the model understands its language, or it
   * understands English and ingest embedded the paragraph's English gloss ({@code GlossedEmbeddings}).
   */
  private boolean embeddedReadably(String language) {
    return understood(language) || understood(WordByWord.ENGLISH);
  }

  /**
   * Equal scores are ordered by paragraph id, not by where the backend happens to store them, so the embedded
   * index and a sharded one rank ties the same way.
   */
  private static List<Hit> ordered(List<Hit> hits) {
    return hits.stream().sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::id)).toList();
  }

  /** Whether the embedding model reads a question in one language and sentences in another as they are written. */
  public boolean readsAsWritten(String questionLanguage, String language) {
    return embeddings != null && understood(questionLanguage) && understood(language);
  }

  /**
   * How close each sentence is to the question in the embedding model's space (cosine), or null when there is no
   * model or it does not read the question's or the sentences' language (the answer composer weighs it).
   */
  public double[] similarity(String question, String questionLanguage, List<String> sentences, String language) {
    if (sentences.isEmpty() || !readsAsWritten(questionLanguage, language)) {
      return null;
    }
    return cosines(vectors.get(question, text -> Vectors.normalized(embeddings.embed(text).content().vector())),
        sentences);
  }

  /**
   * How close each sentence of a passage in {@code language} is to the retrieval's question (cosine), where the model
   * reads both as written or, when it reads English, through their English gloss (a German question and German
   * sentences glossed word by word, as kNN and ingest read them); null when there is no model or it reads neither way.
   */
  public double[] similarity(Retrieval retrieval, List<String> sentences, String language) {
    if (embeddings == null || sentences.isEmpty()) {
      return null;
    }
    if (understood(retrieval.language()) && understood(language)) {
      return similarity(retrieval.question(), retrieval.language(), sentences, language);
    }
    if (!understood(WordByWord.ENGLISH)) {
      return null;
    }
    String question = readsAsAsked(retrieval.language()) ? retrieval.question()
        : wordByWord.english(retrieval.question(), retrieval.language(), retrieval.concepts());
    List<String> texts = understood(language) ? sentences
        : sentences.stream().map(s -> gloss.english(s, language)).toList();
    return cosines(vectors.get(question, text -> Vectors.normalized(embeddings.embed(text).content().vector())), texts);
  }

  /**
   * The cosine of a unit vector and each text's embedding; the texts the model has not read lately are embedded in one
   * call (the model's threads) and kept: the verdict's sentences are among those the composer weighs next.
   */
  private double[] cosines(float[] unit, List<String> texts) {
    Map<String, float[]> known = new HashMap<>(vectors.getAllPresent(texts));
    List<String> fresh = texts.stream().filter(t -> !known.containsKey(t)).distinct().toList();
    if (!fresh.isEmpty()) {
      List<dev.langchain4j.data.embedding.Embedding> vs = embeddings.embedAll(
          fresh.stream().map(dev.langchain4j.data.segment.TextSegment::from).toList()).content();
      for (int i = 0; i < fresh.size(); i++) {
        float[] v = Vectors.normalized(vs.get(i).vector());
        known.put(fresh.get(i), v);
        vectors.put(fresh.get(i), v);
      }
    }
    double[] out = new double[texts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = VectorUtil.dotProduct(unit, known.get(texts.get(i))); // unit vectors: the cosine
    }
    return out;
  }

  private boolean understood(String language) {
    return embeddingLanguages.contains("*") || embeddingLanguages.contains(language);
  }

  /** Weighted reciprocal rank fusion: each ranking adds weight/(k + rank) to a paragraph's score. */
  private List<Passage> fuse(List<Ranking> rankings, List<Hit> guaranteed, Stages stages) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Ranking ranking : rankings) {
      for (int rank = 0; rank < ranking.hits().size(); rank++) {
        Hit hit = ranking.hits().get(rank);
        scores.merge(hit.id(), ranking.weight().applyAsDouble(hit) / (RRF_K + rank + 1), Double::sum);
      }
    }
    List<String> chosen = new ArrayList<>(scores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(RESULTS).map(Map.Entry::getKey).toList());
    guaranteed.stream().map(Hit::id).filter(id -> !chosen.contains(id)).forEach(chosen::add);
    return stages.time("fetch", () -> index.paragraphs(chosen)).stream().map(p -> passage(p, scores.get(p.id())))
        .toList();
  }

  private static Passage passage(StoredParagraph p, double score) {
    return new Passage(p.articleId(), p.title(), p.source(), p.url(), p.published(), p.language(), p.paragraph(),
        p.section(), p.text(), p.firstSeen(), score);
  }
}
