package briefbot.llm;

import static briefbot.llm.FakeModelServer.openAi;
import static briefbot.llm.FakeModelServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Citation;
import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.corpus.Paragraph;
import briefbot.digest.Digest;
import briefbot.digest.DigestWriter;
import briefbot.digest.Digests;
import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.SeedCorpus;
import briefbot.text.Sentences;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LLM digest writer over the seed corpus, with the real LangChain4j OpenAI client against a fake
 * OpenAI-compatible server that reads its prompt the way a model would: which passage numbers belong to which story.
 */
class LlmDigestWriterTest {

  private static final String BASE = "http://briefbot.test";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-28T08:00:00Z"), ZoneOffset.UTC);
  private static final Pattern STORY = Pattern.compile("(?m)^Story (\\d+) \\(reported by (\\d+) source");
  private static final Pattern PASSAGE = Pattern.compile("(?m)^\\[(\\d+)] ");
  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
  private static final FakeModelServer SERVER = FakeModelServer.start(r -> openAi("unused"));

  @TempDir
  static Path dir;
  static Briefbot bot;
  static BotState state;
  static Digest extractive;

  @BeforeAll
  static void index() {
    SeedCorpus.copyTo(dir);
    bot = Briefbot.open(SeedCorpus.config(dir, Map.of("BRIEFBOT_BASE_URL", BASE)), CLOCK);
    bot.sync(line -> {});
    state = SqliteState.open(dir.resolve("data"), CLOCK);
    extractive = digest(DigestWriter.extractive(bot.links()));
  }

  @AfterAll
  static void close() {
    state.close();
    bot.close();
    SERVER.close();
  }

  private static Digest digest(DigestWriter writer) {
    try (Digests digests = Digests.create(bot.config(), bot.index(), writer, state, List.of(), CLOCK)) {
      return digests.preview();
    }
  }

  private static Digest llmDigest() {
    return digest(llmWriter());
  }

  private static DigestWriter llmWriter() {
    Map<String, String> env = new HashMap<>(Map.of("BRIEFBOT_LLM", "openai", "OPENAI_BASE_URL", SERVER.url() + "/v1",
        "OPENAI_API_KEY", "sk-test-0123456789", "BRIEFBOT_LLM_MODEL", "fake-model", "BRIEFBOT_LLM_MAX_RETRIES", "0",
        "BRIEFBOT_BASE_URL", BASE));
    return LlmComposer.digestWriter(Config.fromEnv(env), bot.citationCheck(), DigestWriter.extractive(bot.links()));
  }

  /** The passage numbers the prompt gives each story, in story order. */
  static Map<Integer, List<Integer>> stories(String prompt) {
    Map<Integer, List<Integer>> out = new LinkedHashMap<>();
    Matcher story = STORY.matcher(prompt);
    List<int[]> starts = new ArrayList<>();
    while (story.find()) {
      starts.add(new int[] {Integer.parseInt(story.group(1)), story.start()});
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[1] : prompt.length();
      Matcher p = PASSAGE.matcher(prompt.substring(starts.get(i)[1], end));
      List<Integer> numbers = new ArrayList<>();
      while (p.find()) {
        numbers.add(Integer.parseInt(p.group(1)));
      }
      out.put(starts.get(i)[0], numbers);
    }
    return out;
  }

  /** A model that writes one line per story from what the prompt numbers; {@code line} gets (story, its passages). */
  private static void model(BiFunction<Integer, List<Integer>, String> line) {
    SERVER.script(r -> {
      prompt = r.user();
      StringBuilder reply = new StringBuilder();
      stories(r.user()).forEach((n, passages) -> reply.append("Story ").append(n).append(": ")
          .append(line.apply(n, passages)).append('\n'));
      return openAi(reply.toString());
    });
  }

  /** The prompt the model is answering, which {@link #good} reads the story's passages from. */
  private static volatile String prompt;

