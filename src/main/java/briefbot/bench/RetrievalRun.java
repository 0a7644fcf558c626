package briefbot.bench;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.bench.BenchReport.Latency;
import briefbot.index.ParagraphIndex;
import briefbot.index.Vectors;
import briefbot.retrieval.Retriever;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  /** How many questions unlike each measured one warm the process first ({@link #warm}). */
  static final int WARM_ROUNDS = 4;

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

  /**
   * Runs every kind of retrieval and answer, {@code clients} at a time and untimed, over questions like the measured
   * ones but none of them ({@link #unlike}), {@link #WARM_ROUNDS} for each: what is measured next is then a process
   * that has served questions, not its JIT compiler at work. It matters most on SolrCloud, whose JVM starts with the
   * bench: its query path is not compiled after ingest. The same 10,000-paragraph run on a cluster that had served one
   * bench before took a third of the Solr CPU for the same questions (December 3, load 20: 19.0 -> 6.3 s).
   */
  void warm(Briefbot bot, List<String> measured, EmbeddingModel queryModel) {
    List<String> questions = unlike(measured, WARM_ROUNDS);
    progress.accept("warming up: %,d questions unlike the measured ones, each kind".formatted(questions.size()));
    List<float[]> vectors = queryVectors(queryModel, questions);
    for (Latencies.Op<Integer> op : ops(bot, questions, vectors, answer -> {})) {
      Latencies.measure(IntStream.range(0, questions.size()).boxed().toList(), clients, op);
    }
  }

  /**
   * Questions like the measured ones but none of them, {@code rounds} for each: the question without one of its
   * words, another word each round. Warming with the measured questions themselves would fill caches (Solr's query
   * results, the paragraphs Briefbot keeps) that the measured ones would then hit.
   */
  static List<String> unlike(List<String> questions, int rounds) {
    Set<String> measured = Set.copyOf(questions);
    List<String> out = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (String question : questions) {
        String[] words = question.split(" ");
        if (words.length < 2) {
          continue;
        }
        List<String> kept = new ArrayList<>(Arrays.asList(words));
        kept.remove(words.length - 1 - round % words.length);
        String variant = String.join(" ", kept);
        if (!measured.contains(variant)) {
          out.add(variant);
        }
      }
    }
    return out;
  }

  Result measure(Briefbot bot, List<String> questions, List<float[]> vectors) {
    Answers answers = new Answers();
    List<Latencies.Op<Integer>> ops = ops(bot, questions, vectors, answers::record);
    ParagraphIndex index = bot.index();
    Retriever bm25 = bot.retriever().lexical();
    Retriever hybrid = bot.retriever();
    Latencies.Op<float[]> knn = knn(index);
    List<Integer> warm = IntStream.range(0, Math.min(WARM_UP, questions.size())).boxed().toList();
    progress.accept("retrieval and answers, 1 client: BM25, kNN, hybrid, ask in turn");
    for (var op : ops) {
      Latencies.warmUp(warm, op);
    }
    answers.reset();
    Latencies.Timed timed;
    BenchReport.Gc gc;
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    try (GcPauses pauses = new GcPauses()) {
      long allocated = threads.getCurrentThreadAllocatedBytes();
      timed = Latencies.interleavedWithCpu(questions.size(), ops);
      gc = pauses.report(threads.getCurrentThreadAllocatedBytes() - allocated, questions.size());
    }
    List<Latency> single = timed.wall();
    List<Latency> cpu = timed.cpu();
    progress.accept("retrieval, %d clients: BM25".formatted(clients));
    Latency bn = Latencies.measure(questions, clients, q -> read(index, () -> bm25.retrieve(q)));
    progress.accept("retrieval, %d clients: kNN".formatted(clients));
    Latency kn = Latencies.measure(vectors, clients, knn);
    progress.accept("retrieval, %d clients: hybrid".formatted(clients));
    Latency hn = Latencies.measure(questions, clients, q -> read(index, () -> hybrid.retrieve(q)));
    // the warm-up retrieved the first questions, so their vectors are cached; hybrid is the third operation
    BenchReport.HybridVectors byVector = new BenchReport.HybridVectors(timed.wall(2, 0, warm.size()),
        timed.wall(2, warm.size(), questions.size()));
    return new Result(new BenchReport.Retrieval(single.get(0), bn, single.get(1), kn, single.get(2), hn,
        new BenchReport.Cpu(cpu.get(0), cpu.get(1), cpu.get(2), cpu.get(3)), gc, byVector),
        new BenchReport.Ask(single.get(3), answers.total, answers.answered, answers.stages()));
  }

  /** BM25, kNN (with the fetch of its passages), hybrid and a whole answer, each for the question at an index. */
  private static List<Latencies.Op<Integer>> ops(Briefbot bot, List<String> questions, List<float[]> vectors,
      Consumer<Answer> answered) {
    ParagraphIndex index = bot.index();
    Retriever bm25 = bot.retriever().lexical();
    Retriever hybrid = bot.retriever();
    List<Question> parsed = questions.stream().map(Question::of).toList();
    Latencies.Op<float[]> knn = knn(index);
    return List.of(
        i -> read(index, () -> bm25.retrieve(questions.get(i))),
        i -> knn.run(vectors.get(i)),
        i -> read(index, () -> hybrid.retrieve(questions.get(i))),
        i -> read(index, () -> answered.accept(bot.answerer().ask(parsed.get(i)))));
  }

  /**
   * A question whose passages are read from the index, as a first question's are: the bench asks each question
   * BM25, kNN, hybrid and ask in turn (and each kind again with several clients), so on SolrCloud, which keeps the
   * paragraphs it fetched, hybrid's and ask's passages came from BM25's and kNN's fetches, while the embedded index
   * read its stored fields each time.
   */
  private static void read(ParagraphIndex index, Runnable question) {
    index.forgetRead();
    question.run();
  }

  private static Latencies.Op<float[]> knn(ParagraphIndex index) {
    return v -> {
      index.forgetRead();
      List<ParagraphIndex.Hit> hits = index.knn(v, KNN_CANDIDATES, KNN_CANDIDATES);
      index.paragraphs(hits.subList(0, Math.min(PASSAGES, hits.size())).stream().map(ParagraphIndex.Hit::id).toList());
    };
  }

  /** What the timed answers came to. */
  static final class Answers {
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
