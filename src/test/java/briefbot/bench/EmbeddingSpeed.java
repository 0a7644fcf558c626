package briefbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A measurement, not a test: the in-jar embedding models' speed back to back in one JVM, interleaved round by round
 * so that the shared machine's load falls on each alike: load time, one question's embedding (p50/p90), and
 * paragraphs per second embedded in batches of {@code BATCH} (as ingest does per article) and one by one.
 *
 * <p>Run: {@code java -cp ... briefbot.bench.EmbeddingSpeed DATASETS_DIR ROUNDS MODEL...}.
 */
public final class EmbeddingSpeed {

  private static final int QUESTIONS = 40;
  private static final int PARAGRAPHS = 48;
  private static final int BATCH = 16;

  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<String> names = Arrays.asList(args).subList(2, args.length);
    List<String> questions = questions(datasets.resolve("squad2-train-first10/questions.jsonl"));
    List<TextSegment> paragraphs = paragraphs(datasets.resolve("news/corpus"));
    List<EmbeddingModel> models = new ArrayList<>();
    double[] loadMs = new double[names.size()];
    for (int m = 0; m < names.size(); m++) {
      long t0 = System.nanoTime();
      models.add(EmbeddingQuality.model(names.get(m)));
      models.get(m).embed("warm up");
      loadMs[m] = (System.nanoTime() - t0) / 1e6;
    }
    List<List<Long>> question = new ArrayList<>();
    double[] batchSeconds = new double[names.size()];
    double[] singleSeconds = new double[names.size()];
    names.forEach(n -> question.add(new ArrayList<>()));
    for (int r = 0; r < rounds; r++) {
      for (int m = 0; m < models.size(); m++) {
        EmbeddingModel model = models.get(m);
        for (String q : questions) {
          long t0 = System.nanoTime();
          model.embed(q + " " + r);
          question.get(m).add(System.nanoTime() - t0);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < paragraphs.size(); i += BATCH) {
          model.embedAll(paragraphs.subList(i, Math.min(paragraphs.size(), i + BATCH)));
        }
        batchSeconds[m] += (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        for (TextSegment p : paragraphs.subList(0, PARAGRAPHS / 4)) {
          model.embed(p);
        }
        singleSeconds[m] += (System.nanoTime() - t0) / 1e9;
      }
    }
    System.out.printf(Locale.ROOT, "%-15s %8s %8s %8s %10s %10s%n", "model", "load ms", "q p50", "q p90",
        "batch p/s", "single p/s");
    for (int m = 0; m < models.size(); m++) {
      long[] q = question.get(m).stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(Locale.ROOT, "%-15s %8.0f %8.2f %8.2f %10.1f %10.1f%n", names.get(m), loadMs[m],
          q[q.length / 2] / 1e6, q[q.length * 9 / 10] / 1e6, rounds * PARAGRAPHS / batchSeconds[m],
          rounds * (PARAGRAPHS / 4) / singleSeconds[m]);
    }
  }

  private static List<String> questions(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    return Files.readAllLines(file).stream().limit(QUESTIONS).map(l -> {
      try {
        return json.readTree(l).path("q").asText();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  /** Paragraphs of real news articles (after the front matter), as ingest embeds them. */
  private static List<TextSegment> paragraphs(Path corpus) throws Exception {
    List<TextSegment> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.sorted().limit(200).toList()) {
        String[] parts = Files.readString(f).split("\n---\n", 2);
        for (String p : parts[parts.length - 1].split("\n\\s*\n")) {
          if (p.strip().length() > 80 && out.size() < PARAGRAPHS) {
            out.add(TextSegment.from(p.strip()));
          }
        }
      }
    }
    return out;
  }

  private EmbeddingSpeed() {}
}
