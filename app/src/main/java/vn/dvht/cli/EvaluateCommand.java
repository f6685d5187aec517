package vn.dvht.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dvht.assess.AssessOptions;
import vn.dvht.assess.AssessmentRun;
import vn.dvht.assess.Assessor;
import vn.dvht.assess.Inputs;
import vn.dvht.assess.OutputException;
import vn.dvht.assess.UnitOutcome;
import vn.dvht.assess.UsageException;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticException;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Visible;
import vn.dvht.input.ReadOptions;
import vn.dvht.json.Envelope;
import vn.dvht.report.Assessment;
import vn.dvht.report.FileFailure;
import vn.dvht.report.JsonRenderer;
import vn.dvht.report.ReportFormat;
import vn.dvht.report.Stamp;
import vn.dvht.ruleset.RulesetException;

/** {@code dvht evaluate}: reads a unit, evaluates it, prints the verdict and writes the summary files. */
@Command(name = "evaluate")
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand DvhtCommand parent;

  @Spec CommandSpec spec;

  @Mixin RunOptions run;

  @Parameters(arity = "1..*", paramLabel = "TỆP", descriptionKey = "inputs", converter = PathArgument.class)
  List<String> inputs;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Option(names = "--targets", paramLabel = "TỆP", converter = PathArgument.class)
  String targets;

  @Option(names = "--unit", paramLabel = "TỆP")
  Path unitFile;

  @Option(names = "--report", paramLabel = "ĐỊNH-DẠNG", defaultValue = "docx", converter = ReportFormatArgument.class,
      completionCandidates = ReportFormatArgument.Names.class)
  ReportFormat report;

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

  /** Given without a value, the password is asked for on the terminal (never on stdout, which may be the JSON). */
  @Option(names = "--password", paramLabel = "MẬT-KHẨU", arity = "0..1", fallbackValue = PasswordPrompt.ASK)
  String password;

  @Option(names = "--allow-large")
  boolean allowLarge;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = Inputs.expand(inputs);
    if (files.isEmpty()) {
      err.println(parent.wording.get("cli.noInputs", String.join(" ", inputs)));
      return ExitCode.USAGE.code();
    }
    boolean batch = files.size() > 1 || inputs.stream().anyMatch(i -> Files.isDirectory(Path.of(i)) || Inputs.isGlob(i));
    AssessOptions options = new AssessOptions(files, batch, run.ruleset(), Optional.ofNullable(targets),
        run.year(), Optional.ofNullable(unitFile), run.outDir(), run.overwrite,
        !run.noFiles && !dryRun, report, Optional.ofNullable(failBelow), readOptions(),
        run.date(parent.clock), run.json, parent.wording);
    try (AssessmentRun assessment = new AssessmentRun(options)) {
      assessment.check();
      if (batch && dryRun) {
        return new DryRun(parent.wording).batch(assessment, options.inputs(), run.json, spec.commandLine().getOut(), err);
      }
      return batch ? new BatchPrinter(parent.wording, spec.commandLine(), run.json, quiet, options.files()).run(assessment)
          : single(assessment, files.get(0));
    } catch (RulesetException e) {
      err.print(new DiagnosticFormatter(parent.wording, e::sourceLines).formatAll(e.diagnostics()));
      return ExitCode.INVALID.code();
    } catch (UsageException e) {
      err.println(parent.wording.text(e.message()));
      return ExitCode.USAGE.code();
    } catch (OutputException e) {
      err.println(parent.wording.text(e.message()));
      if (System.getenv("DVHT_DEBUG") != null && e.getCause() != null) {
        e.getCause().printStackTrace(err);
      }
      return ExitCode.OUTPUT.code();
    }
  }

  private int single(AssessmentRun assessment, Path input) throws IOException, OutputException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (dryRun) {
        Assessor.Read read = assessment.read(input);
        if (run.json) {
          new DryRun(parent.wording).json(out, input.toString(), read.unit(), read.rules(), read.tally());
        } else {
          out.print(new DryRun(parent.wording).text(read.unit(), read.rules(), read.tally()));
        }
        out.flush();
        return ExitCode.OK.code();
      }
      UnitOutcome outcome = assessment.one(input, done -> {
        if (run.json) {
          new JsonRenderer().render(done.assessment().get(), out);
        } else {
          out.print(render(ReportFormat.TEXT, done.assessment().get()));
          done.outputs().forEach(p -> out.println(Visible.of(parent.wording.get("cli.wrote", p))));
        }
        out.flush();
      });
      return assessment.reached(outcome.assessment().get()) ? ExitCode.OK.code() : ExitCode.BELOW_LEVEL.code();
    } catch (RulesetException e) {
      err.print(new DiagnosticFormatter(parent.wording, e::sourceLines).formatAll(e.diagnostics()));
      return ExitCode.INVALID.code();
    } catch (DiagnosticException e) {
      if (run.json) {
        failure(out, new FileFailure(input.toString(), e.diagnostics()), assessment.reportDate());
      }
      err.print(DiagnosticFormatter.withoutSources(parent.wording).formatAll(e.diagnostics()));
      err.println(parent.wording.get("cli.inputInvalid", e.diagnostics().stream().filter(Diagnostic::isError).count()));
      return ExitCode.INVALID.code();
    } catch (UsageException e) {
      err.println(parent.wording.text(e.message()));
      return ExitCode.USAGE.code();
    }
  }

  /**
   * A unit that could not be read, with {@code --json}: the same document as a batch's (or a dry run's),
   * no unit and one failure; the problems go to stderr as well.
   */
  private void failure(PrintWriter out, FileFailure failure, LocalDate date) throws IOException {
    try (JsonGenerator generator = JsonRenderer.generator(out)) {
      JsonRenderer.start(generator, dryRun ? "dry-run" : "result", Stamp.toolVersion());
      if (!dryRun) {
        generator.writeStringField(Envelope.REPORT_DATE, date.toString());
      }
      generator.writeArrayFieldStart(Envelope.UNITS);
      generator.writeEndArray();
      JsonRenderer.writeFailures(parent.wording, generator, List.of(failure));
      generator.writeEndObject();
      generator.writeRaw('\n');
    }
    out.flush();
  }

  private ReadOptions readOptions() {
    Optional<Character> separator = Optional.ofNullable(delimiter)
        .map(d -> d.equalsIgnoreCase("tab") || d.equals("\\t") ? '\t' : d.charAt(0));
    return new ReadOptions(Optional.ofNullable(sheet), Optional.ofNullable(encoding), separator,
        Optional.ofNullable(password)
            .map(p -> PasswordPrompt.ASK.equals(p) ? PasswordPrompt.ask(parent.wording, spec.commandLine().getErr()) : p),
        columnMap, allowLarge);
  }

  private static String render(ReportFormat format, Assessment assessment) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    format.renderer().render(assessment, buffer);
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
