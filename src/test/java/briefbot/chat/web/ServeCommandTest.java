package briefbot.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.cli.Cli;
import briefbot.config.Config;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's start-up checks: a bad setting stops it with one line naming the variable. */
class ServeCommandTest {

  @TempDir
  Path dir;

  @Test
  void aMalformedPortStopsStartUpNamingTheVariable() {
    StringWriter err = new StringWriter();
    int code = run(Map.of("BRIEFBOT_PORT", "eighty", "BRIEFBOT_DATA_DIR", dir.toString()), err, "serve");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("briefbot: BRIEFBOT_PORT").doesNotContain("\tat ");
  }

  @Test
  void aMissingCorpusFolderStopsStartUpWithOneLine() {
    StringWriter err = new StringWriter();
    int code = run(Map.of("BRIEFBOT_DATA_DIR", dir.resolve("data").toString()), err, "serve", "--corpus",
        dir.resolve("absent").toString(), "--port", "0");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("briefbot: corpus folder not found").doesNotContain("\n");
  }

  @Test
  void readerLinksFollowThePortWhenNoBaseUrlIsSet() {
    assertThat(Config.fromEnv(Map.of("BRIEFBOT_PORT", "9091")).baseUrl()).isEqualTo("http://localhost:9091");
    assertThat(Config.fromEnv(Map.of("BRIEFBOT_PORT", "9091", "BRIEFBOT_BASE_URL", "https://brief.example.org/"))
        .baseUrl()).isEqualTo("https://brief.example.org");
  }

  private static int run(Map<String, String> env, StringWriter err, String... args) {
    PrintWriter out = new PrintWriter(new StringWriter());
    return Cli.run(args, env, new BufferedReader(new StringReader("")), out, new PrintWriter(err), Clock.systemUTC());
  }
}
