package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclaredCharsetTest {

  private static final String BODY = "<body><p>Caf\u00e9 cr\u00e8me</p></body></html>";

  /** What jsoup itself finds when given no charset: the scan must agree with it. */
  private static String jsoupFinds(byte[] html) throws Exception {
    return Jsoup.parse(new ByteArrayInputStream(html), null, "https://x.example/").charset().name();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "<html><head><meta charset='iso-8859-1'></head>| ISO-8859-1",
      "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1252\"></head>| windows-1252",
      "<html><head><meta http-equiv=content-type content='text/html;charset=\"GB2312\"'/></head>| GB2312",
      "<html><head><meta name=x content='charset=iso-8859-1'><meta charset=utf-8></head>| UTF-8",
      "<html><head><!-- <meta charset='iso-8859-1'> --><meta charset='windows-1252'></head>| windows-1252",
      "<html><head><script>document.write('<meta charset=iso-8859-1>')</script></head>| UTF-8",
      "<html><head><title><meta charset=iso-8859-1></title></head>| UTF-8",
      "<html><head><meta charset='no-such-charset'></head>| UTF-8",
      "<?xml version='1.0' encoding='ISO-8859-1'?><html><head></head>| ISO-8859-1",
      "<html><head></head>| UTF-8",
  })
  void findsTheDeclaredCharsetAsJsoupDoes(String head, String expected) throws Exception {
    byte[] html = (head + BODY).getBytes(StandardCharsets.ISO_8859_1);
    String found = DeclaredCharset.of(html);
    assertThat(Charset.forName(found)).isEqualTo(Charset.forName(expected));
    assertThat(Charset.forName(found).name()).isEqualTo(jsoupFinds(html));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"<meta charset='iso-8859-1'>| UTF-8", "<p>x</p>| UTF-8"})
  void aDeclarationAfterTheFirstFiveKilobytesIsNotReadAsJsoupDoesNot(String late, String expected) throws Exception {
    byte[] html = ("<html><head><script>" + "var x = 1;\n".repeat(600) + "</script>" + late + "</head>" + BODY)
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Charset.forName(DeclaredCharset.of(html)).name()).isEqualTo(expected).isEqualTo(jsoupFinds(html));
  }
}
