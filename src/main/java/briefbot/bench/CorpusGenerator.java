package briefbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writes a seeded synthetic news corpus as real article files (front matter, paragraphs, the odd section heading)
 * in five languages, and draws questions from its paragraphs the way a reader would ask about them.
 */
final class CorpusGenerator {

  /** What was written: the folder, its size, and questions about its paragraphs (a tenth about nothing in it). */
  record Generated(Path dir, int articles, int paragraphs, long bytes, List<String> questions) {}

  /** The names and words one paragraph used, to ask about it. */
  private record Used(List<String> names, List<String> words) {}

  private static final double[] LANGUAGE_SHARE = {0.5, 0.2, 0.1, 0.1, 0.1};
  private static final double NO_ANSWER_SHARE = 0.1;

  private final Vocabulary words;
  private final long seed;

  CorpusGenerator(Vocabulary words, long seed) {
    this.words = words;
    this.seed = seed;
  }

  Generated write(Path dir, int paragraphs, int questions, Consumer<String> progress) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<Integer> asked = pickParagraphs(paragraphs, Math.min(questions, paragraphs));
    List<String> drawn = new ArrayList<>();
    int written = 0;
    int articles = 0;
    long bytes = 0;
    long lastReport = System.currentTimeMillis();
    try {
      Files.createDirectories(dir);
      while (written < paragraphs) {
        String language = language(random);
        int count = Math.min(3 + random.nextInt(10), paragraphs - written);
        StringBuilder body = new StringBuilder();
        String title = frontMatter(body, language, random, articles);
        for (int i = 0; i < count; i++) {
          if (i == 3 && random.nextInt(5) == 0) {
            body.append("## ").append(Vocabulary.capitalize(phrase(language, random, null))).append("\n\n");
          }
          Used used = new Used(new ArrayList<>(), new ArrayList<>());
          body.append(paragraph(language, random, used)).append("\n\n");
          if (asked.contains(written + i)) {
            drawn.add(question(language, used, random));
          }
        }
        String text = body.toString().replace("{title}", title);
        Path file = dir.resolve("%s-%07d.md".formatted(language, articles));
        Files.writeString(file, text);
        bytes += text.length();
        written += count;
        articles++;
        if (System.currentTimeMillis() - lastReport > 2_000) {
          progress.accept("generating corpus: %,d/%,d paragraphs".formatted(written, paragraphs));
          lastReport = System.currentTimeMillis();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic corpus to " + dir + ": " + e.getMessage(), e);
    }
    Collections.shuffle(drawn, new Random(seed));
    return new Generated(dir, articles, written, bytes, List.copyOf(drawn));
  }

  private Set<Integer> pickParagraphs(int paragraphs, int count) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5eedL);
    Set<Integer> picked = new HashSet<>();
    while (picked.size() < count) {
      picked.add(random.nextInt(paragraphs));
    }
    return picked;
  }

  private static String language(SplittableRandom random) {
    double u = random.nextDouble();
    for (int i = 0; i < LANGUAGE_SHARE.length; i++) {
      u -= LANGUAGE_SHARE[i];
      if (u < 0) {
        return Vocabulary.LANGUAGES.get(i);
      }
    }
    return "en";
  }

  private String frontMatter(StringBuilder body, String language, SplittableRandom random, int n) {
    String title = Vocabulary.capitalize(person(random) + " " + words.pick(language, "verb", random) + " "
        + words.contentWord(language, random) + " " + words.pick(language, "prep", random) + " "
        + words.pick("*", "place", random));
    LocalDate published = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(600));
    body.append("---\ntitle: {title}\nsource: ").append(words.pick("*", "source", random))
        .append("\nurl: https://news.example/").append(language).append('/').append(n)
        .append("\npublished: ").append(published).append("\n---\n");
    return title;
  }

  private String paragraph(String language, SplittableRandom random, Used used) {
    StringBuilder p = new StringBuilder();
    int sentences = 2 + random.nextInt(2);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        p.append(' ');
      }
      p.append(sentence(language, random, used));
    }
    return p.toString();
  }

  private String sentence(String language, SplittableRandom random, Used used) {
    StringBuilder s = new StringBuilder();
    int subject = random.nextInt(10);
    if (subject < 5) {
      s.append(name(person(random), used));
    } else if (subject < 7) {
      s.append(name(words.pick("*", "org", random), used));
    } else {
      s.append(phrase(language, random, used));
    }
    s.append(' ').append(words.pick(language, "verb", random)).append(' ').append(phrase(language, random, used));
    int extras = 1 + random.nextInt(3);
    for (int i = 0; i < extras; i++) {
      s.append(' ').append(words.pick(language, "prep", random)).append(' ');
      switch (random.nextInt(4)) {
        case 0 -> s.append(name(words.pick("*", "place", random), used));
        case 1 -> s.append(Numbers.figure(language, random, words));
        default -> s.append(phrase(language, random, used));
      }
      if (i == 0 && random.nextInt(3) == 0) {
        s.append(' ').append(words.pick(language, "conj", random)).append(' ').append(phrase(language, random, used));
      }
    }
    if (random.nextInt(3) == 0) {
      s.append(", ").append(words.pick(language, "said", random)).append(' ').append(name(person(random), used));
    }
    return Vocabulary.capitalize(s.toString()) + ".";
  }

  /** A noun phrase: determiner, perhaps an adjective, a content word. */
  private String phrase(String language, SplittableRandom random, Used used) {
    StringBuilder s = new StringBuilder(words.pick(language, "det", random)).append(' ');
    if (random.nextInt(5) < 2) {
      s.append(words.pick(language, "adj", random)).append(' ');
    }
    String word = words.contentWord(language, random);
    if (used != null && !word.contains(" ")) {
      used.words().add(word);
    }
    return s.append(word).toString();
  }

  private String person(SplittableRandom random) {
    return words.pick("*", "first", random) + " " + words.pick("*", "last", random);
  }

  private static String name(String name, Used used) {
    if (used != null) {
      used.names().add(name);
    }
    return name;
  }

  /** A question about the paragraph's first name and two of its words, in its language; some ask about no one. */
  private String question(String language, Used used, SplittableRandom random) {
    String who = used.names().isEmpty() ? "Nobody" : used.names().get(0);
    if (random.nextDouble() < NO_ANSWER_SHARE) {
      who = "Quorvex Zynthal";
    }
    List<String> ws = used.words().isEmpty() ? List.of("news") : used.words();
    String a = ws.get(random.nextInt(ws.size()));
    String b = ws.get(random.nextInt(ws.size()));
    String about = a.equals(b) ? a : a + " " + b;
    return switch (language) {
      case "nl" -> "Wat zei " + who + " over " + about + "?";
      case "de" -> "Was sagte " + who + " über " + about + "?";
      case "fr" -> "Que dit " + who + " sur " + about + " ?";
      case "es" -> "¿Qué dijo " + who + " sobre " + about + "?";
      default -> "What did " + who + " say about " + about + "?";
    };
  }
}
