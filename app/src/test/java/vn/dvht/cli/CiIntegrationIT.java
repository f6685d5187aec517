package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvht.testing.ProcessRun;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped CI integrations run as their hosts run them: each shell step of {@code action.yml} with the
 * environment GitHub Actions gives a composite action, and each {@code .pre-commit-hooks.yaml} hook's entry with
 * the files pre-commit would pass. Both use the release zip this build made, "downloaded" from a folder standing
 * for the GitHub releases (a file: address), checked against its SHA256SUMS and cached, never built from source.
 */
class CiIntegrationIT {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final String VERSION = Version.current();

  @TempDir Path tmp;
  Path cache;
  String releases;

  /** A folder laid out as a GitHub repository's releases/download: v<version>/ with the zip and SHA256SUMS. */
  @BeforeEach
  void releases() throws Exception {
    Path zip = Path.of(System.getProperty("dvht.zip", "target/dvht-" + VERSION + ".zip"));
    Path tag = Files.createDirectories(tmp.resolve("releases/v" + VERSION));
    Files.copy(zip, tag.resolve(zip.getFileName()));
    Files.copy(zip.resolveSibling("SHA256SUMS"), tag.resolve("SHA256SUMS"));
    releases = tmp.resolve("releases").toUri().toString().replaceAll("/$", "");
    cache = tmp.resolve("cache");
  }

  @Test
  void theActionUsesTheReleaseOfItsVersionChecksAndTestsRulesetsAndAnnotatesProblems() throws Exception {
    JsonNode action = new YAMLMapper().readTree(ROOT.resolve("action.yml").toFile());
    assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
    assertThat(action.path("inputs").path("version").path("default").asText()).as("pinned to this version")
        .isEqualTo(VERSION);
    List<JsonNode> steps = new ArrayList<>();
    action.path("runs").path("steps").forEach(step -> {
      if (step.has("run")) {
        steps.add(step);
      }
    });
    assertThat(steps).extracting(s -> s.path("name").asText())
        .containsExactly("dvht release", "dvht ruleset check", "dvht ruleset test");
    Path workspace = Files.createDirectories(tmp.resolve("workspace"));
    Path githubEnv = tmp.resolve("github-env");

    ProcessRun get = step(steps.get(0), workspace, Map.of("GITHUB_ENV", githubEnv.toString(), "DVHT_VERSION", VERSION,
        "DVHT_RELEASES", releases));
    assertThat(get.code()).as(get.err()).isZero();
    Path launcher = cache.resolve(VERSION + "/dvht-" + VERSION + "/dvht");
    assertThat(Files.readString(githubEnv)).isEqualTo("DVHT=" + launcher + "\n");
    ProcessRun again = step(steps.get(0), workspace, Map.of("GITHUB_ENV", githubEnv.toString(), "DVHT_VERSION", VERSION,
        "DVHT_RELEASES", "file:///khong-co"));
    assertThat(again.code()).as("cached: nothing downloaded " + again.err()).isZero();

    Files.createDirectories(workspace.resolve("rulesets"));
    Files.copy(ROOT.resolve("rulesets/tt24.yaml"), workspace.resolve("rulesets/tt24.yaml"));
    Map<String, String> env = Map.of("DVHT", launcher.toString(), "DVHT_LANG", "vi");
    for (JsonNode step : steps.subList(1, 3)) {
      ProcessRun ok = step(step, workspace, with(env, "DVHT_PATHS", "rulesets\n"));
      assertThat(ok.code()).as(step.path("name").asText() + ": " + ok.err()).isZero();
      assertThat(ok.out()).doesNotContain("::error");
    }
    Path folder = Files.createDirectories(workspace.resolve("tỉnh x/bộ tiêu chí"));
    Files.copy(Path.of(RulesetCommandTest.INVALID, "threshold-out-of-range.yaml"), folder.resolve("hỏng 1.yaml"));
    ProcessRun broken = step(steps.get(1), workspace, with(env, "DVHT_PATHS", "rulesets\ntỉnh x/bộ tiêu chí\n\n"));
    assertThat(broken.code()).isEqualTo(ExitCode.INVALID.code());
    assertThat(broken.out()).contains("::error file=tỉnh x/bộ tiêu chí/hỏng 1.yaml,line=46,col=51,title=dvht R012::");
  }

