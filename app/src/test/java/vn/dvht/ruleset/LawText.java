package vn.dvht.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thông tư 24/2023/TT-BGDĐT as {@code ../shared/domain/tt24-2023.md} gives it (a level-4 heading per
 * article, each clause and point a quoted line "1. …", "a) …"), read into article → clause → point. A
 * paragraph without a number or letter belongs to the clause, or to the last point read before it.
 * "Nội dung tiêu chí theo quy định tại khoản 1 Điều 6 Thông tư này" is an import: {@link #point}
 * follows it.
 */
final class LawText {
  /** Where the text lives: {@code shared/domain/} beside the repository. */
  static final String FILE = "shared/domain/tt24-2023.md";
  private static final Pattern ARTICLE = Pattern.compile("^#### Điều (\\d+)\\..*");
  private static final Pattern CLAUSE = Pattern.compile("^(\\d+)\\. (.*)");
  private static final Pattern POINT = Pattern.compile("^([a-zđ])\\) (.*)");
  private static final Pattern IMPORT = Pattern.compile("Nội dung tiêu chí theo quy định tại khoản (\\d+) Điều (\\d+)");

  /** One clause: its own words (and unnumbered paragraphs before any point), and its points by letter. */
  record Clause(StringBuilder text, Map<String, StringBuilder> points) {}

  private final Map<Integer, Map<Integer, Clause>> articles = new LinkedHashMap<>();

  private LawText() {}

  /**
   * The file for the repository that holds the working directory ({@code app/} when Maven runs the
   * tests): {@code <repository>/../shared/domain/tt24-2023.md}.
   */
  static Path location() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !(Files.isDirectory(dir.resolve("rulesets")) && Files.isDirectory(dir.resolve("app")))) {
      dir = dir.getParent();
    }
    Path root = dir == null ? Path.of("").toAbsolutePath() : dir;
    return (root.getParent() == null ? root : root.getParent()).resolve(FILE);
  }

  static LawText read(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  static LawText parse(String markdown) {
    LawText law = new LawText();
    Map<Integer, Clause> article = null;
    Clause clause = null;
    StringBuilder paragraph = null;
    for (String raw : markdown.split("\n")) {
      Matcher heading = ARTICLE.matcher(raw);
      if (heading.matches()) {
        article = law.articles.computeIfAbsent(Integer.parseInt(heading.group(1)), k -> new LinkedHashMap<>());
        clause = new Clause(new StringBuilder(), new LinkedHashMap<>());
        article.put(0, clause);
        paragraph = clause.text();
        continue;
      }
      if (article == null || !raw.startsWith(">")) {
        continue;
      }
      String line = raw.substring(1).strip();
      Matcher c = CLAUSE.matcher(line);
      Matcher p = POINT.matcher(line);
      if (line.isEmpty()) {
        continue;
      } else if (c.matches()) {
        clause = new Clause(new StringBuilder(c.group(2)), new LinkedHashMap<>());
        article.put(Integer.parseInt(c.group(1)), clause);
        paragraph = clause.text();
      } else if (p.matches()) {
        paragraph = new StringBuilder(p.group(2));
        clause.points().put(p.group(1), paragraph);
      } else {
        paragraph.append(' ').append(line);
      }
    }
    return law;
  }

  /** A clause's words with all its points, as one text; empty when the law has no such clause. */
  Optional<String> clause(int article, int clause) {
    Clause found = articles.getOrDefault(article, Map.of()).get(clause);
    if (found == null) {
      return Optional.empty();
    }
    StringBuilder all = new StringBuilder(found.text());
    found.points().values().forEach(p -> all.append(' ').append(p));
    return Optional.of(normalised(all.toString()));
  }

  /** The clause a clause imports its content from ("khoản 1 Điều 6" as {6, 1}), if it does. */
  Optional<int[]> importOf(int article, int clause) {
    Clause found = articles.getOrDefault(article, Map.of()).get(clause);
    if (found == null) {
      return Optional.empty();
    }
    Matcher m = IMPORT.matcher(found.text());
    return m.find() ? Optional.of(new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))})
        : Optional.empty();
  }

  /** A point's words, following the clause's import when it has one; empty when there is no such point. */
  Optional<String> point(int article, int clause, String point) {
    Optional<int[]> imported = importOf(article, clause);
    if (imported.isPresent()) {
      return point(imported.get()[0], imported.get()[1], point);
    }
    Clause found = articles.getOrDefault(article, Map.of()).get(clause);
    if (found == null || !found.points().containsKey(point)) {
      return Optional.empty();
    }
    return Optional.of(normalised(found.points().get(point).toString()));
  }

  /** How texts are compared: Unicode NFC, any run of white space as one space. Nothing else is folded. */
  static String normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
  }
}
