package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.dvht.samples.SampleWorkbooks;
import vn.dvht.testing.CliRun;

/**
 * Every plan in {@code rulesets/plans/} evaluated with {@code --targets} on its seed's sample: the
 * official result and the unit's own targets side by side, against {@code golden/<sample>/plan.json}.
 */
class PlanTargetsTest {
  static final Path PLANS = Path.of("..", "rulesets", "plans");

  /** Whether each unit meets its own plan targets. */
  static final Map<String, Boolean> PLAN_MET = Map.of(
      "000-bqlkkt-an-giang", true,
      "001-mn-hoa-sen", false,
      "002-pnv-tan-bien", false,
      "003-thpt-ly-nhan", true,
      "004-vp-dak-glong", false);

  @TestFactory
  Stream<DynamicTest> everyPlanBesideItsCircular() throws Exception {
    try (Stream<Path> plans = Files.list(PLANS)) {
      return plans.sorted().toList().stream()
          .map(plan -> DynamicTest.dynamicTest(plan.getFileName().toString(), () -> check(plan)));
    }
  }

  private static void check(Path plan) throws Exception {
    String stem = plan.getFileName().toString().replace(".yaml", "");
    String sample = stem + ".xlsx";
    CliRun run = CliRun.of("evaluate", "../samples/" + sample, "--ruleset", SampleWorkbooks.rulesetOf(sample),
        "--targets", plan.toString(), "--json", "--no-files", "--date", GoldenSamplesTest.DATE);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    JsonNode unit = new ObjectMapper().readTree(run.out()).path("units").path(0);
    JsonNode planLevel = null;
    for (JsonNode level : unit.path("levels")) {
      if (level.path("plan").asBoolean()) {
        planLevel = level;
      }
    }
    assertThat(planLevel).as("%s has a plan level", stem).isNotNull();
    assertThat(planLevel.path("reached").asBoolean()).as("%s meets its plan", stem).isEqualTo(PLAN_MET.get(stem));
    Path golden = GoldenSamplesTest.GOLDEN.resolve(stem).resolve("plan.json");
    if (Boolean.getBoolean("dvht.updateGolden")) {
      Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
