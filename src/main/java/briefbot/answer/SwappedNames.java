package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.text.EditDistance;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * An English question whose answer's sentences hold its names in another place: two of its names in the other order
 * around the same words ("Blofeld's torture by Bond": "Bond's torture by Blofeld"), or one of its names the sentences
 * never write with another in its place ("filmed in Mexico holds": "filmed in Morocco holds").
 */
final class SwappedNames {

  /** The longest run of words between two names that are read as swapped. */
  private static final int BETWEEN = 3;
  /**
   * The longest run of words between a name and the "as" of the role it is given ("Rory Kinnear also reprised his role
   * as Bill Tanner"; "Ralph who reprised his role as Bill Tanner?"), no name among them.
   */
  private static final int TO_ROLE = 4;
  /** The most letters two spellings of one name differ by. */
  private static final int SPELLING = 2;

  private SwappedNames() {}

  /** {@link #in(String, String, String, Predicate)} where every name is spelt as the corpus spells it. */
  static boolean in(String question, String sentences, String titles) {
    return in(question, sentences, titles, name -> false);
  }

  /**
   * Whether {@code sentences}, the answer's, hold the question's names swapped as above; a name of the cited articles'
   * {@code titles} is what they are about, said or not, and one the corpus never writes but spells {@code misspelt}
   * ("Manda Bootis" where it writes "Lambda Boötis") is more likely the other name misspelt than another.
   */
  static boolean in(String question, String sentences, String titles, Predicate<String> misspelt) {
    List<String> asked = SwappedWords.words(question);
    if (SwappedWords.asksYesOrNo(SwappedWords.tokens(question))) {
      return false;
    }
    List<String> told = SwappedWords.words(sentences);
    List<String> titled = SwappedWords.words(titles).stream().map(SwappedNames::lower).toList();
    return reordered(asked, told) || otherName(asked, told, titled, misspelt) || roleOfAnother(asked, told);
  }

