package vn.dvht.assess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dvht.diag.Message;
import vn.dvht.report.BatchFile;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/** What a run of {@code dvht evaluate} will write, and the files it reads that no output may replace. */
final class OutputPlan {
  private OutputPlan() {}

  /**
   * Every output of the run, the consolidated workbook first; two inputs whose outputs would have one
   * name (the same file named twice, {@code a.xlsx} and {@code ./a.xlsx}) are a usage problem.
   */
  static List<Path> planned(AssessOptions options, Function<Path, List<Path>> outputs) throws UsageException {
    Map<String, Path> byName = new HashMap<>();
    List<Path> planned = new ArrayList<>();
    if (options.batch()) {
      planned.add(options.outputFolder().resolve(BatchFile.SUMMARY.fileName()));
    }
    for (Path input : options.inputs()) {
      for (Path output : outputs.apply(input)) {
        Path other = byName.putIfAbsent(OutputNames.key(output.getFileName().toString()), input);
        if (other != null) {
          throw new UsageException(Message.of("out.sameName", other, input, output.getFileName()));
        }
        planned.add(output);
      }
    }
    return planned;
  }

  /**
   * Files an output must never replace: the inputs, their unit-fact files, the rulesets read (with the
   * rulesets they extend and their report and letter forms) and the plan ruleset of {@code --targets}.
   */
  static List<Path> readByRun(AssessOptions options, RulesetLoader loader) {
    List<Path> read = new ArrayList<>(options.inputs());
    options.unitFile().ifPresent(read::add);
    options.inputs().forEach(i -> Assessor.siblingUnitFile(i).ifPresent(read::add));
    read.addAll(loader.filesRead());
    if (options.targets().isPresent() && !RulesetLoader.isBuiltin(options.targets().get())) {
      RulesetLoader plan = new RulesetLoader();
      try {
        plan.resolve(options.targets().get());
      } catch (RulesetException e) {
        // said when the first unit is evaluated, as before; its files are protected all the same
      }
      read.addAll(plan.filesRead());
    }
    return read;
  }
}
