package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.retrieval.Signals;
import briefbot.testing.LogCapture;
import briefbot.testing.SeedCorpus;
import briefbot.text.Failures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: answers, JSON, stdin, and one clear line for every kind of bad input. */
class CliTest {

  @TempDir
  static Path dir;

  static Map<String, String> env;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  @BeforeAll
  static void corpus() {
    SeedCorpus.copyTo(dir);
    env = Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString(),
        "BRIEFBOT_DATA_DIR", dir.resolve("data").toString(), "BRIEFBOT_BASE_URL", "https://brief.example.org");
  }

  static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, env, new BufferedReader(new StringReader(stdin)), new PrintWriter(out),
        new PrintWriter(err), Clock.systemUTC());
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void askAnswersTheMoscowQuestionWithTheCitedParagraph() throws Exception {
    Run run = run("", "ask", "--json", "What is Moscow giving Tehran in return for Iran's support?");
    assertThat(run.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("status").asText()).isEqualTo("answered");
    assertThat(json.get("answer").asText()).contains("fighter jets").contains("missile defense systems");
    JsonNode first = json.get("citations").get(0);
    assertThat(first.get("articleId").asText()).isEqualTo("000_a17e017304ae15f4");
    assertThat(first.get("paragraph").asInt()).isEqualTo(2);
    assertThat(first.get("url").asText()).isEqualTo("https://brief.example.org/articles/000_a17e017304ae15f4#p2");
    assertThat(first.get("text").asText()).contains("fighter jets");
    JsonNode timings = json.get("timingsMs");
    assertThat(timings.fieldNames()).toIterable()
        .containsExactly("retrieve", "compose", "total", "concepts", "embed", "bm25", "knn", "fetch", "evidence");
    timings.forEach(ms -> assertThat(ms.asDouble()).isNotNegative());
    assertThat(timings.get("total").asDouble())
        .isGreaterThanOrEqualTo(timings.get("retrieve").asDouble() + timings.get("compose").asDouble() - 0.02);
    assertEveryMarkerHasACitationAndEveryCitationIsUsed(json);
  }

  static final List<String> COMMANDS = List.of("ask", "index", "serve", "digest", "add", "slack-manifest",
      "teams-manifest", "bench", "help", "version");

  /** A command line builds only the command it names, found by the name in Cli's table: it must be the command's own. */
  @Test
  void theCommandTableNamesEachCommandAsItsAnnotationDoes() {
    Cli.COMMANDS.forEach((name, type) -> assertThat(type.getAnnotation(picocli.CommandLine.Command.class).name())
        .as(type.getSimpleName()).isEqualTo(name));
    assertThat(Cli.COMMANDS.keySet()).containsAll(COMMANDS).contains("extract", "corpus", "eval");
  }

  @Test
  void everyCommandExplainsItselfWithHelp() {
    for (String command : Cli.COMMANDS.keySet()) {
      Run run = run("", command, "--help");
      assertThat(run.code()).as(command + " --help: " + run.err()).isZero();
      assertThat(run.out()).contains("Usage: briefbot " + command);
      Run help = run("", "help", command);
      assertThat(help.code()).as("help " + command + ": " + help.err()).isZero();
      assertThat(help.out()).isEqualTo(run.out());
    }
  }

  @Test
  void aMistypedCommandIsOneLineWithTheCommandItWasMeantToBe() {
    Run swapped = run("", "aks", "What is Russia giving Iran?");
    assertThat(swapped.code()).isEqualTo(2);
    assertThat(swapped.err()).isEqualTo("briefbot: there is no command 'aks' (did you mean ask?); briefbot help lists"
        + " them" + System.lineSeparator());
    assertThat(swapped.out()).isEmpty();
    assertThat(run("", "serv").err()).contains("(did you mean serve?)");
    assertThat(run("", "summarize").err().strip())
        .isEqualTo("briefbot: there is no command 'summarize'; briefbot help lists them");
  }

  @Test
  void helpListsEveryCommandAndVersionIsOneLine() {
    Run help = run("", "help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).startsWith("Usage: briefbot");
    COMMANDS.forEach(command -> assertThat(help.out()).contains("  " + command + " "));
    Run bare = run("");
    assertThat(bare.out() + bare.err()).contains("ask").contains("serve");

    for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"version"})) {
      Run version = run("", args);
      assertThat(version.code()).isZero();
      assertThat(version.out().lines()).singleElement().asString().matches("briefbot \\d+\\.\\d+.*");
    }
  }

  @Test
  void failuresAreSaidInPlainWordsWithoutJavaClassNames() {
    Run bench = run("", "bench", "--paragraphs", "5");
    assertThat(bench.code()).isEqualTo(2);
    assertThat(bench.err()).isEqualTo("briefbot: corpus sizes must be at least 10 paragraphs" + System.lineSeparator());

    assertThat(Failures.message(new UncheckedIOException(new NoSuchFileException("/x/y"))))
        .hasValue("no such file or folder: /x/y");
    assertThat(Failures.message(new IllegalStateException(new IOException("disk full")))).hasValue("disk full");
    assertThat(Failures.message(new RuntimeException((String) null))).isEmpty();
  }

  @Test
  void runningOutOfMemoryIsSaidInPlainWords() {
    BufferedReader exhausted = new BufferedReader(new StringReader("")) {
      @Override
      public String readLine() {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"ask", "--json", "-"}, env, exhausted, new PrintWriter(new StringWriter()),
        new PrintWriter(err), Clock.systemUTC());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("briefbot: out of memory: run it with a larger Java heap")
        .doesNotContain("OutOfMemoryError").doesNotContain("java.");
  }

  @Test
  void addRefusesANonUrlBeforeLoadingAnything() {
    Path data = dir.resolve("data-add");
    long start = System.nanoTime();
    Run run = run("", "add", "--data", data.toString(), "notaurl");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("briefbot: not added: notaurl is neither an http(s) URL nor a saved page (no such "
        + "file)" + System.lineSeparator());
    assertThat(data).as("no index was opened, so no model was loaded").doesNotExist();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

    Run ftp = run("", "add", "--data", data.toString(), "ftp://example.org/news");
    assertThat(ftp.err()).contains("only http:// and https:// URLs");
    assertThat(data).doesNotExist();
  }

  @Test
  void answerJsonHasTheFieldsOfDocsAnswerJsonInOrderWithItsVersion() throws Exception {
    JsonNode json = new ObjectMapper().readTree(run("", "ask", "--json", "What is Russia giving Iran?").out());
    assertThat(json.fieldNames()).toIterable().containsExactly("version", "question", "status", "answer", "language",
        "citations", "composer", "sure", "timingsMs");
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("sure").isBoolean()).isTrue();
    assertThat(json.get("citations").get(0).fieldNames()).toIterable().containsExactly("n", "articleId", "title",
        "source", "language", "paragraph", "url", "originalUrl", "text");

    JsonNode none = new ObjectMapper().readTree(run("", "ask", "--json", "What did the Pope say?").out());
    assertThat(none.fieldNames()).toIterable().containsExactly("version", "question", "status", "answer", "language",
        "citations", "timingsMs");
  }

  @Test
  void readableAnswerListsEachSourceWithTitleParagraphAndLink() {
    Run run = run("", "ask", "Where did Biden meet Yoon and Ishiba?");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Peru").contains("Sources:").contains("paragraph 2")
        .contains("https://brief.example.org/articles/001_05427ea14c8b4e57#p2");
  }

  @Test
  void aGermanQuestionsSourcesAreHeadedInGerman() {
    Run run = run("", "ask", "Wo trafen sich Biden, Yoon und Ishiba?");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Peru").contains("Quellen:").contains("Absatz 2").doesNotContain("Sources:", "paragraph");
  }

  @Test
  void unanswerableQuestionIsNoAnswerWithoutCitations() throws Exception {
    Run run = run("", "ask", "--json", "What did the Pope say about the alliance between Russia and China?");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("status").asText()).isEqualTo("no_answer");
    assertThat(json.get("citations")).isEmpty();
    assertThat(json.get("answer").asText()).containsIgnoringCase("nothing in the articles");
  }

  @Test
  void aMisspeltNameIsOfferedAsTheCorpusWritesItInTheQuestionsLanguage() throws Exception {
    JsonNode typo = new ObjectMapper().readTree(run("", "ask", "--json", "Moskow").out());
    assertThat(typo.get("status").asText()).isEqualTo("no_answer");
    assertThat(typo.get("answer").asText()).endsWith(" Did you mean Moscow?");
    assertThat(run("", "ask", "Wo liegt Moskow?").out()).contains("Meinten Sie Moscow?");
    assertThat(new ObjectMapper().readTree(run("", "ask", "--json", "Who won the Bundesliga?").out())
        .get("answer").asText()).as("words no article writes, with no word close").doesNotContain("Did you");
  }

  @Test
  void askBesideAnotherProcessWritingTheIndexSaysSoOnce() throws Exception {
    Map<String, String> shared = new HashMap<>(env);
    shared.put("BRIEFBOT_DATA_DIR", dir.resolve("data-shared").toString());
    try (Briefbot writer = Briefbot.open(Config.fromEnv(shared), Clock.systemUTC());
        LogCapture log = LogCapture.start()) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Cli.run(new String[] {"ask", "What is Moscow giving Tehran?"}, shared,
          new BufferedReader(new StringReader("")), new PrintWriter(out), new PrintWriter(err), Clock.systemUTC());
      assertThat(code).isZero();
      assertThat(err.toString()).contains("warning: index is read-only: another briefbot process is writing it");
      assertThat(log.lines()).as("the same said again in log format")
          .noneMatch(line -> line.contains("level=WARN") && line.contains("another briefbot process"));
    }
  }

  @Test
  void hiGetsAShortReplyWithoutSourcesAndAnEmptyCorpusSaysHowToAddArticles() throws Exception {
    Run hi = run("", "ask", "hi");
    assertThat(hi.code()).isZero();
    assertThat(hi.out()).contains("Hello!").contains("for example").doesNotContain("Sources:");
    JsonNode json = new ObjectMapper().readTree(run("", "ask", "--json", "thanks!").out());
    assertThat(json.get("status").asText()).isEqualTo("reply");
    assertThat(json.get("kind").asText()).isEqualTo("thanks");
    assertThat(json.get("citations")).isEmpty();

    Path empty = dir.resolve("empty-corpus");
    Files.createDirectories(empty);
    Run none = run("", "ask", "--corpus", empty.toString(), "--data", dir.resolve("data-empty").toString(),
        "What is Russia giving Iran?");
    assertThat(none.code()).isZero();
    assertThat(none.out()).contains("no articles").contains("briefbot add URL").doesNotContain("Sources:");
  }

  @Test
  void stdinGivesOneJsonObjectPerLineAndKeepsGoingAfterBadLines() throws Exception {
    Run run = run("Where did Biden meet Yoon and Ishiba?\n\nWaar ontmoette Biden Yoon en Ishiba?\n", "ask", "--json", "-");
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(lines.get(0)).get("status").asText()).isEqualTo("answered");
    JsonNode error = mapper.readTree(lines.get(1));
    assertThat(error.fieldNames()).toIterable().containsExactly("version", "question", "status", "error");
    assertThat(error.get("status").asText()).isEqualTo("error");
    assertThat(mapper.readTree(lines.get(2)).get("language").asText()).isEqualTo("nl");
  }

  @Test
  void badInputGetsOneClearLineAndANonZeroExit() {
    Run empty = run("", "ask", "   ");
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err().lines()).singleElement().asString().startsWith("briefbot: Please ask a question");

    Run huge = run("", "ask", "why ".repeat(12_500));
    assertThat(huge.code()).isEqualTo(2);
    assertThat(huge.err().lines()).singleElement().asString().contains("too long");

    Run controls = run("", "ask", "\u0000\u0007<b></b>");
    assertThat(controls.code()).isEqualTo(2);
    assertThat(controls.err().lines()).hasSize(1);
  }

  @Test
  void missingCorpusFolderIsOneLine() {
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"ask", "--corpus", dir.resolve("nowhere").toString(), "--data",
        dir.resolve("data-missing").toString(), "Where is Lima?"}, env, new BufferedReader(new StringReader("")),
        new PrintWriter(new StringWriter()), new PrintWriter(err), Clock.systemUTC());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines()).singleElement().asString().contains("corpus folder not found");
    assertThat(dir.resolve("data-missing")).doesNotExist(); // no empty index left behind
  }

  @Test
  void aMalformedLogLevelStopsTheCommandInsteadOfLoggingLess() {
    StringWriter err = new StringWriter();
    Map<String, String> loud = new HashMap<>(env);
    loud.put("BRIEFBOT_LOG_LEVEL", "loud");
    int code = Cli.run(new String[] {"ask", "Where is Lima?"}, loud, new BufferedReader(new StringReader("")),
        new PrintWriter(new StringWriter()), new PrintWriter(err), Clock.systemUTC());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString().startsWith("briefbot: BRIEFBOT_LOG_LEVEL must be")
        .endsWith("not 'loud'");
  }

  @Test
  void aCacheFolderThatCannotBeWrittenStopsAskBeforeAnythingLoads() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("cache-file"), "x").resolve("cache");
    Map<String, String> unwritable = new HashMap<>(env);
    unwritable.put("BRIEFBOT_CACHE", notAFolder.toString());
    StringWriter err = new StringWriter();
    long t0 = System.nanoTime();
    int code = Cli.run(new String[] {"ask", "Where is Lima?"}, unwritable, new BufferedReader(new StringReader("")),
        new PrintWriter(new StringWriter()), new PrintWriter(err), Clock.systemUTC());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("briefbot: BRIEFBOT_CACHE must be a folder Briefbot can write, not '" + notAFolder + "'");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10)); // not converted again
  }

  @Test
  void malformedSettingIsOneLineNamingTheVariable() {
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"index"}, Map.of("BRIEFBOT_LLM", "gpt"), new BufferedReader(new StringReader("")),
        new PrintWriter(new StringWriter()), new PrintWriter(err), Clock.systemUTC());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString().contains("BRIEFBOT_LLM");
  }

  @Test
  void indexAfterTouchingOneFileReindexesThatFileOnly() throws Exception {
    run("", "index");
    Path file = dir.resolve("corpus/003_6cdfe6390a99875d.txt");
    Files.writeString(file, Files.readString(file) + "\nOne more line about the summit in Budapest.\n");
    Run run = run("", "index");
    assertThat(run.out()).contains("0 new, 1 changed, 0 removed, 4 unchanged");
  }

  @Test
  void evalSureNamesOnlyWritesTheLevelAndARunOfTheTestPartIsAUsageErrorThatWritesNothing() throws Exception {
    Path model = dir.resolve("names-only-model.json");
    String before = "{\"features\":[\"coverage\"],\"weights\":[1.5],\"bias\":-1,\"threshold\":0.6,\"sure\":0.9}";
    Files.writeString(model, before);
    Path test = dir.resolve("names-only-test.json");
    Files.writeString(test, namesOnlyRun("test"));

    Run refused = run("", "eval", "sure", "--names-only", test.toString(), "--model", model.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("fit only on runs of eval --part fit").doesNotContain("Exception");
    assertThat(Files.readString(model)).isEqualTo(before);

    Path fit = dir.resolve("names-only-fit.json");
    Files.writeString(fit, namesOnlyRun("fit"));
    Run written = run("", "eval", "sure", "--names-only", fit.toString(), "--model", model.toString());
    assertThat(written.code()).isZero();
    assertThat(written.out()).contains("sureNamesOnly 0.45: 1 sure right answers (lowest 0.570), 1 sure false ones");
    assertThat(new ObjectMapper().readTree(model.toFile()).get("sureNamesOnly").asDouble()).isEqualTo(0.45);
  }

  /** A run of one sure false and one sure right answer to English questions of nothing but names. */
  private static String namesOnlyRun(String part) {
    return "{\"file\":\"q.jsonl\",\"part\":\"" + part + "\",\"results\":[" + namesOnlyResult(false, 0.34) + ","
        + namesOnlyResult(true, 0.57) + "]}";
  }

  private static String namesOnlyResult(boolean right, double sentenceDense) {
    double[] signals = new double[Signals.NAMES.size()];
    signals[Signals.NAMES.indexOf("sentenceDense")] = sentenceDense;
    signals[Signals.NAMES.indexOf("namesOnly")] = 1;
    return ("{\"kind\":\"%s\",\"answerable\":%s,\"answered\":true,\"cited\":%s,\"holds\":%s,"
        + "\"verdict\":{\"signals\":%s,\"confidence\":0.95}}").formatted(right ? "answerable" : "left-out", right,
        right, right, Arrays.toString(signals));
  }

  static void assertEveryMarkerHasACitationAndEveryCitationIsUsed(JsonNode json) {
    Set<Integer> markers = new HashSet<>();
    Matcher m = Pattern.compile("\\[(\\d+)]").matcher(json.get("answer").asText());
    while (m.find()) {
      markers.add(Integer.parseInt(m.group(1)));
    }
    Set<Integer> citations = new HashSet<>();
    json.get("citations").forEach(c -> citations.add(c.get("n").asInt()));
    assertThat(markers).isEqualTo(citations);
  }
}
