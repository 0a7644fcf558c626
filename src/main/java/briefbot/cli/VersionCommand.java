package briefbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code briefbot version}: the same line as {@code --version}, for those who type it as a word. */
@Command(name = "version", description = "Print Briefbot's version.")
final class VersionCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(Cli.VERSION);
    return 0;
  }
}
