package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Messages;

/**
 * Copies of the valid {@code ruleset/valid/mini.yaml} and {@code mini-scored.yaml} with a few lines changed,
 * loaded in memory: what a maintainer who makes that change sees.
 */
final class MiniVariants {
  static final Path VALID = Path.of("src", "test", "resources", "ruleset", "valid");

  private MiniVariants() {}

  /** The recognition ruleset with two levels. */
  static String mini() {
    return read("mini.yaml");
  }

  /** The scoring ruleset (total 20, three grades). */
  static String scored() {
    return read("mini-scored.yaml");
  }

  /** {@code yaml} with each {@code from, to} pair replaced; every {@code from} must occur exactly once. */
  static String edit(String yaml, String... fromTo) {
    String out = yaml;
    for (int i = 0; i < fromTo.length; i += 2) {
      String from = fromTo[i];
      assertThat(out.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of %s", from).hasSize(2);
      out = out.replace(from, fromTo[i + 1]);
    }
    return out;
  }

  /** The diagnostics the loader refuses {@code yaml} with, as printed (with source lines and carets). */
  static String errors(String name, String yaml) {
    RulesetException e = catchThrowableOfType(RulesetException.class,
        () -> new RulesetLoader().parse(name, yaml.getBytes(StandardCharsets.UTF_8), false));
    assertThat(e).as("%s must not load", name).isNotNull();
    return new DiagnosticFormatter(Messages.wording(), e::sourceLines).formatAll(e.diagnostics());
  }

  /** The ruleset {@code yaml} describes, which must load. */
  static LoadedRuleset load(String name, String yaml) {
    try {
      return new RulesetLoader().parse(name, yaml.getBytes(StandardCharsets.UTF_8), false);
    } catch (RulesetException e) {
      throw new AssertionError(name + " must load:\n"
          + new DiagnosticFormatter(Messages.wording(), e::sourceLines).formatAll(e.diagnostics()), e);
    }
  }

  /** The warnings of a loaded ruleset, as printed. */
  static String warnings(LoadedRuleset loaded) {
    return new DiagnosticFormatter(Messages.wording(), loaded::sourceLines).formatAll(loaded.warnings());
  }

  private static String read(String file) {
    try {
      return Files.readString(VALID.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
