package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvht.ruleset.MiniVariants.edit;
import static vn.dvht.ruleset.MiniVariants.errors;
import static vn.dvht.ruleset.MiniVariants.mini;
import static vn.dvht.ruleset.MiniVariants.scored;

import org.junit.jupiter.api.Test;

/**
 * Required lists, duplicate ids and references a ruleset must get right, each refused with exactly the
 * diagnostics a maintainer reads — and no second error that only echoes the first (a level reported unused
 * because its targets misspell it, a missing name column because the column's type was mistyped).
 */
class ListsAndReferencesTest {
  private static final String TC2_CT5_TARGETS = """
              targets:
                - {level: muc-1, min: 90, confidence: stated, citation: Điều 6 khoản 2}
                - {level: muc-2, min: 95, confidence: stated, citation: Điều 7 khoản 2}
      """;

  @Test
  void aCriterionNeedsIndicatorsAndAnIdOfItsOwn() {
    String yaml = edit(mini(), "criteria:\n", "criteria:\n  - {id: TC2, title: Trùng, indicators: []}\n");

    assertThat(errors("dupcrit.yaml", yaml)).isEqualTo("""
        dupcrit.yaml:37:41: lỗi[R004]: danh sách "indicators" không được để trống
            - {id: TC2, title: Trùng, indicators: []}
                                                  ^
        dupcrit.yaml:38:9: lỗi[R010]: mã "TC2" bị trùng (đã khai báo ở dòng 37, cột 10)
            - id: TC2
                  ^
        """);
  }

  @Test
  void aScoringRulesetNeedsGrades() {
    String yaml = edit(scored(), """
          grades:
            - {id: tot, label: Tốt, min: 17}
            - {id: kha, label: Khá, min: 14}
            - {id: chua-dat, label: Chưa đạt, min: 0}
        """, "  grades: []\n");

    assertThat(errors("nogrades.yaml", yaml)).isEqualTo("""
        nogrades.yaml:9:11: lỗi[R004]: danh sách "grades" không được để trống
            grades: []
                    ^
        """);
  }

  @Test
  void anIndicatorsPointsCannotBeNegative() {
    String yaml = edit(scored(), "points: 10\n        targets:\n          - {confidence",
        "points: -5\n        targets:\n          - {confidence");

    assertThat(errors("pointsneg.yaml", yaml)).isEqualTo("""
        pointsneg.yaml:8:10: lỗi[R020]: điểm các chỉ tiêu cộng lại là 5, khác tổng điểm khai báo 20
            total: 20
                   ^
        pointsneg.yaml:31:17: lỗi[R020]: điểm của chỉ tiêu không được âm, nhận -5
                  points: -5
                          ^
        """);
  }

  @Test
  void aShareNeedsItsTestAndARulesetTestItsUnitAndExpectation() {
    assertThat(errors("notest.yaml", edit(mini(), "        test: {field: ky-luat}\n", "")))
        .isEqualTo("""
        notest.yaml:40:9: lỗi[R004]: thiếu khoá bắt buộc "test"
                - id: TC2.CT1
                  ^
        """);
    String tests = edit(mini(), "criteria:\n", """
        tests:
          - {name: Thiếu đơn vị, expect: {level: muc-1}}
          - {name: Thiếu kỳ vọng, unit: {authority: huyen, unitType: truong}}
        criteria:
        """);
    assertThat(errors("notests.yaml", tests)).isEqualTo("""
        notests.yaml:37:5: lỗi[R004]: thiếu khoá bắt buộc "unit"
            - {name: Thiếu đơn vị, expect: {level: muc-1}}
              ^
        notests.yaml:38:5: lỗi[R004]: thiếu khoá bắt buộc "expect"
            - {name: Thiếu kỳ vọng, unit: {authority: huyen, unitType: truong}}
              ^
        """);
  }

