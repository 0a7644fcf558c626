package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex.FieldTerm;
import briefbot.testing.HandMadeCorpus;
import briefbot.testing.RemovedArticleCorpus;
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
    HandMadeCorpus corpus = RemovedArticleCorpus.write(HandMadeCorpus.in(dir));
    try (Briefbot bot = corpus.open()) {
      FieldTerm name = new FieldTerm(IndexFields.body("en"), RemovedArticleCorpus.NAME_TERM);
      assertThat(bot.index().docFreqs(List.of(name))).containsEntry(name, 1);
      assertThat(bot.index().spelledLike("Brabazan")).contains("Brabazon");
      RemovedArticleCorpus.removeFrom(dir);
      bot.sync(line -> {});

      assertThat(bot.index().articleCount()).isEqualTo(13);
      assertThat(bot.index().docFreqs(List.of(name))).containsEntry(name, 0);
      assertThat(bot.index().spelledLike("Brabazan")).as("no respelling into a removed article's word").isEmpty();
      Answer answer = bot.answerer().ask(Question.of(RemovedArticleCorpus.QUESTION));
      assertThat(answer).isInstanceOfSatisfying(Answer.NoEvidence.class,
          refusal -> assertThat(refusal.reason()).contains("never mention"));
    }
  }
}
