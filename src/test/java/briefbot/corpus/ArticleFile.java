package briefbot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test-data builder for article files: front matter and paragraphs, written into a corpus folder. */
public final class ArticleFile {

  private String id = "article";
  private String title;
  private String source;
  private String url;
  private String published;
  private String language;
  private final List<String> blocks = new ArrayList<>();

  public static ArticleFile anArticle(String id) {
    ArticleFile a = new ArticleFile();
    a.id = id;
    return a;
  }

  public ArticleFile title(String value) {
    title = value;
    return this;
  }

  public ArticleFile source(String value) {
    source = value;
    return this;
  }

  public ArticleFile url(String value) {
    url = value;
    return this;
  }

  public ArticleFile published(String value) {
    published = value;
    return this;
  }

  public ArticleFile language(String value) {
    language = value;
    return this;
  }

  /** Adds a block of text; blocks are separated by blank lines in the file. */
  public ArticleFile paragraph(String text) {
    blocks.add(text);
    return this;
  }

  public String text() {
    StringBuilder sb = new StringBuilder();
    if (title != null || source != null || url != null || published != null || language != null) {
      sb.append("---\n");
      line(sb, "title", title);
      line(sb, "source", source);
      line(sb, "url", url);
      line(sb, "published", published);
      line(sb, "language", language);
      sb.append("---\n");
    }
    sb.append(String.join("\n\n", blocks)).append('\n');
    return sb.toString();
  }

  private static void line(StringBuilder sb, String key, String value) {
    if (value != null) {
      sb.append(key).append(": \"").append(value.replace("\"", "\\\"")).append("\"\n");
    }
  }

  /** Writes {@code id.txt} into the folder and returns its path. */
  public Path writeTo(Path corpusDir) {
    try {
      Files.createDirectories(corpusDir);
      return Files.writeString(corpusDir.resolve(id + ".txt"), text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes an article of these paragraphs into the folder: the short form for hand-made test corpora. */
  public static Path write(Path corpusDir, String id, String language, String title, String... paragraphs) {
    ArticleFile article = anArticle(id).title(title).language(language);
    List.of(paragraphs).forEach(article::paragraph);
    return article.writeTo(corpusDir);
  }

  /** Parses the article as the corpus would. */
  public Article parse() {
    return Corpus.parse(id, text(), "hash-" + id, id + ".txt");
  }
}
