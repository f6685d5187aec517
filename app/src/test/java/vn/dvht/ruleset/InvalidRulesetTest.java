package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvht.diag.Messages;
import vn.dvht.diag.DiagnosticFormatter;

/**
 * Golden invalid rulesets: each {@code src/test/resources/ruleset/invalid/<case>.yaml} (or
 * {@code .json}) must fail with exactly the diagnostics in {@code <case>.err}. A new case is two
 * new files. Run with {@code -Ddvht.regenerate=true} to rewrite the {@code .err} files, then read
 * every changed line before committing it.
 */
class InvalidRulesetTest {
  static final Path CASES = Path.of("src", "test", "resources", "ruleset", "invalid");

  /** One test per case, named by its file (a parameterized test: PIT runs each invocation as its own test). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("caseNames")
  void everyCaseFailsWithItsExpectedDiagnostics(String name) throws IOException {
    check(CASES.resolve(name));
  }

  static Stream<String> caseNames() throws IOException {
    return cases().stream().map(c -> c.getFileName().toString());
  }

  @Test
  void everyExpectationHasItsCase() throws IOException {
    List<String> rulesets = cases().stream().map(InvalidRulesetTest::expectedFile).map(Path::toString).toList();
    try (Stream<Path> files = Files.list(CASES)) {
      assertThat(files.filter(f -> f.toString().endsWith(".err")).map(Path::toString))
          .as("every .err file has a ruleset beside it")
          .allSatisfy(err -> assertThat(rulesets).contains(err));
    }
    assertThat(rulesets).as("enough cases to mean something").hasSizeGreaterThanOrEqualTo(15);
  }

  private static void check(Path ruleset) throws IOException {
    String name = ruleset.getFileName().toString();
    RulesetException e = catchThrowableOfType(RulesetException.class,
        () -> new RulesetLoader().parse(name, Files.readAllBytes(ruleset), name.endsWith(".json")));
    assertThat(e).as("%s must not load", name).isNotNull();
    String actual = new DiagnosticFormatter(Messages.wording(), e::sourceLines).formatAll(e.diagnostics());
    Path expected = expectedFile(ruleset);
    if (Boolean.getBoolean("dvht.regenerate")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("expected diagnostics for %s", name).exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static Path expectedFile(Path ruleset) {
    String name = ruleset.getFileName().toString();
    return ruleset.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".err");
  }
}
