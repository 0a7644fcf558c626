package briefbot.feeds;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about its content, as a weight: positive for the article's own
 * wrappers ({@code entry-content}, {@code articleBody}), negative for navigation, comments, sharing, related links
 * and the like. Class and id names count by whole words ({@code sidebar-and-content-body} is sidebar, and, content,
 * body), never by substring; a name that says what the element is ("sidebar") outweighs words that only qualify it.
 */
final class Hints {

  /** Weight at or below which an element is boilerplate unless it holds most of the article. */
  static final int BOILERPLATE = -8;
  /** Weight at or below which an element is a comment section. */
  static final int COMMENTS = -20;
  private static final int STRONG = -10;

  private static final Map<String, Integer> WORDS = new HashMap<>();

  static {
    words(5, "article", "articlebody", "articletext", "artikel", "artikeltext", "entry", "entrycontent", "entrytext",
        "story", "storybody", "storycontent", "storytext", "post", "postbody", "postcontent", "posttext", "hentry",
        "blogpost", "beitrag", "content", "inhalt", "main", "maincontent", "maintext", "bodytext", "newstext",
        "haupttext", "fliesstext", "richtext", "prose", "rte");
    words(-3, "header", "widget", "widgets", "teaser", "hidden");
    words(-5, "masthead", "topbar", "toolbar", "promo",
        "promotion", "banner", "login", "register", "tags", "copyright", "legal", "imprint", "impressum", "rss", "skip",
        "search", "suche", "popular", "gallery", "slider",
        "carousel", "rating", "vote", "likes", "follow", "dropdown", "submenu", "pagenav", "sitemap",
        "contact", "kontakt", "partner", "partners", "morelink", "jump", "sronly", "screenreadertext", "toc",
        "visually", "aside", "donate", "donation", "spenden", "notice", "factbox", "infobox");
    words(STRONG, "nav", "navigation", "navbar", "menu", "breadcrumb", "breadcrumbs", "sidebar", "footer", "share",
        "sharing", "shariff", "sharedaddy", "sharebar", "social", "socials", "related", "relatedposts",
        "relatedlinks", "recommended", "recommendations", "empfehlungen", "advertisement", "advert", "adverts", "ad",
        "ads", "anzeige", "werbung", "sponsor", "sponsored", "newsletter", "subscribe", "subscription", "signup",
        "cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay", "outbrain", "taboola", "tagcloud",
        "pagination", "pager", "mostread", "trending", "recirculation", "byline", "author", "authorbox", "autor",
        "bio", "minibio", "saboxplugin", "meta", "metadata", "postmeta", "entrymeta", "postmetadata", "entryfooter",
        "postfooter", "articlefooter", "teasers", "caption", "captions", "wpcaptiontext", "imagecaption",
        "figcaption", "credit", "credits", "bildunterschrift", "imageannotation", "imagedescription",
        "mediadescription", "photocaption", "imagecredit", "photocredit", "bilduntertitel", "legend", "cta", "calltoaction",
        "disclaimer", "disclosure", "paywall");
    words(-25, "comment", "comments", "commentlist", "kommentar", "kommentare", "respond", "reply", "replies",
        "disqus", "reacties", "comentarios", "forumreply");
  }

  private static void words(int weight, String... words) {
    for (String w : words) {
      WORDS.put(w, weight);
    }
  }

  private final Map<Element, Integer> weights = new IdentityHashMap<>();
  /** Class and id strings recur from page to page of a site (and across sites: "entry-content"), so their weights are kept. */
  private static final Map<String, int[]> NAMES = new ConcurrentHashMap<>();
  private static final int MAX_NAMES = 50_000;

  int weight(Element el) {
    Integer w = weights.get(el);
    if (w == null) {
      w = compute(el);
      weights.put(el, w);
    }
    return w;
  }

