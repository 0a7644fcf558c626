package briefbot.digest;

import briefbot.answer.AnswerJson;
import briefbot.answer.Citation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A digest as people read it in a terminal, and as one JSON object (citations in the answer JSON's form). */
final class DigestText {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DigestText() {}

  static String readable(Digest digest) {
    Digest.Words words = digest.words();
    StringBuilder out = new StringBuilder(digest.headline()).append('\n');
    int i = 1;
    for (Digest.Item item : digest.items()) {
      out.append('\n').append(i++).append(". ").append(item.title());
      if (item.sources() > 1) {
        out.append(" (").append(words.reportedBy(item.sources())).append(')');
      }
      out.append("\n   ").append(item.text()).append('\n');
    }
    if (!digest.citations().isEmpty()) {
      out.append('\n').append(words.labels().sources()).append(":\n");
      for (Citation c : digest.citations()) {
        String source = c.source() == null ? "" : ", " + c.source();
        out.append("[%d] %s%s, %s %d%n    %s%n".formatted(c.n(), c.title(), source, words.labels().paragraph(),
            c.paragraph(), c.url()));
      }
    }
    return out.toString();
  }

  static ObjectNode json(Digest digest) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", AnswerJson.VERSION);
    root.put("day", digest.day().toString());
    root.put("language", digest.language());
    root.put("headline", digest.headline());
    root.put("quiet", digest.quiet());
    ArrayNode items = root.putArray("items");
    for (Digest.Item item : digest.items()) {
      items.addObject().put("title", item.title()).put("text", item.text()).put("sources", item.sources());
    }
    ArrayNode citations = root.putArray("citations");
    digest.citations().forEach(c -> AnswerJson.citation(citations.addObject(), c));
    return root;
  }
}
