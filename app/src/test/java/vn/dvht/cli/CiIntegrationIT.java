package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvht.testing.ProcessRun;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped CI integrations run as their hosts run them: each shell step of {@code action.yml} with
 * the environment GitHub Actions gives a composite action, and each {@code .pre-commit-hooks.yaml}
 * hook's entry with the files pre-commit would pass, through the real launcher.
 */
class CiIntegrationIT {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();


  @Test
  void theActionChecksAndTestsRulesetsAndAnnotatesProblems(@TempDir Path workspace) throws Exception {
    JsonNode action = new YAMLMapper().readTree(ROOT.resolve("action.yml").toFile());
    assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
    List<JsonNode> steps = new ArrayList<>();
    action.path("runs").path("steps").forEach(step -> {
      if (step.has("run")) {
        steps.add(step);
      }
    });
    assertThat(steps).extracting(s -> s.path("name").asText()).containsExactly("dvht ruleset check", "dvht ruleset test");

    Files.createDirectories(workspace.resolve("rulesets"));
    Files.copy(ROOT.resolve("rulesets/tt24.yaml"), workspace.resolve("rulesets/tt24.yaml"));
    for (JsonNode step : steps) {
      ProcessRun ok = step(step, workspace, "rulesets\n");
      assertThat(ok.code()).as(step.path("name").asText() + ": " + ok.err()).isZero();
      assertThat(ok.out()).doesNotContain("::error");
    }

    Path folder = Files.createDirectories(workspace.resolve("tỉnh x/bộ tiêu chí"));
    Files.copy(Path.of(RulesetCommandTest.INVALID, "threshold-out-of-range.yaml"), folder.resolve("hỏng 1.yaml"));
    ProcessRun broken = step(steps.get(0), workspace, "rulesets\ntỉnh x/bộ tiêu chí\n\n");
    assertThat(broken.code()).isEqualTo(ExitCode.INVALID.code());
    assertThat(broken.out()).contains("::error file=tỉnh x/bộ tiêu chí/hỏng 1.yaml,line=46,col=51,title=dvht R012::");
  }

  @Test
  void thePreCommitHooksRunOnTheFilesTheyMatch(@TempDir Path repo) throws Exception {
    JsonNode hooks = new YAMLMapper().readTree(ROOT.resolve(".pre-commit-hooks.yaml").toFile());
    assertThat(hooks.findValuesAsText("id")).containsExactly("dvht-ruleset-check", "dvht-ruleset-test");
    Files.createDirectories(repo.resolve("rulesets"));
    Path good = Files.copy(ROOT.resolve("rulesets/tt24.yaml"), repo.resolve("rulesets/tt24.yaml"));
    Path bad = Files.copy(Path.of(RulesetCommandTest.INVALID, "unknown-key-top.yaml"), repo.resolve("rulesets/x.yaml"));
    for (JsonNode hook : hooks) {
      assertThat(hook.path("language").asText()).isEqualTo("script");
      String pattern = hook.path("files").asText();
      assertThat(java.util.regex.Pattern.compile(pattern).matcher("tinh/rulesets/tt24.yaml").find()).isTrue();
      assertThat(java.util.regex.Pattern.compile(pattern).matcher(".github/workflows/ci.yaml").find()).isFalse();
    }
    ProcessRun check = hook(hooks.get(0), repo, List.of(repo.relativize(good).toString(), repo.relativize(bad).toString()));
    assertThat(check.code()).isEqualTo(ExitCode.INVALID.code());
    assertThat(check.out()).contains("rulesets/x.yaml:", "lỗi[R003]");
    Files.delete(bad);
    ProcessRun test = hook(hooks.get(1), repo, List.of());
    assertThat(test.code()).as(test.err()).isZero();
    assertThat(test.out()).endsWith(" ca đạt, 0 ca sai.\n");
  }

  /** Runs a composite action step's script as the runner does: bash, in the workspace, with its env. */
  private static ProcessRun step(JsonNode step, Path workspace, String paths) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-c", step.path("run").asText()).directory(workspace.toFile());
    builder.environment().put("GITHUB_ACTION_PATH", ROOT.toString());
    builder.environment().put("DVHT_PATHS", paths);
    builder.environment().put("DVHT_LANG", "vi");
    return run(builder);
  }

  /** Runs a hook as pre-commit's "script" language does: the entry's first word is a path in the hook repository. */
  private static ProcessRun hook(JsonNode hook, Path repo, List<String> files) throws Exception {
    List<String> command = new ArrayList<>(List.of(hook.path("entry").asText().split(" ")));
    command.set(0, ROOT.resolve(command.get(0)).toString());
    hook.path("args").forEach(a -> command.add(a.asText()));
    if (hook.path("pass_filenames").asBoolean(true)) {
      command.addAll(files);
    }
    return run(new ProcessBuilder(command).directory(repo.toFile()));
  }

  private static ProcessRun run(ProcessBuilder builder) throws Exception {
    builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG"));
    builder.environment().put("LANG", "C.UTF-8");
    return ProcessRun.of(builder, 120);
  }
}
