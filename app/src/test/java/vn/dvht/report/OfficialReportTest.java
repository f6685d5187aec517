package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.eval.ProcedureResult;
import vn.dvht.model.Procedure;
import vn.dvht.model.Ruleset;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.testing.CliRun;

/**
 * The official report and Tờ trình as the receiving office reads them (issue 24, item 5): no instruction to the
 * clerk, the repealed circular noted, no tool stamp on every page, a rule under the trích yếu.
 */
class OfficialReportTest {

  @Test
  void aTt22EvaluationOf2025SaysTheCircularNoLongerGovernsAndNoPageCarriesTheStamp(@TempDir Path dir)
      throws Exception {
    CliRun run = CliRun.of("evaluate", "../samples/004-vp-dak-glong.xlsx", "--ruleset", "tt22", "--out",
        dir.toString(), "--quiet", "--date", "2026-01-10");
    assertThat(run.code()).as(run.err()).isZero();
    Path docx;
    try (Stream<Path> files = Files.list(dir)) {
      docx = files.filter(p -> p.toString().endsWith(".docx")).findFirst().orElseThrow();
    }
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      assertThat(zip.stream().map(e -> e.getName())).as("no footer part").noneMatch(n -> n.contains("footer"));
      String document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(document).doesNotContain("footerReference", "SHA-256")
          .contains("Ghi chú: Thông tư 22/2020/TT-BGDĐT có hiệu lực từ 21/09/2020 đến 25/01/2024, không còn điều chỉnh"
              + " năm đánh giá 2025");
      // The trích yếu, then a paragraph that is only a short rule (Nghị định 30/2020/NĐ-CP, Phụ lục I).
      assertThat(document).contains("Đơn vị học tập&quot; năm 2025</w:t></w:r></w:p><w:p><w:pPr><w:pBdr><w:bottom ")
          .doesNotContain("cần tự đối chiếu");
    }
  }

  @Test
  void aProcedureWithoutItsDateIsStatedNotTurnedIntoAnInstruction() throws Exception {
    Ruleset tt24 = new RulesetLoader().resolve("tt24").ruleset();
    Procedure procedure = tt24.procedures().stream().filter(Procedure::checkable).findFirst().orElseThrow();
    String rule = Phrases.procedureRule(vn.dvht.diag.Messages.wording(), tt24, new ProcedureResult(procedure, new ProcedureResult.Unchecked()));
    assertThat(rule).startsWith("Lưu ý ").contains(procedure.text()).doesNotContain("đối chiếu", " — ");
  }
}
