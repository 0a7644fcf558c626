package briefbot.cli;

import briefbot.app.TeamsPackage;
import briefbot.config.Config;
import briefbot.config.Settings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefbot teams-manifest}: writes the Teams app package (manifest and icons) to upload to Teams. */
@Command(name = "teams-manifest", description = "Write the Microsoft Teams app package (a zip to upload to Teams).")
final class TeamsManifestCommand implements Callable<Integer> {

  @Option(names = {"-o", "--out"}, paramLabel = "ZIP", defaultValue = "briefbot-teams.zip",
      description = "where to write the package (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--app-version", paramLabel = "X.Y.Z", defaultValue = "1.0.0",
      description = "the app's version; raise it to update an uploaded app (default: ${DEFAULT-VALUE})")
  String version;

  @Option(names = "--base-url", paramLabel = "URL", description = "Briefbot's public https address (BRIEFBOT_BASE_URL)")
  String baseUrl;

  private final Map<String, String> env;
  private final PrintWriter stdout;

  TeamsManifestCommand(Cli.Context context) {
    this.env = context.env();
    this.stdout = context.out();
  }

  @Override
  public Integer call() throws Exception {
    TeamsPackage.write(Config.fromEnv(env, List.of(new Config.Flag(Settings.BASE_URL, "--base-url", baseUrl))), out,
        version);
    stdout.println("wrote " + out + ": upload it in Teams (Apps > Manage your apps > Upload an app)");
    stdout.flush();
    return 0;
  }
}
