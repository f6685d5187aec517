package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Wording;
import vn.dvht.model.Indicator;

/**
 * A unit's {@code plan:} as its author writes it: no key it does not know, a target for each indicator the
 * ruleset has (a typo named with every indicator it could be), each checked against the indicator's kind.
 */
class PlanReaderTest {
  private static final String HEAD = "schema: 1\nextends: tt24\nid: kh\ntitle: Kế hoạch\nplan:\n"
      + "  label: Chỉ tiêu kế hoạch\n  source: Kế hoạch số 1\n";

  @Test
  void aKeyThePlanDoesNotKnowIsAnError() {
    assertThat(refusal(HEAD + "  targets: {TC2.CT1: 95}\n  nam: 2026\n")).containsExactly("9:3 R003 khoá \"nam\" không "
        + "hợp lệ ở đây; các khoá hợp lệ: label, source, targets");
  }

  @Test
  void aTargetForAnIndicatorTheRulesetDoesNotHaveIsNamedWithEveryIndicatorItHas() throws Exception {
    String ids = String.join(", ", new RulesetLoader().resolve("tt24").ruleset().indicators().stream()
        .map(Indicator::id).sorted().toList());
    assertThat(refusal(HEAD + "  targets: {TC2.CT1: 95, TC2.CT9: 90}\n")).containsExactly("8:26 R003 khoá \"TC2.CT9\" "
        + "không hợp lệ ở đây; các khoá hợp lệ: " + ids);
  }

  @Test
  void aPercentTargetOutsideZeroToAHundredIsAnErrorNotACrash() {
    assertThat(refusal(HEAD + "  targets: {TC2.CT1: 120, TC2.CT2: 90}\n")).containsExactly("8:22 R012 ngưỡng phải nằm trong "
        + "0–100 %, nhận 120");
  }

  @Test
  void aRankTargetNotOnTheIndicatorsScaleIsNamedWithTheScalesItems() {
    assertThat(refusal(HEAD + "  targets: {TC3.CT3: tt-xuat-sac}\n")).containsExactly("8:22 R011 bậc \"tt-xuat-sac\" chưa "
        + "được khai báo; đã khai báo: tt-ldtt, tt-ldxs, co-bo-nganh-tinh, co-chinh-phu");
  }

  static List<String> refusal(String yaml) {
    RulesetException e = catchThrowableOfType(RulesetException.class,
        () -> new RulesetLoader().parse("kh.yaml", yaml.getBytes(StandardCharsets.UTF_8), false));
    assertThat(e).as("the plan must not load").isNotNull();
    return e.diagnostics().stream().map(d -> {
      SourcePosition.InText at = (SourcePosition.InText) d.position();
      return at.line() + ":" + at.column() + " " + d.code() + " " + Wording.of("vi").text(d.message());
    }).toList();
  }
}
