package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.RawDocx;

/**
 * The work of filling a form is bounded when its ruleset is loaded (R043, at the place in Word): a
 * repeated row inside a repeated row (the 1.8 KB form that was filled N^depth times), fields per
 * paragraph, the XML read whole into memory, the nesting of elements, and the size the filled form
 * comes to with the ruleset's criteria, indicators and levels.
 */
class FormBoundsTest {
  @TempDir Path dir;

  @Test
  void aRepeatedRowInsideARepeatedRowIsRefusedAtTheInnerRow() throws Exception {
    String inner = RawDocx.p("{{chi_tieu_ma}}");
    for (int depth = 0; depth < 5; depth++) {
      inner = RawDocx.p("{{chi_tieu_ma}}") + RawDocx.table(inner);
    }
    byte[] docx = RawDocx.body(RawDocx.table(inner)).bytes();
    assertThat(docx.length).as("a small form").isLessThan(2500);
    assertThat(HostileFormTest.problems(docx)).contains("R043 ở bảng 1, hàng 1 có hàng lặp lại nằm trong bảng của một "
        + "hàng lặp lại khác: mỗi tầng nhân số hàng lên (tiêu chí × chỉ tiêu × …) nên chỉ được một tầng — hãy đặt hàng "
        + "tiêu chí rồi hàng chỉ tiêu liền nhau trong cùng một bảng");
    assertThat(HostileFormTest.problems(RawDocx.body(RawDocx.table(RawDocx.p("{{chi_tieu_ma}}") + RawDocx.table(
        RawDocx.p("{{ten_don_vi}}")))).bytes())).as("a plain table inside a repeated row is fine").isEmpty();
  }

  @Test
  void aParagraphOfMoreThanAHundredFieldsIsRefused() throws Exception {
    byte[] docx = RawDocx.body(RawDocx.p("{{ten_don_vi}}".repeat(101))).bytes();
    assertThat(HostileFormTest.problems(docx)).containsExactly("R043 ở đoạn văn thứ 1 (ngoài bảng) có hơn 100 trường "
        + "trong một đoạn văn");
  }

  @Test
  void aFormWhoseFilledTablesWouldBeTooLargeIsRefusedAtTheRowThatMakesThemSo() throws Exception {
    String text = "Nội dung dài ".repeat(400_000);
    byte[] docx = RawDocx.body(RawDocx.p("{{ten_don_vi}}") + RawDocx.table(RawDocx.p("{{chi_tieu_ma}} " + text))).bytes();
    assertThat(HostileFormTest.problems(docx)).singleElement().asString().startsWith("R043 ở bảng 1, hàng 1: điền mẫu "
        + "với các tiêu chí, chỉ tiêu, mức độ của bộ tiêu chí sẽ ra khoảng ").endsWith(" MB XML, quá giới hạn 64 MB — hãy "
        + "bớt nội dung trong các hàng lặp lại");
  }

  @Test
  void textPartsLongerThanTheBoundAndXmlNestedTooDeepAreRefused() throws Exception {
    byte[] long_ = RawDocx.body(RawDocx.p("x".repeat(9 * 1024 * 1024))).bytes();
    assertThat(HostileFormTest.problems(long_)).containsExactly("R043 ở tệp nén .docx phần văn bản (thân, đầu trang, "
        + "chân trang, chú thích, ghi chú) dài hơn 8 MB XML, quá lớn cho một mẫu");
    byte[] deep = RawDocx.body("<w:sdt><w:sdtContent>".repeat(300) + RawDocx.p("a") + "</w:sdtContent></w:sdt>".repeat(300))
        .bytes();
    assertThat(HostileFormTest.problems(deep)).containsExactly("R043 ở phần word/document.xml của tệp các thẻ XML lồng "
        + "nhau sâu hơn 256 tầng, một mẫu thật không cần như vậy");
    byte[] xml = RawDocx.body(RawDocx.p("a")).part("customXml/item1.xml", "", "<a>" + "b".repeat(17 * 1024 * 1024) + "</a>")
        .bytes();
    assertThat(HostileFormTest.problems(xml)).containsExactly("R043 ở tệp nén .docx các phần XML cộng lại dài hơn 16 MB, "
        + "quá lớn cho một mẫu");
  }

  @Test
  void theNestedFormIsRefusedByRulesetCheckInAMomentNotFilledForMinutes() throws Exception {
    String inner = RawDocx.p("{{chi_tieu_ma}}");
    for (int depth = 0; depth < 5; depth++) {
      inner = RawDocx.p("{{chi_tieu_ma}}") + RawDocx.table(inner);
    }
    Files.write(dir.resolve("mau.docx"), RawDocx.body(RawDocx.table(inner)).bytes());
    Path ruleset = Files.writeString(dir.resolve("con.yaml"),
        "schema: 1\nextends: tt24\nid: con\ntitle: Con\nreport:\n  template: mau.docx\n");
    CliRun run = CliRun.of("ruleset", "check", ruleset.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out() + run.err()).contains("con.yaml:6:13: lỗi[R043]: mẫu báo cáo \"mau.docx\": ở bảng 1, hàng 1 có "
        + "hàng lặp lại nằm trong bảng của một hàng lặp lại khác");
  }
}
