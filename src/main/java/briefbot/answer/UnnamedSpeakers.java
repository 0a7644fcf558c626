package briefbot.answer;

import briefbot.retrieval.Passage;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Speakers a paragraph leaves unnamed ("said one official"), whom a claim may not name. */
final class UnnamedSpeakers {

  /** Words for a speaker a paragraph leaves unnamed ("said one official", "an official said", "the ministers said"). */
  private static final Set<String> UNNAMED_SPEAKERS = Set.of("official", "officials", "source", "sources", "aide",
      "aides", "diplomat", "diplomats", "minister", "ministers", "ministry", "functionaris", "functionarissen",
      "ambtenaar", "ambtenaren", "bron", "bronnen");
  /** Verbs that report speech, next to which an unnamed speaker stands. */
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "added", "noted",
      "stated", "explained", "commented", "warned", "stressed", "concluded", "wrote", "zei", "zegt", "zeggen", "zeiden",
      "aldus", "verklaarde", "waarschuwde", "benadrukte");
  /** How near a reporting verb the unnamed speaker's word stands ("said one senior official"). */
  private static final int SPEAKER_REACH = 3;

  private UnnamedSpeakers() {}

  /**
   * Whether the claim says someone said what its paragraph says an unnamed official said: the claim's speaker is named
   * by no cited paragraph (only by its article's title: "Biden said ..." for "..., said one official" under a headline
   * naming Biden).
   */
  static Optional<String> in(Support.Claim claim, List<CitedParagraph> backing) {
    for (Roles.Frame f : claim.frames()) {
      if (f.kind() != Roles.Kind.SPEECH || f.agents().isEmpty() || f.agents().stream().allMatch(Roles::isRole)) {
        continue; // "the foreign minister of ... warned" names nobody, as an unnamed official does not
      }
      boolean named = f.agents().stream().anyMatch(a -> backing.stream().anyMatch(
          s -> !Collections.disjoint(a, s.mentioned()) || !Collections.disjoint(a, s.named())));
      if (!named && backing.stream().anyMatch(CitedParagraph::speaksUnnamed)) {
        return Optional.of("the cited paragraph says an unnamed official said it");
      }
    }
    return Optional.empty();
  }

  /** Whether the paragraph reports what an unnamed official said. */
  static boolean speaksIn(Passage p) {
    List<Names.Token> tokens = Names.tokens(p.text());
    for (int i = 0; i < tokens.size(); i++) {
      if (!REPORTING.contains(tokens.get(i).folded())) {
        continue;
      }
      for (int j = Math.max(0, i - SPEAKER_REACH); j <= Math.min(tokens.size() - 1, i + SPEAKER_REACH); j++) {
        if (UNNAMED_SPEAKERS.contains(tokens.get(j).folded())) {
          return true;
        }
      }
    }
    return false;
  }

}
