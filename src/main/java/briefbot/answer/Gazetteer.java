package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names of places, peoples and organisations in every form and language the claim check compares ("Japanese",
 * "Japanse" and "Japan" are one entity, "NAVO" is NATO): the countries of the JDK's CLDR data in five languages, and
 * {@code names.tsv} for demonyms, capitals and organisations.
 */
final class Gazetteer {

  /** An entity a name stands for; a capital also stands for its country, except as a place ("in Moscow"). */
  record Entity(String id, String countryOfCapital) {}

  /** A name found in a text: the tokens it spans and the entities it may name. */
  record Found(int start, int end, Set<Entity> entities) {}

  private static final List<String> LANGUAGES = List.of("en", "nl", "de", "fr", "es");
  /** What a demonym adds to its country's name: "Japan-ese", "Japan-se", "Russi-an", "Korea-anse". */
  private static final int MAX_SUFFIX = 5;
  /**
   * A compass point opening a country's two-word name: such a name is also read the other way round ("Korea North" for
   * North Korea, as word-for-word translations write it).
   */
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west");
  private static final Gazetteer INSTANCE = load();

  /** Names by their first token: each name as folded tokens with its entity. */
  private final Map<String, List<Map.Entry<List<String>, Entity>>> byFirst = new HashMap<>();
  /** What each single word is the demonym of (often nothing), worked out once. */
  private final Map<String, Set<Entity>> single = new ConcurrentHashMap<>();
  /** Single-word country names, for demonyms that add a suffix. */
  private final Map<String, Entity> countryStems = new HashMap<>();

  static Gazetteer get() {
    return INSTANCE;
  }

  /** Whether a folded word alone names a place or a people ("uk", "canadian"). */
  static boolean placeOrPeople(String folded) {
    return INSTANCE.at(List.of(folded), 0) != null;
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    for (String code : Locale.getISOCountries()) {
      Entity country = new Entity(code, null);
      for (String language : LANGUAGES) {
        String name = Locale.of("", code).getDisplayCountry(Locale.forLanguageTag(language));
        if (!name.isBlank() && !name.equals(code)) {
          g.add(name, country);
          List<String> tokens = tokens(name);
          if (tokens.size() == 2 && DIRECTIONS.contains(tokens.get(0))) {
            g.add(tokens.get(1) + " " + tokens.get(0), country); // a translation's "Korea North"
          }
          if (tokens.size() == 1 && tokens.get(0).length() >= 4) {
            g.countryStems.put(tokens.get(0), country);
          }
        }
      }
    }
    try (InputStream in = Gazetteer.class.getResourceAsStream("names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("names.tsv is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        Entity entity = columns[0].startsWith("@") ? new Entity(columns[0].substring(1), null)
            : columns[0].startsWith("~") ? new Entity("capital:" + columns[0].substring(1), columns[0].substring(1))
            : new Entity(columns[0], null);
        for (String variant : columns[1].split("\\|")) {
          g.add(variant, entity);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return g;
  }

  private void add(String name, Entity entity) {
    List<String> tokens = tokens(name);
    if (!tokens.isEmpty()) {
      byFirst.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(Map.entry(tokens, entity));
    }
  }

  /** A name's folded tokens, as texts are split for matching. */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : LanguageDetector.fold(name).split("[\\s’']+|(?<=\\p{L})[.](?=\\s|$)")) {
      if (!t.isBlank()) {
        out.add(t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "").replace(".", ""));
      }
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  /** The longest name starting at token {@code i} of folded {@code tokens}, or null. */
  Found at(List<String> tokens, int i) {
    int longest = 0;
    Set<Entity> entities = new HashSet<>();
    for (var entry : byFirst.getOrDefault(tokens.get(i), List.of())) {
      List<String> name = entry.getKey();
      if (i + name.size() <= tokens.size() && tokens.subList(i, i + name.size()).equals(name)) {
        if (name.size() > longest) {
          longest = name.size();
          entities.clear();
        }
        if (name.size() == longest) {
          entities.add(entry.getValue());
        }
      }
    }
    return longest > 0 ? new Found(i, i + longest, entities) : demonym(tokens, i);
  }

  /** "North Korean" or "Koreaanse": a country's name with a short suffix, within the name's last token. */
  private Found demonym(List<String> tokens, int i) {
    Found found = null;
    for (int len = 3; len >= 1; len--) {
      if (i + len > tokens.size() || len > 1 && !byFirst.containsKey(tokens.get(i))) {
        continue;
      }
      if (len == 1) {
        Set<Entity> entities = single.computeIfAbsent(tokens.get(i), this::demonymOf);
        return entities.isEmpty() ? null : new Found(i, i + 1, new HashSet<>(entities));
      }
      String last = tokens.get(i + len - 1);
      for (int cut = Math.max(3, last.length() - MAX_SUFFIX); cut < last.length(); cut++) {
        List<String> name = new ArrayList<>(tokens.subList(i, i + len - 1));
        name.add(last.substring(0, cut));
        Set<Entity> entities = countries(name);
        if (!entities.isEmpty()) {
          if (found == null) {
            found = new Found(i, i + len, new HashSet<>());
          }
          found.entities().addAll(entities);
        }
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private Set<Entity> demonymOf(String token) {
    Set<Entity> out = new HashSet<>();
    for (int cut = Math.max(3, token.length() - MAX_SUFFIX); cut < token.length(); cut++) {
      out.addAll(countries(List.of(token.substring(0, cut))));
    }
    return Set.copyOf(out);
  }

  /** The countries whose name is these tokens, or these tokens and a final vowel ("Chin-a" for "Chin-ese"). */
  private Set<Entity> countries(List<String> name) {
    Set<Entity> out = new HashSet<>();
    String joined = String.join(" ", name);
    for (String candidate : List.of(joined, joined + "a", joined + "e", joined + "o", joined + "ia")) {
      List<String> candidateTokens = List.of(candidate.split(" "));
      for (var entry : byFirst.getOrDefault(candidateTokens.get(0), List.of())) {
        if (entry.getKey().equals(candidateTokens) && entry.getValue().countryOfCapital() == null
            && entry.getValue().id().length() == 2 && String.join("", candidateTokens).length() >= 4) {
          out.add(entry.getValue());
        }
      }
    }
    return out;
  }
}
