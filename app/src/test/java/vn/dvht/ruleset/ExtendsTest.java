package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.diag.Messages;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.model.Credit;
import vn.dvht.model.Indicator;
import vn.dvht.model.Requirement;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Target;

/** Rulesets that extend a built-in or another file, override parts of it, and add plan targets. */
class ExtendsTest {
  @TempDir Path dir;

  @Test
  void aChildOverridesOneTargetAndKeepsTheRest() throws Exception {
    Ruleset rules = load("tinh.yaml", """
        schema: 1
        extends: tt24
        id: tinh-x
        title: Hướng dẫn của tỉnh X
        criteria:
          - id: TC2
            indicators:
              - id: TC2.CT1
                targets:
                  - {authority: tinh, level: muc-1, min: 92, confidence: stated, citation: Hướng dẫn 12/HD-SGDĐT}
        """);
    assertThat(rules.id()).isEqualTo("tinh-x");
    assertThat(rules.info().circular()).isEqualTo("Thông tư 24/2023/TT-BGDĐT");
    Indicator discipline = rules.indicator("TC2.CT1").orElseThrow();
    assertThat(min(discipline.targetFor(thpt("tinh"), "muc-1").orElseThrow())).isEqualByComparingTo("92");
    assertThat(min(discipline.targetFor(thpt("huyen"), "muc-1").orElseThrow())).isEqualByComparingTo("90");
    assertThat(min(discipline.targetFor(thpt("tinh"), "muc-2").orElseThrow())).isEqualByComparingTo("95");
    assertThat(rules.indicators()).hasSize(new RulesetLoader().resolve("tt24").ruleset().indicators().size());
  }

  @Test
  void aChildRemovesAndAddsIndicatorsAndChangesCredit() throws Exception {
    Ruleset rules = load("bot.yaml", """
        schema: 1
        extends: tt22
        id: tt22-bot
        title: TT 22 theo hướng dẫn tỉnh
        scoring:
          credit: proportional
        criteria:
          - id: TC3
            indicators:
              - {id: TC3.CT3, remove: true}
              - id: TC3.CT4
                text: Đơn vị có thư viện số.
                kind: unit-fact
                points: 5
                targets:
                  - {confidence: stated, citation: Hướng dẫn tỉnh}
        """);
    assertThat(rules.indicator("TC3.CT3")).isEmpty();
    assertThat(rules.indicator("TC3.CT4")).isPresent();
    assertThat(rules.indicator("TC2.CT1").orElseThrow().credit()).isInstanceOf(Credit.Proportional.class);
  }

  @Test
  void problemsPointAtTheFileTheyAreIn() throws Exception {
    Files.writeString(dir.resolve("goc.yaml"), Files.readString(Path.of("src/test/resources/ruleset/valid/mini.yaml")));
    Path child = Files.writeString(dir.resolve("con.yaml"), """
        schema: 1
        extends: goc.yaml
        criteria:
          - id: TC2
            indicators:
              - id: TC2.CT1
                targets:
                  - {authority: huyen, level: muc-1, min: 120, confidence: stated, citation: Điều 6}
        """);
    RulesetException e = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().load(child));
    assertThat(new DiagnosticFormatter(Messages.wording(), e::sourceLines).formatAll(e.diagnostics()))
        .isEqualTo(child + ":8:51: lỗi[R012]: ngưỡng phải nằm trong 0–100 %, nhận 120\n"
            + "            - {authority: huyen, level: muc-1, min: 120, confidence: stated, citation: Điều 6}\n"
            + "                                                    ^\n");
  }

  @Test
  void cyclesAndMissingParentsAreReported() throws Exception {
    Path a = Files.writeString(dir.resolve("a.yaml"), "schema: 1\nextends: b.yaml\n");
    Files.writeString(dir.resolve("b.yaml"), "schema: 1\nextends: a.yaml\n");
    RulesetException cycle = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().load(a));
    assertThat(cycle.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("R022");
      assertThat(vn.dvht.diag.Wording.of("vi").text(d.message())).contains("vòng", "a.yaml → ", "b.yaml → ");
    });

    Path orphan = Files.writeString(dir.resolve("mo-coi.yaml"), "schema: 1\nextends: khong-co.yaml\n");
    RulesetException missing = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().load(orphan));
    assertThat(missing.diagnostics()).anySatisfy(d -> assertThat(vn.dvht.diag.Wording.of("vi").text(d.message()))
        .startsWith("không tìm thấy bộ tiêu chí gốc \"khong-co.yaml\""));

    RulesetException bytesOnly = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader()
        .parse("x.yaml", "schema: 1\nextends: goc.yaml\n".getBytes(StandardCharsets.UTF_8), false));
    assertThat(bytesOnly.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("R022"));
  }

  @Test
  void everyShippedPlanLoadsWithAPlanLevelBesideTheOfficialOnes() throws Exception {
    try (var plans = Files.list(Path.of("..", "rulesets", "plans"))) {
      for (Path plan : plans.toList()) {
        Ruleset rules = new RulesetLoader().load(plan).ruleset();
        assertThat(rules.plan()).as(plan.toString()).isPresent();
        assertThat(rules.levels().stream().filter(l -> !l.plan())).as(plan.toString()).isNotEmpty();
        assertThat(rules.indicators().stream().flatMap(i -> i.targets().stream())
            .filter(t -> t.level().equals(rules.plan().get().id())))
            .allSatisfy(t -> assertThat(t.citation()).isNotBlank());
      }
    }
  }

  @Test
  void planTargetsMustNameIndicatorsAndItems() throws Exception {
    RulesetException e = catchThrowableOfType(RulesetException.class, () -> load("sai.yaml", """
        schema: 1
        extends: tt24
        id: sai
        title: Kế hoạch sai
        plan:
          label: Kế hoạch
          source: Kế hoạch số 1
          targets:
            TC9.CT9: 90
            TC3.CT3: vo-dich
        """));
    assertThat(e.diagnostics()).extracting(d -> d.code()).containsExactlyInAnyOrder("R003", "R011");
  }

  private Ruleset load(String name, String yaml) throws Exception {
    return new RulesetLoader().load(Files.writeString(dir.resolve(name), yaml)).ruleset();
  }

  private static BigDecimal min(Target target) {
    return ((Requirement.MinPercent) target.requirement()).percent();
  }

  private static vn.dvht.model.UnitProfile thpt(String authority) {
    return new vn.dvht.model.UnitProfile("", authority, "thpt", 2025, "cong-lap");
  }
}
