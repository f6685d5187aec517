package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.Dossier;

/**
 * A province ruleset that extends tt24 and rewords one indicator without giving its English, run with
 * {@code --lang en}: the W004 warning names the text, the text stays Vietnamese wherever it is shown, and
 * everything else is English (the parent's pairs still apply; the province's own title has its pair).
 */
class ProvinceEnglishTest {
  static final Path LY_NHAN = Path.of("..", "samples", "003-thpt-ly-nhan.xlsx");
  static final String REWORDED = "Thành viên chấp hành kỷ luật lao động và nội quy của đơn vị theo hướng dẫn của tỉnh.";

  @Test
  void theRewordedTextIsNamedAndStaysVietnamese(@TempDir Path dir) throws Exception {
    Path ruleset = dir.resolve("tinh-x.yaml");
    Files.writeString(ruleset, """
        schema: 1
        extends: tt24
        id: tinh-x
        title: Hướng dẫn đánh giá "Đơn vị học tập" của tỉnh X
        criteria:
          - id: TC2
            indicators:
              - id: TC2.CT1
                text: %s
        english:
          - vi: Hướng dẫn đánh giá "Đơn vị học tập" của tỉnh X
            en: Province X guidance on assessing "Learning Units"
        """.formatted(REWORDED));

    Dossier d = Dossier.of(dir.resolve("out"), LY_NHAN, "--ruleset", ruleset.toString(), "--date", "2026-01-10",
        "--lang", "en");

    // The text is named by its first words, as every W004 names up to three texts.
    String warning = ruleset + ": warning[W004]: the ruleset's english: list gives no English for 1 of its texts; "
        + "they are shown in Vietnamese, e.g. “Thành viên chấp hành kỷ luật lao động và nội quy của đơn vị…”\n";
    assertThat(d.console()).contains("Data warnings (2):\n", "  " + warning)
        .contains("Conclusion: The unit reached Level 2.");
    assertThat(d.sheet("Follow-up")).containsPattern("\nA[0-9]+ W004\nB[0-9]+ the ruleset's english: list gives no "
        + "English for 1 of its texts; they are shown in Vietnamese, e.g. “Thành viên chấp hành kỷ luật lao động và "
        + "nội quy của đơn vị…”\n");
    assertThat(d.word()).contains("P|BOTH|b|TC2.CT1. " + REWORDED + "\n")
        .doesNotContain("Members comply with labour discipline");
    assertThat(d.html()).contains("<td>TC2.CT1</td><td>" + REWORDED + "</td>");
    assertThat(d.markdown()).contains("| TC2.CT1 | " + REWORDED + " |");
    assertThat(d.sheet("Summary")).contains("TC2.CT1. " + REWORDED);
    // The short text is the parent's, whose English still applies.
    assertThat(d.console()).contains("  TC2.CT1    Labour discipline and work rules ");

    List<String> allowed = new ArrayList<>(List.of(REWORDED,
        "Thành viên chấp hành kỷ luật lao động và nội quy của đơn vị…"));
    allowed.addAll(EnglishOutputsTest.inputTexts(LY_NHAN));
    d.all().forEach((name, text) -> assertThat(EnglishOutputsTest.leaks(text.replace(ruleset.toString(), " "),
        allowed)).as("Vietnamese in %s", name).isEmpty());
  }
}