  @Test
  void aDownloadWhoseChecksumDiffersIsNotUsed() throws Exception {
    Path sums = tmp.resolve("releases/v" + VERSION + "/SHA256SUMS");
    Files.writeString(sums, "0".repeat(64) + "  dvht-" + VERSION + ".zip\n");
    ProcessBuilder get = new ProcessBuilder("sh", ROOT.resolve(".ci/dvht-release").toString());
    get.environment().putAll(Map.of("DVHT_VERSION", VERSION, "DVHT_RELEASES", releases, "DVHT_CACHE", cache.toString()));
    ProcessRun run = ProcessRun.of(get, 120);
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("SHA-256", "0".repeat(64));
    assertThat(cache.resolve(VERSION + "/dvht-" + VERSION)).doesNotExist();
  }

  @Test
  void thePreCommitHooksRunTheReleaseOnTheRulesetFilesWhereverTheyAre() throws Exception {
    JsonNode hooks = new YAMLMapper().readTree(ROOT.resolve(".pre-commit-hooks.yaml").toFile());
    assertThat(hooks.findValuesAsText("id")).containsExactly("dvht-ruleset-check", "dvht-ruleset-test");
    assertThat(Files.readString(ROOT.resolve(".ci/dvht-hook"))).as("pinned to this version")
        .contains("\nversion=" + VERSION + "\n");
    for (JsonNode hook : hooks) {
      assertThat(hook.path("language").asText()).isEqualTo("script");
      java.util.regex.Pattern files = java.util.regex.Pattern.compile(hook.path("files").asText());
      java.util.regex.Pattern exclude = java.util.regex.Pattern.compile(hook.path("exclude").asText());
      for (String path : List.of("tinh/rulesets/tt24.yaml", "tinh/bộ tiêu chí 2026.yaml", "rulesets/x.json")) {
        assertThat(files.matcher(path).find() && !exclude.matcher(path).find()).as(path).isTrue();
      }
      for (String path : List.of(".github/workflows/ci.yaml", ".pre-commit-config.yaml", "action.yml", "a.xlsx")) {
        assertThat(files.matcher(path).find() && !exclude.matcher(path).find()).as(path).isFalse();
      }
    }
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve("tinh"));
    Path good = Files.copy(ROOT.resolve("rulesets/tt24.yaml"), repo.resolve("tinh/bộ tiêu chí 2026.yaml"));
    Path bad = Files.copy(Path.of(RulesetCommandTest.INVALID, "unknown-key-top.yaml"), repo.resolve("x.yaml"));
    Path other = Files.writeString(repo.resolve("mkdocs.yaml"), "site_name: không phải bộ tiêu chí\n");
    List<String> changed = List.of(repo.relativize(good).toString(), repo.relativize(bad).toString(),
        repo.relativize(other).toString());
    ProcessRun check = hook(hooks.get(0), repo, changed);
    assertThat(check.code()).as(check.err()).isEqualTo(ExitCode.INVALID.code());
    assertThat(check.out()).contains("x.yaml:", "lỗi[R003]").doesNotContain("mkdocs");
    ProcessRun test = hook(hooks.get(1), repo, List.of(repo.relativize(good).toString(), repo.relativize(other).toString()));
    assertThat(test.code()).as(test.err()).isZero();
    assertThat(test.out()).endsWith(" ca đạt, 0 ca sai.\n");
    assertThat(hook(hooks.get(0), repo, List.of(repo.relativize(other).toString())).code()).as("no ruleset: nothing to do")
        .isZero();
  }

  /** Runs a composite action step's script as the runner does: bash, in the workspace, with its env. */
  private ProcessRun step(JsonNode step, Path workspace, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-c", step.path("run").asText()).directory(workspace.toFile());
    builder.environment().put("GITHUB_ACTION_PATH", ROOT.toString());
    builder.environment().put("DVHT_CACHE", cache.toString());
    builder.environment().putAll(env);
    return run(builder);
  }

  /** Runs a hook as pre-commit's "script" language does: the entry's first word is a path in the hook repository. */
  private ProcessRun hook(JsonNode hook, Path repo, List<String> files) throws Exception {
    List<String> command = new ArrayList<>(List.of(hook.path("entry").asText().split(" ")));
    command.set(0, ROOT.resolve(command.get(0)).toString());
    hook.path("args").forEach(a -> command.add(a.asText()));
    if (hook.path("pass_filenames").asBoolean(true)) {
      command.addAll(files);
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
    builder.environment().putAll(Map.of("DVHT_RELEASES", releases, "DVHT_CACHE", cache.toString()));
    return run(builder);
  }

  private static Map<String, String> with(Map<String, String> env, String name, String value) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put(name, value);
    return all;
  }

  private static ProcessRun run(ProcessBuilder builder) throws Exception {
    builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG"));
    builder.environment().put("LANG", "C.UTF-8");
    return ProcessRun.of(builder, 120);
  }
}
