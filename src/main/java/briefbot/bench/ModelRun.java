package briefbot.bench;

import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.corpus.Article;
import briefbot.corpus.Corpus;
import briefbot.corpus.Paragraph;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The real embedding model on a sample of the corpus: how fast it embeds paragraphs on its own, how fast Briefbot
 * ingests with it (the model is the limit: the ratio says how close ingest comes), and a question's embedding time.
 */
final class ModelRun {

  private static final int MODEL_ONLY_MAX = 250;
  private static final int QUERY_EMBEDDINGS = 100;

  private final EmbeddingModel model;
  private final CorpusGenerator generator;
  private final Consumer<String> progress;

  ModelRun(EmbeddingModel model, CorpusGenerator generator, Consumer<String> progress) {
    this.model = model;
    this.generator = generator;
    this.progress = progress;
  }

  BenchReport.Model measure(String name, double loadMs, int sample, Path dir) {
    CorpusGenerator.Generated corpus = generator.write(dir.resolve("corpus"), sample, QUERY_EMBEDDINGS, progress);
    List<TextSegment> segments = segments(new Corpus(corpus.dir()), Math.min(sample, MODEL_ONLY_MAX));
    progress.accept("ingest with embeddings: %,d paragraphs with the real model".formatted(corpus.paragraphs()));
    Config config = SizeRun.config(corpus.dir(), dir.resolve("data"));
    double ingestPerSecond;
    try (Briefbot bot = Briefbot.open(config, Clock.systemUTC(), model)) {
      long t1 = System.nanoTime();
      int written = bot.sync(progress).paragraphs();
      ingestPerSecond = written / seconds(t1);
    }
    // After ingest, so the model is as warm for this as it was for ingest.
    progress.accept("model alone: embedding %,d paragraphs".formatted(segments.size()));
    long t0 = System.nanoTime();
    model.embedAll(segments);
    double modelPerSecond = segments.size() / seconds(t0);
    List<String> questions = corpus.questions();
    Latencies.warmUp(questions.subList(0, Math.min(10, questions.size())), model::embed);
    BenchReport.Latency query = Latencies.measure(questions, 1, model::embed);
    return new BenchReport.Model(name, Latencies.round(loadMs), segments.size(), Latencies.round(modelPerSecond),
        corpus.paragraphs(), Latencies.round(ingestPerSecond), Math.round(ingestPerSecond / modelPerSecond * 100) / 100.0,
        query);
  }

  /** The texts the index embeds (section title and paragraph, as ingest does), up to {@code max}. */
  private static List<TextSegment> segments(Corpus corpus, int max) {
    List<TextSegment> segments = new ArrayList<>();
    for (Corpus.Entry entry : corpus.scan().entries()) {
      Article article = corpus.read(entry);
      for (Paragraph p : article.paragraphs()) {
        if (segments.size() == max) {
          return segments;
        }
        segments.add(TextSegment.from(p.section() == null ? p.text() : p.section() + ". " + p.text()));
      }
    }
    return segments;
  }

  static double seconds(long startNanos) {
    return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
  }
}