  @Test
  void aListWrittenAsOneValueOrABlankTextIsReported() {
    assertThat(errors("notlist.yaml", edit(mini(), "populations:\n  - {id: thanh-vien, label: Thành viên, default: true}\n",
        "populations: thanh-vien\n"))).isEqualTo("""
        notlist.yaml:11:14: lỗi[R005]: "populations" phải là một danh sách, không phải "thanh-vien"
          populations: thanh-vien
                       ^
        notlist.yaml:42:21: lỗi[R011]: đối tượng "thanh-vien" chưa được khai báo; chưa có đối tượng nào
                  population: thanh-vien
                              ^
        notlist.yaml:50:21: lỗi[R011]: đối tượng "thanh-vien" chưa được khai báo; chưa có đối tượng nào
                  population: thanh-vien
                              ^
        """);
    assertThat(errors("blank.yaml", edit(mini(), "title: Bộ tiêu chí thử", "title: \"  \"")))
        .isEqualTo("""
        blank.yaml:4:8: lỗi[R005]: "title" không được để trống
          title: "  "
                 ^
        """);
  }

  @Test
  void aMistypedNameColumnIsReportedOnlyAsAWrongType() {
    assertThat(errors("badtype.yaml", edit(mini(), "type: name}", "type: ten}"))).isEqualTo("""
        badtype.yaml:22:43: lỗi[R006]: type "ten" không hợp lệ; chọn một trong: name, id, birth-date, population, yes-no, scale, score
            - {id: ho-ten, header: Họ và tên, type: ten}
                                                    ^
        """);
  }

  @Test
  void aYesNoColumnNeedsAVocabularyWhenTheRulesetDeclaresNone() {
    assertThat(errors("novocab.yaml", edit(mini(), "vocabularies:\n  - {id: co-khong, yes: [Có], no: [Không]}\n", "")))
        .isEqualTo("""
        novocab.yaml:21:5: lỗi[R004]: thiếu khoá bắt buộc "vocabulary"
            - {id: ky-luat, header: Kỷ luật lao động, type: yes-no}
              ^
        """);
  }

  @Test
  void aUnitFactTargetHasNoPercentage() {
    String yaml = edit(mini(), "      - id: TC2.CT5\n", """
              - id: TC1.CT1
                text: Có kế hoạch.
                kind: unit-fact
                targets:
                  - {level: muc-1, min: 90, confidence: stated, citation: Điều 6}
                  - {level: muc-2, confidence: stated, citation: Điều 7}
              - id: TC2.CT5
        """);

    assertThat(errors("factmin.yaml", yaml)).isEqualTo("""
        factmin.yaml:52:28: lỗi[R003]: khoá "min" không hợp lệ ở đây; các khoá hợp lệ: appliesTo, authority, citation, confidence, level, note, ownership, text
                    - {level: muc-1, min: 90, confidence: stated, citation: Điều 6}
                                     ^
        """);
  }

  @Test
  void anInferredTargetSaysWhy() {
    assertThat(errors("inferred.yaml", edit(mini(), ", note: theo Điều 6}", "}"))).isEqualTo("""
        inferred.yaml:47:67: lỗi[R023]: ngưỡng "confidence: inferred" phải có "note" nói suy luận từ đâu và vì sao
                    - {authority: huyen, level: muc-2, min: 95, confidence: inferred, citation: Điều 7 khoản 2}
                                                                            ^
        """);
  }

  @Test
  void anUnknownStepAtAHigherLevelIsReportedWithoutComparingIt() {
    String yaml = edit(mini(), "      - id: TC2.CT5\n", """
              - id: TC3.CT3
                text: Danh hiệu tập thể.
                kind: unit-rank
                scale: danh-hieu
                targets:
                  - {level: muc-1, atLeast: cstdcs, confidence: stated, citation: Điều 6}
                  - {level: muc-2, atLeast: cstd, confidence: stated, citation: Điều 7}
              - id: TC2.CT5
        """);

    assertThat(errors("rankunknown.yaml", yaml)).isEqualTo("""
        rankunknown.yaml:54:37: lỗi[R011]: bậc "cstd" chưa được khai báo; đã khai báo: ldtt, cstdcs
                    - {level: muc-2, atLeast: cstd, confidence: stated, citation: Điều 7}
                                              ^
        """);
  }

