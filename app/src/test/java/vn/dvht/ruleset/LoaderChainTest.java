package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Messages;

/**
 * The loader around the reader: which built-in ruleset governs a year, which files a load has read (so
 * that no output replaces one), and the order of diagnostics across a ruleset and the file it extends.
 */
class LoaderChainTest {
  @TempDir Path dir;

  @Test
  void eachYearGetsTheCircularInForceOnItsLastDayOrElseTheNewest() throws RulesetException {
    RulesetLoader loader = new RulesetLoader();

    assertThat(loader.forYear(2022).ruleset().id()).isEqualTo("tt22");
    assertThat(loader.forYear(2023).ruleset().id()).as("TT 22 until 25/01/2024").isEqualTo("tt22");
    assertThat(loader.forYear(2024).ruleset().id()).as("TT 24 from 26/01/2024").isEqualTo("tt24");
    assertThat(loader.forYear(2030).ruleset().id()).isEqualTo("tt24");
    assertThat(loader.forYear(2019).ruleset().id()).as("before either: the newest").isEqualTo("tt24");
  }

  @Test
  void aLoadRemembersTheRulesetAndTheFileItExtendsButNoBuiltIn() throws Exception {
    Path parent = Files.writeString(dir.resolve("cha.yaml"), MiniVariants.mini(), StandardCharsets.UTF_8);
    Path child = Files.writeString(dir.resolve("con.yaml"), "schema: 1\nextends: cha.yaml\nid: con\ntitle: Con\n",
        StandardCharsets.UTF_8);
    RulesetLoader loader = new RulesetLoader();

    loader.resolve("tt24");
    assertThat(loader.filesRead()).isEmpty();
    assertThat(loader.load(child).ruleset().id()).isEqualTo("con");
    assertThat(loader.filesRead()).containsExactly(child, parent);
  }

  @Test
  void problemsAreListedFileByFileFromTheOneNamedThenByLine() throws IOException {
    Files.writeString(dir.resolve("cha.yaml"), MiniVariants.edit(MiniVariants.mini(),
        "effective: {from: 2024-01-26}", "effective: {from: 2024-01-26, tu: 2024-01-01}"), StandardCharsets.UTF_8);
    Path child = Files.writeString(dir.resolve("con.yaml"),
        "schema: 1\nextends: cha.yaml\nid: con\ntitle: Con\nnote: Bộ mở rộng\n\n\nghi-chu: x\n", StandardCharsets.UTF_8);

    assertThat(errors(child)).containsSubsequence(
        child + ":8:1: lỗi[R003]: khoá \"ghi-chu\" không hợp lệ ở đây",
        dir.resolve("cha.yaml") + ":6:31: lỗi[R003]: khoá \"tu\" không hợp lệ ở đây; các khoá hợp lệ: from, until");
  }

  @Test
  void anExtendsNoPathCanNameIsReportedAsMissing() throws IOException {
    Path child = Files.writeString(dir.resolve("con.yaml"), "schema: 1\nextends: \"cha\\0.yaml\"\nid: con\ntitle: Con\n",
        StandardCharsets.UTF_8);

    assertThat(errors(child)).isEqualTo(child + ":2:10: lỗi[R022]: không tìm thấy bộ tiêu chí gốc \"cha[U+0000].yaml\" "
        + "(đường dẫn tính từ thư mục của tệp này; bộ tích hợp: tt24, tt22)\n"
        + "  extends: \"cha\\0.yaml\"\n"
        + "           ^\n");
  }

  @Test
  void theStampChangesWithAnyByteOfTheTemplateEvenAtTheSameLength() throws Exception {
    byte[] template = ReportTemplateTest.docx(doc -> doc.createParagraph().createRun().setText("{{ten_don_vi}}"));
    Path child = Files.writeString(dir.resolve("con.yaml"),
        "schema: 1\nextends: tt24\nid: con\ntitle: Con\nreport:\n  template: mau.docx\n", StandardCharsets.UTF_8);

    Files.write(dir.resolve("mau.docx"), withZipComment(template, "AAAA"));
    String first = new RulesetLoader().load(child).sha256();
    Files.write(dir.resolve("mau.docx"), withZipComment(template, "AAAB"));
    String second = new RulesetLoader().load(child).sha256();

    assertThat(second).isNotEqualTo(first);
    Files.write(dir.resolve("mau.docx"), withZipComment(template, "AAAA"));
    assertThat(new RulesetLoader().load(child).sha256()).isEqualTo(first);
  }

  /** The same document with {@code comment} as its zip comment: a change of one byte that keeps the length. */
  private static byte[] withZipComment(byte[] docx, String comment) {
    int end = docx.length - 22; // the end-of-central-directory record, without a comment
    assertThat(new byte[] {docx[end], docx[end + 1], docx[end + 2], docx[end + 3]}).containsExactly(0x50, 0x4b, 5, 6);
    byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
    byte[] out = java.util.Arrays.copyOf(docx, docx.length + text.length);
    out[docx.length - 2] = (byte) text.length;
    System.arraycopy(text, 0, out, docx.length, text.length);
    return out;
  }

  private static String errors(Path ruleset) {
    RulesetException e = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().load(ruleset));
    assertThat(e).as("%s must not load", ruleset).isNotNull();
    return new DiagnosticFormatter(Messages.wording(), e::sourceLines).formatAll(e.diagnostics());
  }
}
