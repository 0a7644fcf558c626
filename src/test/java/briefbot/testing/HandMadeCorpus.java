package briefbot.testing;

import briefbot.app.Briefbot;
import briefbot.corpus.ArticleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Test fixture: a Briefbot over the few articles a test writes itself, with the settings it names, in a temp folder. */
public final class HandMadeCorpus {

  private final Path dir;
  private final Map<String, String> settings = new HashMap<>();

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

  /** A Briefbot over the articles written, with the settings set, already indexed. */
  public Briefbot open() {
    return SeedCorpus.open(dir, settings);
  }
}
