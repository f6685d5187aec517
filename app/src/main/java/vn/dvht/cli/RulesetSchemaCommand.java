package vn.dvht.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dvht ruleset schema}: the JSON Schema (draft-07) of ruleset files, for editors. */
@Command(name = "schema")
final class RulesetSchemaCommand implements Callable<Integer> {
  static final String RESOURCE = "/vn/dvht/ruleset.schema.json";

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Override
  public Integer call() throws IOException {
    try (InputStream in = RulesetSchemaCommand.class.getResourceAsStream(RESOURCE)) {
      spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    return ExitCode.OK.code();
  }
}
