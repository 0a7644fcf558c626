package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.testing.TestClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Filters written into a question come out of its words and into the index's filter. */
class FiltersTest {

  private final TestClock clock = new TestClock("2024-11-13T10:00:00Z"); // a Wednesday

  @Test
  void tokensComeOutOfTheQuestionAndIntoTheFilter() {
    Filters.Parsed p = Filters.parse("What did Rutte say? from:Reuters lang:NL since:2024-11-01 until:2024-12-01",
        clock);
    assertThat(p.text()).isEqualTo("What did Rutte say?");
    assertThat(p.filter().sources()).isNotEmpty();
    assertThat(p.filter().languages()).containsExactly("nl");
    assertThat(p.filter().since()).isEqualTo(Instant.parse("2024-11-01T00:00:00Z"));
    assertThat(p.filter().until()).isEqualTo(Instant.parse("2024-12-01T00:00:00Z"));
    assertThat(p.spec()).isEqualTo("from:Reuters lang:nl since:2024-11-01 until:2024-12-01");
    assertThat(Filters.parse("from:\"El Tiempo\" what about China?", clock).spec()).isEqualTo("from:\"El Tiempo\"");
  }

  @Test
  void wordsForTimeSetTheStartDay() {
    assertThat(Filters.parse("What happened this week?", clock).filter().since())
        .isEqualTo(Instant.parse("2024-11-11T00:00:00Z"));
    assertThat(Filters.parse("Wat gebeurde er sinds gisteren?", clock).filter().since())
        .isEqualTo(Instant.parse("2024-11-12T00:00:00Z"));
    Filters.Parsed month = Filters.parse("Who won this month?", clock);
    assertThat(month.text()).isEqualTo("Who won?");
    assertThat(month.spec()).isEqualTo("since:2024-11-01");
    assertThat(Filters.parse("since:7d what?", clock).filter().since()).isEqualTo(Instant.parse("2024-11-06T00:00:00Z"));
  }

  @Test
  void urlsTimesAndPlainQuestionsAreNotFilters() {
    for (String q : new String[] {"What did https://example.org/a say?", "Did the talks end at 10:30?",
        "What is Russia giving Iran?", "Note: who said it?"}) {
      Filters.Parsed p = Filters.parse(q, clock);
      assertThat(p.filtered()).as(q).isFalse();
      assertThat(p.filter().none()).as(q).isTrue();
      assertThat(p.text()).as(q).isEqualTo(q);
    }
  }

  @Test
  void anUnknownFilterOrABadValueGetsAShortHint() {
    assertThatThrownBy(() -> Filters.parse("colour:red what?", clock)).isInstanceOf(BadQuestion.class)
        .hasMessageContaining("colour:").hasMessageContaining(Filters.HINT);
    assertThatThrownBy(() -> Filters.parse("since:last-tuesday what?", clock)).isInstanceOf(BadQuestion.class)
        .hasMessageContaining("2024-11-01");
    assertThatThrownBy(() -> Filters.parse("lang:dutch what?", clock)).isInstanceOf(BadQuestion.class)
        .hasMessageContaining("two-letter");
  }
}
