package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.SeedCorpus;
import briefbot.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversation step over the real seed articles: follow-ups that follow, small talk, an empty corpus. */
class ConversationTest {

  @TempDir
  static Path dir;
  static Briefbot bot;

  /** A conversation memory in a map, as the bot state keeps it in a namespace. */
  static final class Turns implements Conversation.Memory {
    final Map<String, List<Conversation.Turn>> turns = new HashMap<>();

    @Override
    public List<Conversation.Turn> turns(String key) {
      return turns.getOrDefault(key, List.of());
    }

    @Override
    public void remember(String key, Conversation.Turn turn) {
      turns.computeIfAbsent(key, k -> new ArrayList<>()).add(turn);
    }
  }

  @BeforeAll
  static void open() {
    bot = SeedCorpus.open(dir);
  }

  @AfterAll
  static void close() {
    bot.close();
  }

  @Test
  void aFollowUpsPronounIsTheEarlierQuestionsPersonAndItsAnswerIsAboutTheFollowUp() {
    Conversation conversation = new Conversation(bot.answerer(), new Turns(), Clock.systemUTC());
    Answer first = conversation.ask("t1", Question.of("What did Rutte say about Trump?"));
    Answer second = conversation.ask("t1", Question.of("and what did he say about China?"));

    assertThat(first).isInstanceOf(Answer.Grounded.class);
    assertThat(second).isInstanceOf(Answer.Grounded.class);
    assertThat(second.question()).isEqualTo("what did Rutte say about China?");
    assertThat(second.text()).isNotEqualTo(first.text()).contains("China");
    assertThat(((Answer.Grounded) second).citations()).anySatisfy(c -> assertThat(c.text()).contains("Rutte"));

    Answer alone = new Conversation(bot.answerer(), new Turns(), Clock.systemUTC())
        .ask("t2", Question.of("and what did he say about China?"));
    assertThat(alone.question()).as("without the thread, 'he' is nobody").isEqualTo("and what did he say about China?");
  }

  @Test
  void anEllipticalFollowUpTakesThePlaceOfWhatItReplaces() {
    Conversation conversation = new Conversation(bot.answerer(), new Turns(), Clock.systemUTC());
    Answer first = conversation.ask("t", Question.of("Who conducts joint patrols with China in the Arctic?"));
    Answer second = conversation.ask("t", Question.of("What is Moscow giving Tehran?"));
    Answer third = conversation.ask("t", Question.of("and what does Putin supply to North Korea?"));
    assertThat(first.text()).contains("Arctic");
    assertThat(second.question()).as("a question of its own stands alone").isEqualTo("What is Moscow giving Tehran?");
    assertThat(third.text()).contains("fuel").isNotEqualTo(second.text());
  }

  @Test
  void greetingsThanksHelpAndChitChatGetAShortReplyWithoutCitations() {
    Conversation conversation = new Conversation(bot.answerer(), new Turns(), Clock.systemUTC());
    Map<String, Answer.Kind> messages = Map.of("hi", Answer.Kind.GREETING, "Hello Briefbot!", Answer.Kind.GREETING,
        "Hallo", Answer.Kind.GREETING, "thanks!", Answer.Kind.THANKS, "Dank je wel", Answer.Kind.THANKS,
        "help", Answer.Kind.HELP, "what can you do?", Answer.Kind.HELP, "how are you?", Answer.Kind.SMALL_TALK,
        "bye", Answer.Kind.FAREWELL);
    messages.forEach((text, kind) -> {
      Answer reply = conversation.ask("t", Question.of(text));
      assertThat(reply).as(text).isInstanceOfSatisfying(Answer.Reply.class, r -> assertThat(r.kind()).isEqualTo(kind));
      assertThat(reply.text()).as(text).doesNotContainPattern("\\[\\d+]");
      assertThat(AnswerJson.of(reply).get("citations")).as(text).isEmpty();
    });
    assertThat(conversation.ask("t", Question.of("hi")).text()).contains("for example");
    assertThat(conversation.ask("t", Question.of("Hallo")).text()).contains("bijvoorbeeld");
    assertThat(conversation.ask("t", Question.of("Guten Tag")).text()).contains("Nachrichten", "zum Beispiel")
        .doesNotContain("for example");
    assertThat(conversation.ask("t", Question.of("adiós")).text()).startsWith("¡Adiós!");
    Answer greeted = conversation.ask("t", Question.of("Hi Briefbot, what is Moscow giving Tehran?"));
    assertThat(greeted).isInstanceOf(Answer.Grounded.class);
    assertThat(greeted.question()).isEqualTo("what is Moscow giving Tehran?");
  }