  private int compute(Element el) {
    int weight = switch (el.normalName()) {
      case "article", "main" -> 10;
      case "nav", "aside", "footer" -> STRONG;
      case "header" -> -3;
      default -> 0;
    };
    if (el.attributesSize() == 0) {
      return weight;
    }
    String role = el.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
        || role.equals("banner") || role.equals("search")) {
      weight += STRONG;
    } else if (role.equals("main") || role.equals("article")) {
      weight += 10;
    }
    if (el.attr("itemprop").equalsIgnoreCase("articleBody")) {
      weight += 15;
    }
    int least = weight <= STRONG ? weight : 0;
    for (String names : new String[] {el.className(), el.id()}) {
      if (!names.isEmpty()) {
        int[] w = nameWeightsOf(names);
        weight += w[0];
        least = Math.min(least, w[1]);
      }
    }
    // One name that says the element is boilerplate decides, whatever else the element is called.
    return least <= BOILERPLATE ? Math.min(weight, least) : weight;
  }

  private static int[] nameWeightsOf(String names) {
    int[] w = NAMES.get(names);
    if (w == null) {
      w = nameWeights(names);
      // Full, the cache keeps what it has: the names seen first are the common ones, and clearing it made every
      // site's names miss in turn.
      if (NAMES.size() < MAX_NAMES) {
        NAMES.put(names, w);
      }
    }
    return w;
  }

  /** The summed weight of the names, and the lowest weight of one name. */
  private static int[] nameWeights(String names) {
    boolean wordPressPost = wordPressPost(names);
    int sum = 0;
    int least = 0;
    int start = -1;
    for (int i = 0; i <= names.length(); i++) {
      boolean end = i == names.length() || " \t\n\u000B\f\r".indexOf(names.charAt(i)) >= 0;
      if (!end) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        String name = names.substring(start, i);
        start = -1;
        if (!taxonomy(name) && !(wordPressPost && name.indexOf('-') >= 0)) {
          int w = cachedNameWeight(name);
          sum += w;
          least = Math.min(least, w);
        }
      }
    }
    return new int[] {sum, least};
  }

  /**
   * A WordPress post's wrapper ("post-12 post type-post status-publish hentry category-x tag-y autor-z
   * internet-estallido-comentarios"): besides its own few names, every hyphenated name is a term of one of the
   * site's taxonomies ("{taxonomy}-{term}"), a label of the post, not what the element is.
   */
  private static boolean wordPressPost(String names) {
    return hasName(names, "hentry") || hasName(names, "status-publish");
  }

  private static boolean hasName(String names, String name) {
    for (int at = names.indexOf(name); at >= 0; at = names.indexOf(name, at + 1)) {
      int end = at + name.length();
      if ((at == 0 || Character.isWhitespace(names.charAt(at - 1)))
          && (end == names.length() || Character.isWhitespace(names.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** One class name recurs across sites far more than a page's whole class attribute ("entry-content", "nav"). */
  private static final Map<String, Integer> NAME = new ConcurrentHashMap<>();

  private static int cachedNameWeight(String name) {
    Integer w = NAME.get(name);
    if (w == null) {
      w = nameWeight(name);
      if (NAME.size() < MAX_NAMES) {
        NAME.put(name, w);
      }
    }
    return w;
  }

  /** One name's weight: its words' weights added up, or the role word's when it has one ("sidebar-content"). */
  static int nameWeight(String name) {
    int modifier = name.indexOf("--");
    // A BEM modifier qualifies the block it follows ("TestReport__Section--Ads" is a section that has ads).
    String words = split(modifier > 0 ? name.substring(0, modifier) : name);
    Integer whole = WORDS.get(words.replace(" ", ""));
    if (whole != null) {
      return whole;
    }
    int sum = 0;
    int least = 0;
    for (String word : words.split(" ")) {
      int w = word(word);
      sum += w;
      least = Math.min(least, w);
    }
    return least <= STRONG ? Math.min(sum, least <= Hints.COMMENTS ? least : BOILERPLATE) : sum;
  }

  /** A word's weight; a word run together from a role word and another ("entryfooter", "relatedlinks") has the role's. */
  private static int word(String word) {
    Integer w = WORDS.get(word);
    if (w != null) {
      return w;
    }
    if (word.length() > 7) {
      for (String role : ROLES) {
        if (word.startsWith(role) || word.endsWith(role)) {
          return WORDS.get(role);
        }
      }
    }
    return 0;
  }

  private static final String[] ROLES = {"comments", "comment", "footer", "sidebar", "related", "sharing", "social",
      "newsletter", "navigation", "breadcrumb", "advert", "author", "byline", "metadata", "teaser"};

  /**
   * Names that label rather than say what an element is: WordPress categories and tags of a post
   * ("category-no-newsletter-rss"), and modifiers ("has-sharing", "is-hidden", "no-print").
   */
  private static boolean taxonomy(String name) {
    return name.startsWith("category-") || name.startsWith("tag-") || name.startsWith("has-")
        || name.startsWith("is-") || name.startsWith("no-") || name.startsWith("with-")
        || name.startsWith("post-") && name.substring(5).chars().allMatch(Character::isDigit);
  }

  /** Lower-case words of a class name: split at '-', '_', ':', '.', digits and camel-case humps. */
  static String split(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    char prev = ' ';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetter(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        if (Character.isUpperCase(c) && Character.isLowerCase(prev) && out.length() > 0
            && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
      }
      prev = c;
    }
    int end = out.length();
    return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
  }
}
