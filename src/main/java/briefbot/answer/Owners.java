package briefbot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Whose a thing is ("Biden's memorandum", "the Russian war economy"), which a claim may not give another owner. */
final class Owners {

  /**
   * A thing and its owner; the thing as its English stems and those of its translations, to compare across
   * languages.
   */
  record Owned(Set<String> owner, Set<String> things, String shown) {}

  /** A country's adjective ("Russian", "Chinese", "Japanse", "Russische", "français"), not its name. */
  private static final Pattern DEMONYM = Pattern.compile(
      "\\p{L}{2,}(?:ian|ean|an|ese|ish|ch|se|sche|sch|ischen|ische|isch|ais|aise|ano|ana|es|esa)");

  /** "of" between a thing and its owner, in the five languages. */
  private static final Set<String> OF = Set.of("of", "van", "von", "des", "de", "del");
  /** "with" after the owner: "the cooperation of North Korea with Russia" is North Korea's, not Russia's. */
  private static final Set<String> WITH_PARTNER = Set.of("with", "met", "mit", "avec", "con");

  private Owners() {}

  /**
   * The things a text gives an owner: "Biden's memorandum", and "de samenwerking van Noord-Korea met Rusland" (a thing
   * of someone with someone else: whose it is, not what it is done to, as "the invasion of Ukraine" would be).
   */
  static List<Owned> of(List<Names.Token> tokens, List<Roles.Mention> mentions, String language,
      BiFunction<String, String, Set<String>> thingKeys) {
    List<Owned> out = new ArrayList<>();
    for (Roles.Mention m : mentions) {
      int last = m.end() - 1;
      // a stop word of another language is a thing all the same ("war" is German for "was")
      int thing = m.end() < tokens.size() && tokens.get(m.end()).word()
          && !Words.isStopWord(tokens.get(m.end()).folded(), language) ? m.end() : -1;
      if (thing >= 0 && tokens.get(last).text().matches(".*\\p{L}['’]s?")) {
        out.add(new Owned(m.keys(), thingKeys.apply(tokens.get(thing).folded(), language), tokens.get(thing).text()));
      } else if (thing >= 0 && !m.person() && m.end() == m.start() + 1
          && DEMONYM.matcher(tokens.get(m.start()).folded()).matches()
          && Character.isLowerCase(tokens.get(m.end()).text().charAt(0))) {
        // "the Russian war economy" is Russia's, as "Russia's war economy" is
        out.add(new Owned(m.keys(), thingKeys.apply(tokens.get(thing).folded(), language), tokens.get(thing).text()));
      } else if (m.start() >= 2 && OF.contains(tokens.get(m.start() - 1).folded()) && m.end() < tokens.size()
          && WITH_PARTNER.contains(tokens.get(m.end()).folded()) && tokens.get(m.start() - 2).word()
          && !Words.isStopWord(tokens.get(m.start() - 2).folded())) {
        Names.Token owned = tokens.get(m.start() - 2);
        out.add(new Owned(m.keys(), thingKeys.apply(owned.folded(), language), owned.text()));
      }
    }
    return out;
  }

  /**
   * Why the claim gives a thing to another owner than its paragraphs do, if it does: "Trump's memorandum" where every
   * cited paragraph that says whose memorandum it is says "Biden's memorandum".
   */
  static Optional<String> otherOwner(List<Owned> mine, List<Owned> theirs) {
    for (Owned o : mine) {
      List<Owned> same = theirs.stream().filter(t -> !Collections.disjoint(t.things(), o.things())).toList();
      if (!same.isEmpty() && same.stream().allMatch(t -> Collections.disjoint(t.owner(), o.owner()))) {
        return Optional.of("the cited paragraph says whose " + o.shown() + " it is");
      }
    }
    return Optional.empty();
  }
}
