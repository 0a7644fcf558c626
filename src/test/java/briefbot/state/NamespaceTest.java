package briefbot.state;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.state.sqlite.SqliteState;
import briefbot.testing.TestClock;
import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records kept as JSON in a namespace of the bot state: their field names, ISO instants, and tolerant reading. */
class NamespaceTest {

  record Mark(String name, int count, Instant at) {}

  @TempDir
  Path dir;
  private final TestClock clock = new TestClock("2026-03-28T10:00:00Z");

  @Test
  void aRecordIsStoredAsJsonWithItsComponentNamesAndReadBack() {
    try (BotState state = SqliteState.open(dir, clock)) {
      Namespace<Mark> marks = Namespace.of(state, "test.marks", Mark.class);
      Mark mark = new Mark("a", 2, Instant.parse("2026-03-28T08:00:00Z"));
      marks.put("k", mark);
      assertThat(state.get("test.marks", "k")).contains("{\"name\":\"a\",\"count\":2,\"at\":\"2026-03-28T08:00:00Z\"}");
      assertThat(marks.get("k")).contains(mark);
      assertThat(marks.contains("k")).isTrue();
      assertThat(marks.delete("k")).isTrue();
      assertThat(marks.get("k")).isEmpty();
    }
  }

  @Test
  void fieldsItDoesNotKnowAreIgnoredAndMissingOnesAreEmpty() {
    try (BotState state = SqliteState.open(dir, clock)) {
      state.put("test.marks", "newer", "{\"name\":\"b\",\"count\":1,\"at\":\"2026-03-28T08:00:00Z\",\"extra\":[1]}");
      state.put("test.marks", "older", "{\"name\":\"c\"}");
      Namespace<Mark> marks = Namespace.of(state, "test.marks", Mark.class);
      assertThat(marks.get("newer")).contains(new Mark("b", 1, Instant.parse("2026-03-28T08:00:00Z")));
      assertThat(marks.get("older")).contains(new Mark("c", 0, null));
    }
  }

  @Test
  void anUnreadableEntryIsAbsentAndClaimedKeysAreLeftOut() {
    try (BotState state = SqliteState.open(dir, clock)) {
      state.put("test.marks", "a", "{\"name\":\"a\",\"count\":1,\"at\":null}");
      state.put("test.marks", "broken", "{not json");
      state.put("test.marks", "wrong", "{\"count\":\"many\"}");
      state.claim("test.marks", "claimed");
      Namespace<Mark> marks = Namespace.of(state, "test.marks", Mark.class);
      assertThat(marks.get("broken")).isEmpty();
      assertThat(marks.get("wrong")).isEmpty();
      assertThat(marks.get("claimed")).isEmpty();
      assertThat(marks.all()).containsOnlyKeys("a");
    }
  }

  @Test
  void aGenericTypeIsStoredAsItsJson() {
    try (BotState state = SqliteState.open(dir, clock)) {
      Namespace<List<String>> lists = Namespace.of(state, "test.lists", new TypeReference<List<String>>() {});
      lists.put("k", List.of("one", "two"));
      assertThat(state.get("test.lists", "k")).contains("[\"one\",\"two\"]");
      assertThat(lists.get("k")).contains(List.of("one", "two"));
    }
  }
}
