package vn.dvht.cli;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dvht.diag.Visible;
import vn.dvht.report.DiffJsonRenderer;
import vn.dvht.report.DiffTextRenderer;
import vn.dvht.report.ResultDiff;
import vn.dvht.report.ResultFile;

/**
 * {@code dvht diff OLD.json NEW.json}: what changed between two results, in the run's language or
 * ({@code --json}) as JSON; with {@code --exit-code}, exit 7 when they differ. Both files are read
 * through and checked ({@link ResultFile}) before a line is printed: a file that cannot be compared is
 * one message and exit 3, never half a document.
 */
@Command(name = "diff")
final class DiffCommand implements Callable<Integer> {
  @ParentCommand DvhtCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CŨ.json", descriptionKey = "before")
  Path before;

  @Parameters(index = "1", paramLabel = "MỚI.json", descriptionKey = "after")
  Path after;

  @Option(names = "--json")
  boolean json;

  @Option(names = "--exit-code")
  boolean exitCode;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ResultFile old = open(before, err); ResultFile now = old == null ? null : open(after, err)) {
      if (old == null || now == null) {
        return ExitCode.INVALID.code();
      }
      ResultDiff diff = new ResultDiff(old, now);
      boolean same = diff.same(parent.wording);
      if (json) {
        DiffJsonRenderer renderer = DiffJsonRenderer.start(out, before.toString(), after.toString(), same);
        diff.each(parent.wording, renderer::unit);
        renderer.end();
      } else {
        out.println(parent.wording.get("diff.heading", Visible.of(before.toString()), Visible.of(after.toString())));
        diff.each(parent.wording, change -> DiffTextRenderer.lines(parent.wording, change).forEach(out::println));
      }
      out.flush();
      return exitCode && !same ? ExitCode.DIFFERENT.code() : ExitCode.OK.code();
    } catch (ResultFile.Invalid e) {
      out.flush();
      err.println(e.getMessage());
      return ExitCode.INVALID.code();
    }
  }

  /**
   * A file that is not JSON, in the user's language and without Jackson's English: the file, line and
   * column, what went wrong (cut short, nested or sized past Jackson's limits, or plain bad syntax) and
   * what was expected.
   */
  private String badJson(Path file, JacksonException e) {
    com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    String what = e instanceof com.fasterxml.jackson.core.io.JsonEOFException ? parent.wording.get("diff.badJson.cut")
        : e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException ? parent.wording.get("diff.badJson.limits")
        : parent.wording.get("diff.badJson.syntax");
    return line > 0 && column > 0 ? parent.wording.get("diff.badJson", file, line, column, what)
        : parent.wording.get("diff.badJsonNoPlace", file, what);
  }

  /** A result opened and checked through, or null after saying on {@code err} why it cannot be compared. */
  private ResultFile open(Path file, PrintWriter err) {
    try {
      return ResultFile.open(parent.wording, file);
    } catch (JacksonException e) {
      err.println(badJson(file, e));
    } catch (ResultFile.Invalid e) {
      err.println(e.getMessage());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      err.println(file + ": " + parent.wording.get("input.notFound"));
    } catch (IOException e) {
      err.println(file + ": " + parent.wording.text(vn.dvht.diag.FileAccess.reason(e)));
    }
    return null;
  }
}
