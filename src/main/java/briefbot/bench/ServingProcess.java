package briefbot.bench;

import briefbot.bench.BenchReport.Serving;
import briefbot.config.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A fresh JVM that serves answers, started with this JVM's java and flags: how long its first answer takes (cold
 * start: JVM, model load, index open, the corpus check, the first question) and how much memory it then holds.
 */
final class ServingProcess {

  private static final long TIMEOUT_SECONDS = 180;
  /** What {@code bin/briefbot} adds for a one-question {@code ask}: a JVM that short-lived gains nothing from C2. */
  private static final String ONE_QUESTION = "-XX:TieredStopAtLevel=1";

  private final Path jar;

  ServingProcess(Path jar) {
    this.jar = jar;
  }

  /** The jar this code runs from, else {@code target/briefbot.jar}. */
  static Path defaultJar() {
    try {
      Path self = Path.of(ServingProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (self.toString().endsWith(".jar")) {
        return self;
      }
    } catch (Exception e) {
      // not from a jar (tests, IDE): fall through
    }
    return Path.of("target", "briefbot.jar");
  }

  /**
   * Runs {@code args} of the jar, sends the first question, then {@code warm} more, then reads its memory; then, when
   * that worked, the same start four more times with JDK 25's AOT cache: a training run that writes the cache, a cold
   * start from it, and as {@code bin/briefbot} runs a one-question {@code ask}, on C1 alone and without the vector
   * module, a training run of its own cache and a cold start from that.
   */
  Serving measure(List<String> args, List<String> questions, int warm, Path log) {
    String shown = "java -jar " + jar.getFileName() + " " + String.join(" ", args.subList(0, Math.min(3, args.size())))
        + (args.size() > 3 ? " ..." : "");
    if (!Files.isRegularFile(jar)) {
      return failed(shown, "skipped: no jar at " + jar + " (build it with .ci/mvn package)");
    }
    Serving plain = run(shown, List.of(), args, questions, warm, log);
    if (plain.firstAnswerMs() == null) {
      return plain;
    }
    Path cache = log.resolveSibling("serving.aot");
    Serving training = run(shown, List.of("-XX:AOTCacheOutput=" + cache), args, questions, warm, log);
    if (training.firstAnswerMs() == null || !Files.isRegularFile(cache)) {
      return plain.withoutAot("AOT cache not written: " + training.note());
    }
    Serving cached = run(shown, List.of("-XX:AOTCache=" + cache), args, questions, 0, log);
    // as bin/briefbot runs one question: C1 alone, without the vector module, from a cache of its own so made
    Path askCache = log.resolveSibling("serving-ask.aot");
    Serving askTraining = run(shown, javaCommand(false), List.of("-XX:AOTCacheOutput=" + askCache, ONE_QUESTION), args,
        questions, 0, log);
    if (askTraining.firstAnswerMs() == null || !Files.isRegularFile(askCache)) {
      return plain.withAot(cached, failed(shown, "AOT cache for one question not written: " + askTraining.note()));
    }
    Serving oneQuestion = run(shown, javaCommand(false), List.of("-XX:AOTCache=" + askCache, ONE_QUESTION), args,
        questions, 0, log);
    return plain.withAot(cached, oneQuestion);
  }

  private Serving run(String shown, List<String> flags, List<String> args, List<String> questions, int warm,
      Path log) {
    return run(shown, javaCommand(true), flags, args, questions, warm, log);
  }

  private Serving run(String shown, List<String> java, List<String> flags, List<String> args, List<String> questions,
      int warm, Path log) {
    List<String> command = new ArrayList<>(java);
    command.addAll(flags);
    command.add("-D" + Startup.LAUNCHED + "=" + System.currentTimeMillis());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    // The bench indexes with the model that ships in the jar; a configured one would make the child rebuild.
    builder.environment().remove(Settings.EMBEDDING_MODEL.name());
    builder.environment().remove(Settings.EMBEDDING_TOKENIZER.name());
    long start = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return failed(shown, "failed to start: " + e.getMessage());
    }
    try (PrintWriter in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      in.println(questions.get(0));
      String first = readLine(out);
      double firstMs = (System.nanoTime() - start) / 1e6;
      if (first == null || !first.startsWith("{")) {
        return failed(shown, "no answer from the process; see " + log);
      }
      Map<String, Double> startup = startup(readLine(out));
      int answers = 1;
      for (int i = 1; i <= warm && i < questions.size(); i++) {
        in.println(questions.get(i));
        if (readLine(out) != null) {
          answers++;
        }
      }
      Long rss = Machine.status(process.pid(), "VmRSS");
      Long peak = Machine.status(process.pid(), "VmHWM");
      in.flush();
      process.getOutputStream().close();
      // a training run writes its AOT cache as it exits
      process.waitFor(flags.isEmpty() ? 30 : TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return new Serving(shown, Latencies.round(firstMs), rss, peak, answers, null, startup, null, Map.of(), null,
          Map.of());
    } catch (IOException | ExecutionException | TimeoutException e) {
      return failed(shown, "failed: " + e + "; see " + log);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(shown, "interrupted");
    } finally {
      process.destroy();
    }
  }

  private static Serving failed(String shown, String note) {
    return new Serving(shown, null, null, null, 0, note, Map.of(), null, Map.of(), null, Map.of());
  }

  /** The serving JVM's start-up steps, from the line it prints after its first answer (none from an older jar). */
  private static Map<String, Double> startup(String line) {
    if (line == null || !line.startsWith("{\"startupMs\"")) {
      return Map.of();
    }
    try {
      Map<String, Double> steps = new LinkedHashMap<>();
      new ObjectMapper().readTree(line).get("startupMs").properties()
          .forEach(e -> steps.put(e.getKey(), e.getValue().asDouble()));
      return steps;
    } catch (IOException e) {
      return Map.of();
    }
  }

  private static String readLine(BufferedReader out) throws ExecutionException, TimeoutException, InterruptedException {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return out.readLine();
      } catch (IOException e) {
        return null;
      }
    }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * This JVM's java and the flags that matter for a serving process (modules, native access, heap, GC), with or without
   * the vector module: a JVM on C1 alone gains nothing from it (Lucene's vector code needs C2), and JDK 25 neither keeps
   * the module graph nor links classes ahead of time in an AOT cache made with {@code --add-modules}.
   */
  static List<String> javaCommand(boolean vectorModule) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
    for (int i = 0; i < flags.size(); i++) {
      String f = flags.get(i);
      if (!vectorModule && (f.equals("--add-modules") || f.startsWith("--add-modules="))) {
        i += f.equals("--add-modules") ? 1 : 0; // the only module Briefbot adds is the vector module
      } else if ((f.equals("--add-modules") || f.equals("--enable-native-access")) && i + 1 < flags.size()) {
        command.add(f);
        command.add(flags.get(++i));
      } else if (f.startsWith("-XX:AOTCache")) {
        continue; // the bench's own cache belongs to its own run
      } else if (f.startsWith("--add-modules=") || f.startsWith("--enable-native-access=") || f.startsWith("-Xmx")
          || f.startsWith("-Xms") || f.startsWith("-Xss") || f.startsWith("-XX:")) {
        command.add(f);
      }
    }
    return command;
  }
}
