package vn.dvht.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dvht.diag.Messages;
import vn.dvht.report.DiffJsonRenderer;
import vn.dvht.report.ResultDiff;

/**
 * {@code dvht diff OLD.json NEW.json}: what changed between two results, in the current language or
 * ({@code --json}) as JSON; with {@code --exit-code}, exit 7 when they differ.
 */
@Command(name = "diff")
final class DiffCommand implements Callable<Integer> {
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
    JsonNode old = read(before, err);
    JsonNode now = read(after, err);
    if (old == null || now == null) {
      return ExitCode.INVALID.code();
    }
    List<ResultDiff.UnitChange> changes = new ResultDiff().changes(old, now);
    if (json) {
      DiffJsonRenderer.render(out, before.toString(), after.toString(), changes);
    } else {
      out.println(Messages.get("diff.heading", before, after));
      ResultDiff.lines(changes).forEach(out::println);
    }
    out.flush();
    return exitCode && !ResultDiff.same(changes) ? ExitCode.DIFFERENT.code() : ExitCode.OK.code();
  }

  /**
   * A file that is not JSON, in the user's language and without Jackson's English: the file, line and
   * column, what went wrong (cut short, nested or sized past Jackson's limits, or plain bad syntax) and
   * what was expected.
   */
  static String badJson(Path file, JacksonException e) {
    com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    String what = e instanceof com.fasterxml.jackson.core.io.JsonEOFException ? Messages.get("diff.badJson.cut")
        : e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException ? Messages.get("diff.badJson.limits")
        : Messages.get("diff.badJson.syntax");
    return line > 0 && column > 0 ? Messages.get("diff.badJson", file, line, column, what)
        : Messages.get("diff.badJsonNoPlace", file, what);
  }

  private static JsonNode read(Path file, PrintWriter err) {
    try {
      JsonNode node = new ObjectMapper().readTree(file.toFile());
      // A result of any schemaVersion, or from before there was one; never a dry run's or a diff's JSON.
      if (node == null || !node.path("units").isArray() || !node.path("kind").asText("result").equals("result")) {
        err.println(file + ": " + Messages.get("diff.notResult"));
        return null;
      }
      return node;
    } catch (JacksonException e) {
      err.println(badJson(file, e));
      return null;
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      err.println(file + ": " + Messages.get("input.notFound"));
      return null;
    } catch (IOException e) {
      err.println(file + ": " + vn.dvht.diag.FileAccess.reason(e));
      return null;
    }
  }
}
