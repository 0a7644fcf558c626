package briefbot.feeds;

import java.util.List;
import java.util.stream.Collectors;

/** Made-up news stories for tests, as web pages with the usual cruft around them and as RSS items. */
public final class Stories {

  /** A story: where it is served, its headline, language, date and body (lines starting "## " are subheadings). */
  public record Story(String path, String title, String lang, String pubDate, List<String> body) {}

  public static final Story SOLAR = new Story("/news/floating-solar", "Rotterdam switches on Europe's largest floating solar farm",
      "en", "Tue, 04 Mar 2025 09:00:00 GMT", List.of(
          "The port of Rotterdam switched on a floating solar farm of 12,000 panels on Tuesday, the largest installation "
              + "of its kind in Europe, in a disused harbour basin near the Maasvlakte.",
          "The farm will produce enough electricity to power about 4,000 homes, according to the port authority, which "
              + "built it with a Dutch energy cooperative for 18 million euros.",
          "## Why build on water",
          "Engineers chose the water because the harbour has little free land, and because the water cools the panels, "
              + "which makes them produce up to ten percent more power on hot days.",
          "Environmental groups welcomed the project but asked the port to monitor how the shade of the panels affects "
              + "fish and plants in the basin over the coming years."));

  public static final Story STRIKE = new Story("/news/rail-strike", "Belgian rail workers begin three-day strike over pensions",
      "en", "Mon, 10 Mar 2025 06:30:00 GMT", List.of(
          "Belgian rail workers began a three-day strike on Monday in protest against a pension reform that would raise "
              + "their retirement age from 55 to 67, cancelling most trains between Brussels, Antwerp and Ghent.",
          "The national railway company said only one train in four was running, and advised commuters to work from "
              + "home or to travel by bus where they could.",
          "## Unions and government",
          "The unions said the reform breaks promises made to workers who joined the railway decades ago, while the "
              + "government argued that the special regime costs the state more than 300 million euros a year.",
          "Talks between the unions and the transport minister are planned for Thursday, after the strike ends."));

  public static final Story STATUES = new Story("/nieuws/beelden", "Rijksmuseum geeft zeven bronzen beelden terug aan Nigeria",
      "nl", "Wed, 12 Mar 2025 11:00:00 GMT", List.of(
          "Het Rijksmuseum in Amsterdam geeft zeven bronzen beelden terug aan Nigeria, die in 1897 door Britse soldaten "
              + "uit het koninkrijk Benin werden geroofd en later in Nederlandse collecties terechtkwamen.",
          "De beelden worden volgende maand overgedragen aan de Nigeriaanse commissie voor musea, die ze wil tonen in "
              + "een nieuw museum in Benin City dat in 2026 open moet gaan.",
          "## Onderzoek naar herkomst",
          "Een commissie van onderzoekers stelde vast dat de beelden zonder twijfel gestolen waren, en adviseerde de "
              + "minister om ze zonder voorwaarden terug te geven.",
          "De directeur van het museum zei dat de teruggave een begin is en dat het museum ook andere stukken uit de "
              + "koloniale tijd onderzoekt."));

  public static final Story GLACIER = new Story("/news/glacier-melt", "Swiss glaciers lose four percent of their volume in a year",
      "en", "Fri, 14 Mar 2025 08:00:00 GMT", List.of(
          "Swiss glaciers lost four percent of their remaining ice volume in a single year, the second largest loss since "
              + "measurements began, the Swiss glacier monitoring network reported on Friday.",
          "Scientists blamed a winter with little snow followed by a long and hot summer, and warned that dust from the "
              + "Sahara had darkened the ice so that it absorbed more sunlight.",
          "## Smaller glaciers vanish",
          "Several small glaciers in the eastern Alps have already disappeared completely, and the network stopped "
              + "measuring them because there was no ice left to measure.",
          "The researchers expect half of the remaining ice to be gone by 2050 even if the world meets its climate goals."));

  private Stories() {}

  /** The story as a news page: header, navigation, share buttons, a captioned photo, an aside, comments, a footer. */
  public static String html(Story s, String extraHead) {
    StringBuilder body = new StringBuilder();
    for (String block : s.body()) {
      body.append(block.startsWith("## ") ? "<h2>" + block.substring(3) + "</h2>\n" : "<p>" + block + "</p>\n");
    }
    return """
        <!doctype html>
        <html lang="%s"><head><meta charset="utf-8"><title>%s | Example News</title>
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2025-03-01T10:00:00Z">
        %s
        <script>window.tracking = "Subscribe now to read more";</script></head>
        <body>
        <header><a href="/">Example News</a><nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
        <article>
          <header><h1>%s</h1><p class="byline">By Jane Reporter</p></header>
          <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
          <figure><img src="/photo.jpg"><figcaption>Workers at the site on Tuesday. Photo: Agency</figcaption></figure>
          %s
          <footer>Tags: <a href="/t/a">news</a></footer>
        </article>
        <aside><h3>Most read</h3><p>Ten things you did not know about cheese, and why the last one will surprise you.</p></aside>
        <section class="comments"><p>Leave a comment: this article is great and everyone should read it now.</p></section>
        <footer><p>Copyright Example News. All rights reserved. Privacy policy and cookie settings.</p></footer>
        </body></html>
        """.formatted(s.lang(), s.title(), extraHead == null ? "" : extraHead, s.title(), body);
  }

  public static String html(Story s) {
    return html(s, null);
  }

  /** An RSS 2.0 feed of these stories, links absolute on {@code base}. */
  public static String rss(String base, List<Story> stories) {
    String items = stories.stream().map(s -> """
          <item><title>%s</title><link>%s%s</link><guid>%s%s</guid><pubDate>%s</pubDate>
            <description>%s</description></item>
        """.formatted(s.title(), base, s.path(), base, s.path(), s.pubDate(), s.title())).collect(Collectors.joining());
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example News</title><link>%s/</link>
        <description>News for tests</description>
        %s</channel></rss>
        """.formatted(base, items);
  }
}
