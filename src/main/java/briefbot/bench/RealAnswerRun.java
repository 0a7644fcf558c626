package briefbot.bench;

import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.bench.BenchReport.RealAnswers;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Extractive answers on a real corpus whose vectors are the real model's ({@code bench --real-vectors}): the question
 * embedded by the model, retrieval, the verdict with its sentence embeddings, the composer. The synthetic sizes embed
 * each question too but search synthetic vectors, and a signal that embeds sentences costs there what it costs on
 * nonsense text.
 */
final class RealAnswerRun {

  /** Questions asked before the timed ones, never among them: a repeated question's vector would be cached. */
  static final int WARM_UP = 30;

  private final Consumer<String> progress;

  RealAnswerRun(Consumer<String> progress) {
    this.progress = progress;
  }

  /**
   * Asks {@code warm} untimed, then each of {@code timed} once: wall-clock and the asking thread's CPU per answer, and
   * the process's CPU over all timed answers (the question's vector is embedded on another thread, and the JVM reads
   * process CPU in 10 ms ticks, too coarse for one answer).
   */
  RealAnswers measure(Briefbot bot, List<String> warm, List<String> timed) {
    progress.accept("answers with the real model: %d to warm up, %d timed".formatted(warm.size(), timed.size()));
    for (String question : warm) {
      bot.answerer().ask(Question.of(question));
    }
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var threads = ManagementFactory.getThreadMXBean();
    RetrievalRun.Answers answers = new RetrievalRun.Answers();
    long[] wall = new long[timed.size()];
    long[] cpu = new long[timed.size()];
    long process0 = os.getProcessCpuTime();
    for (int i = 0; i < timed.size(); i++) {
      Question question = Question.of(timed.get(i));
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      answers.record(bot.answerer().ask(question));
      wall[i] = System.nanoTime() - t0;
      cpu[i] = threads.getCurrentThreadCpuTime() - c0;
    }
    double processMs = (os.getProcessCpuTime() - process0) / 1e6 / Math.max(1, timed.size());
    return new RealAnswers(answers.total, answers.answered,
        Latencies.summary(wall, 1, Arrays.stream(wall).sum() / 1e9),
        Latencies.summary(cpu, 1, Arrays.stream(cpu).sum() / 1e9), Latencies.round(processMs), answers.stages());
  }
}
