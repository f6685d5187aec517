package vn.dvht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import vn.dvht.assess.AssessmentRun;
import vn.dvht.assess.OutputException;
import vn.dvht.assess.UnitOutcome;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Visible;
import vn.dvht.diag.Wording;
import vn.dvht.report.BatchJsonRenderer;
import vn.dvht.report.BatchXlsxRenderer;
import vn.dvht.report.FileFailure;
import vn.dvht.report.Stamp;

/**
 * What {@code dvht evaluate} prints for a batch: each unit's JSON as soon as the units before it are
 * done (with {@code --json}), else one line per file and the totals; the files that failed on stderr;
 * a progress bar on a terminal. The outcome becomes the exit code.
 */
final class BatchPrinter implements AssessmentRun.Listener {
  private static final int SHOWN_PROBLEMS = 5;

  private final Wording wording;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;
  private final boolean progress;
  private final boolean files;
  private BatchJsonRenderer.Stream stream;

  BatchPrinter(Wording wording, CommandLine command, boolean json, boolean quiet, boolean files) {
    this.wording = wording;
    this.out = command.getOut();
    this.err = command.getErr();
    this.json = json;
    this.progress = System.console() != null && !quiet;
    this.files = files;
  }

  int run(AssessmentRun run) throws IOException, OutputException {
    AssessmentRun.BatchOutcome done;
    if (json) {
      try (BatchJsonRenderer.Stream s = BatchJsonRenderer.stream(out, Stamp.toolVersion(), run.reportDate())) {
        stream = s;
        done = run.many(this);
        s.finish(wording, done.failures());
      }
    } else {
      done = run.many(this);
    }
    if (progress) {
      err.print("\r" + " ".repeat(60) + "\r");
    }
    if (!json) {
      done.units().forEach(o -> out.println(Visible.of(line(o))));
      out.println(wording.get("batch.summary", done.units().size(), done.assessed().size(), done.failures().size()));
      done.summary().ifPresent(p -> out.println(Visible.of(wording.get("cli.wrote", p))));
    }
    out.flush();
    report(done.failures());
    if (!done.failures().isEmpty()) {
      return ExitCode.INVALID.code();
    }
    if (done.levelProblem().isPresent()) {
      err.println(wording.text(done.levelProblem().get()));
      return ExitCode.USAGE.code();
    }
    return done.belowLevel() ? ExitCode.BELOW_LEVEL.code() : ExitCode.OK.code();
  }

  @Override
  public void unit(UnitOutcome outcome) throws IOException {
    if (stream != null && outcome.assessment().isPresent()) {
      stream.unit(outcome.assessment().get(), AssessmentRun.files(outcome));
    }
  }

  @Override
  public void progress(int done, int total) {
    if (progress) {
      synchronized (err) {
        err.print("\r" + bar(done, total));
        err.flush();
      }
    }
  }

  private static String bar(int done, int total) {
    int width = 30;
    int filled = (int) ((long) done * width / total);
    return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total;
  }

  private String line(UnitOutcome o) {
    if (o.assessment().isEmpty()) {
      return wording.get("batch.lineFailed", o.input(), o.problems().size());
    }
    var result = o.assessment().get().result();
    return wording.get("batch.line", o.input(), result.unit().profile().name(), BatchXlsxRenderer.resultLabel(wording, result));
  }

  private void report(List<FileFailure> failures) {
    if (failures.isEmpty()) {
      return;
    }
    err.println(wording.get("batch.failed", failures.size()));
    for (FileFailure failure : failures) {
      failure.problems().stream().limit(SHOWN_PROBLEMS)
          .forEach(d -> err.println("  " + DiagnosticFormatter.withoutSources(wording).format(d)));
      if (failure.problems().size() > SHOWN_PROBLEMS) {
        err.println("  " + wording.get("text.moreWarnings", failure.problems().size() - SHOWN_PROBLEMS));
      }
    }
    err.flush();
  }
}
