package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.diag.Diagnostic;
import vn.dvht.model.Indicator;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Target;

/**
 * {@code --targets}: a unit's plan grafted onto the circular's ruleset adds its level, its own targets (not
 * the official ones its file inherits a second time) and its English; W006 only when it changes the result.
 */
class PlanGraftTest {
  private static final Path AN_GIANG = Path.of("..", "rulesets", "plans", "000-bqlkkt-an-giang.yaml");
  private static final Path DAK_GLONG = Path.of("..", "rulesets", "plans", "004-vp-dak-glong.yaml");

  @Test
  void thePlanAddsOnlyItsOwnTargetsBesideTheOfficialOnes() throws Exception {
    LoadedRuleset official = new RulesetLoader().resolve("tt24");
    Ruleset grafted = PlanGraft.onto(official, new RulesetLoader().load(AN_GIANG)).ruleset();
    Indicator before = official.ruleset().indicator("TC2.CT1").orElseThrow();
    List<Target> after = grafted.indicator("TC2.CT1").orElseThrow().targets();
    assertThat(after).hasSize(before.targets().size() + 1).startsWith(before.targets().toArray(Target[]::new));
    assertThat(after.get(after.size() - 1).level()).isEqualTo(PlanReader.PLAN_LEVEL);
    assertThat(grafted.indicator("TC3.CT4").orElseThrow().targets()).as("no plan target there")
        .isEqualTo(official.ruleset().indicator("TC3.CT4").orElseThrow().targets());
  }

  @Test
  void thePlansEnglishComesWithIt() throws Exception {
    LoadedRuleset run = PlanGraft.onto(new RulesetLoader().resolve("tt24"), new RulesetLoader().load(AN_GIANG));
    RulesetTranslator.Translated english = RulesetTranslator.english(run.ruleset());
    assertThat(english.ruleset().level(PlanReader.PLAN_LEVEL).label()).isEqualTo("Unit plan targets for 2026");
    assertThat(english.missing()).doesNotContain("Chỉ tiêu kế hoạch năm 2026 của đơn vị");
  }

  @Test
  void onlyAPlanThatChangesTheOfficialResultIsWarnedThatTheChangeIsLeftOut() throws Exception {
    LoadedRuleset same = PlanGraft.onto(new RulesetLoader().resolve("tt24"), new RulesetLoader().load(AN_GIANG));
    assertThat(same.warnings()).extracting(Diagnostic::code).doesNotContain(PlanGraft.IGNORED);
    LoadedRuleset changed = PlanGraft.onto(new RulesetLoader().resolve("tt22"), new RulesetLoader().load(DAK_GLONG));
    assertThat(changed.warnings()).extracting(Diagnostic::code).contains(PlanGraft.IGNORED);
  }

  @Test
  void aPlanThatGradesOtherwiseIsWarnedThatTheCircularsGradesStand(@TempDir Path dir) throws Exception {
    Path plan = Files.writeString(dir.resolve("kh.yaml"), """
        schema: 1
        extends: tt22
        id: kh-diem
        title: Kế hoạch chấm điểm riêng
        scoring:
          grades:
            - {id: tot, label: Tốt, min: 80}
            - {id: kha, label: Khá, min: 70}
            - {id: trung-binh, label: Trung bình, min: 50}
            - {id: chua-dat, label: Chưa đạt, min: 0}
        plan:
          label: Chỉ tiêu kế hoạch
          source: Kế hoạch số 1
          targets: {TC2.CT1: 100}
        """);
    LoadedRuleset official = new RulesetLoader().resolve("tt22");
    LoadedRuleset run = PlanGraft.onto(official, new RulesetLoader().load(plan));
    assertThat(run.warnings()).extracting(Diagnostic::code).contains(PlanGraft.IGNORED);
    assertThat(run.ruleset().scoring()).isEqualTo(official.ruleset().scoring());
  }
}
