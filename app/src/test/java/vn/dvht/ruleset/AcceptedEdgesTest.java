package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvht.ruleset.MiniVariants.edit;
import static vn.dvht.ruleset.MiniVariants.errors;
import static vn.dvht.ruleset.MiniVariants.load;
import static vn.dvht.ruleset.MiniVariants.mini;
import static vn.dvht.ruleset.MiniVariants.scored;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.dvht.model.Confidence;
import vn.dvht.model.FieldType;
import vn.dvht.model.Level;
import vn.dvht.model.Requirement;
import vn.dvht.model.Ruleset;
import vn.dvht.model.ScoreRule;

/**
 * What a ruleset may say at the edge of what is allowed, read as written: a bar of 0 %, six decimals,
 * an indicator worth 0 points, a vocabulary or a score group named explicitly, a plan's own level.
 */
class AcceptedEdgesTest {
  private static final String MUC_1 = "level: muc-1, min: 90, confidence: stated, citation: Điều 6 khoản 2}\n          - {level: muc-2";

  @Test
  void aBarMayBeZeroOrCarrySixDecimals() {
    Ruleset zero = load("min0.yaml", edit(mini(), MUC_1, MUC_1.replace("min: 90", "min: 0"))).ruleset();
    Ruleset precise = load("precise.yaml", edit(mini(), MUC_1, MUC_1.replace("min: 90", "min: 90.123456"))).ruleset();

    assertThat(zero.indicator("TC2.CT5").orElseThrow().targets().get(0).requirement())
        .isEqualTo(new Requirement.MinPercent(BigDecimal.ZERO));
    assertThat(precise.indicator("TC2.CT5").orElseThrow().targets().get(0).requirement())
        .isEqualTo(new Requirement.MinPercent(new BigDecimal("90.123456")));
  }

  @Test
  void aNumberTooLongIsQuotedWholeUpToFortyCharacters() {
    String forty = "1234567890123456789012345678901234567890";
    assertThat(errors("bignum.yaml", edit(mini(), MUC_1, MUC_1.replace("min: 90", "min: " + forty))))
        .isEqualTo("""
        bignum.yaml:54:33: lỗi[R024]: số 1234567890123456789012345678901234567890 vượt giới hạn của bộ tiêu chí: cần số thập phân có tối đa 12 chữ số phần nguyên và 6 chữ số sau dấu chấm
                    - {level: muc-1, min: 1234567890123456789012345678901234567890, confidence: stated, citation: Điều 6 khoản 2}
                                          ^
        """);
    assertThat(errors("bignum.yaml", edit(mini(), MUC_1, MUC_1.replace("min: 90", "min: " + forty + "1"))))
        .contains("lỗi[R024]: số 123456789012345678901234567890… vượt giới hạn");
  }

  @Test
  void anIndicatorMayBeWorthZeroPoints() {
    String yaml = edit(scored(), "points: 10\n        targets:\n          - {confidence",
        "points: 0\n        targets:\n          - {confidence", "points: 10\n        credit", "points: 20\n        credit");

    Ruleset ruleset = load("points0.yaml", yaml).ruleset();
    assertThat(ruleset.indicator("TC1.CT1").orElseThrow().points()).isZero();
    assertThat(ruleset.indicator("TC2.CT1").orElseThrow().points()).isEqualByComparingTo("20");
  }

  @Test
  void aYesNoColumnReadsTheVocabularyItNames() {
    Ruleset ruleset = load("vocab.yaml", edit(mini(), "type: yes-no}", "type: yes-no, vocabulary: co-khong}")).ruleset();

    assertThat(ruleset.field("ky-luat").type()).isEqualTo(new FieldType.YesNo("co-khong", ScoreRule.NONE));
  }

  @Test
  void aScoreGroupTakesTheRulesBarsConfidenceAndSourceItDoesNotSet() {
    String yaml = edit(mini(),
        "populations:\n  - {id: thanh-vien, label: Thành viên, default: true}\n",
        "populations:\n  - {id: thanh-vien, label: Thành viên, default: true}\n  - {id: nguoi-hoc, label: Người học}\n",
        "type: yes-no}", """
        type: yes-no}
          - {id: d1, header: Điểm 1, type: score}
          - {id: d2, header: Điểm 2, type: score}
          - id: cdht
            header: Công dân học tập
            type: yes-no
            scores:
              parts: [d1, d2]
              minTotal: 16
              minEach: 5
              confidence: stated
              source: Quyết định thử
              groups:
                - {population: nguoi-hoc, minTotal: 14}""");

    ScoreRule rule = ((FieldType.YesNo) load("scoregroups.yaml", yaml).ruleset().field("cdht").type()).scores();
    assertThat(rule.ruleFor("thanh-vien").minTotal()).isEqualByComparingTo("16");
    assertThat(rule.groups()).containsExactly(java.util.Map.entry("nguoi-hoc", new ScoreRule(java.util.List.of("d1", "d2"),
        new BigDecimal("14"), new BigDecimal("5"), Confidence.STATED, "Quyết định thử")));
    assertThat(rule.ruleFor("nguoi-hoc")).isEqualTo(rule.groups().get("nguoi-hoc"));
  }

  @Test
  void aPlansLevelRanksAboveEveryRecognitionLevel() throws RulesetException {
    Ruleset plan = new RulesetLoader().resolve("../rulesets/plans/001-mn-hoa-sen.yaml").ruleset();

    assertThat(plan.levels()).extracting(Level::rank, Level::plan)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, false),
            org.assertj.core.groups.Tuple.tuple(3, true));
  }
}