  /**
   * A name of the question given to another of its names ("Daniel Craig stars as Ernst Stavro Blofeld", "Andrew Scott
   * portrays Mr. Hinx") that the sentences give to a name the question lacks ("Christoph Waltz as Ernst Stavro
   * Blofeld"), never to the question's: a cast list read with its pairs swapped. A role the question gives after "as"
   * a few words from its actor ("Ralph who reprised his role as Bill Tanner?") is read the same way, past the verb, on
   * both sides ("Rory Kinnear also reprised his role as Bill Tanner").
   */
  private static boolean roleOfAnother(List<String> asked, List<String> told) {
    List<String> askedLower = lowered(asked);
    List<String> toldLower = lowered(told);
    for (int b = 1; b < asked.size(); b++) {
      if (!name(asked.get(b)) || name(asked.get(b - 1))) {
        continue;
      }
      List<String> role = askedLower.subList(b, nameEnd(asked, b));
      // a role given with "as" may stand further from its actor, past the verb and "his role"
      boolean cast = askedLower.get(b - 1).equals("as");
      int between = cast ? TO_ROLE + 1 : BETWEEN;
      int gap = cast ? TO_ROLE : 0;
      for (int a = b - 2; a >= 0 && b - a - 1 <= between && !name(asked.get(a + 1)); a--) {
        String actor = askedLower.get(a);
        if (name(asked.get(a)) && !SwappedWords.same(actor, role.get(0))
            && toldLower.stream().anyMatch(t -> spelledAlike(t, actor))
            && !castAs(told, toldLower, role, gap, n -> n.stream().anyMatch(t -> spelledAlike(t, actor)))
            && castAs(told, toldLower, role, gap,
                n -> askedLower.stream().noneMatch(q -> spelledAlike(q, n.getLast())))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the sentences write the name {@code role} (lower-cased) after "as", the nearest name before that "as" (at
   * most {@code gap} words before it, no name between; its word before "as" where no gap is read) one {@code who} holds
   * of, lower-cased: "Christoph Waltz as Ernst Stavro Blofeld"; "Rory Kinnear also reprised his role as Bill Tanner"
   * where the question too writes its role after "as" (the gap read for every question lowered two sure right answers
   * of SQuAD's fit part).
   */
  private static boolean castAs(List<String> told, List<String> toldLower, List<String> role, int gap,
      Predicate<List<String>> who) {
    for (int k = 1; k + role.size() < told.size(); k++) {
      int at = k;
      if (!toldLower.get(k).equals("as")
          || !IntStream.range(0, role.size()).allMatch(r -> spelledAlike(toldLower.get(at + 1 + r), role.get(r)))) {
        continue;
      }
      for (int n = k - 1; n >= 0 && k - n - 1 <= gap; n--) {
        if (name(told.get(n))) {
          // past other words, the whole name is read: "Tom Reyes also reprised" casts the question's "Tom"
          int first = n;
          while (gap > 0 && first > 0 && name(told.get(first - 1))) {
            first--;
          }
          if (who.test(toldLower.subList(first, n + 1))) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /** Where the name of capitalised words from {@code i} on ends ("Ernst Stavro Blofeld"): the first word past it. */
  private static int nameEnd(List<String> words, int i) {
    int end = i;
    while (end < words.size() && name(words.get(end))) {
      end++;
    }
    return end;
  }

  /** Two names of the question the sentences write the other way round around the same words between them. */
  private static boolean reordered(List<String> asked, List<String> told) {
    for (int i = 0; i < asked.size(); i++) {
      for (int j = i + 2; j < asked.size() && j - i - 1 <= BETWEEN; j++) {
        if (!name(asked.get(i)) || !name(asked.get(j)) || SwappedWords.same(lower(asked.get(i)), lower(asked.get(j)))) {
          continue;
        }
        List<String> between = asked.subList(i + 1, j).stream().map(SwappedNames::lower).toList();
        if (between.stream().allMatch(SwappedWords.LOOSE::contains)) {
          continue;
        }
        if (writes(told, asked.get(j), between, asked.get(i)) && !writes(told, asked.get(i), between, asked.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code told} writes {@code first}, the words {@code between}, then {@code last}. */
  private static boolean writes(List<String> told, String first, List<String> between, String last) {
    for (int k = 0; k + between.size() + 1 < told.size(); k++) {
      if (!SwappedWords.same(lower(told.get(k)), lower(first))
          || !SwappedWords.same(lower(told.get(k + between.size() + 1)), lower(last))) {
        continue;
      }
      int at = k + 1;
      boolean same = true;
      for (int b = 0; b < between.size() && same; b++) {
        same = SwappedWords.same(lower(told.get(at + b)), between.get(b));
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /** A name of the question the sentences never write, a name the question lacks beside the same word. */
  private static boolean otherName(List<String> asked, List<String> told, List<String> titled,
      Predicate<String> misspelt) {
    List<String> askedLower = lowered(asked);
    List<String> toldLower = lowered(told);
    for (int i = 1; i < asked.size(); i++) {
      String w = askedLower.get(i);
      if (!name(asked.get(i)) || w.length() < 3 || toldLower.stream().anyMatch(t -> spelledAlike(t, w))
          || titled.stream().anyMatch(t -> spelledAlike(t, w))) {
        continue;
      }
      int side = writtenPart(asked, askedLower, i, toldLower);
      for (int k = 0; k < told.size(); k++) {
        String t = toldLower.get(k);
        boolean inPlace = side != 0 ? k + side >= 0 && k + side < told.size()
            && spelledAlike(toldLower.get(k + side), askedLower.get(i + side))
            : SwappedWords.sameNeighbour(askedLower, i, toldLower, k);
        if (name(told.get(k)) && askedLower.stream().noneMatch(a -> spelledAlike(a, t)) && inPlace) {
          if (!misspelt.test(asked.get(i))) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /**
   * Which side of the question's name {@code i} (-1 before, 1 after, 0 neither) holds another part of the same name
   * that the sentences write: a name in its place must then stand beside that part ("The Boston Observer": "The
   * Charlotte Observer"), not merely beside the same word, for news names a person by the surname: "Who coaches Ashia
   * Hansen?" over "Hansen ... Her coach Aston Moore" swaps no name.
   */
  private static int writtenPart(List<String> asked, List<String> askedLower, int i, List<String> toldLower) {
    for (int d : new int[] {-1, 1}) {
      int j = i + d;
      if (j >= 0 && j < asked.size() && name(asked.get(j))
          && toldLower.stream().anyMatch(t -> spelledAlike(t, askedLower.get(j)))) {
        return d;
      }
    }
    return 0;
  }

  private static List<String> lowered(List<String> words) {
    return words.stream().map(SwappedNames::lower).toList();
  }

  /** A capitalised word that is not a small word or a figure ("Bond", "Morocco"; not "The", "March"). */
  private static boolean name(String w) {
    String l = lower(w);
    return Character.isUpperCase(w.charAt(0)) && !SwappedWords.LOOSE.contains(l) && SwappedWords.figure(l) == null;
  }

  private static String lower(String w) {
    return LanguageDetector.fold(w.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether two names may be one spelt two ways: the same stem, or a letter or two apart ("Sadol": Sedol, "Gilese":
   * Gliese); questions misspell names often, and a misspelt name is not another name.
   */
  private static boolean spelledAlike(String a, String b) {
    return SwappedWords.same(a, b) || EditDistance.atMost(a, b, SPELLING) <= SPELLING;
  }
}
