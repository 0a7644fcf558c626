package briefbot.retrieval;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads FreeDict bilingual dictionaries in the dictd format Debian installs ({@code freedict-eng-deu.index} and
 * {@code .dict.dz}): each entry's headword and its senses, each sense a list of translations stripped of grammar
 * labels, notes and examples.
 */
final class FreeDict {

  /** FreeDict's ISO 639-3 codes for the languages the index analyses. */
  static final Map<String, String> CODES = Map.of("eng", "en", "nld", "nl", "deu", "de", "fra", "fr", "spa", "es");
  private static final Pattern FILE = Pattern.compile("freedict-([a-z]{3})-([a-z]{3})\\.index");
  private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  /**
   * Subject fields, bracketed notes and inline pronunciations inside a translation line (a slash after a space or at
   * the start: "jdn./etw. verlassen" is no pronunciation).
   */
  private static final Pattern NOISE = Pattern.compile("\\[[^]]*]|\\{[^}]*}|\\([^)]*\\)|(?<![^\\s])/[^/]*/");
  /** A grammar label ("&lt;v, trans&gt;", "&lt;fem, n, sg&gt;"), and the same label once read, as its bits ("&lt;#2&gt;"). */
  private static final Pattern LABEL = Pattern.compile("<([^>]*)>");
  private static final Pattern READ_LABEL = Pattern.compile("<#(\\d+)>");
  private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.\\s+");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING = Pattern.compile("[.!?:\"]+$");
  private static final Pattern MARKS = Pattern.compile("[\"!?:]+");
  /** Placeholders for an object and reflexive markers: "etw. mampfen", "sich treffen", "to meet sb.". */
  private static final Set<String> PLACEHOLDERS = Set.of("etw", "jdm", "jdn", "jds", "jd", "sich", "sth", "sb", "sb's",
      "to", "iem", "iets", "zich", "qc", "qn", "algo", "alguien", "se", "s'");

  /** Longer headwords are idioms and example phrases, never a question's word or its translation. */
  static final int MAX_HEADWORD_WORDS = 3;

  /** One dictionary file pair: translations from {@code from} into {@code to}. */
  record Source(String from, String to, Path index, Path dict) {}

  /** An entry: its headword, its part of speech ({@link PartOfSpeech} bits, 0 unknown) and its senses. */
  record Entry(String headword, int pos, List<List<Term>> senses) {}

  /** A translation and the part of speech its own label gives ("die &lt;v&gt;", "Urlaub &lt;masc&gt;"), 0 for none. */
  record Term(String text, int pos) {}

  private FreeDict() {}

