package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.Dossier;

/**
 * TT 22 partial credit: sample 004 scores itself 8 of TC1.CT3's 10 points, which every output shows as
 * "Đạt một phần: 8/10 điểm" ("Partly met: 8/10 points"), never as "Không đạt".
 */
class PartialCreditTest {
  static final Path DAK_GLONG = Path.of("..", "samples", "004-vp-dak-glong.xlsx");

  @Test
  void everyOutputSaysPartlyMet(@TempDir Path out) throws Exception {
    Dossier d = Dossier.of(out, DAK_GLONG, "--ruleset", "tt22", "--date", "2026-01-10");
    String partly = "Đạt một phần: 8/10 điểm";

    assertThat(line(d.console(), "  TC1.CT3 ")).matches(
        "  TC1\\.CT3 +Đầu tư nguồn lực cho học tập +— +tự chấm 8 điểm +Có \\(10 điểm\\) +8,00/10 +" + Pattern.quote(partly));
    assertThat(d.sheet("Tổng hợp")).contains("\nI17 " + partly + "\n")
        .containsPattern("\nC17 TC1\\.CT3\\. Đơn vị quan tâm đầu tư");
    assertThat(d.word()).contains("P|BOTH|-|Kết quả: tự chấm 8 điểm; ngưỡng: Có (10 điểm) — " + partly
        + ". Minh chứng: Tự chấm: kinh phí bồi dưỡng chưa đủ theo kế hoạch.\n");
    assertThat(d.html()).contains("<td class=\"n\">8,00/10</td><td class=\"dat-mot-phan\">" + partly + "</td>");
    assertThat(line(d.markdown(), "| TC1.CT3 |")).contains("| Có (10 điểm) | — | tự chấm 8 điểm | 8,00/10 | " + partly + " |");
    assertNeverNotMet(d, "Không đạt");
  }

  @Test
  void inEnglish(@TempDir Path out) throws Exception {
    Dossier d = Dossier.of(out, DAK_GLONG, "--ruleset", "tt22", "--date", "2026-01-10", "--lang", "en");
    String partly = "Partly met: 8/10 points";

    assertThat(line(d.console(), "  TC1.CT3 ")).endsWith("  8.00/10   " + partly);
    assertThat(d.sheet("Summary")).contains("\nI17 " + partly + "\n");
    assertThat(d.word()).contains("; threshold: Yes (10 points) — " + partly + ". Evidence: ");
    assertThat(d.html()).contains("<td class=\"n\">8.00/10</td><td class=\"dat-mot-phan\">" + partly + "</td>");
    assertThat(line(d.markdown(), "| TC1.CT3 |")).contains("| 8.00/10 | " + partly + " |");
    assertThat(d.all().values()).noneMatch(text -> text.contains("Đạt một phần"));
    assertNeverNotMet(d, "Not met");
  }

  /** No line about TC1.CT3 (in the Word report, its finding is the paragraph after its heading) says "not met". */
  private static void assertNeverNotMet(Dossier d, String notMet) {
    for (String text : List.of(d.console(), d.html(), d.markdown())) {
      assertThat(line(text, "TC1.CT3")).doesNotContain(notMet);
    }
    String[] word = d.word().split("\n");
    int findings = 0;
    for (int i = 0; i < word.length; i++) {
      if (word[i].contains("TC1.CT3")) {
        String finding = word[i].contains("): ") ? word[i] : word[i + 1];
        assertThat(finding).doesNotContain(notMet);
        findings++;
      }
    }
    assertThat(findings).as("Word paragraphs on TC1.CT3").isEqualTo(2);
    assertThat(d.sheet(d.sheets().containsKey("Tổng hợp") ? "Tổng hợp" : "Summary"))
        .doesNotContainPattern("\n[A-Z]17 " + notMet + "\n");
  }

  private static String line(String text, String marker) {
    return text.lines().filter(l -> l.contains(marker)).findFirst()
        .orElseThrow(() -> new AssertionError("no line with " + marker));
  }
}
