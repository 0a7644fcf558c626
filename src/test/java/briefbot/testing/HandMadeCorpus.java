package briefbot.testing;

import briefbot.app.Briefbot;
import briefbot.corpus.ArticleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Test fixture: a Briefbot over the few articles a test writes itself, with the settings it names, in a temp folder.
 * A test class that opens one for all its tests takes it as its {@code @BeforeAll} method's parameter, with
 * {@code @ExtendWith(HandMadeCorpus.InTempFolder.class)}: the folder is its own, and what it opened is closed after
 * the class's tests.
 */
public final class HandMadeCorpus {

  private final Path dir;
  private final Map<String, String> settings = new HashMap<>();
  private final List<Briefbot> opened = new ArrayList<>();

  private HandMadeCorpus(Path dir) {
    this.dir = dir;
  }

  /** A corpus in {@code dir}/corpus, indexed into {@code dir}/data. */
  public static HandMadeCorpus in(Path dir) {
    return new HandMadeCorpus(dir);
  }

  /** Writes an article of these paragraphs into the corpus. */
  public HandMadeCorpus article(String id, String language, String title, String... paragraphs) {
    ArticleFile.write(dir.resolve("corpus"), id, language, title, paragraphs);
    return this;
  }

  /** Sets a setting as the environment would (BRIEFBOT_WORD_LISTS, BRIEFBOT_DICTIONARIES, ...). */
  public HandMadeCorpus setting(String name, String value) {
    settings.put(name, value);
    return this;
  }

  /**
   * A new folder beside the corpus that the setting names, for the files the test puts there (a dictionary, a word
   * list).
   */
  public Path folderFor(String setting) {
    Path folder = dir.resolve(setting.toLowerCase(Locale.ROOT));
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    settings.put(setting, folder.toString());
    return folder;
  }

  /** The folder where a Briefbot keeps what it makes of the test's dictionaries and place names. */
  public Path cache() {
    return dir.resolve("cache");
  }

  /** A Briefbot over the articles written, with the settings set, already indexed. */
  public Briefbot open() {
    Briefbot bot = SeedCorpus.open(dir, settings);
    opened.add(bot);
    return bot;
  }

  /**
   * Gives a {@code @BeforeAll} method's {@code HandMadeCorpus} parameter a corpus in a new temp folder; after the
   * class's tests, closes every Briefbot opened on it and deletes the folder.
   */
  public static final class InTempFolder implements ParameterResolver, AfterAllCallback {

    private static final ExtensionContext.Namespace CORPORA = ExtensionContext.Namespace.create(InTempFolder.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == HandMadeCorpus.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      try {
        HandMadeCorpus corpus = in(Files.createTempDirectory("briefbot-test"));
        corpora(context).add(corpus);
        return corpus;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
      for (HandMadeCorpus corpus : corpora(context)) {
        corpus.opened.forEach(Briefbot::close);
        try (Stream<Path> files = Files.walk(corpus.dir)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(file);
          }
        }
      }
    }

    @SuppressWarnings("unchecked")
    private static List<HandMadeCorpus> corpora(ExtensionContext context) {
      return context.getStore(CORPORA).getOrComputeIfAbsent("corpora", key -> new ArrayList<HandMadeCorpus>(),
          List.class);
    }
  }
}
