package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dvht.diag.Messages;
import vn.dvht.model.Level;
import vn.dvht.office.Appraisal;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.CouncilMember;
import vn.dvht.office.Verdict;
import vn.dvht.report.ooxml.WordGrid;

/**
 * The council's appraisal report ("Báo cáo thẩm định", Điều 10, 16 khoản 2 điểm c–đ) in the Decree 30
 * layout: the council's make-up, what was received and checked, the result for every unit, the
 * council's proposals, the chair's signature; then, one per page, each recognised unit's summary table
 * as the council appraised it ("Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị").
 */
final class AppraisalReportRenderer {
  private static final List<Integer> MEMBERS = List.of(850, 2700, 4204, 1600);
  private static final List<Integer> RESULTS = List.of(850, 3004, 1300, 1900, 2300);

  void render(OfficeFile.Context context, OutputStream out) throws IOException {
    OfficeForm form = form(context);
    DocxWriter w = new DocxWriter();
    w.officeHeader(OfficeFields.upper(form.get("co_quan")), OfficeFields.upper(form.get("hoi_dong")),
        form.get("so_van_ban"), "", form.get("dia_danh_ngay"));
    w.title(Messages.get("office.report.title"));
    w.centered(form.get("trich_yeu"), true, false, 14);
    for (String basis : form.get("can_cu").split("\n")) {
      w.body(basis);
    }
    w.body(form.get("mo_dau"));
    w.heading(Messages.get("office.report.section1"));
    WordGrid members = new WordGrid(MEMBERS, 13).header(Messages.get("col.number"), Messages.get("col.name"),
        Messages.get("office.col.post"), Messages.get("office.col.role"));
    for (Map<String, String> m : form.table("thanh_vien")) {
      members.row(WordGrid.Align.CENTER, m.get("stt"), m.get("ho_ten"), m.get("chuc_vu"), m.get("vai_tro"));
    }
    w.grid(members);
    w.body(form.get("thanh_phan"));
    w.heading(Messages.get("office.report.section2"));
    w.body(form.get("tiep_nhan"));
    w.body(form.get("kiem_tra"));
    w.heading(Messages.get("office.report.section3"));
    w.body(form.get("ket_qua_chung"));
    WordGrid results = new WordGrid(RESULTS, 13).header(Messages.get("col.number"), Messages.get("office.col.unit"),
        Messages.get("office.col.requested"), Messages.get("office.col.verdict"), Messages.get("office.col.notes"));
    for (Map<String, String> r : form.table("ket_qua")) {
      results.row(WordGrid.Align.CENTER, r.get("stt"), r.get("ten_don_vi"), r.get("muc_de_nghi"), r.get("ket_qua"),
          r.get("ghi_chu"));
    }
    w.grid(results);
    w.heading(Messages.get("office.report.section4"));
    w.body(form.get("kien_nghi_1"));
    w.body(form.get("kien_nghi_2"));
    w.body(form.get("khong_nop"));
    w.signature(Messages.get("office.report.recipients", form.get("co_quan")), Messages.get("office.report.chair"),
        form.get("chu_tich_hoi_dong"));
    w.stream(out, "dvht " + context.version(), context.date(), context.stamp(), flush -> {
      int number = 1;
      for (Appraisal unit : context.book().recognised()) {
        w.pageBreak();
        AppendixTable.write(w, context, unit, number++);
        flush.flush();
      }
    });
  }

  /** The report's fields and tables. */
  static OfficeForm form(OfficeFile.Context context) {
    AppraisalBook book = context.book();
    Map<String, String> common = OfficeFields.of(book, context.date());
    OfficeForm.Builder f = new OfficeForm.Builder().putAll(common);
    String cap = common.get("cap");
    int year = book.office().year();
    f.put("hoi_dong", Messages.get("office.council", cap));
    f.put("so_van_ban", Messages.get("office.report.number"));
    f.put("trich_yeu", Messages.get("office.report.subject", cap, year));
    List<String> basis = new ArrayList<>(List.of(Messages.get("office.basis", common.get("can_cu_thong_tu")) + ";"));
    if (!book.office().councilDecision().isEmpty()) {
      basis.add(Messages.get("office.basisCouncil", book.office().councilDecision(), cap) + ";");
    }
    f.put("can_cu", String.join("\n", basis));
    f.put("mo_dau", Messages.get(book.office().written() ? "office.report.openingWritten" : "office.report.opening",
        common.get("ngay_tham_dinh"), cap, year, book.units().size(), common.get("dieu_quy_trinh")));
    List<Map<String, String>> members = new ArrayList<>();
    int n = 1;
    for (CouncilMember m : book.setup().council().members()) {
      members.add(Map.of("stt", String.valueOf(n++), "ho_ten", m.name(), "chuc_vu", m.post(),
          "vai_tro", Messages.get("office.role." + m.role().key())));
    }
    f.table("thanh_vien", members);
    f.put("thanh_phan", ReportSentences.council(book));
    f.put("tiep_nhan", ReportSentences.received(book));
    f.put("kiem_tra", ReportSentences.checked(book));
    f.put("ket_qua_chung", ReportSentences.results(book));
    List<Map<String, String>> rows = new ArrayList<>();
    n = 1;
    for (Appraisal unit : book.units()) {
      rows.add(Map.of("stt", String.valueOf(n++), "ten_don_vi", unit.name(), "muc_de_nghi", unit.requested().label(),
          "ket_qua", OfficePhrases.verdict(unit), "ghi_chu", note(unit)));
    }
    f.table("ket_qua", rows);
    f.put("kien_nghi_1", ReportSentences.proposal(book, common));
    f.put("kien_nghi_2", ReportSentences.answers(book, common));
    f.put("khong_nop", ReportSentences.absent(book));
    return f.build();
  }

  /** A unit's line in the results table: its reasons in short, or the kind of its recognition. */
  private static String note(Appraisal unit) {
    List<String> parts = new ArrayList<>();
    if (unit.verdict() instanceof Verdict.Recognised r && !r.level().equals(unit.requested())) {
      parts.add(Messages.get("office.report.lower", unit.requested().label()));
    }
    unit.reasons().stream().filter(r -> r instanceof vn.dvht.office.Reason.Unmet)
        .map(r -> ((vn.dvht.office.Reason.Unmet) r).line().id()).reduce((a, b) -> a + ", " + b)
        .ifPresent(ids -> parts.add(Messages.get("office.report.unmet", ids)));
    unit.reasons().stream().filter(r -> !(r instanceof vn.dvht.office.Reason.Unmet))
        .forEach(r -> parts.add(OfficePhrases.brief(unit, r)));
    if (unit.edited()) {
      parts.add(Messages.get("office.report.editedNote"));
    }
    return String.join("\n", parts);
  }

  static String levelCount(List<Appraisal> units, Level level) {
    return String.valueOf(units.stream().filter(u -> AppraisalBook.grantedAt(u).filter(level::equals).isPresent()).count());
  }
}
