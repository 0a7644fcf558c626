package briefbot.feeds;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Which of a page's elements sit in a section its class and id hints name comments or boilerplate, asked once each. */
final class SectionNames {

  private static final Evaluator HEADLINE_OR_BODY = QueryParser.parse("h1, main, [itemprop=articleBody]");

  private final Hints hints;
  private final Element body;
  private final Map<Element, Boolean> inComments = new IdentityHashMap<>();
  private final Map<Element, Boolean> underBoilerplate = new IdentityHashMap<>();

  SectionNames(Hints hints, Element body) {
    this.hints = hints;
    this.body = body;
  }

  /** Whether the element is in a section named for comments that holds no headline or article body. */
  boolean inComments(Element el) {
    if (el == null || el == body) {
      return false;
    }
    Boolean known = inComments.get(el);
    if (known == null) {
      // A page wrapper says "comments-open" too; a comment section holds no headline or article body.
      known = hints.weight(el) <= Hints.COMMENTS && el.selectFirst(HEADLINE_OR_BODY) == null || inComments(el.parent());
      inComments.put(el, known);
    }
    return known;
  }

  /** Whether the element or one of its ancestors is named as boilerplate. */
  boolean underBoilerplate(Element el) {
    if (el == null || el == body) {
      return false;
    }
    Boolean known = underBoilerplate.get(el);
    if (known == null) {
      known = hints.weight(el) <= Hints.BOILERPLATE || underBoilerplate(el.parent());
      underBoilerplate.put(el, known);
    }
    return known;
  }
}
