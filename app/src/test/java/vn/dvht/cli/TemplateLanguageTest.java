package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.XlsxDump;

/**
 * A province's form is filled in the language it is written in ({@code report.language}, Vietnamese
 * unless it says "en"), whatever the run's: an education office reads its own form in its own words.
 */
class TemplateLanguageTest {
  private static final Path RULESET = ProvinceTemplateTest.RULESET;
  private static final Path SAMPLE = ProvinceTemplateTest.SAMPLE;

  @Test
  void aVietnameseFormInAnEnglishRunIsFilledInVietnameseAndTheConsoleSaysSoOnce(@TempDir Path out)
      throws Exception {
    CliRun run = CliRun.of("evaluate", SAMPLE.toString(), "--ruleset", RULESET.toString(), "--date", "2026-01-10",
        "--out", out.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    String note = "the report template mau-so-4.docx is a Vietnamese form, so the Word report is filled in Vietnamese";
    assertThat(run.out()).contains("Level 2: MET", note);
    assertThat(run.out().split(java.util.regex.Pattern.quote(note), -1)).hasSize(2);

    String dump = DocxDump.of(out.resolve("003-thpt-ly-nhan-bao-cao.docx"));
    assertThat(dump).as("the same form a Vietnamese run fills")
        .isEqualTo(Files.readString(ProvinceTemplateTest.GOLDEN, StandardCharsets.UTF_8));
    assertThat(XlsxDump.of(out.resolve("003-thpt-ly-nhan-ket-qua.xlsx"))).as("the workbook is the run's")
        .contains("Level 2", note);
  }

  @Test
  void anEnglishFormIsFilledInEnglishInAVietnameseRun(@TempDir Path dir) throws Exception {
    Files.copy(RULESET.resolveSibling("mau-so-4.docx"), dir.resolve("mau-so-4.docx"));
    Path ruleset = dir.resolve("english-form.yaml");
    Files.writeString(ruleset, """
        schema: 1
        extends: tt24
        id: english-form
        title: Ví dụ — mẫu báo cáo tiếng Anh
        english:
          - {vi: "Ví dụ — mẫu báo cáo tiếng Anh", en: "Example — an English report form"}
        report:
          template: mau-so-4.docx
          language: en
        """, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("evaluate", SAMPLE.toString(), "--ruleset", ruleset.toString(), "--date", "2026-01-10",
        "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Mức độ 2: ĐẠT",
        "mẫu báo cáo mau-so-4.docx là mẫu tiếng Anh (report.language: en) nên báo cáo Word được điền bằng tiếng Anh");
    String dump = DocxDump.of(dir.resolve("003-thpt-ly-nhan-bao-cao.docx"));
    assertThat(dump).contains("|Level 2", "|≥ 95 % members", "Upper secondary school")
        .doesNotContain("|Mức độ 2", "thành viên");
  }

  @Test
  void aFormLanguageOtherThanViOrEnIsAnError(@TempDir Path dir) throws Exception {
    Files.copy(RULESET.resolveSibling("mau-so-4.docx"), dir.resolve("mau-so-4.docx"));
    Path ruleset = dir.resolve("fr.yaml");
    Files.writeString(ruleset, "schema: 1\nextends: tt24\nid: fr\ntitle: Ví dụ\nreport:\n  template: mau-so-4.docx\n"
        + "  language: fr\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("ruleset", "check", ruleset.toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.out() + run.err()).contains("fr.yaml:7:", "\"fr\"");
  }
}
