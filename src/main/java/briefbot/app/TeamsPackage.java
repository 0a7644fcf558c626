package briefbot.app;

import briefbot.chat.teams.TeamsBot;
import briefbot.config.Config;
import java.io.IOException;
import java.nio.file.Path;

/** The Teams app package (manifest and icons) that {@code teams-manifest} writes for a user to upload to Teams. */
public final class TeamsPackage {

  private TeamsPackage() {}

  public static void write(Config config, Path zip, String version) throws IOException {
    TeamsBot.writeAppPackage(config, zip, version);
  }
}
