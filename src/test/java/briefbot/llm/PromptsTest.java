package briefbot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import briefbot.retrieval.Passage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsTest {

  static Prompts load(Path dir) {
    return Prompts.load(Config.fromEnv(Map.of(Settings.PROMPTS_DIR.name(), dir.toString())));
  }

  static String text(ChatMessage m) {
    return m instanceof SystemMessage s ? s.text() : ((UserMessage) m).singleText();
  }

  @Test
  void thePromptsFolderWinsAndTheJarFillsInMissingFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("query.txt"), "### system\nSAY {{languages}}\n### user\nQ={{question}} L={{language}}\n");

    Prompts prompts = load(dir);

    List<ChatMessage> query = prompts.query("Waar?", "nl", Set.of("en"));
    assertThat(text(query.get(0))).isEqualTo("SAY English (en)");
    assertThat(text(query.get(1))).isEqualTo("Q=Waar? L=Dutch (nl)");
    Passage p = new Passage("a", "T", null, null, null, "nl", 3, null, "Tekst  van\n de alinea.", Instant.EPOCH, 1);
    List<ChatMessage> answer = prompts.answer("What?", "en", List.of(p));
    assertThat(text(answer.get(1))).contains("[1] T", "Tekst van de alinea.", "What?").doesNotContain("{{");
  }

  @Test
  void valuesAreInsertedAsTheyAreNeverReadAsTemplate(@TempDir Path dir) {
    Passage p = new Passage("a", "{{question}}", "$1 \\ source", null, null, "en", 1, null, "Text {{count}} $0.",
        Instant.EPOCH, 1);

    String user = text(load(dir).answer("Why {{language}}?", "en", List.of(p)).get(1));

    assertThat(user).contains("[1] {{question}}", "$1 \\ source", "Text {{count}} $0.", "Why {{language}}?");
  }

  @Test
  void anUnknownVariableOrAMissingSectionStopsStartUp(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("answer.txt"), "### system\nx {{passages}} {{secret}}\n### user\n{{question}}\n");
    assertThatThrownBy(() -> load(dir)).isInstanceOf(ConfigException.class).hasMessageContaining("{{secret}}");

    Files.writeString(dir.resolve("answer.txt"), "just text {{question}}\n");
    assertThatThrownBy(() -> load(dir)).isInstanceOf(ConfigException.class).hasMessageContaining("### user");
  }

  @Test
  void aPromptsFolderThatIsNotThereIsNamed() {
    assertThatThrownBy(() -> Prompts.load(Config.fromEnv(Map.of(Settings.PROMPTS_DIR.name(), "/no/such/prompts"))))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("BRIEFBOT_PROMPTS_DIR is not a folder");
  }
}
