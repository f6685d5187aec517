package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dvht.testing.CliRun;

/** {@code ruleset show} says which units an indicator concerns and names the report and letter templates with the fields they use. */
class RulesetShowLimitsTest {
  @Test
  void anIndicatorLimitedToSomeUnitsSaysWhichBesideItsCitation() {
    CliRun run = CliRun.of("ruleset", "show", "tt24");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("TC1.CT3: Điều 6 khoản 1 chỉ tiêu 3;",
        "· không áp dụng cho: Hội, tổ chức xã hội - nghề nghiệp, Tổ chức kinh tế; loại hình: Công lập",
        "TC2.CT4: Điều 6 khoản 2 chỉ tiêu 4;", "· không áp dụng cho: Tổ chức kinh tế");
    assertThat(run.out()).doesNotContain("TC1.CT1: Điều 6 khoản 1 chỉ tiêu 1; Điều 7 khoản 1 (như Điều 6 khoản 1) "
        + "chỉ tiêu 1; Điều 12 khoản 1 (như Điều 6 khoản 1) chỉ tiêu 1; Điều 13 khoản 1 (như Điều 6 khoản 1) chỉ tiêu 1 ·")
        .doesNotContain("Mẫu báo cáo Word");
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
}
