package briefbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md lists every setting of {@link Settings} with its type, default and description, in tables
 * generated from the declaration; a setting added without docs, or docs that name a variable nobody reads, fail here.
 * To rewrite the tables after changing the declaration:
 * {@code .ci/mvn -q test -Dtest=ConfigurationDocTest -Dbriefbot.docs.write=true}.
 */
class ConfigurationDocTest {

  static final Path DOC = Path.of("docs/configuration.md");
  static final String BEGIN = "<!-- settings: generated from src/main/java/briefbot/config/Settings.java -->";
  static final String END = "<!-- settings: end -->";
  /** A variable's name, or a prefix that stands for several ({@code BRIEFBOT_SOLR_*}). */
  private static final Pattern VARIABLE = Pattern.compile("\\b(?:BRIEFBOT|SLACK|TEAMS|OPENAI|AZURE|OLLAMA)_[A-Z0-9_]+\\*?");
  private static final Pattern NAME_AS_STRING = Pattern.compile("\"(?:BRIEFBOT|SLACK|TEAMS|OPENAI|AZURE|OLLAMA)_[A-Z0-9_]+\"");

  @Test
  void theDocListsEverySettingAsDeclared() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertThat(begin).as("%s has the markers %s ... %s", DOC, BEGIN, END).isNotNegative().isLessThan(end);
    String tables = tables();
    String current = doc.substring(begin + BEGIN.length(), end);
    if (Boolean.getBoolean("briefbot.docs.write") && !current.equals(tables)) {
      Files.writeString(DOC, doc.substring(0, begin + BEGIN.length()) + tables + doc.substring(end),
          StandardCharsets.UTF_8);
      current = tables;
    }
    assertThat(current).as("the settings tables of %s are out of date: run .ci/mvn -q test "
        + "-Dtest=ConfigurationDocTest -Dbriefbot.docs.write=true", DOC).isEqualTo(tables);
  }

  @Test
  void theDocsAndReadmeNameOnlyDeclaredSettings() throws IOException {
    Set<String> declared = Settings.all().stream().map(Setting::name).collect(Collectors.toSet());
    declared.addAll(launcherVariables());
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> files = Files.list(Path.of("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
    }
    for (Path doc : docs) {
      Set<String> named = new TreeSet<>();
      Matcher m = VARIABLE.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        String name = m.group();
        boolean known = name.endsWith("*") ? declared.stream().anyMatch(d -> d.startsWith(name.replace("*", "")))
            : declared.contains(name);
        if (!known) {
          named.add(name);
        }
      }
      assertThat(named).as("%s names settings Briefbot does not read", doc).isEmpty();
    }
  }

  /** The variables the launcher script reads ({@code ${BRIEFBOT_JAR:-...}}): the JVM's, not Briefbot's settings. */
  private static Set<String> launcherVariables() throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\$\\{(BRIEFBOT_[A-Z0-9_]+)").matcher(Files.readString(Path.of("bin/briefbot")));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Only the settings package reads the environment: elsewhere a variable's name is never a string of its own. */
  @Test
  void noOtherCodeReadsAVariableByName() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/briefbot"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (file.startsWith(Path.of("src/main/java/briefbot/config"))) {
          continue;
        }
        Matcher m = NAME_AS_STRING.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(file + ": " + m.group());
        }
      }
    }
    assertThat(found).as("read these through briefbot.config.Settings").isEmpty();
  }

  /** The tables: one per group, in the declaration's order. */
  static String tables() {
    StringBuilder out = new StringBuilder("\n");
    Setting.Group group = null;
    for (Setting<?> s : Settings.all()) {
      if (s.group() != group) {
        group = s.group();
        out.append("\n## ").append(group.title()).append("\n\n");
        out.append("| variable | type | default | what it is for |\n|---|---|---|---|\n");
      }
      out.append("| `").append(s.name()).append("` | ").append(s.kind()).append(" | ").append(fallback(s))
          .append(" | ").append(s.description().replace("|", "\\|")).append(" |\n");
    }
    return out.append('\n').toString();
  }

  private static String fallback(Setting<?> s) {
    if (s.defaultText() != null) {
      return "`" + s.defaultText() + "`";
    }
    return s.defaultNote() == null ? "—" : s.defaultNote();
  }
}
