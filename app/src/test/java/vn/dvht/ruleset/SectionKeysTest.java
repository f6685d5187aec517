package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvht.ruleset.MiniVariants.edit;
import static vn.dvht.ruleset.MiniVariants.errors;
import static vn.dvht.ruleset.MiniVariants.mini;
import static vn.dvht.ruleset.MiniVariants.scored;

import org.junit.jupiter.api.Test;

/**
 * Every section of a ruleset reports a key it does not know where it is written, listing the keys it does
 * know there — including those a section accepts but the ruleset left out (a target's {@code authority},
 * a scoring ruleset's {@code level}, a field's {@code vocabulary}, the {@code credit} of {@code scoring:}).
 */
class SectionKeysTest {
  @Test
  void eachSectionOfARecognitionRulesetNamesItsUnknownKeys() {
    String yaml = edit(mini(),
        "effective: {from: 2024-01-26}", "effective: {from: 2024-01-26, tu: 2024-01-01}",
        "default: true}", "default: true, mac-dinh: x}",
        "{id: muc-1, label: Mức độ 1}", "{id: muc-1, label: Mức độ 1, rank: 1}",
        "type: name}", "type: name, bat-buoc: true}",
        "type: yes-no}", "type: yes-no, tu-vung: co-khong}",
        "test: {field: ky-luat}", "test: {field: ky-luat, dung: true}",
        "{level: muc-1, min: 90, confidence: stated, citation: Điều 6 khoản 2}",
        "{level: muc-1, min: 90, confidence: stated, citation: Điều 6 khoản 2, ghi-chu: x}");

    assertThat(errors("keys.yaml", yaml)).isEqualTo("""
        keys.yaml:6:31: lỗi[R003]: khoá "tu" không hợp lệ ở đây; các khoá hợp lệ: from, until
          effective: {from: 2024-01-26, tu: 2024-01-01}
                                        ^
        keys.yaml:12:56: lỗi[R003]: khoá "mac-dinh" không hợp lệ ở đây; các khoá hợp lệ: aliases, default, id, label
            - {id: thanh-vien, label: Thành viên, default: true, mac-dinh: x}
                                                                 ^
        keys.yaml:22:49: lỗi[R003]: khoá "bat-buoc" không hợp lệ ở đây; các khoá hợp lệ: aliases, header, id, optional, type
            - {id: ho-ten, header: Họ và tên, type: name, bat-buoc: true}
                                                          ^
        keys.yaml:23:59: lỗi[R003]: khoá "tu-vung" không hợp lệ ở đây; các khoá hợp lệ: aliases, header, id, optional, scores, type, vocabulary
            - {id: ky-luat, header: Kỷ luật lao động, type: yes-no, tu-vung: co-khong}
                                                                    ^
        keys.yaml:28:34: lỗi[R003]: khoá "rank" không hợp lệ ở đây; các khoá hợp lệ: id, label
            - {id: muc-1, label: Mức độ 1, rank: 1}
                                           ^
        keys.yaml:44:32: lỗi[R003]: khoá "dung" không hợp lệ ở đây; các khoá hợp lệ: atLeast, field
                  test: {field: ky-luat, dung: true}
                                         ^
        keys.yaml:54:83: lỗi[R003]: khoá "ghi-chu" không hợp lệ ở đây; các khoá hợp lệ: appliesTo, authority, citation, confidence, level, min, note, ownership, text
                    - {level: muc-1, min: 90, confidence: stated, citation: Điều 6 khoản 2, ghi-chu: x}
                                                                                            ^
        """);
  }