  /**
   * An item a faithful model writes: the first passage's opening sentence citing every passage of the story, then the
   * last passage's opening sentence citing it (the claim check keeps both, as each cited passage says them).
   */
  private static String good(List<Integer> passages) {
    return opening(passages.get(0)).replaceFirst("[.!?]$", "") + " "
        + passages.stream().map(n -> "[" + n + "]").reduce("", String::concat) + ". "
        + opening(passages.get(passages.size() - 1)).replaceFirst("[.!?]$", "") + " ["
        + passages.get(passages.size() - 1) + "].";
  }

  /** The first sentence of passage {@code n} of the prompt. */
  private static String opening(int n) {
    Matcher m = Pattern.compile("(?m)^\\[" + n + "] [^\\n]*\\n(.+)$")
        .matcher(prompt);
    assertThat(m.find()).as("passage " + n + " in the prompt").isTrue();
    return Sentences.of(m.group(1), "en").get(0).strip();
  }

  @Test
  void aGoodModelDigestIsUsedAndEveryCitationOpensTheParagraphItNames() {
    model((n, passages) -> good(passages));

    Digest digest = llmDigest();

    assertThat(SERVER.requests()).hasSize(1);
    assertThat(digest.items()).hasSameSizeAs(extractive.items()).isNotEqualTo(extractive.items());
    assertThat(digest.items()).allSatisfy(item -> {
      assertThat(item.text()).matches("[^\\[]+ (\\[\\d+])+\\. [^\\[]+ \\[\\d+]\\.").doesNotContain("Story");
    });
    assertThat(digest.items()).extracting(Digest.Item::sources)
        .isEqualTo(extractive.items().stream().map(Digest.Item::sources).toList());
    assertThat(digest.items().get(0).sources()).isEqualTo(2);
    assertThat(digest.items().get(0).text()).containsPattern("\\[1]\\[2]");
    assertEveryMarkerIsACitationAndEveryCitationAParagraph(digest);
    assertThat(digest.citations().stream().filter(c -> digest.items().get(0).text().contains("[" + c.n() + "]"))
        .map(Citation::articleId).distinct()).hasSize(2);
  }

  @Test
  void thePromptNumbersEveryStorysPassagesAcrossTheDigest() {
    model((n, passages) -> good(passages));

    llmDigest();

    FakeModelServer.Request request = SERVER.requests().get(0);
    String user = request.user();
    Map<Integer, List<Integer>> stories = stories(user);
    assertThat(stories).hasSize(extractive.items().size());
    List<Integer> all = stories.values().stream().flatMap(List::stream).toList();
    assertThat(all).isNotEmpty();
    assertThat(all).containsExactlyElementsOf(IntStream.rangeClosed(1, all.size()).boxed().toList());
    assertThat(user).contains("Story 1 (reported by 2 source").contains(extractive.citations().get(0).text()
        .replaceAll("\\s+", " ").strip()).doesNotContain("{{").contains("2026-03-28");
    assertThat(request.system()).contains("Only the numbers 1 to " + all.size() + " exist")
        .contains("exactly " + stories.size() + " items").contains("English (en)");
    assertThat(request.header("Authorization")).isEqualTo("Bearer sk-test-0123456789");
  }

  @Test
  void aDutchDigestAsksTheModelForDutchAndItsCitationsStillOpenTheirParagraphs() {
    model((n, passages) -> good(passages));
    Config dutch = SeedCorpus.config(dir, Map.of("BRIEFBOT_BASE_URL", BASE, "BRIEFBOT_DIGEST_LANGUAGE", "nl"));

    Digest digest;
    try (Digests digests = Digests.create(dutch, bot.index(), llmWriter(), state, List.of(), CLOCK)) {
      digest = digests.preview();
    }

    FakeModelServer.Request request = SERVER.requests().get(0);
    assertThat(request.system()).contains("in Dutch (nl)").doesNotContain("English (en)");
    assertThat(request.user()).contains("in Dutch (nl), citing the passages");
    assertThat(digest.language()).isEqualTo("nl");
    assertThat(digest.headline()).startsWith("Overzicht van zaterdag 28 maart 2026: ");
    assertThat(digest.items()).isNotEqualTo(extractive.items());
    assertEveryMarkerIsACitationAndEveryCitationAParagraph(digest);
  }

