package briefbot.feeds;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page declares in its first bytes ({@code <meta charset>}, {@code <meta http-equiv=Content-Type>},
 * {@code <?xml encoding?>}), found where and as jsoup looks for it, but by scanning the bytes: jsoup, given no
 * charset, parses the page's first 5 KB once more only to read these tags.
 */
final class DeclaredCharset {

  /** jsoup reads the declaration from this many bytes. */
  private static final int PREFIX = 5 * 1024 - 1;
  private static final Pattern CONTENT_TYPE = Pattern.compile("(?i)\\bcharset=\\s*(?:[\"'])?([^\\s,;\"']*)");

  private DeclaredCharset() {}

  /** The declared charset's name, or UTF-8 when the page declares none that Java knows. */
  static String of(byte[] html) {
    String head = new String(html, 0, Math.min(html.length, PREFIX), StandardCharsets.ISO_8859_1);
    String found = fromMeta(head);
    if (found == null) {
      found = fromXmlDeclaration(head);
    }
    found = valid(found);
    return found == null ? "UTF-8" : found.trim().replaceAll("[\"']", "");
  }

  private static String fromMeta(String head) {
    int i = head.indexOf('<');
    while (i >= 0 && i < head.length()) {
      if (head.startsWith("<!--", i)) {
        i = after(head, "-->", i + 4);
      } else if (tagAt(head, i, "script") || tagAt(head, i, "style") || tagAt(head, i, "title")
          || tagAt(head, i, "textarea")) {
        i = closeFrom(head, i); // their text is not markup: a "<meta" in a script is not a tag
      } else if (tagAt(head, i, "meta")) {
        int end = head.indexOf('>', i);
        if (end < 0) {
          return null; // cut off by the prefix: the parser drops it too
        }
        String charset = charset(attributes(head.substring(i + 5, end)));
        if (charset != null) {
          return charset;
        }
        i = end + 1;
      } else {
        i++;
      }
      i = i < 0 ? -1 : head.indexOf('<', i);
    }
    return null;
  }

  /** Where the raw text of the element opened at {@code i} ends: at its own end tag, or the end of the bytes read. */
  private static int closeFrom(String head, int i) {
    int nameEnd = i + 1;
    while (nameEnd < head.length() && Character.isLetter(head.charAt(nameEnd))) {
      nameEnd++;
    }
    int length = nameEnd - i - 1;
    for (int at = head.indexOf("</", nameEnd); at >= 0; at = head.indexOf("</", at + 2)) {
      if (head.regionMatches(true, at + 2, head, i + 1, length)) {
        return at;
      }
    }
    return head.length();
  }

  private static int after(String head, String mark, int from) {
    int at = head.indexOf(mark, from);
    return at < 0 ? -1 : at + mark.length();
  }

  /** Whether a start tag of that name begins at {@code i}. */
  private static boolean tagAt(String head, int i, String name) {
    int end = i + 1 + name.length();
    if (!head.regionMatches(true, i + 1, name, 0, name.length()) || end >= head.length()) {
      return false;
    }
    char next = head.charAt(end);
    return next == '>' || next == '/' || Character.isWhitespace(next);
  }

  /** A meta tag's charset, as jsoup reads it: http-equiv's content first, else the charset attribute. */
  private static String charset(Map<String, String> attributes) {
    String httpEquiv = attributes.get("http-equiv");
    boolean contentType = httpEquiv != null && httpEquiv.trim().equalsIgnoreCase("content-type");
    if (!contentType && !attributes.containsKey("charset")) {
      return null;
    }
    String found = null;
    if (httpEquiv != null) {
      found = fromContentType(attributes.getOrDefault("content", ""));
    }
    if (found == null && attributes.containsKey("charset")) {
      found = attributes.get("charset");
    }
    return found;
  }

  private static String fromContentType(String contentType) {
    Matcher m = CONTENT_TYPE.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    String charset = m.group(1).trim().replace("charset=", "");
    return valid(charset);
  }

  /** The attributes of a tag, names lower-cased, the first of a repeated name kept. */
  private static Map<String, String> attributes(String tag) {
    Map<String, String> out = new HashMap<>();
    int i = 0;
    int n = tag.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(tag.charAt(i)) || tag.charAt(i) == '/')) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(tag.charAt(i)) && tag.charAt(i) != '=' && tag.charAt(i) != '/') {
        i++;
      }
      String name = tag.substring(start, i).toLowerCase(Locale.ROOT);
      while (i < n && Character.isWhitespace(tag.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < n && tag.charAt(i) == '=') {
        i++;
        while (i < n && Character.isWhitespace(tag.charAt(i))) {
          i++;
        }
        if (i < n && (tag.charAt(i) == '"' || tag.charAt(i) == '\'')) {
          char quote = tag.charAt(i++);
          int end = tag.indexOf(quote, i);
          end = end < 0 ? n : end;
          value = tag.substring(i, end);
          i = end + 1;
        } else {
          int vs = i;
          while (i < n && !Character.isWhitespace(tag.charAt(i))) {
            i++;
          }
          value = tag.substring(vs, i);
        }
      }
      if (!name.isEmpty()) {
        out.putIfAbsent(name, value);
      }
    }
    return out;
  }

  private static String fromXmlDeclaration(String head) {
    String start = head.stripLeading();
    if (!start.startsWith("<?xml")) {
      return null;
    }
    int end = start.indexOf("?>");
    return end < 0 ? null : attributes(start.substring(5, end)).get("encoding");
  }

  /** The name when Java knows the charset, as is or upper-cased, else null. */
  private static String valid(String charset) {
    if (charset == null || charset.isEmpty()) {
      return null;
    }
    charset = charset.trim().replaceAll("[\"']", "");
    try {
      if (Charset.isSupported(charset)) {
        return charset;
      }
      charset = charset.toUpperCase(Locale.ENGLISH);
      return Charset.isSupported(charset) ? charset : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }
}