  /** The dictionaries in a folder between two languages the index analyses; none when the folder is missing. */
  static List<Source> find(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Source> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path index : files.sorted().toList()) {
        Matcher m = FILE.matcher(index.getFileName().toString());
        if (!m.matches() || !CODES.containsKey(m.group(1)) || !CODES.containsKey(m.group(2))) {
          continue;
        }
        String base = index.getFileName().toString().replace(".index", "");
        Path dict = folder.resolve(base + ".dict.dz");
        if (!Files.isRegularFile(dict)) {
          dict = folder.resolve(base + ".dict");
        }
        if (Files.isRegularFile(dict)) {
          out.add(new Source(CODES.get(m.group(1)), CODES.get(m.group(2)), index, dict));
        }
      }
    }
    return out;
  }

  /** Every entry of a dictionary, in the order they are stored (one pass over the compressed file). */
  static void read(Source source, Consumer<Entry> sink) throws IOException {
    long[][] spans = spans(source.index());
    try (InputStream raw = Files.newInputStream(source.dict());
        InputStream in = new BufferedInputStream(source.dict().toString().endsWith(".dz")
            ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16)) {
      long position = 0;
      for (long[] span : spans) {
        if (span[0] < position) {
          continue; // an entry indexed under two headwords, or overlapping: read once
        }
        in.skipNBytes(span[0] - position);
        byte[] bytes = in.readNBytes((int) span[1]);
        position = span[0] + bytes.length;
        Entry entry = parse(new String(bytes, StandardCharsets.UTF_8));
        if (entry != null) {
          sink.accept(entry);
        }
      }
    }
  }

  /** The (offset, length) of each entry, by offset, without the dictionary's own metadata entries. */
  private static long[][] spans(Path index) throws IOException {
    List<long[]> spans = new ArrayList<>();
    for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length < 3 || cols[0].startsWith("00database") || cols[0].startsWith("00-database")) {
        continue;
      }
      spans.add(new long[] {base64(cols[1]), base64(cols[2])});
    }
    long[][] out = spans.toArray(long[][]::new);
    Arrays.sort(out, (a, b) -> Long.compare(a[0], b[0]));
    return out;
  }

  private static long base64(String s) {
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      v = v * 64 + B64.indexOf(s.charAt(i));
    }
    return v;
  }

  /**
   * An entry's text: the headword line ("court /kɔːt/ &lt;n&gt;"), then a line per sense; indented lines are
   * examples, notes, synonyms and cross references, which say nothing about the translation itself, except one that
   * starts with a subject field ("[biol.]").
   */
  static Entry parse(String text) {
    String[] lines = text.split("\n");
    String headword = headword(lines[0]);
    if (headword.isEmpty() || headword.split(" ").length > MAX_HEADWORD_WORDS) {
      return null;
    }
    // the labels of the headword itself, not of the inflected forms in brackets: "leave (left <>, left <>) <v>"
    int pos = PartOfSpeech.of(labels(lines[0].replaceAll("\\([^)]*\\)", "")));
    List<List<Term>> senses = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      // a sense's line may start with its subject fields, indented: " [biol.]  [med.] die <v>" (sterben)
      if (line.isBlank() || Character.isWhitespace(line.charAt(0)) && !line.stripLeading().startsWith("[")) {
        continue;
      }
      List<Term> sense = translations(NUMBERED.matcher(line).replaceFirst(""));
      if (!sense.isEmpty()) {
        senses.add(sense);
      }
    }
    return senses.isEmpty() ? null : new Entry(headword, pos, senses);
  }

  private static String headword(String line) {
    int cut = line.length();
    for (String mark : List.of(" /", " <", " [")) {
      int at = line.indexOf(mark);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return clean(line.substring(0, cut));
  }

  /** A line's translations, each with the part of speech of its own label ("death &lt;n&gt;, dying &lt;n&gt;"). */
  private static List<Term> translations(String line) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Matcher label = LABEL.matcher(line);
    StringBuilder marked = new StringBuilder();
    while (label.find()) {
      label.appendReplacement(marked, "<#" + PartOfSpeech.of(List.of(label.group(1).split(",\\s*"))) + ">");
    }
    label.appendTail(marked);
    for (String item : SEPARATOR.split(NOISE.matcher(marked).replaceAll(" "))) {
      int pos = 0;
      Matcher read = READ_LABEL.matcher(item);
      while (read.find()) {
        pos |= Integer.parseInt(read.group(1));
      }
      String t = clean(read.replaceAll(" "));
      if (!t.isEmpty()) {
        out.merge(t, pos, (a, b) -> a | b);
      }
    }
    List<Term> terms = new ArrayList<>();
    out.forEach((t, pos) -> terms.add(new Term(t, pos)));
    return List.copyOf(terms);
  }

  /** The words of every grammar label in a line. */
  private static List<String> labels(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = LABEL.matcher(line);
    while (m.find()) {
      out.addAll(List.of(m.group(1).split(",\\s*")));
    }
    return out;
  }

  /** "etw", or placeholders joined by a slash: "jdn./etw.", "sb./sth." ("leave sb./sth." is "leave"). */
  private static boolean placeholder(String word) {
    for (String part : word.split("/")) {
      if (!PLACEHOLDERS.contains(TRAILING.matcher(part).replaceAll(""))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A headword or translation without placeholders, abbreviations, and with soft hyphens and odd dashes made plain;
   * the Dutch "ij" that FreeDict's Dutch dictionaries write as one letter ("prĳzen", "mogelĳk") as the two that texts
   * write.
   */
  static String clean(String text) {
    String plain = text.replace('\u2010', '-').replace('\u2011', '-').replace("\u00ad", "").replace('’', '\'')
        .replace("\u0133", "ij").replace("\u0132", "IJ");
    List<String> words = new ArrayList<>();
    for (String w : SPACES.split(plain.strip())) {
      String bare = TRAILING.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
      if (w.isEmpty() || placeholder(bare) || (w.endsWith(".") && w.length() <= 5) || w.equals("-")
          || w.endsWith("-")) {
        continue;
      }
      words.add(MARKS.matcher(w).replaceAll(""));
    }
    return String.join(" ", words).strip();
  }
}
