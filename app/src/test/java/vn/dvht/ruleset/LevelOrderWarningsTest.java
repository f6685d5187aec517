package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvht.ruleset.MiniVariants.edit;
import static vn.dvht.ruleset.MiniVariants.load;
import static vn.dvht.ruleset.MiniVariants.mini;
import static vn.dvht.ruleset.MiniVariants.warnings;

import org.junit.jupiter.api.Test;

/**
 * R030 compares the bars of one authority's levels: a higher level asking a smaller share is warned about,
 * shown at its line; the same bar at both levels, or a lower bar for another authority, is not.
 */
class LevelOrderWarningsTest {
  @Test
  void aHigherLevelAskingASmallerShareIsWarnedAtItsLine() {
    LoadedRuleset loaded = load("asksless.yaml", edit(mini(),
        "level: muc-2, min: 95, confidence: stated", "level: muc-2, min: 90, confidence: stated",
        "level: muc-2, min: 95, confidence: inferred", "level: muc-2, min: 85, confidence: inferred"));

    assertThat(warnings(loaded)).as("the same bar at both levels is not warned about").isEqualTo("""
        asksless.yaml:47:51: cảnh báo[R030]: chỉ tiêu TC2.CT1: ngưỡng của Mức độ 2 là 85 %, thấp hơn 90 % của Mức độ 1; mức cao hơn lại đòi ít hơn — kiểm tra lại ngưỡng
                    - {authority: huyen, level: muc-2, min: 85, confidence: inferred, citation: Điều 7 khoản 2, note: theo Điều 6}
                                                            ^
        """);
  }

  @Test
  void barsRisingWithTheLevelGiveNoWarning() {
    assertThat(load("mini.yaml", mini()).warnings()).isEmpty();
  }

  @Test
  void anotherAuthoritysLowerBarIsNotComparedWithThisOnes() {
    LoadedRuleset loaded = load("twoauth.yaml", edit(mini(),
        "  - {id: huyen, label: Cấp huyện}\n", "  - {id: huyen, label: Cấp huyện}\n  - {id: tinh, label: Cấp tỉnh}\n",
        "          - {authority: huyen, level: muc-2, min: 95, confidence: inferred, citation: Điều 7 khoản 2, note: theo Điều 6}\n",
        """
                  - {authority: huyen, level: muc-2, min: 95, confidence: inferred, citation: Điều 7 khoản 2, note: theo Điều 6}
                  - {authority: tinh, level: muc-1, min: 70, confidence: stated, citation: Điều 12}
                  - {authority: tinh, level: muc-2, min: 80, confidence: stated, citation: Điều 13}
        """));

    assertThat(loaded.warnings()).isEmpty();
  }
}
