package briefbot.digest;

import briefbot.answer.Links;
import briefbot.index.IndexedArticle;
import briefbot.retrieval.Passage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes a digest's items from the day's stories: the extractive writer is the offline default, an LLM writer
 * can take its place. Whatever writes, every {@code [n]} must name a citation built from one of the stories'
 * passages (its url the reader link of that paragraph).
 */
public interface DigestWriter {

  /**
   * One story of the day: the articles that report it and their paragraphs as passages, most central first
   * ({@code score} is the centrality), with the paragraphs' unit vectors keyed {@code articleId#n} where the
   * index has them.
   */
  record Story(List<IndexedArticle> articles, List<Passage> passages, Map<String, float[]> vectors) {

    public Story {
      articles = List.copyOf(articles);
      passages = List.copyOf(passages);
      vectors = Map.copyOf(vectors);
    }

    /** How many articles report the story. */
    public int sources() {
      return articles.size();
    }

    /** The cosine of two passages' meanings, or NaN when the index has no vectors for them. */
    public double similarity(Passage a, Passage b) {
      float[] va = vectors.get(a.articleId() + "#" + a.paragraph());
      float[] vb = vectors.get(b.articleId() + "#" + b.paragraph());
      return va == null || vb == null ? Double.NaN : ParagraphVectors.dot(va, vb);
    }
  }

  /**
   * The digest of {@code day}: one item per story, in the given order (most significant first); its own words (and a
   * model's summaries) in {@code language}, the digest's; quoted sentences stay as the articles wrote them.
   */
  Digest write(LocalDate day, String language, String headline, List<Story> stories);

  /** The offline writer, which an LLM writer falls back on when the model fails or cites nothing real. */
  static DigestWriter extractive(Links links) {
    return new ExtractiveWriter(links);
  }
}
