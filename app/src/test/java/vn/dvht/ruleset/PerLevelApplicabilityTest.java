package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/**
 * A target's own applicability (Điều 7 khoản 3 điểm c) is data a province can override; a higher level
 * that asks less than a lower one is warned about (R030), as are a target that can never apply (R032) and
 * a test unit that cannot exist (R031) — each message pinned word for word.
 */
class PerLevelApplicabilityTest {
  @TempDir Path dir;

  @Test
  void theBuiltInRulesetNarrowsALevelWithoutAWarning() {
    CliRun run = CliRun.of("ruleset", "check", "tt24");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("Hợp lệ: 1 tệp bộ tiêu chí.\n");
  }

  @Test
  void aLowerStepAtAHigherLevelIsWarned() throws IOException {
    Path child = child("""
        criteria:
          - id: TC3
            indicators:
              - id: TC3.CT4
                targets:
                  - {authority: tinh, level: muc-2, atLeast: chua-dap-ung, confidence: stated, citation: HD 12}
        """);
    CliRun run = CliRun.of("ruleset", "check", child.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(child + ":10:54: cảnh báo[R030]: chỉ tiêu TC3.CT4: Mức độ 2 chỉ đòi từ "
        + "\"Chưa đáp ứng\" trở lên, thấp hơn \"Đáp ứng cơ bản\" của Mức độ 1; mức cao hơn lại đòi ít hơn — kiểm tra "
        + "lại bậc\n", "Có 1 cảnh báo.");
  }

  @Test
  void aTargetRemovedAtAHigherLevelIsWarned() throws IOException {
    Path child = child("""
        criteria:
          - id: TC1
            indicators:
              - id: TC1.CT1
                targets:
                  - {authority: tinh, level: muc-2, remove: true}
        """);
    CliRun run = CliRun.of("ruleset", "check", child.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).containsPattern("rulesets/tt24\\.yaml:\\d+:\\d+: cảnh báo\\[R030\\]: chỉ tiêu TC1\\.CT1: "
        + "Mức độ 1 có ngưỡng cho Cấp tỉnh, Mức độ 2 thì không \\(chỉ tiêu \"Không áp dụng\" ở Mức độ 2\\); mức cao "
        + "hơn lại đòi ít hơn — kiểm tra lại, nhất là khi bộ tiêu chí mở rộng xóa một ngưỡng \\(remove: true\\)\n")
        .contains("Có 1 cảnh báo.");
  }

  @Test
  void aTargetThatCanNeverApplyIsWarned() throws IOException {
    Path child = child("""
        criteria:
          - id: TC3
            indicators:
              - id: TC3.CT4
                targets:
                  - {authority: tinh, level: muc-1, appliesTo: [dai-hoc], atLeast: co-ban, confidence: stated, citation: HD 12}
        """);
    CliRun run = CliRun.of("ruleset", "check", child.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(child + ":10:56: cảnh báo[R032]: chỉ tiêu TC3.CT4: ngưỡng của mức \"muc-1\" có "
        + "appliesTo không gồm loại đơn vị nào mà chỉ tiêu áp dụng, nên không bao giờ được dùng\n");
  }

  @Test
  void aTestUnitThatCannotExistIsWarnedAndStillRuns() throws IOException {
    Path child = child("""
        tests:
          - {name: THPT cấp huyện, unit: {authority: huyen, unitType: thpt}, members: {thanh-vien: {count: 20}, nguoi-hoc: {count: 20}}, expect: {level: muc-2}}
        """);
    CliRun run = CliRun.of("ruleset", "check", child.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(child + ":6:63: cảnh báo[R031]: ca kiểm thử \"THPT cấp huyện\": Trường trung học "
        + "phổ thông không thể là đơn vị cấp \"huyen\" (chỉ ở cấp: tinh, Điều 2 khoản 1–4); ca này vẫn được chạy nhưng "
        + "không nói gì về một đơn vị có thật\n");
    assertThat(CliRun.of("ruleset", "test", child.toString()).code()).isZero();
  }

  @Test
  void aProvinceCanWidenOrNarrowALevelsUnits() throws IOException {
    // A province that asks the collective title of every district unit at level 2, associations included.
    Path child = child("""
        criteria:
          - id: TC3
            indicators:
              - id: TC3.CT3
                targets:
                  - {authority: huyen, level: muc-2, appliesTo: [khong-phai-to-chuc-kinh-te], ownership: [cong-lap, ngoai-cong-lap],
                     confidence: stated, citation: HD 12}
        tests:
          - {name: Hội không có danh hiệu, unit: {authority: huyen, unitType: hoi}, facts: {TC3.CT3: none}, members: {thanh-vien: {count: 20}}, expect: {level: none, statuses: {TC3.CT3@muc-2: khong-dat}}}
          - {name: Doanh nghiệp vẫn không xét, unit: {authority: huyen, unitType: to-chuc-kinh-te}, facts: {TC3.CT3: tt-ldtt}, members: {thanh-vien: {count: 20}}, expect: {level: muc-2, statuses: {TC3.CT3@muc-2: khong-ap-dung}}}
          - {name: Trường tư thục nay cũng xét, unit: {authority: huyen, unitType: thcs, ownership: ngoai-cong-lap}, facts: {TC3.CT3: none}, members: {thanh-vien: {count: 20}}, expect: {statuses: {TC3.CT3@muc-2: khong-dat}}}
        """);
    CliRun run = CliRun.of("ruleset", "test", child.toString());
    assertThat(run.out()).endsWith("3 ca đạt, 0 ca sai.\n");
    assertThat(run.code()).isZero();
    assertThat(CliRun.of("ruleset", "show", child.toString()).out())
        .contains("      Cấp huyện · Mức độ 2: không áp dụng cho: Tổ chức kinh tế; trong đó xếp vào theo suy luận (*): "
            + "Ban quản lý khu công nghiệp, khu chế xuất, khu công nghệ cao, khu kinh tế; loại hình: Công lập, "
            + "Ngoài công lập\n");
  }

  private Path child(String body) throws IOException {
    return Files.writeString(dir.resolve("tinh-x.yaml"), "schema: 1\nextends: tt24\nid: tinh-x\ntitle: Hướng dẫn tỉnh X\n"
        + body, StandardCharsets.UTF_8);
  }
}
