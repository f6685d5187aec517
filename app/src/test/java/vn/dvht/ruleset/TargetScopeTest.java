package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvht.model.Confidence;
import vn.dvht.model.Indicator;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Target;
import vn.dvht.model.UnitProfile;

/**
 * {@code Ruleset.target}, the one place that decides applicability, with a target's own scope and dvht's
 * readings: what the evaluator, the reports and {@code ruleset test} all read.
 */
class TargetScopeTest {
  static Ruleset tt24;

  @BeforeAll
  static void load() throws RulesetException {
    tt24 = new RulesetLoader().loadBuiltin("tt24").ruleset();
  }

  @Test
  void aLevelThatNamesOnlyPublicBodiesLeavesTheOthersOut() {
    Indicator title = tt24.indicator("TC3.CT3").orElseThrow();
    UnitProfile association = unit("huyen", "hoi", "");
    UnitProfile privateSchool = unit("huyen", "thcs", "ngoai-cong-lap");
    UnitProfile office = unit("huyen", "co-quan-nha-nuoc", "");

    assertThat(tt24.target(title, association, tt24.level("muc-1"))).isPresent();
    assertThat(tt24.target(title, association, tt24.level("muc-2"))).as("Điều 7 khoản 3 điểm c").isEmpty();
    assertThat(tt24.target(title, privateSchool, tt24.level("muc-2"))).isEmpty();
    assertThat(tt24.target(title, office, tt24.level("muc-2"))).hasValueSatisfying(t -> {
      assertThat(t.confidence()).isEqualTo(Confidence.STATED);
      assertThat(t.citation()).isEqualTo("Điều 7 khoản 3 điểm c");
    });
    assertThat(tt24.target(title, unit("tinh", "hoi", ""), tt24.level("muc-2"))).as("Điều 13: every unit").isPresent();
  }

  @Test
  void aUnitCountedInOnlyByAReadingGetsTheTargetAsAnInferenceWithTheReason() {
    Indicator funds = tt24.indicator("TC1.CT3").orElseThrow();
    Target party = tt24.target(funds, unit("huyen", "co-quan-dang", ""), tt24.level("muc-1")).orElseThrow();
    Target commune = tt24.target(funds, unit("huyen", "ubnd-xa", ""), tt24.level("muc-1")).orElseThrow();

    assertThat(party.confidence()).isEqualTo(Confidence.INFERRED);
    assertThat(party.note()).startsWith("Thông tư không nói cơ quan của Đảng").contains("suy luận");
    assertThat(commune.confidence()).isEqualTo(Confidence.STATED);
    assertThat(commune.note()).isEmpty();
    // Certain at district level, a reading at provincial level (Điều 12, 13 khoản 3 điểm d).
    Indicator digital = tt24.indicator("TC3.CT4").orElseThrow();
    assertThat(tt24.target(digital, unit("huyen", "pt-dan-toc-noi-tru", ""), tt24.level("muc-1")).orElseThrow()
        .confidence()).isEqualTo(Confidence.STATED);
    assertThat(tt24.target(digital, unit("tinh", "pt-dan-toc-noi-tru", ""), tt24.level("muc-1")).orElseThrow()
        .confidence()).isEqualTo(Confidence.INFERRED);
  }

  @Test
  void eachLevelIsWordedAsItsOwnPoint() {
    Indicator language = tt24.indicator("TC2.CT4").orElseThrow();
    UnitProfile school = unit("tinh", "thpt", "cong-lap");

    assertThat(language.forUnit(school, "muc-1").text()).contains("có chứng nhận hoặc chứng chỉ ngoại ngữ");
    assertThat(language.forUnit(school, "muc-2").text()).contains("có trình độ ngoại ngữ");
    Indicator learners = tt24.indicator("TC3.CT1b").orElseThrow();
    assertThat(learners.forUnit(unit("huyen", "giao-duc-nghe-nghiep", "cong-lap"), "muc-2").text())
        .startsWith("Đối với Đơn vị cấp huyện là Cơ sở giáo dục đánh giá, công nhận ở cấp huyện tối thiểu 97%");
    assertThat(learners.forUnit(unit("huyen", "thcs", "cong-lap"), "muc-2").text())
        .as("not applicable: the indicator's own text").isEqualTo(learners.text());
    Indicator sharing = tt24.indicator("TC3.CT2").orElseThrow();
    assertThat(sharing.forUnit(unit("huyen", "mam-non", "cong-lap"), "muc-2").text())
        .startsWith(sharing.text() + " Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập có thực hiện");
  }

  private static UnitProfile unit(String authority, String type, String ownership) {
    return new UnitProfile("", authority, type, 2025, ownership);
  }
}
