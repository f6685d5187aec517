package vn.dvht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticException;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Messages;
import vn.dvht.model.Level;
import vn.dvht.report.Assessment;
import vn.dvht.report.BatchJsonRenderer;
import vn.dvht.report.BatchXlsxRenderer;
import vn.dvht.report.FileFailure;
import vn.dvht.report.ReportFormat;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/**
 * {@code dvht evaluate} over many unit files: evaluated in parallel on every core, results kept in
 * input order; a file that cannot be read is listed and the others go on. Writes each unit's files
 * and the consolidated workbook ({@value #SUMMARY}) into the output directory.
 */
final class Batch {
  static final String SUMMARY = "tong-hop-don-vi.xlsx";
  private static final int SHOWN_PROBLEMS = 5;

  private final EvaluateCommand options;
  private final Assessor assessor;
  private final ReportFormat reportFormat;

  Batch(EvaluateCommand options, Assessor assessor, ReportFormat reportFormat) {
    this.options = options;
    this.assessor = assessor;
    this.reportFormat = reportFormat;
  }

  /** One file's outcome. */
  private record Outcome(Path file, Optional<Assessment> assessment, List<Diagnostic> problems) {}

  int run(List<Path> files) throws IOException {
    PrintWriter out = options.spec.commandLine().getOut();
    PrintWriter err = options.spec.commandLine().getErr();
    if (options.ruleset != null) {
      try {
        new RulesetLoader().resolve(options.ruleset);
      } catch (RulesetException e) {
        err.print(new DiagnosticFormatter(e::sourceLines).formatAll(e.diagnostics()));
        return ExitCode.INVALID.code();
      }
    }
    Path dir = options.outDir != null ? options.outDir : Path.of("dvht-ket-qua");
    Map<Path, String> stems = stems(files);
    OutputFiles writer = new OutputFiles(options.overwrite);
    if (!options.noFiles) {
      List<Path> planned = new ArrayList<>(List.of(dir.resolve(SUMMARY)));
      stems.values().forEach(s -> planned.addAll(unitOutputs(dir, s)));
      String conflict = writer.conflict(planned, files);
      if (!conflict.isEmpty()) {
        err.println(Messages.get("cli.outputExists", conflict));
        return ExitCode.USAGE.code();
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    List<FileFailure> failures = new ArrayList<>();
    try (BatchJsonRenderer.Stream json = options.json
        ? BatchJsonRenderer.stream(out, Version.current(), assessor.today()) : null) {
      // Each unit's JSON is written as soon as the units before it are done; only its summary is kept.
      evaluate(files, file -> outcome(file, dir, stems.get(file), writer), err, outcome -> {
        if (outcome.assessment().isPresent() && json != null) {
          json.unit(outcome.assessment().get());
        }
        if (outcome.assessment().isEmpty()) {
          failures.add(new FileFailure(outcome.file().toString(), outcome.problems()));
        }
        outcomes.add(json == null ? outcome
            : new Outcome(outcome.file(), outcome.assessment().map(a -> a.summary(false)), outcome.problems()));
      });
      if (json != null) {
        json.finish(failures);
      }
    }
    List<Assessment> assessed = outcomes.stream().flatMap(o -> o.assessment().stream()).toList();
    if (!options.noFiles) {
      writer.write(dir.resolve(SUMMARY), o -> new BatchXlsxRenderer().render(assessed, failures, assessor.today(), o));
    }
    if (!options.json) {
      outcomes.forEach(o -> out.println(line(o)));
      out.println(Messages.get("batch.summary", files.size(), assessed.size(), failures.size()));
      if (!options.noFiles) {
        out.println(Messages.get("cli.wrote", dir.resolve(SUMMARY)));
      }
    }
    out.flush();
    report(err, failures);
    return exitCode(assessed, failures, err);
  }

  private int exitCode(List<Assessment> assessed, List<FileFailure> failures, PrintWriter err) {
    if (!failures.isEmpty()) {
      return ExitCode.INVALID.code();
    }
    if (options.failBelow == null) {
      return ExitCode.OK.code();
    }
    for (Assessment a : assessed) {
      Optional<Level> required = Levels.parse(a.result().ruleset(), options.failBelow);
      if (required.isEmpty()) {
        err.println(Messages.get("cli.unknownLevel", options.failBelow, Levels.describe(a.result().ruleset())));
        return ExitCode.USAGE.code();
      }
      if (!a.result().reachedAtLeast(required.get())) {
        return ExitCode.BELOW_LEVEL.code();
      }
    }
    return ExitCode.OK.code();
  }

  /** Evaluates one file; never throws for a bad file — its problems are the outcome. */
  private Outcome outcome(Path file, Path dir, String stem, OutputFiles writer) {
    try {
      Assessor.Read read = assessor.read(file, Optional.empty());
      try {
        Assessment assessment = assessor.assess(read);
        if (!options.noFiles) {
          List<Path> outputs = unitOutputs(dir, stem);
          writer.write(outputs.get(0), o -> ReportFormat.XLSX.renderer().render(assessment, o));
          writer.write(outputs.get(1), o -> reportFormat.renderer().render(assessment, o));
        }
        return new Outcome(file, Optional.of(assessment.summary(options.json)), List.of());
      } finally {
        Assessor.closeQuietly(read.roster());
      }
    } catch (DiagnosticException e) {
      return new Outcome(file, Optional.empty(), e.diagnostics());
    } catch (Assessor.UsageException | IOException | RuntimeException e) {
      return new Outcome(file, Optional.empty(), List.of(Diagnostic.error("I199",
          new vn.dvht.diag.SourcePosition.InFile(file.toString()), e.getMessage())));
    }
  }

  /** Work for one file. */
  private interface Task {
    Outcome run(Path file);
  }

  /** Receives the outcomes in input order. */
  private interface InOrder {
    void accept(Outcome outcome) throws IOException;
  }

  /** Runs the tasks on every core and hands their outcomes on in input order, with a progress bar on a terminal. */
  private void evaluate(List<Path> files, Task task, PrintWriter err, InOrder sink) throws IOException {
    int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    boolean progress = System.console() != null && !options.quiet;
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> {
          Outcome outcome = task.run(file);
          int n = done.incrementAndGet();
          if (progress) {
            synchronized (err) {
              err.print("\r" + bar(n, files.size()));
              err.flush();
            }
          }
          return outcome;
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        sink.accept(futures.get(i).get());
        futures.set(i, null);
      }
      if (progress) {
        err.print("\r" + " ".repeat(60) + "\r");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String bar(int done, int total) {
    int width = 30;
    int filled = (int) ((long) done * width / total);
    return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total;
  }

  private String line(Outcome o) {
    if (o.assessment().isEmpty()) {
      return Messages.get("batch.lineFailed", o.file(), o.problems().size());
    }
    var result = o.assessment().get().result();
    return Messages.get("batch.line", o.file(), result.unit().profile().name(), BatchXlsxRenderer.resultLabel(result));
  }

  private static void report(PrintWriter err, List<FileFailure> failures) {
    if (failures.isEmpty()) {
      return;
    }
    err.println(Messages.get("batch.failed", failures.size()));
    for (FileFailure failure : failures) {
      failure.problems().stream().limit(SHOWN_PROBLEMS)
          .forEach(d -> err.println("  " + DiagnosticFormatter.withoutSources().format(d)));
      if (failure.problems().size() > SHOWN_PROBLEMS) {
        err.println("  " + Messages.get("text.moreWarnings", failure.problems().size() - SHOWN_PROBLEMS));
      }
    }
    err.flush();
  }

  private List<Path> unitOutputs(Path dir, String stem) {
    return List.of(dir.resolve(stem + "-ket-qua." + ReportFormat.XLSX.extension()),
        dir.resolve(stem + "-bao-cao." + reportFormat.extension()));
  }

  /** Output names from input names, numbered when two inputs share a name. */
  private static Map<Path, String> stems(List<Path> files) {
    Map<Path, String> stems = new HashMap<>();
    Map<String, Integer> used = new HashMap<>();
    for (Path file : files) {
      String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      int n = used.merge(stem, 1, Integer::sum);
      stems.put(file, n == 1 ? stem : stem + "-" + n);
    }
    return stems;
  }
}
