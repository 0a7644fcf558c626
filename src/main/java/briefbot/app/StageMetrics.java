package briefbot.app;

import briefbot.answer.Answer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Every answer's timings as {@code /metrics} histograms, {@code briefbot.answer.stage} tagged with the stage, so the
 * stage that makes questions slow shows on a dashboard whichever channel asked them (docs/serving.md).
 */
final class StageMetrics implements Consumer<Answer> {

  private final MeterRegistry registry;

  StageMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void accept(Answer answer) {
    answer.timingsMs().forEach((stage, ms) -> Timer.builder("briefbot.answer.stage")
        .description("time of one stage of answering a question (docs/answer-json.md)").tag("stage", stage)
        .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(50_000))
        .maximumExpectedValue(Duration.ofSeconds(60)).register(registry)
        .record(Duration.ofNanos(Math.round(ms * 1_000_000))));
  }
}