  @Test
  void aPassageThatDoesNotExistLeavesTheStoryEmptySoTheExtractiveDigestIsPosted() {
    model((n, passages) -> n == 1 ? "The alliance agreed on everything [99]." : good(passages));

    assertThat(llmDigest()).isEqualTo(extractive);
  }

  @Test
  void citingAnotherStorysPassageDoesNotCount() {
    model((n, passages) -> n == 2 ? "Something else happened [1]." : good(passages));

    assertThat(llmDigest()).isEqualTo(extractive);
  }

  @Test
  void anInjectedPingIsDroppedAndAStoryOfNothingButThePingFallsBack() {
    model((n, passages) -> n == 1 ? "Attention <!channel>: read this now [" + passages.get(0) + "]." : good(passages));
    assertThat(llmDigest()).isEqualTo(extractive);

    model((n, passages) -> good(passages) + " Ping <!channel> and @here about it [" + passages.get(0) + "].");
    Digest digest = llmDigest();
    assertThat(digest).isNotEqualTo(extractive);
    assertThat(digest.items()).allSatisfy(item -> assertThat(item.text())
        .doesNotContain("<!", "@here", "Ping"));
    assertEveryMarkerIsACitationAndEveryCitationAParagraph(digest);
  }

  @Test
  void aSentenceItsCitedPassageDoesNotSayIsDroppedByTheClaimCheckAndTheRestOfTheItemKept() {
    model((n, passages) -> good(passages) + " The leaders also agreed to ship bananas to the troops ["
        + passages.get(0) + "].");

    Digest digest = llmDigest();

    assertThat(digest).as("the supported sentences are the model's, not the extractive fallback's")
        .isNotEqualTo(extractive);
    assertThat(digest.items()).hasSameSizeAs(extractive.items()).allSatisfy(item -> assertThat(item.text())
        .matches("[^\\[]+ (\\[\\d+])+\\. [^\\[]+ \\[\\d+]\\.").doesNotContain("bananas"));
    assertEveryMarkerIsACitationAndEveryCitationAParagraph(digest);
  }

  @Test
  void aFailingModelGivesTheExtractiveDigest() {
    SERVER.script(r -> status(500, "{\"error\":{\"message\":\"boom\"}}"));
    assertThat(llmDigest()).isEqualTo(extractive);

    SERVER.script(r -> openAi("I cannot write a briefing today."));
    assertThat(llmDigest()).isEqualTo(extractive);
  }

  private static void assertEveryMarkerIsACitationAndEveryCitationAParagraph(Digest digest) {
    List<Integer> used = new ArrayList<>();
    for (Digest.Item item : digest.items()) {
      Matcher m = MARKER.matcher(item.text());
      while (m.find()) {
        used.add(Integer.parseInt(m.group(1)));
      }
    }
    assertThat(digest.citations()).extracting(Citation::n)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, digest.citations().size()).boxed().toList());
    assertThat(used).isNotEmpty().allMatch(n -> n >= 1 && n <= digest.citations().size());
    assertThat(used.stream().distinct().count()).isEqualTo(digest.citations().size());
    for (Citation c : digest.citations()) {
      assertThat(c.url()).isEqualTo(BASE + "/articles/" + c.articleId() + "#p" + c.paragraph());
      Paragraph p = bot.index().article(c.articleId()).orElseThrow().article().paragraphs().stream()
          .filter(x -> x.number() == c.paragraph()).findFirst().orElseThrow();
      assertThat(p.text()).isEqualTo(c.text());
    }
  }
}
