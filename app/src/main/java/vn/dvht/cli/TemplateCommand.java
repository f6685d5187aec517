package vn.dvht.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dvht.assess.OutputException;
import vn.dvht.assess.OutputFiles;
import vn.dvht.assess.OutputFolder;
import vn.dvht.assess.UsageException;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Message;
import vn.dvht.diag.Wording;
import vn.dvht.input.TextKey;
import vn.dvht.model.Authority;
import vn.dvht.model.Ruleset;
import vn.dvht.report.OfficeTemplateWriter;
import vn.dvht.report.TemplateWriter;
import vn.dvht.ruleset.LoadedRuleset;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.ruleset.RulesetTranslator;

/** {@code dvht template}: writes a blank input workbook for a ruleset, ready for a clerk to fill ({@code -o -}: to stdout). */
@Command(name = "template")
final class TemplateCommand implements Callable<Integer> {
  /** The output name that means standard output, as in most command-line tools. */
  static final String STDOUT = "-";

  @ParentCommand DvhtCommand parent;

  @Spec CommandSpec spec;

  @Option(names = {"-r", "--ruleset"}, paramLabel = "ID|TỆP", defaultValue = "tt24", converter = PathArgument.class)
  String ruleset;

  @Option(names = "--level", paramLabel = "CẤP")
  String level;

  @Option(names = {"-o", "--output"}, paramLabel = "TỆP.xlsx", required = true)
  Path output;

  @Option(names = "--overwrite")
  boolean overwrite;

  /** The education office's workbook for {@code dvht tham-dinh} instead of a unit's. */
  @Option(names = {"--hoi-dong", "--council-template"}, descriptionKey = "hoi-dong")
  boolean council;

  /** The office's register of decisions for {@code dvht tham-dinh --so-theo-doi}. */
  @Option(names = {"--so-theo-doi", "--register-template"}, descriptionKey = "so-theo-doi")
  boolean register;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Wording wording = parent.wording;
    LoadedRuleset loaded;
    RulesetLoader loader = new RulesetLoader();
    try {
      loaded = loader.resolve(ruleset);
    } catch (RulesetException e) {
      err.print(new DiagnosticFormatter(wording, e::sourceLines).formatAll(e.diagnostics()));
      return ExitCode.INVALID.code();
    }
    Ruleset rules = loaded.ruleset();
    Optional<String> authority = Optional.empty();
    if (level != null) {
      authority = rules.authorities().stream().filter(a -> matches(a, level)).map(Authority::id).findFirst();
      if (authority.isEmpty()) {
        err.println(wording.get("cli.unknownAuthority", level,
            String.join(", ", rules.authorities().stream().map(Authority::id).toList())));
        return ExitCode.USAGE.code();
      }
    }
    if (council && register) {
      err.println(wording.get("office.template.both"));
      return ExitCode.USAGE.code();
    }
    Ruleset guide = wording.language().equals(Wording.EN)
        ? RulesetTranslator.english(rules).ruleset() : rules;
    TemplateWriter units = new TemplateWriter(rules, guide, authority);
    OutputFiles.Body writer = council ? out -> new OfficeTemplateWriter().council(wording, out)
        : register ? out -> new OfficeTemplateWriter().register(wording, out) : out -> units.write(wording, out);
    if (output.toString().equals(STDOUT)) {
      return toStdout(writer);
    }
    OutputFiles files = new OutputFiles(overwrite);
    Optional<Message> conflict = files.conflict(List.of(output), loader.filesRead());
    if (conflict.isPresent()) {
      err.println(wording.text(conflict.get()));
      return ExitCode.USAGE.code();
    }
    Path folder = output.toAbsolutePath().getParent();
    try (OutputFolder taken = OutputFolder.take(folder)) {
      files.write(output, writer::write);
    } catch (UsageException e) {
      err.println(wording.text(e.message()));
      return ExitCode.USAGE.code();
    } catch (OutputException e) {
      err.println(wording.text(e.message()));
      return ExitCode.OUTPUT.code();
    }
    spec.commandLine().getOut().println(wording.get("cli.wrote", output));
    return ExitCode.OK.code();
  }

  /**
   * The workbook on standard output, made in memory first (a template is a few kilobytes), so that a
   * closed pipe or a full device is one message and exit code 5, as for any output, not a failure mid-zip.
   */
  private int toStdout(OutputFiles.Body writer) throws IOException {
    if (System.console() != null) {
      spec.commandLine().getErr().println(parent.wording.get("cli.binaryToTerminal"));
      return ExitCode.USAGE.code();
    }
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    writer.write(workbook);
    spec.commandLine().getOut().flush();
    OutputStream stdout = parent.stdout;
    try {
      workbook.writeTo(stdout);
      stdout.flush();
    } catch (IOException e) {
      spec.commandLine().getErr().println(parent.wording.get("out.stdout"));
      return ExitCode.OUTPUT.code();
    }
    return ExitCode.OK.code();
  }

  private static boolean matches(Authority authority, String text) {
    return authority.id().equalsIgnoreCase(text.strip()) || TextKey.same(authority.label(), text)
        || authority.aliases().stream().anyMatch(a -> TextKey.same(a, text));
  }
}
