package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.dvht.diag.Wording;
import vn.dvht.model.Member;

/**
 * The summary workbook ("Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu"): sheet "Tổng hợp"
 * (national header, one table per level, verdict, signatures), "Biểu đồ" (each share against its
 * thresholds), "Thành viên" (every member, one column per share indicator) and "Cần bổ sung" (who
 * fails what, and every data warning). Counts and shares are numbers; names and free text always
 * text, never formulas. For a unit read whole; a unit read as a stream gets its workbook through
 * {@link UnitWorkbook} while it is read, which this renderer also uses.
 */
final class XlsxRenderer implements Renderer {

  @Override
  public void render(Assessment assessment, OutputStream out) throws IOException {
    render(assessment, out, MemberGrid.EXCEL_ROWS);
  }

  /** A unit read whole: its member list, in the order of its verdicts, makes the grid. */
  static void render(Assessment assessment, OutputStream out, int rowsPerSheet) throws IOException {
    Wording words = assessment.wording();
    var result = assessment.result();
    List<Member> members = result.unit().members();
    if (members.size() != result.verdicts().members()) {
      throw new IllegalStateException("a unit read as a stream has its workbook written while it is read");
    }
    UnitWorkbook book = UnitWorkbook.start(words, out, result.ruleset(), result.verdicts().indicators(),
        "dvht " + assessment.stamp().version(), assessment.stamp().reportDate(), false, rowsPerSheet);
    try {
      for (int i = 0; i < members.size(); i++) {
        book.member(members.get(i), i, result.verdicts());
      }
      book.finish(assessment);
    } catch (IOException | RuntimeException e) {
      book.abort();
      throw e;
    }
  }
}
