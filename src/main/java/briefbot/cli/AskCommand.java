package briefbot.cli;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.answer.BadQuestion;
import briefbot.answer.Citation;
import briefbot.answer.Conversation;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.index.SyncReport;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code briefbot ask}: answers one question (or one a line from stdin) with its sources. */
@Command(name = "ask", description = "Answer a question from the articles, with numbered sources.")
final class AskCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Option(names = "--json", description = "print one JSON object (one a line with -)")
  boolean json;

  @Parameters(paramLabel = "QUESTION", description = "the question, or - to read one question a line from stdin")
  String question;

  private final Cli.Context context;

  AskCommand(Cli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Question single = "-".equals(question) ? null : Question.of(question);
    try (Briefbot bot = Briefbot.open(options.corpusConfig(context.env()), context.clock())) {
      SyncReport report;
      try (StoppedIndexing stop = StoppedIndexing.watch(context.err())) {
        report = bot.sync(stop.progress());
      }
      report.warnings().forEach(w -> context.err().println("warning: " + w));
      // each question stands alone here; "hi" gets a short reply, as in chat
      Conversation conversation = Conversation.withoutMemory(bot.answerer(), context.clock());
      if (single != null) {
        print(conversation.ask(null, single));
        return 0;
      }
      for (String line = context.in().readLine(); line != null; line = context.in().readLine()) {
        answerLine(conversation, line);
      }
      return 0;
    }
  }

  private void answerLine(Conversation conversation, String line) {
    try {
      Answer answer = conversation.ask(null, Question.of(line));
      if (json) {
        context.out().println(AnswerJson.toJson(answer));
      } else {
        print(answer);
      }
    } catch (BadQuestion e) {
      if (json) {
        context.out().println(AnswerJson.error(line, e.getMessage()));
      } else {
        context.err().println("briefbot: " + e.getMessage());
      }
    }
    context.out().flush();
  }

  private void print(Answer answer) {
    if (json) {
      context.out().println(AnswerJson.toJson(answer));
      return;
    }
    context.out().println(answer.text());
    switch (answer) {
      case Answer.Grounded grounded -> list(answer.labels().sources(), grounded.citations(), answer.labels());
      case Answer.NoEvidence refusal when !refusal.closest().isEmpty() ->
          list(answer.labels().closestParagraphs(), refusal.closest(), answer.labels());
      default -> { }
    }
  }

  private void list(String heading, List<Citation> citations, Answer.Labels labels) {
    context.out().println();
    context.out().println(heading + ":");
    for (Citation c : citations) {
      String source = c.source() == null ? "" : ", " + c.source();
      context.out().printf("[%d] %s%s, %s %d%n    %s%n", c.n(), c.title(), source, labels.paragraph(), c.paragraph(),
          c.url());
      if (c.originalUrl() != null) {
        context.out().printf("    original: %s%n", c.originalUrl());
      }
    }
  }
}
