package briefbot.answer;

import static briefbot.answer.RoleVerbs.PRESSING;

import briefbot.answer.Roles.Frame;
import briefbot.answer.Roles.Kind;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where a claim's frames and its sources' disagree on who does what to whom. */
final class Contradictions {

  private Contradictions() {}

  /**
   * Why the claim's frames contradict the sources', if they do: a giver the sources have only receiving (or the
   * reverse), a speaker they have only being spoken of, something given that they have going the other way.
   */
  static Optional<String> of(List<Frame> claim, List<Frame> sources, Set<String> mentioned) {
    for (Frame f : claim) {
      List<Frame> same = sources.stream().filter(s -> s.kind() == f.kind()).toList();
      List<Frame> sharing = same.stream().filter(s -> !Collections.disjoint(s.things(), f.things())).toList();
      if (!sharing.isEmpty()) {
        if (sharing.stream().anyMatch(s -> confirms(s, f))) {
          continue;
        }
        for (Frame s : sharing) {
          if (overlaps(f.patients(), s.agents()) && !overlaps(f.patients(), s.patients())
              || overlaps(f.agents(), s.patients()) && !overlaps(f.agents(), s.agents())) {
            Set<String> shared = new HashSet<>(f.things());
            shared.retainAll(s.things());
            return Optional.of("the cited paragraph has the roles the other way round (" + f.verb() + " "
                + shared.iterator().next() + ")");
          }
        }
      }
      List<Frame> sameVerb = same.stream().filter(s -> s.sameVerb(f) && !s.agents().isEmpty()).toList();
      if (f.kind() == Kind.ACTION && !f.agents().isEmpty() && !sameVerb.isEmpty()
          && sameVerb.stream().noneMatch(s -> overlaps(f.agents(), s.agents()))
          && f.agents().stream().anyMatch(a -> !Collections.disjoint(a, mentioned))) {
        return Optional.of("the cited paragraph says someone else " + f.verb());
      }
      if (f.kind() == Kind.TRANSFER) {
        // who gives what is judged by what is given; frames that share nothing given are about something else
        same = same.stream().filter(s -> s.things().isEmpty() && f.things().isEmpty()).toList();
      }
      if (same.isEmpty() || same.stream().anyMatch(s -> confirms(s, f))) {
        continue;
      }
      boolean agentReversed = same.stream().anyMatch(s -> overlaps(f.agents(), s.patients()))
          && same.stream().noneMatch(s -> overlaps(f.agents(), s.agents()));
      boolean patientReversed = same.stream().anyMatch(s -> overlaps(f.patients(), s.agents()))
          && same.stream().noneMatch(s -> overlaps(f.patients(), s.patients()));
      boolean otherSpeaker = f.kind() == Kind.SPEECH && !f.agents().isEmpty()
          && same.stream().anyMatch(s -> !s.agents().isEmpty())
          && same.stream().noneMatch(s -> overlaps(f.agents(), s.agents()))
          && f.agents().stream().anyMatch(a -> !Collections.disjoint(a, mentioned));
      if (agentReversed || patientReversed || otherSpeaker) {
        return Optional.of("the cited paragraph has the roles the other way round (" + f.verb() + ")");
      }
      List<Frame> pressing = same.stream().filter(s -> PRESSING.contains(s.verb()) && !s.patients().isEmpty()).toList();
      if (PRESSING.contains(f.verb()) && !pressing.isEmpty()
          && pressing.stream().noneMatch(s -> overlaps(f.patients(), s.patients()))
          && f.patients().stream().anyMatch(p -> !Collections.disjoint(p, mentioned))) {
        return Optional.of("the cited paragraph says someone else is pushed (" + f.verb() + ")");
      }
    }
    return Optional.empty();
  }

  private static boolean confirms(Frame source, Frame claim) {
    return overlaps(claim.agents(), source.agents())
        && (claim.patients().isEmpty() || overlaps(claim.patients(), source.patients()));
  }

  private static boolean overlaps(List<Set<String>> a, List<Set<String>> b) {
    for (Set<String> x : a) {
      for (Set<String> y : b) {
        if (!Collections.disjoint(x, y)) {
          return true;
        }
      }
    }
    return false;
  }
}
