package vn.dvht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dvht.assess.AppraisalOptions;
import vn.dvht.assess.AppraisalRun;
import vn.dvht.assess.OutputException;
import vn.dvht.assess.UsageException;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticException;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Visible;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.Dates;
import vn.dvht.office.Deadlines;
import vn.dvht.report.OfficeFile;
import vn.dvht.ruleset.RulesetException;

/**
 * {@code dvht tham-dinh} ({@code appraise}): the education office appraises the dossiers its units sent
 * — member lists re-evaluated, dvht's own results checked — with its council and its register, and writes
 * its dossier: the council's report, the Tờ trình, the draft decision, the letters, the register and the
 * statistics.
 */
@Command(name = "tham-dinh", aliases = "appraise")
final class AppraiseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand DvhtCommand parent;

  @Parameters(arity = "1..*", paramLabel = "THƯ-MỤC", descriptionKey = "inputs", converter = PathArgument.class)
  List<String> inputs;

  @Option(names = {"--hoi-dong", "--council-file"}, paramLabel = "TỆP", required = true, descriptionKey = "hoi-dong")
  Path setup;

  @Option(names = {"--so-theo-doi", "--register-file"}, paramLabel = "TỆP", descriptionKey = "so-theo-doi")
  Path register;

  @Mixin RunOptions run;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate date = run.date(parent.clock);
    AppraisalOptions options = new AppraisalOptions(inputs, setup, Optional.ofNullable(register),
        run.ruleset(), run.year(), run.outDir(), run.overwrite, !run.noFiles, date, parent.wording);
    try (AppraisalRun appraisal = new AppraisalRun(options)) {
      appraisal.check();
      AppraisalBook book = appraisal.appraise();
      warnings(book, err);
      List<Path> written = run.noFiles ? List.of() : appraisal.write(book);
      OfficeFile.Context context = OfficeFile.Context.of(book, date, options.wording());
      if (run.json) {
        OfficeFile.json(context, out);
      } else {
        summary(book, context, written, out);
      }
      out.flush();
      return book.unread().isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID.code();
    } catch (RulesetException e) {
      err.print(new DiagnosticFormatter(parent.wording, e::sourceLines).formatAll(e.diagnostics()));
      return ExitCode.INVALID.code();
    } catch (DiagnosticException e) {
      err.print(DiagnosticFormatter.withoutSources(parent.wording).formatAll(e.diagnostics()));
      err.println(parent.wording.get("office.cli.invalid", e.diagnostics().stream().filter(Diagnostic::isError).count()));
      return ExitCode.INVALID.code();
    } catch (UsageException e) {
      err.println(parent.wording.text(e.message()));
      return ExitCode.USAGE.code();
    } catch (OutputException e) {
      err.println(parent.wording.text(e.message()));
      return ExitCode.OUTPUT.code();
    }
  }

  /** The office's and the register's warnings, the files that could not be read, a late sitting: on stderr. */
  private void warnings(AppraisalBook book, PrintWriter err) {
    DiagnosticFormatter format = DiagnosticFormatter.withoutSources(parent.wording);
    err.print(format.formatAll(book.setup().warnings()));
    err.print(format.formatAll(book.register().warnings()));
    for (AppraisalBook.Unread unread : book.unread()) {
      err.print(format.formatAll(unread.problems()));
    }
    Deadlines.Deadline due = Deadlines.appraisal(book.ruleset(), book.office().authority(), book.office().year());
    if (!book.office().sitting().isBefore(due.date())) {
      err.println(parent.wording.get("office.cli.late", Dates.show(book.office().sitting()), Dates.show(due.date()),
          due.citation()));
    }
  }

  private void summary(AppraisalBook book, OfficeFile.Context context, List<Path> written, PrintWriter out) {
    out.println(parent.wording.get("office.cli.summary", book.units().size(), book.recognised().size(),
        book.answered().size(), book.units().stream().filter(u -> u.edited()).count(), book.unread().size()));
    OfficeFile.formLanguageNote(book, parent.wording).ifPresent(out::println);
    for (Path path : written) {
      out.println(Visible.of(parent.wording.get("cli.wrote", path)));
    }
  }
}