  @Test
  void aScoringSectionNamesItsUnknownKeysDuplicateGradesAndEmptyBands() {
    String yaml = edit(scored(),
        "  grades:\n    - {id: tot, label: Tốt, min: 17}\n",
        "  diem-chuan: 10\n  grades:\n    - {id: tot, label: Tốt, min: 17, nhan: x}\n    - {id: tot, label: Tốt lắm, min: 18}\n",
        "{confidence: stated, citation: Điều 5 khoản 1}", "{confidence: stated, citation: Điều 5 khoản 1, muc: 1}",
        "        credit:\n          bands:\n            - {min: 95, points: 8}\n            - {min: 90, points: 5}\n",
        "        credit: {bands: []}\n");

    assertThat(errors("scoring.yaml", yaml)).isEqualTo("""
        scoring.yaml:9:3: lỗi[R003]: khoá "diem-chuan" không hợp lệ ở đây; các khoá hợp lệ: credit, grades, total
            diem-chuan: 10
            ^
        scoring.yaml:11:38: lỗi[R003]: khoá "nhan" không hợp lệ ở đây; các khoá hợp lệ: id, label, min
              - {id: tot, label: Tốt, min: 17, nhan: x}
                                               ^
        scoring.yaml:12:12: lỗi[R010]: mã "tot" bị trùng (đã khai báo ở dòng 11, cột 12)
              - {id: tot, label: Tốt lắm, min: 18}
                     ^
        scoring.yaml:35:60: lỗi[R003]: khoá "muc" không hợp lệ ở đây; các khoá hợp lệ: appliesTo, authority, citation, confidence, level, note, ownership, text
                    - {confidence: stated, citation: Điều 5 khoản 1, muc: 1}
                                                                     ^
        scoring.yaml:42:25: lỗi[R004]: danh sách "bands" không được để trống
                  credit: {bands: []}
                                  ^
        """);
  }

  @Test
  void aUnitGroupIsCheckedLikeAUnitType() {
    String yaml = edit(mini(), "populations:\n", """
        unitGroups:
          - {id: truong, members: [truong]}
          - {id: nhom, members: []}
          - {id: nhom-2, members: [truong-hoc], inferred: [truong, khac], note: Suy luận, ghi-chu: x}
        populations:
        """);

    assertThat(errors("groups.yaml", yaml)).isEqualTo("""
        groups.yaml:12:10: lỗi[R010]: mã "truong" bị trùng (đã khai báo ở dòng 10, cột 10)
            - {id: truong, members: [truong]}
                   ^
        groups.yaml:13:25: lỗi[R004]: danh sách "members" không được để trống
            - {id: nhom, members: []}
                                  ^
        groups.yaml:14:28: lỗi[R011]: loại đơn vị "truong-hoc" chưa được khai báo; đã khai báo: truong
            - {id: nhom-2, members: [truong-hoc], inferred: [truong, khac], note: Suy luận, ghi-chu: x}
                                     ^
        groups.yaml:14:60: lỗi[R011]: loại đơn vị "khac" chưa được khai báo; đã khai báo: truong
            - {id: nhom-2, members: [truong-hoc], inferred: [truong, khac], note: Suy luận, ghi-chu: x}
                                                                     ^
        groups.yaml:14:83: lỗi[R003]: khoá "ghi-chu" không hợp lệ ở đây; các khoá hợp lệ: id, inferred, label, members, note
            - {id: nhom-2, members: [truong-hoc], inferred: [truong, khac], note: Suy luận, ghi-chu: x}
                                                                                            ^
        """);
    assertThat(errors("nomembers.yaml", edit(mini(), "populations:\n", "unitGroups:\n  - {id: nhom, label: Nhóm}\npopulations:\n")))
        .isEqualTo("""
        nomembers.yaml:12:5: lỗi[R004]: thiếu khoá bắt buộc "members"
            - {id: nhom, label: Nhóm}
              ^
        """);
  }

  @Test
  void aScoreGroupWithoutItsPopulationIsReportedOnceAndItsUnknownKeysToo() {
    String yaml = edit(mini(), "type: yes-no}", """
        type: yes-no}
          - {id: d1, header: Điểm 1, type: score}
          - id: cdht
            header: Công dân học tập
            type: yes-no
            scores:
              parts: [d1]
              minTotal: 8
              minEach: 5
              confidence: stated
              source: Quyết định thử
              groups:
                - {minTotal: 7}
                - {population: thanh-vien, minTotal: 7, toi-thieu: 6}""");

    assertThat(errors("scoregroupbad.yaml", yaml)).isEqualTo("""
        scoregroupbad.yaml:35:11: lỗi[R004]: thiếu khoá bắt buộc "population"
                  - {minTotal: 7}
                    ^
        scoregroupbad.yaml:36:49: lỗi[R003]: khoá "toi-thieu" không hợp lệ ở đây; các khoá hợp lệ: confidence, minEach, minTotal, population, source
                  - {population: thanh-vien, minTotal: 7, toi-thieu: 6}
                                                          ^
        """);
  }
}
