package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.dvht.testing.CliRun;

/** README.md shows the real usage and the commands CI runs. */
class ReadmeTest {
  static final Path README = Path.of("..", "README.md");

  @Test
  void usageInTheReadmeMatchesHelp() throws Exception {
    String readme = Files.readString(README);
    assertThat(readme).contains("```text\n" + CliRun.of("--help").out() + "```");
    assertThat(readme).contains("```text\n" + CliRun.of("evaluate", "--help").out() + "```");
    // The education office's two commands beside the clerk's.
    assertThat(readme).contains("```text\n" + CliRun.of("tham-dinh", "--help").out() + "```");
    assertThat(readme).contains("```text\n" + CliRun.of("tong-hop", "--help").out() + "```");
  }

  @Test
  void ciRunsExactlyTheReadmeTestCommand() throws Exception {
    String readme = Files.readString(README);
    String ci = Files.readString(Path.of("..", ".ci", "run"));
    String testCommand = "./mvnw -q verify";
    assertThat(readme).contains("```sh\n" + testCommand + "\n```");
    assertThat(ci.strip()).endsWith("\n" + testCommand);
  }
}
