package briefbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes unanswerable questions from answerable ones: a copy of a corpus without a share of its articles, and the
 * question set with those articles' questions turned into "held-out" ones that the corpus no longer answers.
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
    if (share <= 0 || share >= 1) {
      throw new IllegalArgumentException("the share to leave out must be between 0 and 1, e.g. 0.25");
    }
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("corpus folder not found: " + corpus);
    }
    if (Files.exists(into.resolve("corpus")) || Files.exists(into.resolve("questions.jsonl"))) {
      throw new IllegalArgumentException(into + " already holds a corpus or questions.jsonl; choose an empty folder");
    }
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
