package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.index.Vectors;
import briefbot.retrieval.Retrieval.Concept;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** Hybrid retrieval: BM25 over every language's field and kNN over embeddings, fused by reciprocal rank. */
public final class Retriever {

  static final int CANDIDATES = 50;
  static final int RESULTS = 8;
  private static final int RRF_K = 60;

  private final ParagraphIndex index;
  private final EmbeddingModel embeddings;
  private final Concepts concepts;
  private final Evidence evidence;

  public Retriever(ParagraphIndex index, EmbeddingModel embeddings) {
    this.index = index;
    this.embeddings = embeddings;
    this.concepts = new Concepts(index.analyzer(), Lexicon.load());
    this.evidence = new Evidence(concepts);
  }

  public Retrieval retrieve(String question) {
    return retrieve(question, List.of());
  }

  /**
   * Retrieves for a question; {@code alternatives} (a thread's earlier questions, a model's rewrites in other
   * languages) widen the search but the evidence must still answer the question itself or one rewrite.
   */
  public Retrieval retrieve(String question, List<String> alternatives) {
    String language = LanguageDetector.detect(question, "en");
    float[] vector = embeddings == null ? null : Vectors.normalized(embeddings.embed(question).content().vector());
    return index.search(searcher -> {
      List<Concept> own = concepts.of(question, language, searcher.getIndexReader());
      List<List<ScoreDoc>> rankings = new ArrayList<>();
      rankings.add(bm25(searcher, own, 1f));
      for (String alternative : alternatives) {
        rankings.add(bm25(searcher, concepts.of(alternative, LanguageDetector.detect(alternative, language),
            searcher.getIndexReader()), 0.5f));
      }
      if (vector != null) {
        rankings.add(knn(searcher, vector));
      }
      List<Passage> passages = fuse(searcher, rankings);
      int paragraphs = Math.max(1, searcher.getIndexReader().numDocs());
      Evidence.Verdict verdict = evidence.judge(own, passages, paragraphs);
      for (int i = 0; !verdict.evidence() && i < alternatives.size(); i++) {
        String alt = alternatives.get(i);
        Evidence.Verdict altVerdict = evidence.judge(
            concepts.of(alt, LanguageDetector.detect(alt, language), searcher.getIndexReader()), passages, paragraphs);
        verdict = altVerdict.evidence() ? altVerdict : verdict;
      }
      return new Retrieval(question, language, passages, verdict.evidence(), verdict.reason(), own);
    });
  }

  /** How much of the question's weight a sentence covers, for composers that pick sentences. */
  public double coverage(Retrieval retrieval, String sentence, String language) {
    return evidence.covered(retrieval.concepts(), sentence, language);
  }

  private static List<ScoreDoc> bm25(IndexSearcher searcher, List<Concept> question, float boost) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Concept c : question) {
      List<Query> perField = new ArrayList<>();
      for (Map.Entry<String, Set<String>> field : c.stems().entrySet()) {
        for (String stem : field.getValue()) {
          perField.add(new TermQuery(new Term(field.getKey(), stem)));
        }
      }
      if (!perField.isEmpty()) {
        query.add(new BoostQuery(new DisjunctionMaxQuery(perField, 0.1f), boost), Occur.SHOULD);
      }
    }
    return List.of(searcher.search(query.build(), CANDIDATES).scoreDocs);
  }

  private static List<ScoreDoc> knn(IndexSearcher searcher, float[] vector) throws IOException {
    return List.of(searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, CANDIDATES), CANDIDATES).scoreDocs);
  }

  /** Reciprocal rank fusion: each ranking adds 1/(k + rank) to a document's score. */
  static List<Passage> fuse(IndexSearcher searcher, List<List<ScoreDoc>> rankings) throws IOException {
    Map<Integer, Double> scores = new LinkedHashMap<>();
    for (List<ScoreDoc> ranking : rankings) {
      for (int rank = 0; rank < ranking.size(); rank++) {
        scores.merge(ranking.get(rank).doc, 1.0 / (RRF_K + rank + 1), Double::sum);
      }
    }
    List<Map.Entry<Integer, Double>> ordered = new ArrayList<>(scores.entrySet());
    ordered.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
    List<Passage> passages = new ArrayList<>();
    for (var e : ordered.subList(0, Math.min(RESULTS, ordered.size()))) {
      passages.add(passage(searcher.storedFields().document(e.getKey()), e.getValue()));
    }
    return passages;
  }

  private static Passage passage(Document doc, double score) {
    String published = doc.get(IndexFields.PUBLISHED);
    return new Passage(doc.get(IndexFields.ARTICLE_ID), doc.get(IndexFields.DISPLAY_TITLE), doc.get(IndexFields.SOURCE),
        doc.get(IndexFields.URL), published == null ? null : LocalDate.parse(published),
        doc.get(IndexFields.PARAGRAPH_LANGUAGE), doc.getField(IndexFields.PARAGRAPH).numericValue().intValue(),
        doc.get(IndexFields.SECTION), doc.get(IndexFields.TEXT),
        Instant.ofEpochMilli(doc.getField(IndexFields.FIRST_SEEN).numericValue().longValue()), score);
  }
}
