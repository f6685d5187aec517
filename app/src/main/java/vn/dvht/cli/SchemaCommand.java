package vn.dvht.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dvht.report.JsonRenderer;

/**
 * {@code dvht schema result|ruleset}: a JSON Schema (draft-07) dvht publishes — of every JSON document it
 * prints ({@code result}: evaluate --json, its --report json file, --dry-run --json, diff --json), or of
 * ruleset files ({@code ruleset}, as {@code dvht ruleset schema}).
 */
@Command(name = "schema")
final class SchemaCommand implements Callable<Integer> {
  /** The schema of the education office's appraisal JSON ({@code dvht tham-dinh}). */
  static final String APPRAISAL = "/vn/dvht/appraisal.schema.json";

  static final Map<String, String> RESOURCES = Map.of(
      "result", JsonRenderer.SCHEMA,
      "ruleset", RulesetSchemaCommand.RESOURCE,
      "appraisal", APPRAISAL);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "result|ruleset|appraisal", descriptionKey = "name", completionCandidates = Names.class)
  String name;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  /** The schemas' names, for shell completion. */
  static final class Names extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Names() {
      super(List.of("result", "ruleset", "appraisal"));
    }
  }

  @Override
  public Integer call() throws IOException {
    String resource = RESOURCES.get(name.strip().toLowerCase(java.util.Locale.ROOT));
    if (resource == null) {
      spec.commandLine().getErr().println(DvhtCommand.wording(spec).get("cli.unknownSchema", name, String.join(", ", new Names())));
      return ExitCode.USAGE.code();
    }
    try (InputStream in = SchemaCommand.class.getResourceAsStream(resource)) {
      spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
