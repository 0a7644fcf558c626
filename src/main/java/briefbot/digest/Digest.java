package briefbot.digest;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.text.Phrases;
import java.time.LocalDate;
import java.util.List;

/**
 * A composed daily digest: a few story items, each a short summary whose {@code [n]} markers name the digest's
 * citations (numbered across the whole digest). A quiet digest has no items and says so in {@code headline}. Its own
 * words (headline, counts, headings) are in {@code language}, its channel's; the stories quote the articles.
 */
public record Digest(LocalDate day, String language, String headline, List<Item> items, List<Citation> citations) {

  public Digest {
    items = List.copyOf(items);
    citations = List.copyOf(citations);
  }

  /** One story: its title, the summary with [n] markers, and how many distinct sources reported it. */
  public record Item(String title, String text, int sources) {}

  public boolean quiet() {
    return items.isEmpty();
  }

  /** The words every surface frames this digest with, in its language. */
  public Words words() {
    return Words.in(language);
  }

  /**
   * The digest's own words in one language (English for one it is not written in), from {@code
   * briefbot/digest/words*.properties}; the sources' "paragraph" and "Sources" are the answers' own labels.
   */
  public record Words(Phrases phrases) {

    /** The words in {@code language}, English for a language the digest is not written in. */
    public static Words in(String language) {
      return new Words(Phrases.of("briefbot.digest.words", language));
    }

    public String language() {
      return phrases.language();
    }

    /** "Briefing for Saturday 28 March 2026: 3 stories from 9 new articles (lang:nl)." */
    String headline(LocalDate day, int stories, int articles, String filter) {
      return word("headline", day(day), stories == 1 ? word("oneStory") : word("stories", String.valueOf(stories)),
          articles == 1 ? word("oneArticle") : word("articles", String.valueOf(articles)),
          filter.isBlank() ? "" : " (" + filter.strip() + ")");
    }

    /** The headline of a day with nothing new. */
    String quiet() {
      return word("quiet");
    }

    /** "Figures differ:", before the figures the sources disagree on. */
    String figuresDiffer() {
      return word("figuresDiffer");
    }

    /** The day as the language writes it: "Saturday 28 March 2026", "zaterdag 28 maart 2026". */
    public String day(LocalDate day) {
      return phrases.day(day);
    }

    /** "reported by 3 sources". */
    public String reportedBy(int sources) {
      return word("reportedBy", String.valueOf(sources));
    }

    /** The heading of the sources under the whole digest (Teams' citation card). */
    public String todaysSources() {
      return word("todaysSources");
    }

    /** The digest's name above its headline: "Briefbot digest". */
    public String title() {
      return word("title");
    }

    /** "…and 2 more stories that do not fit in one Slack message". */
    public String moreStories(int left) {
      return left == 1 ? word("oneMoreStory") : word("moreStories", String.valueOf(left));
    }

    /** "Sources", "paragraph": the answers' labels in this language, so a word is written in one place. */
    public Answer.Labels labels() {
      return Answer.Labels.in(language());
    }

    private String word(String key, String... values) {
      return phrases.get(key, values);
    }
  }
}
