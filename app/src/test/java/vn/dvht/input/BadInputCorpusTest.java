package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvht.diag.Sha256;
import vn.dvht.testing.CliRun;

/**
 * Runs {@code dvht evaluate} on every file of the bad-input corpus as listed in {@code expected.tsv}:
 * the exit code, the message naming the place to fix (or the counts of an accepted file), no stack
 * trace, no unreadable line, and the input left untouched.
 */
class BadInputCorpusTest {
  static final Path DIR = Path.of("src", "test", "resources", "bad-input");
  static final Path MANIFEST = DIR.resolve("expected.tsv");
  private static final int MAX_LINE = 1_000;
  private static final List<String> INDICATORS = List.of("TC2.CT1", "TC2.CT2", "TC2.CT3", "TC2.CT4", "TC2.CT5", "TC3.CT1");

  /** One line of the manifest: a file, how to run dvht on it, and what must come out. */
  record Case(int line, String file, String ruleset, List<String> args, int exit, List<String> expected) {
    @Override
    public String toString() {
      return file + (args.isEmpty() ? "" : " " + String.join(" ", args)) + " → " + exit;
    }

    List<String> command() {
      List<String> command = new ArrayList<>(List.of("evaluate", DIR.resolve(file).toString(), "--no-files"));
      if (!ruleset.equals("-")) {
        command.addAll(List.of("--ruleset", ruleset));
      }
      command.addAll(args);
      return command;
    }
  }

  @BeforeAll
  static void regenerate() throws IOException {
    if (Boolean.getBoolean("dvht.regenerate")) {
      BadInputCorpus.writeAll(DIR);
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    List<String> lines = Files.readAllLines(MANIFEST, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      List<String> args = f[2].equals("-") ? List.of()
          : Arrays.stream(f[2].split(" ")).map(a -> a.replace("{dir}", DIR.toString()).replace('\u00a0', ' ')).toList();
      cases.add(new Case(i + 1, f[0], f[1], args, Integer.parseInt(f[3]),
          Arrays.asList(f).subList(4, f.length)));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheExpectedExitAndMessage(Case c) throws IOException {
    Path file = DIR.resolve(c.file());
    String before = Sha256.of(file);
    CliRun run = CliRun.of(c.command().toArray(String[]::new));
    String all = run.out() + run.err();
    assertThat(run.code()).as("exit code of %s (expected.tsv line %d)%n%s", c, c.line(), all).isEqualTo(c.exit());
    for (String expected : c.expected()) {
      if (expected.startsWith("counts ")) {
        assertCounts(all, expected);
      } else {
        assertThat(all).as("output of %s", c).contains(expected);
      }
    }
    if (c.exit() == 0 && c.expected().stream().noneMatch(e -> e.contains("cảnh báo["))) {
      assertThat(all).as("an accepted file gives no warning").doesNotContain("cảnh báo[");
    }
    assertThat(all).as("no stack trace").doesNotContain("\tat ", "at vn.", "at java.", "Exception");
    assertThat(all).as("no library text").doesNotContain("ParseError", "For input string", "radix", "code point",
        "Invalid character", "encapsulated", "BIFF", "Zip bomb", "Missing required", "Unknown option", "symbolic links");
    assertThat(all.lines()).as("every line readable").allMatch(l -> l.length() <= MAX_LINE);
    assertThat(all.chars().filter(ch -> ch < 0x20 && ch != '\n' && ch != '\t' || ch >= 0x7F && ch <= 0x9F))
        .as("no control character reaches the terminal").isEmpty();
    assertThat(Sha256.of(file)).as("%s unchanged", c.file()).isEqualTo(before);
  }

  /** "counts 3 3 3 2 3 3 /4": how many of N members satisfy TC2.CT1–TC2.CT5 and TC3.CT1, as the table prints them. */
  private static void assertCounts(String output, String expected) {
    String[] words = expected.split(" ");
    String total = words[words.length - 1];
    for (int i = 1; i < words.length - 1; i++) {
      String indicator = INDICATORS.get(i - 1);
      Pattern line = Pattern.compile("(?m)^\\s+" + Pattern.quote(indicator) + "\\s.*\\s" + words[i] + total + "\\s");
      assertThat(line.matcher(output).find()).as("%s shows %s%s in%n%s", indicator, words[i], total, output).isTrue();
    }
  }

  @Test
  void everyCorpusFileHasAnExpectation() throws IOException {
    Set<String> listed = cases().stream().map(Case::file).collect(Collectors.toCollection(TreeSet::new));
    cases().stream().flatMap(c -> c.args().stream()).filter(a -> a.startsWith(DIR + java.io.File.separator))
        .map(a -> Path.of(a).getFileName().toString()).forEach(listed::add);
    Set<String> present;
    try (Stream<Path> files = Files.list(DIR)) {
      present = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(listed).isEqualTo(present);
    assertThat(present).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void corpusStaysSmall() throws IOException {
    long bytes;
    try (Stream<Path> files = Files.list(DIR)) {
      bytes = files.mapToLong(p -> p.toFile().length()).sum();
    }
    assertThat(bytes).isLessThan(2L * 1024 * 1024);
  }
}
