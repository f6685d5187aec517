package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dvht.testing.CliRun;

/** {@code ruleset show} says which units an indicator (and each level of it) concerns, the deadlines, and names the report and letter templates with the fields they use. */
class RulesetShowLimitsTest {
  @Test
  void anIndicatorLimitedToSomeUnitsSaysWhichBesideItsCitation() {
    CliRun run = CliRun.of("ruleset", "show", "tt24");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("TC1.CT3: Điều 6 khoản 1 điểm c;",
        "· không áp dụng cho: Hội, tổ chức xã hội - nghề nghiệp, Tổ chức kinh tế; trong đó xếp vào theo suy luận (*): "
            + "Cơ quan của Đảng, Mặt trận Tổ quốc, tổ chức chính trị - xã hội, Cơ quan quân sự địa phương, Công an, "
            + "Ban quản lý khu công nghiệp, khu chế xuất, khu công nghệ cao, khu kinh tế; loại hình: Công lập",
        "TC2.CT4: Điều 6 khoản 2 điểm d;", "· không áp dụng cho: Tổ chức kinh tế");
    assertThat(run.out()).contains("    TC1.CT1: Điều 6 khoản 1 điểm a; Điều 7 khoản 1 điểm a (nội dung theo khoản 1 "
        + "Điều 6); Điều 12 khoản 1 điểm a (nội dung theo khoản 1 Điều 6); Điều 13 khoản 1 điểm a (nội dung theo "
        + "khoản 1 Điều 6)\n").doesNotContain("Mẫu báo cáo Word");
  }

  @Test
  void aTargetThatNarrowsTheUnitsSaysSoOnItsOwnLine() {
    String out = CliRun.of("ruleset", "show", "tt24").out();
    assertThat(out).contains("    TC3.CT3: Điều 6 khoản 3 điểm c; Điều 7 khoản 3 điểm c; Điều 12 khoản 3 điểm c; "
        + "Điều 13 khoản 3 điểm c\n      Cấp huyện · Mức độ 2: không áp dụng cho: Hội, tổ chức xã hội - nghề nghiệp, "
        + "Tổ chức kinh tế; trong đó xếp vào theo suy luận (*): ",
        "      Cấp tỉnh · Mức độ 1: chỉ áp dụng cho: Trường phổ thông dân tộc nội trú (*), Trường trung học phổ thông, "
            + "Trường chuyên, trường năng khiếu (*), Trung tâm giáo dục thường xuyên, "
            + "Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên (*)\n",
        "(*) sau một loại đơn vị: dvht xếp loại đó vào theo suy luận",
        "Thời hạn (năm liền kề sau năm đánh giá):\n"
            + "  Đơn vị gửi hồ sơ đề nghị công nhận: trước ngày 15/01 (Cấp huyện, Cấp tỉnh; Điều 10 khoản 1 điểm c; "
            + "Điều 16 khoản 1 điểm c)\n");
    assertThat(out).contains("  Phòng Giáo dục và Đào tạo báo cáo kết quả đánh giá, công nhận về Sở Giáo dục và Đào tạo: "
        + "trước ngày 15/03 (Cấp huyện; Điều 20 khoản 3)\n");
  }

  @Test
  void aRulesetWithAReportTemplateNamesItAndItsLanguage() {
    CliRun run = CliRun.of("ruleset", "show", ProvinceTemplateTest.RULESET.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Mẫu báo cáo Word của tỉnh: mau-so-4.docx (điền bằng tiếng Việt)",
        "  các trường mẫu dùng: {{co_quan_chu_quan}}, {{ten_don_vi}}, {{dia_danh_ngay}},",
        "Mẫu tờ trình của tỉnh: mau-so-5.docx (ghép sau báo cáo khi đơn vị đủ điều kiện đề nghị công nhận)\n"
            + "  các trường mẫu dùng: {{co_quan_chu_quan}}, {{ten_don_vi}}, {{dia_danh_ngay}}, {{cap_cong_nhan}}, "
            + "{{nam_danh_gia}}, {{noi_nhan_ho_so}}, {{can_cu}}, {{muc_de_nghi}}, {{ket_qua_de_nghi}},");
    CliRun english = CliRun.of("ruleset", "show", ProvinceTemplateTest.RULESET.toString(), "--lang", "en");
    assertThat(english.out()).contains("Province Word report template: mau-so-4.docx (filled in Vietnamese)",
        "Province request letter template: mau-so-5.docx", "  fields it uses: {{co_quan_chu_quan}}");
  }

  /** The evidence rule (Điều 9, 15 khoản 3) with the words it quotes and what dvht does with it; TT 22 has none. */
  @Test
  void theEvidenceRuleIsShown() {
    assertThat(CliRun.of("ruleset", "show", "tt24").out()).contains("\nMinh chứng (Điều 9, 15 khoản 3): \"Các tiêu chí, "
        + "chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt.\" Chỉ tiêu của đơn vị (trang Đơn vị) ghi Có, "
        + "điểm hoặc một mức mà ô Minh chứng trống là Không đạt; minh chứng có phù hợp không do Hội đồng xem xét.\n");
    assertThat(CliRun.of("ruleset", "show", "tt22").out()).contains("\nMinh chứng: không bắt buộc; câu trả lời trên "
        + "trang Đơn vị được tính cả khi ô Minh chứng trống.\n");
    assertThat(CliRun.of("ruleset", "show", "tt24", "--lang", "en").out()).contains("\nEvidence (Điều 9, 15 khoản 3): "
        + "\"Các tiêu chí, chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt.\" A unit indicator (unit sheet) answered yes");
  }
}
