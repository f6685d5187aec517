package vn.dvht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the one-way data flow of the house style: options → ruleset → members → evaluation →
 * renderers. A plain scan of import lines; each package may use only the packages listed.
 */
class ArchitectureTest {
  static final Path MAIN = Path.of("src", "main", "java", "vn", "dvht");
  static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

  /** dvht packages each package may import, and outside libraries it may use. */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("model", Set.of()),
      Map.entry("diag", Set.of("model")),
      Map.entry("ruleset", Set.of("model", "diag", "docx", "com.fasterxml.jackson", "org.yaml.snakeyaml")),
      Map.entry("input", Set.of("model", "diag", "org.apache.poi", "org.apache.commons.csv")),
      Map.entry("eval", Set.of("model")),
      // dvht's JSON documents as records, written by the report and read back by diff and by the office.
      Map.entry("json", Set.of("com.fasterxml.jackson")),
      // The education office's model and logic: the council, the register, what units sent, the appraisal.
      Map.entry("office", Set.of("model", "diag", "eval", "input", "json", "com.fasterxml.jackson")),
      Map.entry("report", Set.of("model", "diag", "eval", "docx", "json", "office", "org.apache.poi", "org.openxmlformats",
          "com.fasterxml.jackson")),
      Map.entry("report/ooxml", Set.of("docx")),
      // A province's Word form, read for its check (ruleset) and its filling (report) alike: the JDK's
      // own DOM and SAX interfaces, and nothing of dvht's.
      Map.entry("docx", Set.of("org.w3c.dom", "org.xml.sax")),
      Map.entry("assess", Set.of("model", "diag", "ruleset", "input", "eval", "office", "report")),
      Map.entry("cli", Set.of("model", "diag", "ruleset", "input", "eval", "office", "report", "json", "assess", "picocli",
          "com.fasterxml.jackson")));

  @Test
  void packagesOnlyUseWhatTheyMayUse() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(file.getParent()).toString();
        if (pkg.isEmpty()) {
          continue;
        }
        Set<String> allowed = ALLOWED.get(pkg);
        assertThat(allowed).as("package %s is listed in ArchitectureTest", pkg).isNotNull();
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String imported = m.group(1);
          if (!permitted(pkg, imported, allowed)) {
            violations.add(MAIN.relativize(file) + " imports " + imported);
          }
        }
        for (String fqn : List.of("vn.dvht.cli.", "picocli.")) {
          if (!pkg.equals("cli") && Files.readString(file).contains(fqn)) {
            violations.add(MAIN.relativize(file) + " names " + fqn);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  /** What touches files: the JDK's file streams and channels, {@code java.nio.file}, and a path turned into a file. */
  static final Pattern FILE_IO = Pattern.compile(
      "\\bjava\\.io\\.(File\\w*|RandomAccessFile)\\b|\\bjava\\.nio\\.(file|channels)\\.|\\.toFile\\(\\)");
  /** The packages that compute and never read or write a file: the model and the evaluation. */
  static final Set<String> PURE = Set.of("model", "eval");

  @Test
  void modelAndEvaluationNeverTouchFiles() throws IOException {
    List<String> violations = new ArrayList<>();
    for (String pkg : PURE) {
      try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = FILE_IO.matcher(code(Files.readString(file)));
          while (m.find()) {
            violations.add(MAIN.relativize(file) + " uses " + m.group());
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theFileRuleSeesFileIo() {
    assertThat(FILE_IO.matcher(code("import java.nio.file.Files;")).find()).isTrue();
    assertThat(FILE_IO.matcher(code("var in = new java.io.FileInputStream(name);")).find()).isTrue();
    assertThat(FILE_IO.matcher(code("import java.io.File;")).find()).isTrue();
    assertThat(FILE_IO.matcher(code("path.toFile()")).find()).isTrue();
    assertThat(FILE_IO.matcher(code("import java.io.UncheckedIOException; // java.nio.file.Files")).find()).isFalse();
  }

  /** Java source without its comments (string literals are kept: a file name in one is no file I/O). */
  static String code(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
  }

  /**
   * Any use of the process-wide catalogue ({@code Messages}): setting the language, reading its locale or
   * wording, a message worded from it ({@code Messages.get}), importing it. The command line decides the
   * run's language once ({@code cli/Main}) and hands a {@code Wording} down: commands reach it through
   * {@code DvhtCommand}, helpers and renderers take it as a parameter, so no class reads ambient state.
   */
  static final Pattern USES_AMBIENT_LANGUAGE = Pattern.compile("\\bMessages\\b");
  /** The classes of main that may use the process-wide catalogue: none (it lives in the test sources). */
  static final Set<String> AMBIENT_LANGUAGE_ALLOWED = Set.of();

  @Test
  void noClassReadsTheLanguageFromProcessWideState() throws IOException {
    List<String> reading = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = MAIN.relativize(file).toString().replace('\\', '/');
        if (!AMBIENT_LANGUAGE_ALLOWED.contains(name) && USES_AMBIENT_LANGUAGE.matcher(code(Files.readString(file))).find()) {
          reading.add(name);
        }
      }
    }
    assertThat(reading).as("files using the process-wide language: take the run's Wording (in cli from DvhtCommand) "
        + "or make a Message instead").isEmpty();
  }

  @Test
  void theLanguageRuleSeesEveryUseOfTheProcessWideCatalogue() {
    assertThat(USES_AMBIENT_LANGUAGE.matcher(code("String s = Messages.get(\"status.dat\");")).find()).isTrue();
    assertThat(USES_AMBIENT_LANGUAGE.matcher(code("Locale l = Messages.current();")).find()).isTrue();
    assertThat(USES_AMBIENT_LANGUAGE.matcher(code("Messages.use(Locale.ENGLISH);")).find()).isTrue();
    assertThat(USES_AMBIENT_LANGUAGE.matcher(code("String s = vn.dvht.diag.Messages.in(VI, \"x\");")).find()).isTrue();
    assertThat(USES_AMBIENT_LANGUAGE.matcher(code("import vn.dvht.diag.Messages;")).find()).isTrue();
    assertThat(USES_AMBIENT_LANGUAGE.matcher(code("String s = words.get(\"status.dat\"); // not Messages.get")).find())
        .isFalse();
    assertThat(USES_AMBIENT_LANGUAGE.matcher(code("/** Messages are worded at the edge. */")).find()).isFalse();
    assertThat(USES_AMBIENT_LANGUAGE.matcher(code("String key = \"office.cliMessages\";")).find()).isFalse();
  }

  @Test
  void everyPackageSaysWhatLivesThere() {
    for (String pkg : ALLOWED.keySet()) {
      assertThat(MAIN.resolve(pkg).resolve("package-info.java")).exists();
    }
  }

  private static boolean permitted(String pkg, String imported, Set<String> allowed) {
    if (imported.startsWith("java.") || imported.startsWith("javax.")) {
      return true;
    }
    if (imported.startsWith("vn.dvht.")) {
      String target = imported.substring("vn.dvht.".length()).split("\\.")[0];
      return target.equals(pkg) || allowed.contains(target);
    }
    return allowed.stream().anyMatch(imported::startsWith);
  }
}
