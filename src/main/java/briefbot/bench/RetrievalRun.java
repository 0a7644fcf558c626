package briefbot.bench;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.bench.BenchReport.Latency;
import briefbot.index.ParagraphIndex;
import briefbot.index.Vectors;
import briefbot.retrieval.Retriever;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Retrieval of each kind and whole answers against an open Briefbot, whatever its index backend: one client taking
 * turns between BM25, kNN, hybrid and ask, then several clients per kind of retrieval.
 */
final class RetrievalRun {

  /** The candidates retrieval asks the HNSW graph for, so the bench measures the same query. */
  static final int KNN_CANDIDATES = Retriever.KNN_CANDIDATES;
  private static final int PASSAGES = 8;
  private static final int WARM_UP = 50;

  /** Retrieval latencies and what the timed answers came to. */
  record Result(BenchReport.Retrieval retrieval, BenchReport.Ask ask) {}

  private final int clients;
  private final Consumer<String> progress;

  RetrievalRun(int clients, Consumer<String> progress) {
    this.clients = clients;
    this.progress = progress;
  }

  /** The questions' vectors for plain kNN, normalised as retrieval normalises them. */
  static List<float[]> queryVectors(EmbeddingModel model, List<String> questions) {
    return questions.stream().map(q -> Vectors.normalized(model.embed(q).content().vector())).toList();
  }

  Result measure(Briefbot bot, List<String> questions, List<float[]> vectors) {
    Retriever bm25 = bot.retriever().lexical();
    Retriever hybrid = bot.retriever();
    ParagraphIndex index = bot.index();
    List<Question> parsed = questions.stream().map(Question::of).toList();
    Answers answers = new Answers();
    Latencies.Op<float[]> knn = v -> {
      List<ParagraphIndex.Hit> hits = index.knn(v, KNN_CANDIDATES, KNN_CANDIDATES);
      index.paragraphs(hits.subList(0, Math.min(PASSAGES, hits.size())).stream().map(ParagraphIndex.Hit::id).toList());
    };
    List<Latencies.Op<Integer>> ops = List.of(
        i -> bm25.retrieve(questions.get(i)),
        i -> knn.run(vectors.get(i)),
        i -> hybrid.retrieve(questions.get(i)),
        i -> answers.record(bot.answerer().ask(parsed.get(i))));
    List<Integer> warm = IntStream.range(0, Math.min(WARM_UP, questions.size())).boxed().toList();
    progress.accept("retrieval and answers, 1 client: BM25, kNN, hybrid, ask in turn");
    for (var op : ops) {
      Latencies.warmUp(warm, op);
    }
    answers.reset();
    Latencies.Timed timed;
    BenchReport.Gc gc;
    var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    try (GcPauses pauses = new GcPauses()) {
      long allocated = threads.getCurrentThreadAllocatedBytes();
      timed = Latencies.interleavedWithCpu(questions.size(), ops);
      gc = pauses.report(threads.getCurrentThreadAllocatedBytes() - allocated, questions.size());
    }
    List<Latency> single = timed.wall();
    List<Latency> cpu = timed.cpu();
    progress.accept("retrieval, %d clients: BM25".formatted(clients));
    Latency bn = Latencies.measure(questions, clients, bm25::retrieve);
    progress.accept("retrieval, %d clients: kNN".formatted(clients));
    Latency kn = Latencies.measure(vectors, clients, knn);
    progress.accept("retrieval, %d clients: hybrid".formatted(clients));
    Latency hn = Latencies.measure(questions, clients, hybrid::retrieve);
    return new Result(new BenchReport.Retrieval(single.get(0), bn, single.get(1), kn, single.get(2), hn,
        new BenchReport.Cpu(cpu.get(0), cpu.get(1), cpu.get(2), cpu.get(3)), gc),
        new BenchReport.Ask(single.get(3), answers.total, answers.answered, answers.stages()));
  }

  /** What the timed answers came to. */
  private static final class Answers {
    int answered;
    int total;
    final Map<String, List<Long>> stages = new LinkedHashMap<>();

    void record(Answer answer) {
      total++;
      if (answer instanceof Answer.Grounded) {
        answered++;
      }
      answer.timingsMs().forEach((stage, ms) -> stages.computeIfAbsent(stage, k -> new ArrayList<>())
          .add(Math.round(ms * 1e6)));
    }

    void reset() {
      answered = 0;
      total = 0;
      stages.clear();
    }

    Map<String, Latency> stages() {
      Map<String, Latency> out = new LinkedHashMap<>();
      stages.forEach((stage, nanos) -> {
        long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
        out.put(stage, Latencies.summary(all, 1, 0));
      });
      return out;
    }
  }
}
