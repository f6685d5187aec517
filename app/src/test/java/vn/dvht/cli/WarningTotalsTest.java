package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvht.diag.Message;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Warnings;
import vn.dvht.eval.Evaluator;
import vn.dvht.model.Unit;
import vn.dvht.model.UnitProfile;
import vn.dvht.report.Assessment;
import vn.dvht.report.ReportFormat;
import vn.dvht.report.Stamp;
import vn.dvht.ruleset.RulesetLoader;

/**
 * More warnings of a code than are listed: the console, the Markdown and HTML reports and the JSON each
 * list the first {@value Warnings#LISTED} of the code and say how many there are — the JSON in
 * {@code warningTotals}, valid against {@code dvht schema result}.
 */
class WarningTotalsTest {
  static Assessment assessment;

  @BeforeAll
  static void assess() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    for (int i = 0; i < Warnings.LISTED + 5; i++) {
      diagnostics.warning("I211", new SourcePosition.InSheet("don-vi.xlsx", "Thành viên", i + 2, 1, "Họ và tên"),
          Message.verbatim("thiếu họ và tên"));
    }
    for (int i = 0; i < 3; i++) {
      diagnostics.warning("I214", new SourcePosition.InSheet("don-vi.xlsx", "Thành viên", i + 2, -1, ""), Message.verbatim("trùng"));
    }
    var ruleset = new RulesetLoader().resolve("tt24").ruleset();
    var result = new Evaluator().evaluate(ruleset, new Unit(new UnitProfile("Cơ quan thử", "tinh",
        "co-quan-nha-nuoc", 2025, ""), Map.of(), List.of()));
    assessment = new Assessment(result, diagnostics.counted(), new Stamp("test", "tt24", "",
        List.of(new Stamp.Input("don-vi.xlsx", "don-vi.xlsx", "")), LocalDate.of(2026, 1, 10)), vn.dvht.diag.Wording.of(vn.dvht.diag.Wording.VI));
  }

  @Test
  void theConsoleSaysTheTotalAndWhichCodesTheFilesListInPart() throws Exception {
    String text = render(ReportFormat.TEXT);
    assertThat(text).contains("Cảnh báo dữ liệu (10008):", "… và 9988 cảnh báo khác (xem tệp kết quả)",
        "  10005 cảnh báo I211; chỉ liệt kê 10000 cảnh báo đầu tiên.").doesNotContain("cảnh báo I214;");
  }

  @Test
  void theReportsListTheFirstOfEachCodeAndSayHowManyThereAre() throws Exception {
    String md = render(ReportFormat.MARKDOWN);
    assertThat(md).contains("## Cảnh báo dữ liệu (10008)", "- *10005 cảnh báo I211; chỉ liệt kê 10000 cảnh báo đầu tiên.*");
    assertThat(md.lines().filter(l -> l.startsWith("- don-vi.xlsx"))).hasSize(Warnings.LISTED + 3);
    String html = render(ReportFormat.HTML);
    assertThat(html).contains("<h2>Cảnh báo dữ liệu (10008)</h2>",
        "<li><em>10005 cảnh báo I211; chỉ liệt kê 10000 cảnh báo đầu tiên.</em></li>");
  }

  @Test
  void theJsonListsTheFirstOfEachCodeAndGivesEveryCodesTotal() throws Exception {
    JsonNode unit = JsonContractTest.valid(render(ReportFormat.JSON)).path("units").path(0);
    assertThat(unit.path("warnings")).hasSize(Warnings.LISTED + 3);
    assertThat(unit.path("warningTotals").toString()).isEqualTo("{\"I211\":10005,\"I214\":3}");
  }

  @Test
  void aCompleteListHasNoTotals() throws Exception {
    Assessment few = new Assessment(assessment.result(), Warnings.of(assessment.warnings().listed().subList(0, 2)),
        assessment.stamp(), assessment.wording());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.JSON.renderer().render(few, out);
    JsonNode unit = JsonContractTest.valid(out.toString(StandardCharsets.UTF_8)).path("units").path(0);
    assertThat(unit.path("warnings")).hasSize(2);
    assertThat(unit.has("warningTotals")).isFalse();
  }

  private static String render(ReportFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.renderer().render(assessment, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