  @Test
  void aMisspeltLevelIsNotReportedAgainAsALevelNoIndicatorTargets() {
    String yaml = edit(mini(), "level: muc-2, min: 95, confidence: stated", "level: muc-3, min: 95, confidence: stated",
        "level: muc-2, min: 95, confidence: inferred", "level: muc-3, min: 95, confidence: inferred");

    assertThat(errors("leveltypo.yaml", yaml)).isEqualTo("""
        leveltypo.yaml:47:39: lỗi[R011]: mức độ "muc-3" chưa được khai báo; đã khai báo: muc-1, muc-2
                    - {authority: huyen, level: muc-3, min: 95, confidence: inferred, citation: Điều 7 khoản 2, note: theo Điều 6}
                                                ^
        leveltypo.yaml:55:21: lỗi[R011]: mức độ "muc-3" chưa được khai báo; đã khai báo: muc-1, muc-2
                    - {level: muc-3, min: 95, confidence: stated, citation: Điều 7 khoản 2}
                              ^
        """);
  }

  @Test
  void anIndicatorWithoutTargetsIsNotReportedAgainAsALevelNoIndicatorTargets() {
    String yaml = edit(mini(),
        "          - {authority: huyen, level: muc-2, min: 95, confidence: inferred, citation: Điều 7 khoản 2, note: theo Điều 6}\n", "",
        TC2_CT5_TARGETS, "        targets: []\n");

    assertThat(errors("notargets.yaml", yaml)).isEqualTo("""
        notargets.yaml:52:18: lỗi[R004]: danh sách "targets" không được để trống
                  targets: []
                           ^
        """);
  }

  @Test
  void anExtendsThatIsNotATextIsReportedOnceWithTheDocumentsOtherProblems() {
    String yaml = edit(mini(), "schema: 1\n", "schema: 1\nextends: [tt24]\n", "title: Bộ tiêu chí thử", "title: \"  \"");

    assertThat(errors("extendsbad2.yaml", yaml)).isEqualTo("""
        extendsbad2.yaml:3:10: lỗi[R005]: "extends" cần mã bộ tiêu chí tích hợp hoặc đường dẫn tệp
          extends: [tt24]
                   ^
        extendsbad2.yaml:5:8: lỗi[R005]: "title" không được để trống
          title: "  "
                 ^
        """);
  }

  @Test
  void everyReferenceToAnAuthorityOwnershipOrLevelIsChecked() {
    String yaml = edit(mini(),
        "{id: truong, label: Trường học}", "{id: truong, label: Trường học, ownership: [cong-lap], authority: [huyen, xa]}",
        "        population: thanh-vien\n        test: {field: ky-luat}\n", """
                population: thanh-vien
                test: {field: ky-luat}
                ownership: [tu-thuc]
                clauses:
                  - {text: Riêng cấp tỉnh, authority: tinh}
        """,
        "    level: muc-2\n", "    level: muc-9\n",
        "criteria:\n", "deadlines:\n  - {id: nop, label: Nộp hồ sơ, date: \"15/01\", authority: tinh, citation: Điều 9}\ncriteria:\n");

    assertThat(errors("refs.yaml", yaml)).isEqualTo("""
        refs.yaml:10:49: lỗi[R011]: loại hình (công lập, ngoài công lập) "cong-lap" chưa được khai báo; chưa có loại hình (công lập, ngoài công lập) nào
            - {id: truong, label: Trường học, ownership: [cong-lap], authority: [huyen, xa]}
                                                          ^
        refs.yaml:10:79: lỗi[R011]: cấp "xa" chưa được khai báo; đã khai báo: huyen
            - {id: truong, label: Trường học, ownership: [cong-lap], authority: [huyen, xa]}
                                                                                        ^
        refs.yaml:32:12: lỗi[R011]: mức độ "muc-9" chưa được khai báo; đã khai báo: muc-1, muc-2
              level: muc-9
                     ^
        refs.yaml:37:59: lỗi[R011]: cấp "tinh" chưa được khai báo; đã khai báo: huyen
            - {id: nop, label: Nộp hồ sơ, date: "15/01", authority: tinh, citation: Điều 9}
                                                                    ^
        refs.yaml:47:21: lỗi[R011]: loại hình (công lập, ngoài công lập) "tu-thuc" chưa được khai báo; chưa có loại hình (công lập, ngoài công lập) nào
                  ownership: [tu-thuc]
                              ^
        refs.yaml:49:47: lỗi[R011]: cấp "tinh" chưa được khai báo; đã khai báo: huyen
                    - {text: Riêng cấp tỉnh, authority: tinh}
                                                        ^
        """);
  }
}
