package briefbot.bench;

import briefbot.app.Briefbot;
import briefbot.bench.BenchReport.RealVectors;
import briefbot.corpus.Article;
import briefbot.corpus.Corpus;
import briefbot.corpus.CorpusException;
import briefbot.index.Vectors;
import briefbot.index.lucene.LuceneIndex;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Recall on real vectors: a real news corpus indexed with the real model (its vectors kept in a cache file across
 * runs), Briefbot's kNN and InMemoryEmbeddingStore against exact search with article titles as questions, the same
 * titles answered with the real model ({@link RealAnswerRun}), and a sweep of HNSW settings on the same vectors.
 */
final class RealVectorRun {

  private final Bench.Options options;
  private final Consumer<String> progress;

  RealVectorRun(Bench.Options options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
  }

  RealVectors run(Path work) {
    Path news = options.news();
    if (!Files.isDirectory(news)) {
      throw new IllegalArgumentException("--real-vectors needs the news corpus at " + news + " (--news DIR)");
    }
    VectorFile model = VectorFile.open(Briefbot.builtInEmbeddings(), Briefbot.BUILT_IN_EMBEDDINGS, options.vectorCache());
    progress.accept("real vectors: %,d texts already in %s; the rest are embedded now (slow on a busy machine)"
        .formatted(model.size(), model.file()));
    Path data = work.resolve("news-data");
    try (Briefbot bot = Briefbot.open(SizeRun.config(news, data), Clock.systemUTC(), model)) {
      long t0 = System.nanoTime();
      int paragraphs = bot.sync(progress).paragraphs();
      double ingestSeconds = ModelRun.seconds(t0);
      int embedded = model.embedded();
      List<String> titles = titles(bot.corpus(), options.questions() + RealAnswerRun.WARM_UP + FIT_TITLES,
          options.seed());
      List<String> asked = titles.subList(0, Math.min(options.questions(), titles.size()));
      List<String> warm = titles.subList(asked.size(), Math.min(asked.size() + RealAnswerRun.WARM_UP, titles.size()));
      List<float[]> queries = queryVectors(model, asked);
      LuceneIndex lucene = (LuceneIndex) bot.index();
      BenchReport.SideBySide side = new SideBySide(RetrievalRun.KNN_CANDIDATES).measure(lucene, queries, progress);
      Path fitted = fitShape(model, lucene, titles.subList(asked.size() + warm.size(), titles.size()), asked);
      model.live();
      BenchReport.RealAnswers answers = new RealAnswerRun(progress).measure(bot, warm, asked);
      List<float[]> vectors = lucene.search(s -> SideBySide.vectors(s));
      List<BenchReport.SweepPoint> sweep = new HnswSweep(progress).run(vectors, queries, HnswSweep.GRAPHS,
          work.resolve("sweep"));
      VectorShape shape = VectorShape.shipped();
      progress.accept("HNSW sweep again on %,d vectors drawn from the shipped shape".formatted(vectors.size()));
      VectorShape.Drawn drawn = shape.draw(vectors.size(), queries.size(), options.seed());
      List<BenchReport.SweepPoint> shapeSweep = new HnswSweep(progress).run(drawn.paragraphs(), drawn.questions(),
          HnswSweep.GRAPHS, work.resolve("sweep-shape"));
      return new RealVectors(news.toString(), bot.index().paragraphCount(), paragraphs, embedded,
          Latencies.round(ingestSeconds), queries.size(), side, sweep, answers, shape.origin(), shapeSweep,
          fitted == null ? "(not fitted: too few titles)" : fitted.toString());
    } finally {
      if (!options.keep()) {
        Bench.delete(data);
      }
    }
  }

  /** Titles beyond the asked ones whose vectors the shape is fitted with (embedded once, then kept in the cache). */
  static final int FIT_TITLES = 600;

  /**
   * Fits the shape of this corpus's vectors ({@link VectorShapeFit}) with the titles of {@code fitTitles}, none of them
   * a title the run asks, and writes it beside the vector cache: the bench ships such a fit
   * ({@link VectorShape#RESOURCE}) and the sweep on vectors drawn from it is reported beside the real one.
   */
  private Path fitShape(VectorFile model, LuceneIndex lucene, List<String> fitTitles, List<String> asked) {
    progress.accept("fitting the vectors' shape (%d more titles embedded once)".formatted(fitTitles.size()));
    model.embedAll(fitTitles.stream().map(TextSegment::from).toList());
    VectorShape fitted;
    try {
      fitted = lucene.search(s -> VectorShapeFit.fit(s, model, new HashSet<>(asked),
          "fitted by bench --real-vectors on " + options.news()));
    } catch (IllegalArgumentException e) {
      progress.accept("no shape fitted: " + e.getMessage());
      return null;
    }
    Path file = options.vectorCache().resolve("vector-shape.tsv");
    fitted.write(file);
    return file;
  }

  /**
   * Article titles, a seeded sample: short questions about what the corpus holds, as users ask them. An article with
   * no text (the news corpus has some, as found) is skipped, as ingest skips it.
   */
  static List<String> titles(Corpus corpus, int n, long seed) {
    List<String> titles = new ArrayList<>();
    for (Corpus.Entry entry : corpus.scan().entries()) {
      try {
        Article article = corpus.read(entry);
        if (article.title() != null && !article.title().isBlank()) {
          titles.add(article.title());
        }
      } catch (CorpusException e) {
        // not indexed either: no question about it
      }
    }
    Collections.shuffle(titles, new Random(seed));
    return titles.subList(0, Math.min(n, titles.size()));
  }

  private static List<float[]> queryVectors(VectorFile model, List<String> texts) {
    List<float[]> out = new ArrayList<>();
    for (Embedding e : model.embedAll(texts.stream().map(TextSegment::from).toList()).content()) {
      out.add(Vectors.normalized(e.vector()));
    }
    return out;
  }
}
