package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The steps of a serving JVM's start: its first step counts from when the bench launched it. */
class StartupTest {

  @Test
  void theJvmStepCountsFromTheLaunchTheBenchRecorded() {
    long launched = System.currentTimeMillis() - 300;
    double jvm = new Startup(Long.toString(launched)).jvmMs();
    assertThat(jvm).isBetween(300.0, 300.0 + 5_000);
  }

  @Test
  void theStepsAfterTheJvmAddUpToTheTimeSinceTheLaunch() throws Exception {
    long launched = System.currentTimeMillis();
    Startup startup = new Startup(Long.toString(launched));
    Thread.sleep(50);
    startup.step("open");
    double elapsed = System.currentTimeMillis() - launched;
    assertThat(startup.stepMs("open")).isGreaterThanOrEqualTo(49);
    assertThat(startup.jvmMs() + startup.stepMs("open")).as("no time counted twice").isLessThanOrEqualTo(elapsed + 2);
  }
}
