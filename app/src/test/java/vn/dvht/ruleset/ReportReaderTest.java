package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.dvht.ruleset.ReportTemplateTest.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Wording;
import vn.dvht.model.ReportLayout;

/**
 * {@code report:} as a ruleset maintainer writes it: the language its forms are written in, no key it does
 * not know, and a form with many wrong fields listed up to {@link ReportReader#MAX_PROBLEMS}, then counted.
 */
class ReportReaderTest {
  @TempDir Path dir;

  @Test
  void aFormWrittenInEnglishIsFilledInEnglishAndNoOtherLanguageIsKnown() throws Exception {
    Files.write(dir.resolve("mau.docx"), docx(doc -> doc.createParagraph().createRun().setText("{{ten_don_vi}}")));
    ReportLayout layout = new RulesetLoader().load(ruleset("  template: mau.docx\n  language: en\n")).ruleset().report();
    assertThat(layout).isInstanceOfSatisfying(ReportLayout.Template.class, t -> assertThat(t.language()).isEqualTo("en"));
    assertThat(refusal(ruleset("  template: mau.docx\n  language: fr\n"))).containsExactly("7:13 R025 ngôn ngữ của mẫu "
        + "báo cáo là vi (tiếng Việt, mặc định) hoặc en (tiếng Anh), nhận \"fr\"");
  }

  @Test
  void aKeyReportDoesNotKnowIsAnError() throws Exception {
    assertThat(refusal(ruleset("  office: {}\n  lanugage: en\n"))).containsExactly("7:3 R003 khoá \"lanugage\" không hợp "
        + "lệ ở đây (có phải \"language\"?); các khoá hợp lệ: language, letter, office, template");
  }

  @Test
  void twentyWrongFieldsAreAllListedAndMoreAreCounted() throws Exception {
    Files.write(dir.resolve("mau.docx"), docx(doc -> IntStream.rangeClosed(1, 20)
        .forEach(i -> doc.createParagraph().createRun().setText("{{khong_co_" + i + "}}"))));
    List<String> twenty = refusal(ruleset("  template: mau.docx\n"));
    assertThat(twenty).hasSize(20).allMatch(d -> d.startsWith("6:13 R026 mẫu báo cáo \"mau.docx\": trường {{khong_co_"));
    assertThat(twenty.get(19)).startsWith("6:13 R026 mẫu báo cáo \"mau.docx\": trường {{khong_co_20}} ở đoạn văn thứ 20");
    Files.write(dir.resolve("mau.docx"), docx(doc -> IntStream.rangeClosed(1, 23)
        .forEach(i -> doc.createParagraph().createRun().setText("{{khong_co_" + i + "}}"))));
    List<String> more = refusal(ruleset("  template: mau.docx\n"));
    assertThat(more).hasSize(21);
    assertThat(more.get(20)).isEqualTo("6:13 R026 mẫu báo cáo \"mau.docx\": còn 3 lỗi trường nữa");
  }

  private Path ruleset(String report) throws Exception {
    return Files.writeString(dir.resolve("con.yaml"), "schema: 1\nextends: tt24\nid: con\ntitle: Con\nreport:\n" + report);
  }

  /** Every diagnostic of a ruleset that must not load: line:column, code and the Vietnamese message. */
  static List<String> refusal(Path ruleset) {
    RulesetException e = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().load(ruleset));
    assertThat(e).as("%s must not load", ruleset).isNotNull();
    return e.diagnostics().stream().map(d -> {
      SourcePosition.InText at = (SourcePosition.InText) d.position();
      return at.line() + ":" + at.column() + " " + d.code() + " " + Wording.of("vi").text(d.message());
    }).toList();
  }
}
