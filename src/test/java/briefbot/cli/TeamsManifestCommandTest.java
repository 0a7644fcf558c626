package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamsManifestCommandTest {

  private static final String APP_ID = "6d1f5c1e-0b7a-4c55-9d3e-3f1d0f4b2a10";

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    return Cli.run(args, env, new BufferedReader(new StringReader("")), new PrintWriter(out), new PrintWriter(err),
        Clock.systemUTC());
  }

  @Test
  void writesAnAppPackageTeamsAccepts() throws Exception {
    Path zip = dir.resolve("app.zip");
    int code = run(Map.of("TEAMS_APP_ID", APP_ID, "BRIEFBOT_BASE_URL", "https://brief.example.org/"),
        "teams-manifest", "--out", zip.toString(), "--app-version", "1.2.3");

    assertThat(code).as(err.toString()).isZero();
    Map<String, byte[]> entries = unzip(zip);
    assertThat(entries).containsOnlyKeys("manifest.json", "de.json", "es.json", "fr.json", "nl.json", "color.png",
        "outline.png");
    JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
    assertThat(manifest.path("manifestVersion").asText()).isEqualTo("1.17");
    assertThat(manifest.path("$schema").asText()).contains("v1.17");
    assertThat(manifest.path("version").asText()).isEqualTo("1.2.3");
    assertThat(manifest.path("id").asText()).isEqualTo(APP_ID);
    JsonNode bot = manifest.path("bots").get(0);
    assertThat(bot.path("botId").asText()).isEqualTo(APP_ID);
    assertThat(bot.path("scopes").toString()).contains("personal", "team", "groupChat");
    assertThat(bot.path("commandLists").get(0).path("commands")).isNotEmpty();
    assertThat(manifest.path("validDomains").get(0).asText()).isEqualTo("brief.example.org");
    assertThat(manifest.path("description").path("short").asText().length()).isLessThanOrEqualTo(80);
    assertThat(manifest.path("developer").path("websiteUrl").asText()).startsWith("https://");
    // Teams shows the name, descriptions and the help command's description in the client's language
    assertThat(manifest.at("/localizationInfo/defaultLanguageTag").asText()).isEqualTo("en");
    assertThat(manifest.at("/localizationInfo/additionalLanguages").findValuesAsText("file"))
        .containsExactly("de.json", "es.json", "fr.json", "nl.json");
    for (String language : new String[] {"de", "es", "fr", "nl"}) {
      JsonNode words = new ObjectMapper().readTree(entries.get(language + ".json"));
      assertThat(words.path("$schema").asText()).as(language).contains("v1.17/MicrosoftTeams.Localization.schema");
      assertThat(words.path("name.short").asText()).isEqualTo("Briefbot");
      assertThat(words.path("name.full").asText().length()).as(language).isBetween(1, 100);
      assertThat(words.path("description.short").asText().length()).as(language).isBetween(1, 80);
      assertThat(words.path("description.full").asText().length()).as(language).isBetween(1, 4000);
      assertThat(words.path("bots[0].commandLists[0].commands[0].description").asText().length()).as(language)
          .isBetween(1, 128);
      assertThat(words.path("description.full").asText()).as(language)
          .isNotEqualTo(manifest.path("description").path("full").asText());
      assertThat(words.has("bots[0].commandLists[0].commands[0].title")).as("the command stays \"help\"").isFalse();
    }
    assertThat(new ObjectMapper().readTree(entries.get("de.json")).path("description.short").asText())
        .startsWith("Beantwortet Fragen aus Ihren Nachrichtenartikeln");

    BufferedImage color = ImageIO.read(new ByteArrayInputStream(entries.get("color.png")));
    BufferedImage outline = ImageIO.read(new ByteArrayInputStream(entries.get("outline.png")));
    assertThat(color.getWidth()).isEqualTo(192);
    assertThat(color.getHeight()).isEqualTo(192);
    assertThat(outline.getWidth()).isEqualTo(32);
    assertThat(outline.getHeight()).isEqualTo(32);
    int drawn = 0;
    for (int x = 0; x < 32; x++) {
      for (int y = 0; y < 32; y++) {
        int argb = outline.getRGB(x, y);
        if ((argb >>> 24) != 0) {
          drawn++;
          assertThat(argb & 0xFFFFFF).as("outline pixels are white").isEqualTo(0xFFFFFF);
        }
      }
    }
    assertThat(drawn).isBetween(32, 32 * 32 / 2);
  }

  @Test
  void withoutAnAppIdItNamesTheMissingSetting() {
    int code = run(Map.of("BRIEFBOT_BASE_URL", "https://brief.example.org"), "teams-manifest", "--out",
        dir.resolve("x.zip").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("TEAMS_APP_ID").doesNotContain("Exception");
    assertThat(Files.exists(dir.resolve("x.zip"))).isFalse();
  }

  @Test
  void aLocalBaseUrlIsRefusedBecauseTeamsCannotOpenIt() {
    Map<String, String> env = new HashMap<>(Map.of("TEAMS_APP_ID", APP_ID));
    int code = run(env, "teams-manifest", "--out", dir.resolve("x.zip").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("BRIEFBOT_BASE_URL");
  }

  private static Map<String, byte[]> unzip(Path zip) throws Exception {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
