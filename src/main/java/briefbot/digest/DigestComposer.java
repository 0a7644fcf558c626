package briefbot.digest;

import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.index.IndexedArticle;
import briefbot.index.ParagraphIndex;
import briefbot.retrieval.Passage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Composes a digest: every article first seen in a window (all of them: one the digest passed over would never reach
 * a later one, which starts where this one ends), grouped into stories, the most significant first (more sources,
 * then newer, then longer), at most seven, written by the digest writer.
 */
final class DigestComposer {

  /** A digest and what it covers: articles first seen before {@code until}, and which ones it holds. */
  record Composed(Digest digest, Instant until, List<String> articleIds) {}

  static final int MAX_ITEMS = 7;
  private static final double LEAD_BONUS = 0.1;

  private final ParagraphIndex index;
  private final StoryGrouping grouping;
  private final DigestWriter writer;

  DigestComposer(ParagraphIndex index, DigestWriter writer) {
    this.index = index;
    this.grouping = new StoryGrouping(index);
    this.writer = writer;
  }

  /** The digest of {@code day}: articles first seen from {@code since} to {@code now}, except {@code exclude}. */
  Composed compose(LocalDate day, Instant since, Set<String> exclude, Instant now) {
    return compose(day, since, exclude, now, "", "en");
  }

  /**
   * The same of only the articles the question filters {@code filter} let through ({@code lang:nl}; "" for all),
   * its own words in {@code language}.
   */
  Composed compose(LocalDate day, Instant since, Set<String> exclude, Instant now, String filter, String language) {
    Digest.Words words = Digest.Words.in(language);
    ArticleFilter admits = ArticleFilter.of(filter, now);
    List<IndexedArticle> fresh = index.articlesSeenSince(since).stream()
        .filter(a -> !exclude.contains(a.article().id()) && !a.firstSeen().isAfter(now))
        .filter(a -> !a.article().paragraphs().isEmpty() && admits.test(a))
        .sorted(Comparator.comparing(IndexedArticle::firstSeen).reversed()).toList();
    if (fresh.isEmpty()) {
      Digest quiet = new Digest(day, words.language(), words.quiet(), List.of(), List.of());
      return new Composed(quiet, now, List.of());
    }
    Map<String, float[]> vectors = ParagraphVectors.of(index, fresh.stream().map(a -> a.article().id()).toList());
    List<DigestWriter.Story> stories = new ArrayList<>();
    for (List<IndexedArticle> group : grouping.group(fresh, vectors)) {
      stories.add(story(group, vectors));
    }
    stories.sort(SIGNIFICANCE);
    List<DigestWriter.Story> shown = stories.subList(0, Math.min(MAX_ITEMS, stories.size()));
    List<String> ids = fresh.stream().map(a -> a.article().id()).sorted().toList();
    String headline = words.headline(day, shown.size(), fresh.size(), filter);
    return new Composed(writer.write(day, words.language(), headline, shown), now, ids);
  }

  private static final Comparator<DigestWriter.Story> SIGNIFICANCE = Comparator
      .comparingInt(DigestWriter.Story::sources).reversed()
      .thenComparing(DigestComposer::newest, Comparator.reverseOrder())
      .thenComparing(DigestComposer::words, Comparator.reverseOrder());

  private static Instant newest(DigestWriter.Story story) {
    return story.articles().stream().map(IndexedArticle::firstSeen).max(Comparator.naturalOrder()).orElseThrow();
  }

  private static Integer words(DigestWriter.Story story) {
    return story.passages().stream().mapToInt(p -> p.text().split("\\s+").length).sum();
  }

  /** The story's paragraphs as passages, most central first: nearest the story's mean meaning, leads favoured. */
  private static DigestWriter.Story story(List<IndexedArticle> group, Map<String, float[]> vectors) {
    List<float[]> means = new ArrayList<>();
    for (IndexedArticle a : group) {
      float[] mean = ParagraphVectors.centroid(a.article().paragraphs().stream()
          .map(p -> vectors.get(ParagraphVectors.key(a.article().id(), p.number()))).filter(v -> v != null).toList());
      if (mean != null) {
        means.add(mean);
      }
    }
    float[] centre = ParagraphVectors.centroid(means);
    List<Passage> passages = new ArrayList<>();
    Map<String, float[]> own = new HashMap<>();
    for (IndexedArticle a : group) {
      List<Paragraph> paragraphs = a.article().paragraphs();
      for (int i = 0; i < paragraphs.size(); i++) {
        String key = ParagraphVectors.key(a.article().id(), paragraphs.get(i).number());
        float[] v = vectors.get(key);
        if (v != null) {
          own.put(key, v);
        }
        double meaning = centre == null || v == null ? 0 : ParagraphVectors.dot(centre, v);
        passages.add(passage(a, paragraphs.get(i), meaning + LEAD_BONUS / (1 + i)));
      }
    }
    passages.sort(Comparator.comparingDouble(Passage::score).reversed());
    return new DigestWriter.Story(group, passages, own);
  }

  private static Passage passage(IndexedArticle a, Paragraph p, double score) {
    Article article = a.article();
    return new Passage(article.id(), article.displayTitle(), article.source(), article.url(), article.published(),
        p.language(), p.number(), p.section(), p.text(), a.firstSeen(), score);
  }
}
