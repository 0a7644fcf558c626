package briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code bench} options that must fail at once, before any corpus is generated. */
class BenchCommandTest {

  @Test
  void solrWithoutItsUrlFailsWithOneLineNamingTheVariable() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    BufferedReader in = new BufferedReader(new StringReader(""));
    int code = Cli.run(new String[] {"bench", "--solr", "--paragraphs", "100"}, Map.of(), in, new PrintWriter(out),
        new PrintWriter(err), Clock.systemUTC());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).contains("BRIEFBOT_SOLR_URL").doesNotContain("\n").doesNotContain("Exception");
    assertThat(out.toString()).isEmpty();
  }
}
