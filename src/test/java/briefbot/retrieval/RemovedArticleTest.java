package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.corpus.ArticleFile;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex.FieldTerm;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A word only a removed article held counts as absent, though its paragraphs wait in the index for a merge. */
class RemovedArticleTest {

  @TempDir
  Path dir;

  @Test
  void aNameOnlyARemovedArticleHeldIsNeverMentioned() throws Exception {
    HandMadeCorpus corpus = HandMadeCorpus.in(dir)
        .article("terminal", "en", "Gdansk opens its ferry terminal",
            "Ottoline Brabazon, the harbour master of Gdansk, opened the new ferry terminal on Tuesday.")
        .article("ferries", "en", "Ferries to Sweden",
            "The new ferry terminal in Gdansk cost 40 million euros. Ferries to Sweden leave twice a day.");
    // a removed article is a small share of the index, so no merge drops its paragraphs at once
    for (int i = 1; i <= 12; i++) {
      corpus.article("market-" + i, "en", "Market day " + i,
          "The market in Sopot opened stall number " + i + " on Saturday.", "Traders sold fish and bread.");
    }
    try (Briefbot bot = corpus.open()) {
      FieldTerm name = new FieldTerm(IndexFields.body("en"), "brabazon");
      assertThat(bot.index().docFreqs(List.of(name))).containsEntry(name, 1);
      assertThat(bot.index().spelledLike("Brabazan")).contains("Brabazon");
      try (var files = Files.list(dir.resolve("corpus"))) {
        for (Path file : files.filter(f -> f.getFileName().toString().contains("terminal")).toList()) {
          Files.delete(file);
        }
      }
      bot.sync(line -> {});

      assertThat(bot.index().articleCount()).isEqualTo(13);
      assertThat(bot.index().docFreqs(List.of(name))).containsEntry(name, 0);
      assertThat(bot.index().spelledLike("Brabazan")).as("no respelling into a removed article's word").isEmpty();
      Answer answer = bot.answerer().ask(Question.of("When did Ottoline Brabazon open the ferry terminal?"));
      assertThat(answer).isInstanceOfSatisfying(Answer.NoEvidence.class,
          refusal -> assertThat(refusal.reason()).contains("never mention"));
    }
  }
}
