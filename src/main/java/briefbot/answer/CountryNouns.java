package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Common nouns for what a paragraph names: "the two countries" for Japan and South Korea, "the capital", "the
 * allies"; and a country's officials ("Japanese officials"), whom the paragraph must name as that country's.
 */
final class CountryNouns {

  /** Common nouns for countries a paragraph names ({@link #namedGenerically}). */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "countries", "nation", "nations", "land",
      "landen", "natie", "naties", "länder");
  /** Common nouns for NATO or its allies; not "member", since who joins is news ("Japan wordt lid van de NAVO"). */
  private static final Set<String> ALLIANCE_NOUNS = Set.of("ally", "allies", "alliance", "bondgenoot", "bondgenoten",
      "bondgenootschap", "alliantie", "verbündete", "bündnis");
  /** A country's entity id (its two-letter code). */
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  /** Nouns for a capital, covered where the paragraph names one ("the Hungarian capital" for "Budapest"). */
  private static final Set<String> CAPITAL_NOUNS = Set.of("capital", "hoofdstad", "hauptstadt", "capitale");
  /** Nouns for a country's officials, whose country says who speaks ("Japanese officials", "Japanse ambtenaren"). */
  private static final Set<String> OFFICIALS = Set.of("officials", "official", "diplomats", "functionarissen",
      "functionaris", "ambtenaren", "ambtenaar", "diplomaten", "beamte", "beamten", "funcionarios");
  /** Words that may stand between the country and its officials: "Japanese intelligence officials". */
  private static final int OFFICIALS_WITHIN = 3;

  private CountryNouns() {}

  /**
   * Whose officials a claim says speak or fear ("Japanese officials fear ...", "Japanse inlichtingenfunctionarissen
   * zeggen ...") must be the paragraph's own: a country its article's headline names does not make the paragraph's
   * White House officials Japanese ones.
   */
  static Optional<String> officialsOf(Support.Claim claim, List<CitedParagraph> backing) {
    List<Names.Token> tokens = claim.tokens();
    List<String> folded = tokens.stream().map(Names.Token::folded).toList();
    for (int i = 0; i < tokens.size(); i++) {
      if (!Names.capitalised(tokens.get(i))) {
        continue;
      }
      Gazetteer.Found found = Gazetteer.get().at(folded, i);
      if (found == null) {
        continue;
      }
      Set<String> countries = new HashSet<>();
      found.entities().stream().map(Gazetteer.Entity::id).filter(e -> COUNTRY.matcher(e).matches())
          .forEach(countries::add);
      boolean officials = false;
      for (int j = found.end(); j < Math.min(tokens.size(), found.end() + OFFICIALS_WITHIN) && tokens.get(j).word()
          && !Names.capitalised(tokens.get(j)); j++) {
        String w = folded.get(j);
        officials |= OFFICIALS.contains(w) || OFFICIALS.stream().anyMatch(o -> o.length() > 8 && w.endsWith(o));
      }
      if (!countries.isEmpty() && officials && backing.stream().noneMatch(s -> s.named().stream()
          .anyMatch(e -> countries.contains(e) || countries.contains(e.replace("capital:", ""))))) {
        return Optional.of("the cited paragraph does not say they are " + tokens.get(i).text() + " officials");
      }
      i = found.end() - 1;
    }
    return Optional.empty();
  }

  /**
   * Whether a claim's word is a common noun for what its paragraphs name: "the two countries" for "Japan and South
   * Korea", "the capital" for Budapest, "the allies" or "the alliance" for NATO, named in the paragraph itself (a
   * title naming NATO does not make every paragraph about its allies). Models write these for names they have just used; the names themselves are
   * checked apart.
   */
  static boolean namedGenerically(String word, List<CitedParagraph> backing) {
    String folded = LanguageDetector.fold(word);
    Set<String> entities = new HashSet<>();
    backing.forEach(s -> entities.addAll(s.named()));
    if (COUNTRY_NOUNS.contains(folded)) {
      return entities.stream().anyMatch(e -> COUNTRY.matcher(e).matches() || e.startsWith("capital:"));
    }
    if (CAPITAL_NOUNS.contains(folded)) {
      return entities.stream().anyMatch(e -> e.startsWith("capital:"));
    }
    return ALLIANCE_NOUNS.contains(folded) && entities.contains("nato");
  }

}
