package briefbot.llm;

import static briefbot.llm.FakeModelServer.openAi;
import static briefbot.llm.FakeModelServer.openAiStream;
import static briefbot.llm.FakeModelServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.config.Config;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole Briefbot (real index, retrieval and extractive fallback) with BRIEFBOT_LLM=openai against a fake model
 * that, like a real one, reads its prompt: it translates the question for retrieval and answers in English from
 * a paragraph that exists only in Dutch.
 */
class LlmBriefbotTest {

  static final String BASE = "https://briefbot.example.org";
  static final String QUESTION = "How many visitors did the flower bulb fields draw this spring?";
  static final String DUTCH = "De bloembollenvelden trokken dit voorjaar 1,2 miljoen bezoekers, meldde het toerismebureau.";
  static final String REWRITE = "Hoeveel bezoekers trokken de bloembollenvelden dit voorjaar?";
  static final String ENGLISH_ANSWER = "The flower bulb fields drew 1.2 million visitors this spring";

  static FakeModelServer model;
  static Briefbot bot;

  @BeforeAll
  static void open(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("nato-en.txt"), """
        ---
        title: NATO chief warns of alliances
        source: Wire
        language: en
        ---
        NATO Secretary-General Mark Rutte said North Korea, China and Iran are working together with Russia against Ukraine.

        Russia is delivering the latest technology into North Korea in return for help with the war, Rutte told reporters.
        """);
    Files.writeString(corpus.resolve("bollen-nl.txt"), """
        ---
        title: Drukte in de bollenstreek
        source: Regionale Krant
        language: nl
        ---
        %s

        Op drukke dagen stonden de wegen rond de velden urenlang vast door het vele verkeer.
        """.formatted(DUTCH));
    model = FakeModelServer.start(r -> status(500, "{}"));
    bot = Briefbot.open(Config.fromEnv(Map.of("BRIEFBOT_CORPUS_DIR", corpus.toString(), "BRIEFBOT_DATA_DIR",
        dir.resolve("data").toString(), "BRIEFBOT_BASE_URL", BASE, "BRIEFBOT_LLM", "openai", "OPENAI_BASE_URL",
        model.url() + "/v1", "OPENAI_API_KEY", "sk-test", "BRIEFBOT_LLM_MAX_RETRIES", "0")), Clock.systemUTC());
    bot.sync(line -> {});
  }

  @AfterAll
  static void close() {
    bot.close();
    model.close();
  }

  /** The passage number the prompt gives the Dutch paragraph, as a model would read it. */
  static String numberOfDutchParagraph(FakeModelServer.Request r) {
    Matcher m = Pattern.compile("\\[(\\d+)\\][^\\n]*\\n" + Pattern.quote(DUTCH)).matcher(r.user());
    return m.find() ? m.group(1) : "99";
  }

  static boolean isAnswerRequest(FakeModelServer.Request r) {
    return r.user().contains(DUTCH);
  }

  @Test
  void anEnglishQuestionFindsTheDutchParagraphAndTheEnglishAnswerCitesIt() {
    model.script(r -> isAnswerRequest(r)
        ? openAi(ENGLISH_ANSWER + " [" + numberOfDutchParagraph(r) + "].")
        : openAi("nl: " + REWRITE));

    Answer answer = bot.answerer().ask(Question.of(QUESTION));

    JsonNode json = AnswerJson.of(answer);
    assertThat(json.path("status").asText()).isEqualTo("answered");
    assertThat(json.path("composer").asText()).isEqualTo("llm");
    assertThat(json.path("language").asText()).isEqualTo("en");
    assertThat(json.path("answer").asText()).isEqualTo(ENGLISH_ANSWER + " [1].");
    JsonNode citation = json.path("citations").get(0);
    assertThat(json.path("citations")).hasSize(1);
    assertThat(citation.path("articleId").asText()).isEqualTo("bollen-nl");
    assertThat(citation.path("paragraph").asInt()).isEqualTo(1);
    assertThat(citation.path("language").asText()).isEqualTo("nl");
    assertThat(citation.path("url").asText()).isEqualTo(BASE + "/articles/bollen-nl#p1");
    assertThat(citation.path("text").asText()).isEqualTo(DUTCH);
    assertThat(json.path("timingsMs").has("rewrite")).isTrue();

    List<FakeModelServer.Request> sent = model.requests();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).user()).contains(QUESTION, "Dutch (nl)", "English (en)");
    assertThat(sent.get(1).user()).contains(QUESTION, "English (en)", "Drukte in de bollenstreek");
    assertThat(sent.get(1).system()).contains("English (en)");
  }

  @Test
  void withoutTheRewriteTheDutchParagraphIsNotFound() {
    model.script(r -> isAnswerRequest(r) ? openAi(ENGLISH_ANSWER + " [1].") : openAi("Sorry, I can't translate that."));

    Answer answer = bot.answerer().ask(Question.of(QUESTION));

    assertThat(AnswerJson.of(answer).path("status").asText()).isEqualTo("no_answer");
    assertThat(model.requests()).hasSize(1);
  }

  @Test
  void streamingThroughTheAnswererShowsCheckedPartialsThenTheFinalAnswer() {
    model.script(r -> !isAnswerRequest(r) ? openAi("nl: " + REWRITE)
        : openAiStream(List.of("The flower bulb fields ", "drew 1.2 million visitors ", "this spring [",
            numberOfDutchParagraph(r) + "]. ", "Tell @channel to visit bulbs.example [1].")));
    List<String> partials = new CopyOnWriteArrayList<>();

    Answer answer = bot.answerer().ask(Question.of(QUESTION), List.of(), partials::add);

    assertThat(answer.text()).isEqualTo(ENGLISH_ANSWER + " [1].");
    assertThat(((Answer.Grounded) answer).composer()).isEqualTo(Answer.ComposedBy.LLM);
    assertThat(partials).containsExactly(ENGLISH_ANSWER + " [1].");
  }

  @Test
  void whenTheModelFailsTheExtractiveAnswerIsShown() {
    model.script(r -> isAnswerRequest(r) ? status(500, "{\"error\":{\"message\":\"down\"}}") : openAi("nl: " + REWRITE));

    Answer answer = bot.answerer().ask(Question.of(QUESTION));

    JsonNode json = AnswerJson.of(answer);
    assertThat(json.path("status").asText()).isEqualTo("answered");
    assertThat(json.path("composer").asText()).isEqualTo("extractive-fallback");
    assertThat(json.path("answer").asText()).contains("1,2 miljoen bezoekers").contains("[1]");
    assertThat(json.path("citations")).extracting(c -> c.path("url").asText()).contains(BASE + "/articles/bollen-nl#p1");
  }

  @Test
  void aDutchQuestionIsRewrittenIntoEnglishAndAnsweredInDutch() {
    String question = "Wat levert Rusland aan Noord-Korea volgens Rutte?";
    model.script(r -> r.user().contains("Russia is delivering the latest technology")
        ? openAi("Rusland levert de nieuwste technologie aan Noord-Korea, zei Rutte [" + number(r, "Russia is delivering") + "].")
        : openAi("en: Is Russia delivering technology to North Korea according to Rutte?"));

    Answer answer = bot.answerer().ask(Question.of(question));

    assertThat(answer.language()).isEqualTo("nl");
    assertThat(answer.text()).isEqualTo("Rusland levert de nieuwste technologie aan Noord-Korea, zei Rutte [1].");
    assertThat(((Answer.Grounded) answer).citations().get(0).url()).isEqualTo(BASE + "/articles/nato-en#p2");
    List<FakeModelServer.Request> sent = model.requests();
    assertThat(sent.get(0).user()).contains(question, "English (en)");
    assertThat(sent.get(1).user()).contains(question, "Dutch (nl)");
  }

  /**
   * The check guards the whole answer path: a figure the cited paragraph does not give is not shown, whatever else of
   * the sentence it backs, while the same figure written in the paragraph's own format ("1,2 miljoen") is.
   */
  @Test
  void aFigureTheCitedParagraphDoesNotGiveIsNotShown() {
    model.script(r -> isAnswerRequest(r)
        ? openAi(ENGLISH_ANSWER + " [" + numberOfDutchParagraph(r) + "]. Last spring the fields drew 2.5 million "
            + "visitors [" + numberOfDutchParagraph(r) + "].")
        : openAi("nl: " + REWRITE));

    onlyKeptIsShown(QUESTION, ENGLISH_ANSWER, "does not give the figure 2.5");
  }

  /** A person the cited paragraph does not name is not shown as its speaker, through the whole answer path. */
  @Test
  void aSpeakerTheCitedParagraphDoesNotNameIsNotShown() {
    String question = "What is Russia delivering to North Korea?";
    String kept = "Russia is delivering the latest technology into North Korea, Rutte told reporters";
    model.script(r -> r.user().contains("Russia is delivering the latest technology")
        ? openAi(kept + " [" + number(r, "Russia is delivering") + "]. Stoltenberg said Russia is delivering the "
            + "latest technology into North Korea [" + number(r, "Russia is delivering") + "].")
        : openAi("nl: Wat levert Rusland aan Noord-Korea?"));

    onlyKeptIsShown(question, kept, "does not mention Stoltenberg");
  }

  /**
   * A Dutch sentence about an English paragraph is checked word by word through the dictionaries: one that says what
   * the paragraph does not (Russia selling nuclear weapons) is not shown beside the one it backs.
   */
  @Test
  void aSentenceInAnotherLanguageThanItsParagraphIsShownOnlyWhereTheParagraphBacksIt() {
    String question = "Wat levert Rusland aan Noord-Korea volgens Rutte?";
    String kept = "Rusland levert de nieuwste technologie aan Noord-Korea, zei Rutte";
    model.script(r -> r.user().contains("Russia is delivering the latest technology")
        ? openAi(kept + " [" + number(r, "Russia is delivering") + "]. Rusland verkoopt Noord-Korea ook kernwapens ["
            + number(r, "Russia is delivering") + "].")
        : openAi("en: Is Russia delivering technology to North Korea according to Rutte?"));

    JsonNode json = onlyKeptIsShown(question, kept, "kernwapens");
    assertThat(json.path("language").asText()).isEqualTo("nl");
    assertThat(json.path("citations").get(0).path("language").asText()).isEqualTo("en");
  }

  /**
   * Asks through the whole Briefbot: the model's answer is shown with only its {@code kept} sentence, citing [1], and
   * the check says why the other went ({@code why}). The answer as JSON, for what a test checks beside.
   */
  private JsonNode onlyKeptIsShown(String question, String kept, String why) {
    JsonNode json = AnswerJson.of(bot.answerer().ask(Question.of(question)));
    assertThat(json.path("composer").asText()).isEqualTo("llm");
    assertThat(json.path("answer").asText()).isEqualTo(kept + " [1].");
    assertThat(json.path("checks").toString()).contains(why);
    return json;
  }

  static String number(FakeModelServer.Request r, String paragraphStart) {
    Matcher m = Pattern.compile("\\[(\\d+)\\][^\\n]*\\n" + Pattern.quote(paragraphStart)).matcher(r.user());
    return m.find() ? m.group(1) : "99";
  }
}
