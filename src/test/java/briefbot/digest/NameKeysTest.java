package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The key a name is grouped by: how two articles that write one name differently are found to share it. */
class NameKeysTest {

  @Test
  void aNameWrittenWithAccentsDotsOrACurlyApostropheHasTheKeyOfItsPlainSpelling() {
    assertThat(Names.key("Zürich")).isEqualTo(Names.key("Zurich")).isEqualTo("zurich");
    assertThat(Names.key("Ōsaka")).isEqualTo("osaka");
    assertThat(Names.key("U.S.")).isEqualTo(Names.key("US")).isEqualTo("us");
    assertThat(Names.key("O’Brien")).isEqualTo(Names.key("O'Brien")).isEqualTo("o'brien");
    assertThat(Names.key("Москва")).isEqualTo("москва");
  }
}
