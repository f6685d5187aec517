package vn.dvht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dvht.assess.OutputException;
import vn.dvht.assess.OutputFiles;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticException;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Message;
import vn.dvht.diag.Visible;
import vn.dvht.model.Level;
import vn.dvht.model.Ruleset;
import vn.dvht.office.AppraisalJsonReader;
import vn.dvht.office.MergedSource;
import vn.dvht.office.MergedUnit;
import vn.dvht.office.UpwardMerge;
import vn.dvht.report.MergeFile;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/**
 * {@code dvht tong-hop} ({@code merge}): several offices' appraisals ({@code ket-qua-tham-dinh.json}) in
 * one workbook for the Sở or the Ministry, counted exactly, each source named, a unit reported twice
 * flagged. A file that is not an appraisal stops the merge before anything is written: a total that
 * silently left an office out would be wrong.
 */
@Command(name = "tong-hop", aliases = "merge")
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand DvhtCommand parent;

  @Parameters(arity = "1..*", paramLabel = "TỆP.json", descriptionKey = "inputs")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "TỆP.xlsx", defaultValue = MergeFile.WORKBOOK_NAME)
  Path output;

  @Option(names = {"-r", "--ruleset"}, paramLabel = "ID|TỆP", defaultValue = "tt24", converter = PathArgument.class)
  String ruleset;

  @Option(names = "--overwrite")
  boolean overwrite;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD")
  LocalDate date;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path target = output;
    List<Path> files = files();
    OutputFiles writer = new OutputFiles(overwrite);
    java.util.Optional<vn.dvht.diag.Message> conflict = writer.conflict(List.of(target), files);
    if (conflict.isPresent()) {
      err.println(parent.wording.text(conflict.get()));
      return ExitCode.USAGE.code();
    }
    try {
      Ruleset rules = new RulesetLoader().resolve(ruleset).ruleset();
      List<MergedSource> sources = new ArrayList<>();
      List<MergedUnit> units = new ArrayList<>();
      List<Diagnostic> problems = new ArrayList<>();
      for (Path file : files) {
        try {
          AppraisalJsonReader.Read read = AppraisalJsonReader.read(file, sources.size() + 1);
          sources.add(read.source());
          units.addAll(read.units());
        } catch (DiagnosticException e) {
          problems.addAll(e.diagnostics());
        }
      }
      if (!problems.isEmpty()) {
        err.print(DiagnosticFormatter.withoutSources(parent.wording).formatAll(problems));
        err.println(parent.wording.get("office.merge.invalid", problems.size()));
        return ExitCode.INVALID.code();
      }
      List<String> levels = rules.levels().stream().filter(l -> !l.plan())
          .sorted(java.util.Comparator.comparingInt(Level::rank).reversed()).map(Level::id).toList();
      UpwardMerge merge = UpwardMerge.of(sources, units, levels);
      LocalDate day = date != null ? date : LocalDate.now(parent.clock);
      MergeFile.Context context = new MergeFile.Context(merge, rules, day, parent.wording);
      writer.write(target, out -> MergeFile.WORKBOOK.render(context, out));
      PrintWriter out = spec.commandLine().getOut();
      out.println(parent.wording.get("office.merge.summary", sources.size(), merge.units().size(), merge.repeats().size()));
      out.println(Visible.of(parent.wording.get("cli.wrote", target)));
      return ExitCode.OK.code();
    } catch (RulesetException e) {
      err.print(new DiagnosticFormatter(parent.wording, e::sourceLines).formatAll(e.diagnostics()));
      return ExitCode.INVALID.code();
    } catch (OutputException e) {
      err.println(parent.wording.text(e.message()));
      return ExitCode.OUTPUT.code();
    }
  }

  /** The files given; a folder gives its .json files, in path order. */
  private List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().forEach(files::add);
        }
      } else {
        files.add(input);
      }
    }
    return files;
  }
}
