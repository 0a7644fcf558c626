package briefbot.digest;

import briefbot.answer.Links;
import briefbot.corpus.Paragraph;
import briefbot.index.IndexedArticle;
import briefbot.retrieval.Passage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

    /**
     * How many reports of the story there are: articles that open with the same paragraph are one report printed by
     * several papers (or one file twice), not sources that confirm each other.
     */
    public int sources() {
      return (int) articles.stream().map(Story::opening).distinct().count();
    }

    private static String opening(IndexedArticle a) {
      List<Paragraph> paragraphs = a.article().paragraphs();
      return paragraphs.isEmpty() ? a.article().id()
          : paragraphs.get(0).text().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
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
