package vn.dvht.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticException;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Messages;
import vn.dvht.input.ReadOptions;
import vn.dvht.model.Level;
import vn.dvht.report.Assessment;
import vn.dvht.report.ReportFormat;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/** {@code dvht evaluate}: reads a unit, evaluates it, prints the verdict and writes the summary files. */
@Command(name = "evaluate")
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand DvhtCommand parent;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TỆP", descriptionKey = "inputs")
  List<String> inputs;

  /** The members file in single-unit mode. */
  Path membersFile;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Option(names = {"-r", "--ruleset"}, paramLabel = "ID|TỆP")
  String ruleset;

  @Option(names = "--targets", paramLabel = "TỆP")
  String targets;

  @Option(names = "--year", paramLabel = "NĂM")
  Integer year;

  @Option(names = "--unit", paramLabel = "TỆP")
  Path unitFile;

  @Option(names = {"-o", "--out"}, paramLabel = "THƯ-MỤC")
  Path outDir;

  @Option(names = "--overwrite")
  boolean overwrite;

  @Option(names = "--no-files")
  boolean noFiles;

  @Option(names = "--json")
  boolean json;

  @Option(names = "--report", paramLabel = "ĐỊNH-DẠNG", defaultValue = "docx")
  String report;

  @Option(names = "--fail-below", paramLabel = "MỨC")
  String failBelow;

  @Option(names = "--dry-run")
  boolean dryRun;

  @Option(names = "--sheet", paramLabel = "TÊN")
  String sheet;

  @Option(names = "--map", paramLabel = "CỘT=CỘT-TỆP")
  Map<String, String> columnMap = new LinkedHashMap<>();

  @Option(names = "--encoding", paramLabel = "MÃ")
  Charset encoding;

  @Option(names = "--delimiter", paramLabel = "KÝ-TỰ")
  String delimiter;

  @Option(names = "--password", paramLabel = "MẬT-KHẨU", arity = "0..1", interactive = true)
  char[] password;

  @Option(names = "--allow-large")
  boolean allowLarge;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD")
  LocalDate reportDate;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<ReportFormat> reportFormat = ReportFormats.parse(report);
    if (reportFormat.isEmpty()) {
      err.println(Messages.get("cli.unknownReport", report, ReportFormats.NAMES));
      return ExitCode.USAGE.code();
    }
    List<Path> files = Inputs.expand(inputs);
    if (files.isEmpty()) {
      err.println(Messages.get("cli.noInputs", String.join(" ", inputs)));
      return ExitCode.USAGE.code();
    }
    LocalDate today = reportDate != null ? reportDate : LocalDate.now(parent.clock);
    Assessor assessor = new Assessor(Optional.ofNullable(ruleset), Optional.ofNullable(targets),
        Optional.ofNullable(year), readOptions(), today, !noFiles && !dryRun);
    boolean batch = files.size() > 1 || inputs.stream().anyMatch(i -> Files.isDirectory(Path.of(i)) || Inputs.isGlob(i));
    if (batch) {
      return new Batch(this, assessor, reportFormat.get()).run(files);
    }
    membersFile = files.get(0);
    return single(assessor, reportFormat.get());
  }

  private int single(Assessor assessor, ReportFormat reportFormat) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Assessor.Read read;
    try {
      read = assessor.read(membersFile, Optional.ofNullable(unitFile));
    } catch (RulesetException e) {
      err.print(new DiagnosticFormatter(e::sourceLines).formatAll(e.diagnostics()));
      return ExitCode.INVALID.code();
    } catch (DiagnosticException e) {
      err.print(DiagnosticFormatter.withoutSources().formatAll(e.diagnostics()));
      err.println(Messages.get("cli.inputInvalid", e.diagnostics().stream().filter(Diagnostic::isError).count()));
      return ExitCode.INVALID.code();
    } catch (Assessor.UsageException e) {
      err.println(e.getMessage());
      return ExitCode.USAGE.code();
    }
    try {
      if (dryRun) {
        out.print(DryRun.text(read.unit(), read.rules(), read.tally()));
        return ExitCode.OK.code();
      }
      return write(assessor.assess(read), reportFormat);
    } finally {
      Assessor.closeQuietly(read.roster());
    }
  }

  private int write(Assessment assessment, ReportFormat reportFormat) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Level> required = Optional.empty();
    if (failBelow != null) {
      required = Levels.parse(assessment.result().ruleset(), failBelow);
      if (required.isEmpty()) {
        err.println(Messages.get("cli.unknownLevel", failBelow, Levels.describe(assessment.result().ruleset())));
        return ExitCode.USAGE.code();
      }
    }
    OutputFiles files = new OutputFiles(overwrite);
    List<Path> outputs = plannedOutputs(reportFormat);
    String conflict = files.conflict(outputs, inputs());
    if (!conflict.isEmpty()) {
      err.println(Messages.get("cli.outputExists", conflict));
      return ExitCode.USAGE.code();
    }
    out.print(render(json ? ReportFormat.JSON : ReportFormat.TEXT, assessment));
    if (!noFiles) {
      files.write(outputs.get(0), o -> ReportFormat.XLSX.renderer().render(assessment, o));
      files.write(outputs.get(1), o -> reportFormat.renderer().render(assessment, o));
      if (!json) {
        outputs.forEach(p -> out.println(Messages.get("cli.wrote", p)));
      }
    }
    out.flush();
    if (required.isPresent() && !assessment.result().reachedAtLeast(required.get())) {
      return ExitCode.BELOW_LEVEL.code();
    }
    return ExitCode.OK.code();
  }


  private ReadOptions readOptions() {
    Optional<Character> separator = Optional.ofNullable(delimiter)
        .map(d -> d.equalsIgnoreCase("tab") || d.equals("\\t") ? '\t' : d.charAt(0));
    return new ReadOptions(Optional.ofNullable(sheet), Optional.ofNullable(encoding), separator,
        Optional.ofNullable(password).map(String::new), columnMap, allowLarge);
  }

  private List<Path> plannedOutputs(ReportFormat reportFormat) {
    if (noFiles) {
      return List.of();
    }
    Path dir = outDir != null ? outDir : Optional.ofNullable(membersFile.getParent()).orElse(Path.of(""));
    String stem = membersFile.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    return List.of(dir.resolve(stem + "-ket-qua." + ReportFormat.XLSX.extension()),
        dir.resolve(stem + "-bao-cao." + reportFormat.extension()));
  }

  private List<Path> inputs() {
    List<Path> inputs = new ArrayList<>(List.of(membersFile));
    if (unitFile != null) {
      inputs.add(unitFile);
    }
    Assessor.siblingUnitFile(membersFile).ifPresent(inputs::add);
    if (ruleset != null && !RulesetLoader.isBuiltin(ruleset)) {
      inputs.add(Path.of(ruleset));
    }
    if (targets != null && !RulesetLoader.isBuiltin(targets)) {
      inputs.add(Path.of(targets));
    }
    return inputs;
  }

  private static String render(ReportFormat format, Assessment assessment) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    format.renderer().render(assessment, buffer);
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
