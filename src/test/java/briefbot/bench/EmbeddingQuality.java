package briefbot.bench;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.index.ParagraphIndex;
import briefbot.index.Vectors;
import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A measurement, not a test: the in-jar embedding models on the development QA sets (../shared/datasets), each set
 * indexed with each model. For every answerable question whose article is indexed: the gold paragraph's rank in kNN
 * alone (recall@1/5/10), whether hybrid retrieval's passages hold it, whether the extractive answer cites it; for
 * unanswerable ones, whether the answer refuses; and the model's speed (ingest, question embedding).
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:CLASSPATH briefbot.bench.EmbeddingQuality
 * DATASETS_DIR QUESTIONS_PER_SET MODEL...} with models {@code minilm}, {@code minilm-q}, {@code bge-q},
 * {@code bge-q-instruct}.
 */
public final class EmbeddingQuality {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SETS = List.of("squad2-train-first10", "mlqa-dev-en-de-es");
  private static final String BGE_QUERY = "Represent this sentence for searching relevant passages: ";

  private record Q(String q, String language, boolean answerable, String article, int paragraph) {}

  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args[0]);
    int perSet = Integer.parseInt(args[1]);
    List<String> models = Arrays.asList(args).subList(2, args.length);
    Path work = Files.createTempDirectory("briefbot-embedding-quality");
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "%-15s %-22s %6s %6s %6s %6s %7s %7s %7s %7s %8s %8s%n", "model", "set",
        "qs", "knn@1", "knn@5", "knn@10", "hybrid", "cited", "refused", "ingest/s", "q p50ms", "q p99ms"));
    for (String name : models) {
      for (String set : SETS) {
        report.append(measure(name, datasets.resolve(set), perSet, work.resolve(name + "-" + set)));
        System.err.print(report);
      }
    }
    System.out.print(report);
  }

  static EmbeddingModel model(String name) {
    return switch (name) {
      case "minilm" -> new dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel();
      case "minilm-q" -> new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel();
      case "bge-q" -> new dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel();
      case "bge-q-instruct" -> instructed(model("bge-q"));
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** BGE's recommended instruction in front of a query; passages are embedded as they are. */
  private static EmbeddingModel instructed(EmbeddingModel m) {
    return new EmbeddingModel() {
      @Override
      public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return m.embedAll(segments);
      }

      @Override
      public Response<Embedding> embed(String text) {
        return m.embed(BGE_QUERY + text);
      }

      @Override
      public Response<Embedding> embed(TextSegment segment) {
        return embed(segment.text());
      }

      @Override
      public int dimension() {
        return m.dimension();
      }
    };
  }

  private static String measure(String name, Path set, int perSet, Path data) throws IOException {
    EmbeddingModel model = model(name);
    var config = SizeRun.config(set.resolve("corpus"), data);
    try (Briefbot bot = Briefbot.open(config, Clock.systemUTC(), model)) {
      long t0 = System.nanoTime();
      int paragraphs = bot.sync(System.err::println).paragraphs();
      double ingest = paragraphs / ModelRun.seconds(t0);
      List<Q> questions = sample(set.resolve("questions.jsonl"), perSet, bot.index());
      int[] knnAt = new int[11];
      int hybrid = 0;
      int cited = 0;
      int answerable = 0;
      int unanswerable = 0;
      int refused = 0;
      long[] embedNanos = new long[questions.size()];
      int i = 0;
      for (Q q : questions.subList(0, Math.min(10, questions.size()))) {
        model.embed(q.q()); // warm
      }
      for (Q q : questions) {
        long e0 = System.nanoTime();
        float[] vector = Vectors.normalized(model.embed(q.q()).content().vector());
        embedNanos[i++] = System.nanoTime() - e0;
        Answer answer = bot.answerer().ask(Question.of(q.q()));
        if (!q.answerable()) {
          unanswerable++;
          refused += answer instanceof Answer.NoEvidence ? 1 : 0;
          continue;
        }
        answerable++;
        String gold = ParagraphIndex.paragraphId(q.article(), q.paragraph());
        List<ParagraphIndex.Hit> hits = bot.index().knn(vector, 100, 10);
        for (int r = 0; r < hits.size(); r++) {
          if (hits.get(r).id().equals(gold)) {
            for (int k = r + 1; k <= 10; k++) {
              knnAt[k]++;
            }
            break;
          }
        }
        Retrieval retrieval = bot.retriever().retrieve(q.q());
        hybrid += retrieval.passages().stream().anyMatch(p -> id(p).equals(gold)) ? 1 : 0;
        cited += answer instanceof Answer.Grounded g && g.citations().stream()
            .anyMatch(c -> c.articleId().equals(q.article()) && c.paragraph() == q.paragraph()) ? 1 : 0;
      }
      Arrays.sort(embedNanos);
      double a = Math.max(1, answerable);
      return String.format(Locale.ROOT, "%-15s %-22s %6d %6.3f %6.3f %6.3f %7.3f %7.3f %7s %8.1f %8.2f %8.2f%n", name,
          set.getFileName(), questions.size(), knnAt[1] / a, knnAt[5] / a, knnAt[10] / a, hybrid / a, cited / a,
          unanswerable == 0 ? "-" : String.format(Locale.ROOT, "%.3f", refused / (double) unanswerable), ingest,
          embedNanos[embedNanos.length / 2] / 1e6, embedNanos[(int) (embedNanos.length * 0.99)] / 1e6);
    }
  }

  private static String id(Passage p) {
    return ParagraphIndex.paragraphId(p.articleId(), p.paragraph());
  }

  /** A seeded sample of the set's questions whose article is indexed (unanswerable ones too). */
  private static List<Q> sample(Path file, int n, ParagraphIndex index) throws IOException {
    List<Q> all = new ArrayList<>();
    Map<String, Boolean> indexed = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      JsonNode node = JSON.readTree(line);
      Q q = new Q(node.path("q").asText(), node.path("language").asText(), node.path("answerable").asBoolean(),
          node.path("article").asText(null), node.path("paragraph").asInt(0));
      if (q.article() == null || indexed.computeIfAbsent(q.article(), a -> index.article(a).isPresent())) {
        all.add(q);
      }
    }
    Collections.shuffle(all, new Random(19));
    return all.subList(0, Math.min(n, all.size()));
  }

  private EmbeddingQuality() {}
}
