package briefbot.chat.teams;

import briefbot.chat.Replies;
import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Teams app package: {@code manifest.json} (schema 1.17), its translations ({@code de.json} ...: the name,
 * descriptions and the help command's description, which Teams shows in the client's language) and the two icons,
 * zipped for upload to Teams.
 */
final class AppPackage {

  static final String MANIFEST_VERSION = "1.17";
  /** The languages besides English Briefbot writes in: each gets a localization file. */
  static final List<String> TRANSLATED = Arrays.stream(Settings.Language.values()).map(Settings.Language::code)
      .filter(code -> !code.equals("en")).toList();
  /** Where a localization file's words go in the manifest (the command's title stays "help": commands are English). */
  private static final List<String> PLACES = List.of("name.full", "description.short", "description.full",
      "bots[0].commandLists[0].commands[0].description");
  private static final List<String> KEYS = List.of("teams.app.nameFull", "teams.app.descriptionShort",
      "teams.app.descriptionFull", "teams.app.help");
  private static final String GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static final FileTime EPOCH = FileTime.fromMillis(315_532_800_000L); // 1980-01-01: reproducible zips

  private AppPackage() {}

  static void write(Config config, Path zip, String version) throws IOException {
    String appId = config.require(Settings.TEAMS_APP_ID, "the Teams app package");
    if (!appId.matches(GUID)) {
      throw new ConfigException(config.nameOf(Settings.TEAMS_APP_ID) + " must be the bot's Microsoft App ID (a GUID),"
          + " not '" + appId + "'");
    }
    if (!version.matches("\\d{1,5}\\.\\d{1,5}\\.\\d{1,5}")) {
      throw new ConfigException("the app version must look like 1.0.0, not '" + version + "'");
    }
    String baseUrl = config.baseUrl();
    if (!baseUrl.startsWith("https://")) {
      throw new ConfigException(config.nameOf(Settings.BASE_URL) + " must be Briefbot's public https address for a"
          + " Teams app (citation links open there), not '" + baseUrl + "'");
    }
    byte[] manifest = new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsBytes(manifest(appId, version, baseUrl));
    Path parent = zip.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".teams-app", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
      entry(out, "manifest.json", manifest);
      for (String language : TRANSLATED) {
        entry(out, language + ".json", new ObjectMapper().writerWithDefaultPrettyPrinter()
            .writeValueAsBytes(translation(language)));
      }
      entry(out, "color.png", Icons.color());
      entry(out, "outline.png", Icons.outline());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static ObjectNode manifest(String appId, String version, String baseUrl) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode m = json.createObjectNode()
        .put("$schema", "https://developer.microsoft.com/en-us/json-schemas/teams/v" + MANIFEST_VERSION
            + "/MicrosoftTeams.schema.json")
        .put("manifestVersion", MANIFEST_VERSION)
        .put("version", version)
        .put("id", appId.toLowerCase(Locale.ROOT));
    m.putObject("developer").put("name", "Briefbot").put("websiteUrl", baseUrl).put("privacyUrl", baseUrl)
        .put("termsOfUseUrl", baseUrl);
    Replies english = Replies.in("en");
    m.putObject("name").put("short", "Briefbot").put("full", english.get("teams.app.nameFull"));
    m.putObject("description").put("short", english.get("teams.app.descriptionShort"))
        .put("full", english.get("teams.app.descriptionFull"));
    m.putObject("icons").put("color", "color.png").put("outline", "outline.png");
    m.put("accentColor", Icons.ACCENT_HEX);
    ObjectNode bot = m.putArray("bots").addObject().put("botId", appId.toLowerCase(Locale.ROOT));
    ArrayNode scopes = bot.putArray("scopes").add("personal").add("team").add("groupChat");
    bot.put("supportsFiles", false).put("isNotificationOnly", false);
    ObjectNode commands = bot.putArray("commandLists").addObject();
    commands.set("scopes", scopes.deepCopy());
    commands.putArray("commands").addObject().put("title", "help").put("description", english.get("teams.app.help"));
    m.putArray("permissions").add("identity").add("messageTeamMembers");
    m.putArray("validDomains").add(URI.create(baseUrl).getHost());
    ArrayNode languages = m.putObject("localizationInfo").put("defaultLanguageTag", "en")
        .putArray("additionalLanguages");
    TRANSLATED.forEach(language -> languages.addObject().put("languageTag", language).put("file", language + ".json"));
    return m;
  }

  /** The localization file of {@code language}: what Teams shows a client in that language. */
  static ObjectNode translation(String language) {
    Replies replies = Replies.in(language);
    ObjectNode file = new ObjectMapper().createObjectNode().put("$schema", "https://developer.microsoft.com/en-us/"
        + "json-schemas/teams/v" + MANIFEST_VERSION + "/MicrosoftTeams.Localization.schema.json")
        .put("name.short", "Briefbot");
    for (int i = 0; i < PLACES.size(); i++) {
      file.put(PLACES.get(i), replies.get(KEYS.get(i)));
    }
    return file;
  }

  private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setLastModifiedTime(EPOCH);
    out.putNextEntry(e);
    out.write(bytes);
    out.closeEntry();
  }
}
