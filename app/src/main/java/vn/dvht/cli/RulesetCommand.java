package vn.dvht.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dvht ruleset …}: tools for the people who maintain rulesets. */
@Command(
    name = "ruleset",
    header = "Công cụ cho bộ tiêu chí: kiểm tra, liệt kê, xem, lược đồ JSON.",
    synopsisHeading = "Cách dùng: ",
    descriptionHeading = "%n",
    description = {"Kiểm tra tệp bộ tiêu chí (dùng được trong CI), xem bộ tiêu chí dạng bảng, in lược đồ JSON."},
    optionListHeading = "%nTùy chọn:%n",
    commandListHeading = "%nLệnh:%n",
    subcommands = {RulesetCheckCommand.class, RulesetTestCommand.class, RulesetListCommand.class, RulesetShowCommand.class,
        RulesetSchemaCommand.class})
final class RulesetCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Hiện trợ giúp này.")
  boolean help;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
