package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.config.Config;
import briefbot.testing.SeedCorpus;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's start-up checks: a bad setting stops it with one line naming the flag, else the variable. */
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
  void aMalformedPortFlagIsNamedAsTheFlag() {
    StringWriter err = new StringWriter();
    int code = run(Map.of("BRIEFBOT_PORT", "8080", "BRIEFBOT_DATA_DIR", dir.toString()), err, "serve", "--port",
        "99999");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("briefbot: --port must be a port number from 0 to 65535, not '99999'");
  }

  @Test
  void aMalformedBaseUrlFlagIsNamedAsTheFlag() {
    StringWriter err = new StringWriter();
    int code = run(Map.of("BRIEFBOT_DATA_DIR", dir.toString()), err, "serve", "--base-url", "ftp://brief.example.org");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("briefbot: --base-url must be an http(s) URL, not 'ftp://brief.example.org'");
    StringWriter fromEnv = new StringWriter();
    run(Map.of("BRIEFBOT_DATA_DIR", dir.toString(), "BRIEFBOT_BASE_URL", "brief.example.org"), fromEnv, "serve");
    assertThat(fromEnv.toString()).startsWith("briefbot: BRIEFBOT_BASE_URL must be an http(s) URL");
  }

  @Test
  void aMissingCorpusFolderStopsStartUpWithOneLineNamingWhereItWasSet() {
    StringWriter err = new StringWriter();
    int code = run(Map.of("BRIEFBOT_DATA_DIR", dir.resolve("data").toString()), err, "serve", "--corpus",
        dir.resolve("absent").toString(), "--port", "0");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("briefbot: corpus folder not found").endsWith("(--corpus)")
        .doesNotContain("\n");
    StringWriter fromEnv = new StringWriter();
    run(Map.of("BRIEFBOT_DATA_DIR", dir.resolve("data").toString(), "BRIEFBOT_CORPUS_DIR",
        dir.resolve("absent").toString()), fromEnv, "serve", "--port", "0");
    assertThat(fromEnv.toString().strip()).endsWith("(BRIEFBOT_CORPUS_DIR)");
  }

  @Test
  void aDataFolderThatCannotBeMadeIsNamedAsTheFlag() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    Files.createDirectories(dir.resolve("corpus"));
    StringWriter err = new StringWriter();
    int code = run(Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString()), err, "serve", "--data",
        file.resolve("data").toString(), "--port", "0");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("briefbot: --data must be a folder Briefbot can write, not '"
        + file.resolve("data") + "'");
  }

  @Test
  void aPortInUseStopsStartUpAtOnceSayingSoAndOpensNothing() throws Exception {
    SeedCorpus.copyTo(dir);
    try (ServerSocket taken = new ServerSocket(0)) {
      String port = Integer.toString(taken.getLocalPort());
      StringWriter err = new StringWriter();
      int code = run(Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString(), "BRIEFBOT_DATA_DIR",
          dir.resolve("data").toString()), err, "serve", "--port", port);
      assertThat(code).isEqualTo(1);
      assertThat(err.toString().strip()).isEqualTo("briefbot: port " + port + " is already in use (another"
          + " briefbot serve?): stop that one, or choose another port with --port");
      assertThat(dir.resolve("data")).doesNotExist(); // checked before the index or the bot state opens
      StringWriter fromEnv = new StringWriter();
      run(Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString(), "BRIEFBOT_DATA_DIR",
          dir.resolve("data").toString(), "BRIEFBOT_PORT", port), fromEnv, "serve");
      assertThat(fromEnv.toString().strip()).endsWith("choose another port with BRIEFBOT_PORT");
    }
  }

  @Test
  void theServingLineSaysWhichChatAppsAreOnAndWhereToReadHowToTurnOnTheOthers() {
    assertThat(ServeCommand.chatApps(List.of())).isEqualTo("Slack and Teams off (docs/slack.md, docs/teams.md)");
    assertThat(ServeCommand.chatApps(List.of("Slack"))).isEqualTo("Slack on · Teams off (docs/teams.md)");
    assertThat(ServeCommand.chatApps(List.of("Teams"))).isEqualTo("Teams on · Slack off (docs/slack.md)");
    assertThat(ServeCommand.chatApps(List.of("Slack", "Teams"))).isEqualTo("Slack and Teams on");
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
