package briefbot.cli;

import briefbot.text.EditDistance;
import java.util.Collection;
import java.util.Comparator;

/** The command a mistyped one was meant to be: one or two letters off, a swapped pair counting once. */
final class CommandNames {

  private static final int MAX_EDITS = 2;

  private CommandNames() {}

  /** " (did you mean ask?)" for "aks", or nothing when no command is that near. */
  static String guess(String typed, Collection<String> commands) {
    return commands.stream().filter(c -> EditDistance.atMost(typed, c, MAX_EDITS) <= MAX_EDITS)
        .min(Comparator.comparingInt(c -> EditDistance.atMost(typed, c, MAX_EDITS)))
        .map(c -> " (did you mean " + c + "?)").orElse("");
  }
}
