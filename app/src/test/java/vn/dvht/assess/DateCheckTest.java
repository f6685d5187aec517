package vn.dvht.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvht.testing.CliRun;

/** Evidence dated after the report (W007) and a legal basis in force only after the assessment year (W008). */
class DateCheckTest {

  @Test
  void evidenceDatedAfterTheReportIsWarnedAtItsRow() throws Exception {
    List<JsonNode> late = warnings("../samples/000-bqlkkt-an-giang.xlsx", "2026-12-07", "W007");
    assertThat(late).isNotEmpty();
    assertThat(late.get(0).path("message").asText()).contains("20/12/2026", "sau ngày báo cáo 07/12/2026");
    assertThat(late.get(0).path("sheet").asText()).isEqualTo("Đơn vị");
    assertThat(warnings("../samples/000-bqlkkt-an-giang.xlsx", "2027-01-10", "W007")).as("on a later report date")
        .isEmpty();
  }

  @Test
  void aLawInForceOnlyAfterTheAssessmentYearIsWarned() throws Exception {
    List<JsonNode> law = warnings("../samples/002-pnv-tan-bien.xlsx", "2024-01-10", "W008");
    assertThat(law).singleElement().extracting(w -> w.path("message").asText()).asString()
        .contains("Luật Thi đua, Khen thưởng số 06/2022/QH15", "01/01/2024", "năm đánh giá 2023");
    assertThat(warnings("../samples/003-thpt-ly-nhan.xlsx", "2026-01-10", "W008")).as("a 2025 assessment").isEmpty();
  }

  @Test
  void datesAreReadInTheirVietnameseForms() {
    assertThat(DateCheck.dates("QĐ 88/QĐ-UBND ngày 20/12/2026; NQ ngày 5 tháng 1 năm 2027; 31/02/2026; 12/2026"))
        .containsExactly(java.time.LocalDate.of(2026, 12, 20), java.time.LocalDate.of(2027, 1, 5));
  }

  private static List<JsonNode> warnings(String sample, String date, String code) throws Exception {
    CliRun run = CliRun.of("evaluate", sample, "--json", "--no-files", "--date", date);
    assertThat(run.code()).as(run.err()).isZero();
    List<JsonNode> found = new ArrayList<>();
    new ObjectMapper().readTree(run.out()).path("units").path(0).path("warnings").forEach(w -> {
      if (w.path("code").asText().equals(code)) {
        found.add(w);
      }
    });
    return found;
  }
}
