package briefbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes unanswerable questions from answerable ones: a copy of a corpus without a share of its articles, and the
 * question set with those articles' questions turned into "held-out" ones that the corpus no longer answers; or
 * without a share of the paragraphs that answer questions, their questions turned into near misses (their article is
 * still there, naming the same people, but no longer says what they ask).
 */
public final class LeaveOut {

  /** What was written: the corpus folder, the question file, and how many articles and questions were held out. */
  public record Result(Path corpus, Path questions, int articlesLeftOut, int articlesKept, int heldOut) {}

  private LeaveOut() {}

  /**
   * Writes {@code into/corpus} (every article file of {@code corpus} but the left-out ones) and
   * {@code into/questions.jsonl}; the articles are drawn with {@code seed} among those the questions name.
   */
  public static Result write(Path questionsFile, Path corpus, double share, long seed, Path into) {
    check(share, corpus, into);
    List<EvalQuestion> questions = EvalQuestion.read(questionsFile);
    Set<String> named = questions.stream().map(EvalQuestion::article).filter(a -> a != null)
        .collect(Collectors.toCollection(TreeSet::new));
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> leftOut = new TreeSet<>();
    for (String article : named) {
      if (random.nextDouble() < share && Files.exists(corpus.resolve(article + ".txt"))) {
        leftOut.add(article);
      }
    }
    try {
      Files.createDirectories(into);
      Path staging = Files.createTempDirectory(into, ".leave-out");
      int kept = copyCorpus(corpus, staging.resolve("corpus"), leftOut);
      List<String> lines = new ArrayList<>();
      int heldOut = 0;
      for (EvalQuestion q : questions) {
        boolean held = q.answerable() && leftOut.contains(q.article());
        heldOut += held ? 1 : 0;
        lines.add(held ? q.toJson(false, "held-out") : q.toJson(q.answerable(), q.kind()));
      }
      Files.write(staging.resolve("questions.jsonl"), lines, StandardCharsets.UTF_8);
      Files.move(staging.resolve("corpus"), into.resolve("corpus"), StandardCopyOption.ATOMIC_MOVE);
      Files.move(staging.resolve("questions.jsonl"), into.resolve("questions.jsonl"), StandardCopyOption.ATOMIC_MOVE);
      Files.delete(staging);
      return new Result(into.resolve("corpus"), into.resolve("questions.jsonl"), leftOut.size(), kept, heldOut);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + into + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code into/corpus} with a share of the paragraphs that answer questions removed (drawn with {@code seed})
   * and {@code into/questions.jsonl}: their questions as "near-miss" ones, unanswerable, unless the rest of their
   * article still holds one of their answers (those are left out of the file); every other question with its paragraph
   * renumbered.
   */
  public static Result writeParagraphs(Path questionsFile, Path corpus, double share, long seed, Path into) {
    check(share, corpus, into);
    List<EvalQuestion> questions = EvalQuestion.read(questionsFile);
    Map<String, Set<Integer>> answering = new TreeMap<>();
    questions.stream().filter(q -> q.answerable() && q.article() != null
            && Files.exists(corpus.resolve(q.article() + ".txt")))
        .forEach(q -> answering.computeIfAbsent(q.article(), a -> new TreeSet<>()).add(q.paragraph()));
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Set<Integer>> removed = new TreeMap<>();
    answering.forEach((article, paragraphs) -> paragraphs.forEach(p -> {
      if (random.nextDouble() < share) {
        removed.computeIfAbsent(article, a -> new TreeSet<>()).add(p);
      }
    }));
    try {
      Files.createDirectories(into);
      Path staging = Files.createTempDirectory(into, ".leave-out");
      Path staged = Files.createDirectories(staging.resolve("corpus"));
      Map<String, SetArticle> shortened = new HashMap<>();
      int kept = copyWithout(corpus, staged, removed, shortened);
      List<String> lines = new ArrayList<>();
      int nearMisses = 0;
      for (EvalQuestion q : questions) {
        SetArticle article = shortened.get(q.article());
        Set<Integer> out = removed.getOrDefault(q.article(), Set.of());
        if (!lost(q, article, out)) {
          lines.add(kept(q, article, out));
        } else if (nearMiss(q, article, out)) {
          lines.add(q.toJson(false, "near-miss"));
          nearMisses++;
        }
      }
      Files.write(staging.resolve("questions.jsonl"), lines, StandardCharsets.UTF_8);
      Files.move(staged, into.resolve("corpus"), StandardCopyOption.ATOMIC_MOVE);
      Files.move(staging.resolve("questions.jsonl"), into.resolve("questions.jsonl"), StandardCopyOption.ATOMIC_MOVE);
      Files.delete(staging);
      return new Result(into.resolve("corpus"), into.resolve("questions.jsonl"),
          removed.values().stream().mapToInt(Set::size).sum(), kept, nearMisses);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + into + ": " + e.getMessage(), e);
    }
  }

  /**
   * Copies the corpus's article files into {@code to}, each without its {@code removed} paragraphs; the articles that
   * lost some go into {@code shortened} as they were. Returns how many files were written.
   */
  private static int copyWithout(Path corpus, Path to, Map<String, Set<Integer>> removed,
      Map<String, SetArticle> shortened) throws IOException {
    int kept = 0;
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString();
        Set<Integer> out = removed.getOrDefault(name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name,
            Set.of());
        if (out.isEmpty()) {
          Files.copy(f, to.resolve(name));
        } else {
          SetArticle text = SetArticle.read(f);
          shortened.put(name.substring(0, name.length() - 4), text);
          Files.writeString(to.resolve(name), text.head() + String.join("\n\n", text.without(out)) + "\n");
        }
        kept++;
      }
    }
    return kept;
  }

  /** Whether the question's paragraph is one of those left out of its article. */
  private static boolean lost(EvalQuestion q, SetArticle article, Set<Integer> removed) {
    return article != null && removed.contains(q.paragraph());
  }

  /** A kept question's line: as it was, with its paragraph renumbered where its article lost some before it. */
  private static String kept(EvalQuestion q, SetArticle article, Set<Integer> removed) {
    int[] numbers = article == null ? null : article.numbersWithout(removed);
    return numbers == null || q.paragraph() <= 0 || q.paragraph() >= numbers.length
        ? q.toJson(q.answerable(), q.kind()) : q.renumbered(numbers[q.paragraph()]);
  }

  /** An answerable question whose paragraph is gone and whose article's rest holds none of its answers. */
  private static boolean nearMiss(EvalQuestion q, SetArticle article, Set<Integer> removed) {
    String rest = normal(String.join(" ", article.without(removed)));
    return q.answerable() && q.answers().stream().noneMatch(a -> rest.contains(normal(a)));
  }

  private static void check(double share, Path corpus, Path into) {
    if (share <= 0 || share >= 1) {
      throw new IllegalArgumentException("the share to leave out must be between 0 and 1, e.g. 0.25");
    }
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("corpus folder not found: " + corpus);
    }
    if (Files.exists(into.resolve("corpus")) || Files.exists(into.resolve("questions.jsonl"))) {
      throw new IllegalArgumentException(into + " already holds a corpus or questions.jsonl; choose an empty folder");
    }
  }

  private static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static int copyCorpus(Path from, Path to, Set<String> leftOut) throws IOException {
    Files.createDirectories(to);
    int kept = 0;
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (Files.isRegularFile(f) && !leftOut.contains(id)) {
          Files.copy(f, to.resolve(name));
          kept++;
        }
      }
    }
    return kept;
  }
}
