package briefbot.answer;

import static briefbot.answer.RoleVerbs.SUPPORT_NOUNS;
import static briefbot.answer.RoleWords.BOUNDARIES;
import static briefbot.answer.RoleWords.REACH;

import briefbot.answer.Roles.Frame;
import briefbot.answer.Roles.Kind;
import briefbot.answer.Roles.Mention;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What is given in exchange ("in return for Iran's support"): it flows against the sentence's main transfer. */
final class Exchanges {

  /** The phrases that open what is given in return, in the check's languages. */
  private static final List<List<String>> EXCHANGE = List.of(List.of("in", "exchange", "for"),
      List.of("in", "return", "for"), List.of("in", "ruil", "voor"), List.of("als", "tegenprestatie", "voor"),
      List.of("im", "gegenzug", "für"), List.of("en", "échange", "de"), List.of("a", "cambio", "de"));

  /** "In exchange for Iran's support ... Moscow provides": what is given in exchange flows the other way. */
  static void add(List<Names.Token> tokens, Mention[] at, List<Frame> frames, String language,
      Function<String, Set<String>> thing) {
    List<String> folded = tokens.stream().map(Names.Token::folded).toList();
    for (List<String> phrase : EXCHANGE) {
      int start = Collections.indexOfSubList(folded, phrase);
      if (start < 0) {
        continue;
      }
      Optional<Frame> main = frames.stream().filter(f -> f.kind() == Kind.TRANSFER && !f.agents().isEmpty()
          && !SUPPORT_NOUNS.contains(f.verb())).findFirst();
      if (main.isEmpty()) {
        return;
      }
      Set<String> things = new HashSet<>();
      for (int i = start + phrase.size(); i < tokens.size() && i < start + phrase.size() + REACH; i++) {
        Names.Token t = tokens.get(i);
        if (BOUNDARIES.contains(t.folded()) || t.folded().equals(",")) {
          break;
        }
        if (t.word() && at[i] == null && !Words.isStopWord(t.folded())) {
          things.addAll(thing.apply(t.folded()));
        }
      }
      frames.add(new Frame(Kind.TRANSFER, main.get().patients(), main.get().agents(), things, "exchange",
          Set.of("exchange"), language));
      return;
    }
  }

  private Exchanges() {}
}