  @Test
  void anAnswerThatWouldOnlyRepeatTheLastOneSaysSo() {
    Turns turns = new Turns();
    Conversation conversation = new Conversation(bot.answerer(), turns, Clock.systemUTC());
    Answer first = conversation.ask("t", Question.of("What is Moscow giving Tehran?"));
    assertThat(first).isInstanceOf(Answer.Grounded.class);
    Answer again = conversation.ask("t", Question.of("and that?"));
    assertThat(again).isInstanceOf(Answer.NoEvidence.class);
    assertThat(again.text()).contains("nothing more");
  }

  @Test
  void aConversationPickedUpAfterHoursStartsAfresh() {
    TestClock clock = new TestClock(Instant.parse("2025-03-01T08:00:00Z"));
    Conversation conversation = new Conversation(bot.answerer(), new Turns(), clock);
    conversation.ask("t", Question.of("What did Rutte say about Trump?"));
    clock.advance(Conversation.GAP.plus(Duration.ofMinutes(1)));
    assertThat(conversation.ask("t", Question.of("and China?")).question()).isEqualTo("and China?");
  }

  @Test
  void filtersInAQuestionLimitTheArticlesAndAFollowUpKeepsThem() {
    Conversation conversation = new Conversation(bot.answerer(), new Turns(), Clock.systemUTC());
    Answer reuters = conversation.ask("f", Question.of("What is Moscow giving Tehran? from:Reuters"));
    assertThat(reuters).isInstanceOfSatisfying(Answer.Grounded.class, g -> assertThat(g.citations())
        .allSatisfy(c -> assertThat(c.source()).isEqualTo("Reuters")));
    assertThat(reuters.question()).isEqualTo("What is Moscow giving Tehran? from:Reuters");
    Answer followUp = conversation.ask("f", Question.of("and China?"));
    assertThat(followUp.question()).endsWith("from:Reuters");
    if (followUp instanceof Answer.Grounded g) {
      assertThat(g.citations()).allSatisfy(c -> assertThat(c.source()).isEqualTo("Reuters"));
    }

    Answer dutch = conversation.ask(null, Question.of("Wat zei Biden over China? lang:nl"));
    assertThat(dutch).isInstanceOfSatisfying(Answer.Grounded.class, g -> assertThat(g.citations())
        .allSatisfy(c -> assertThat(c.language()).isEqualTo("nl")));
    assertThat(conversation.ask(null, Question.of("What is Moscow giving Tehran? from:Nobody")))
        .isInstanceOf(Answer.NoEvidence.class);
    assertThat(conversation.ask(null, Question.of("What is Moscow giving Tehran? since:2099-01-01")))
        .isInstanceOf(Answer.NoEvidence.class);
    Answer unknown = conversation.ask(null, Question.of("colour:red What is Moscow giving Tehran?"));
    assertThat(unknown).isInstanceOf(Answer.NoEvidence.class);
    assertThat(unknown.text()).contains("colour:", "from:SOURCE");
    assertThat(conversation.ask(null, Question.of("from:Reuters")).text()).contains("Add a question");
  }

  @Test
  void anEmptyCorpusSaysSoAndHowToAddArticles(@TempDir Path empty) throws Exception {
    Files.createDirectories(empty.resolve("corpus"));
    try (Briefbot none = Briefbot.open(SeedCorpus.config(empty, Map.of()), Clock.systemUTC())) {
      none.sync(line -> {});
      Answer answer = new Conversation(none.answerer(), new Turns(), Clock.systemUTC())
          .ask("t", Question.of("What is Russia giving Iran?"));
      assertThat(answer).isInstanceOfSatisfying(Answer.NoEvidence.class,
          n -> assertThat(n.reason()).isEqualTo(Answerer.NO_ARTICLES));
      assertThat(answer.text()).contains("no articles").contains("briefbot add URL");
      assertThat(new Conversation(none.answerer(), new Turns(), Clock.systemUTC()).ask("t", Question.of("hi")))
          .isInstanceOf(Answer.Reply.class);
    }
  }
}
