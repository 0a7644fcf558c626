package briefbot.answer;

import static briefbot.answer.Names.TITLES;
import static briefbot.answer.Names.capitalised;
import static briefbot.answer.Names.tokens;

import briefbot.answer.Names.Token;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an article's paragraphs say of names, read once per article text and kept across checks (a corpus's answers
 * cite the same articles again and again; reading them was about an eighth of the check's thread CPU): who its
 * titles and organisation roles name, and the runs of name parts it writes together, in its order.
 */
record ArticleNames(Map<String, Set<Set<String>>> roles, List<List<String>> names) {

  /** Words between a title and the name it precedes ("secretary general of NATO, Mark Rutte"). */
  private static final Set<String> ROLE_JOINERS = Set.of("of", "the", "van", "de", "het", "der", "des", "du", "del",
      ",", "-");
  /**
   * How far before a person's name a title or organisation may stand, over capitalised words and joiners: "its
   * secretary general, former Norwegian Social Democratic Prime Minister Jens Stoltenberg" names him by all of them.
   */
  private static final int ROLE_REACH = 10;

  private static final int MAX_ARTICLES = 2_000;
  private static final Cache<List<String>, ArticleNames> READ =
      Caffeine.newBuilder().maximumSize(MAX_ARTICLES).executor(Runnable::run).build();
  private static final AtomicLong READINGS = new AtomicLong();

  static ArticleNames of(List<String> paragraphs) {
    return READ.get(List.copyOf(paragraphs), ArticleNames::read);
  }

  private static ArticleNames read(List<String> paragraphs) {
    READINGS.incrementAndGet();
    Map<String, Set<Set<String>>> roles = new HashMap<>();
    List<List<String>> names = new ArrayList<>();
    for (String text : paragraphs) {
      roles(roles, tokens(text));
      names.addAll(nameRuns(tokens(text)));
    }
    return new ArticleNames(roles, names);
  }

  /** How many article texts have been read for names so far (each once while it is kept). */
  static long articlesRead() {
    return READINGS.get();
  }

  /** Records in {@code article} each person written after a title or an organisation ("NATO Secretary-General ..."). */
  static void roles(Map<String, Set<Set<String>>> article, List<Token> tokens) {
    List<String> folded = tokens.stream().map(Token::folded).toList();
    for (int i = 0; i < tokens.size(); i++) {
      Set<String> person = new LinkedHashSet<>();
      int end = i;
      while (end < tokens.size() && personToken(tokens.get(end))) {
        person.add(tokens.get(end).folded());
        end++;
      }
      if (person.isEmpty()) {
        continue;
      }
      if (end < tokens.size() && TITLES.contains(tokens.get(end).folded())) {
        i = end - 1; // what someone is, not who: "Social Democratic" in "Social Democratic Prime Minister"
        continue;
      }
      for (int j = i - 1; j >= 0 && j >= i - ROLE_REACH; j--) {
        String before = tokens.get(j).folded();
        Gazetteer.Found entity = Gazetteer.get().at(folded, j);
        if (TITLES.contains(before)) {
          article.computeIfAbsent(before, k -> new HashSet<>()).add(person);
        } else if (entity != null) {
          entity.entities().forEach(e -> article.computeIfAbsent("@" + e.id(), k -> new HashSet<>()).add(person));
        } else if (!ROLE_JOINERS.contains(before) && !(capitalised(tokens.get(j)) && !tokens.get(j).initial())) {
          break; // a capitalised word mid-sentence is part of the title ("Social Democratic Prime Minister")
        }
      }
      i = end - 1;
    }
  }

  /** The parts of each person's name a text writes in full, to be linked as for the texts of the check. */
  private static List<List<String>> nameRuns(List<Token> tokens) {
    List<List<String>> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (Token t : tokens) {
      if (personToken(t) && !t.initial()) {
        run.add(t.folded());
      } else {
        if (run.size() >= 2) {
          out.add(List.copyOf(run));
        }
        run.clear();
      }
    }
    if (run.size() >= 2) {
      out.add(List.copyOf(run));
    }
    return out;
  }

  private static boolean personToken(Token t) {
    return t.word() && capitalised(t) && !TITLES.contains(t.folded())
        && !t.text().equals(t.text().toUpperCase(Locale.ROOT))
        && Gazetteer.get().at(List.of(t.folded()), 0) == null && !Figures.isCalendarWord(t.folded());
  }
}
