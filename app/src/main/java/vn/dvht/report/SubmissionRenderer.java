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
import vn.dvht.office.Verdict;

/**
 * The office's Tờ trình to the Chairman of the People's Committee proposing the recognition (Điều 10, 16
 * khoản 2 điểm đ): on what grounds, what the council found, how many units at each level and how they
 * come to it (first time, again, one level up), the request, the dossier enclosed and its deadline.
 */
final class SubmissionRenderer {
  void render(OfficeFile.Context context, OutputStream out) throws IOException {
    OfficeForm form = form(context);
    DocxWriter w = new DocxWriter();
    w.officeHeader(OfficeFields.upper(form.get("co_quan_chu_quan")), OfficeFields.upper(form.get("co_quan")),
        form.get("so_van_ban"), "", form.get("dia_danh_ngay"));
    w.title(Messages.get("office.submission.title"));
    w.centered(form.get("trich_yeu"), true, false, 14);
    w.centered(form.get("kinh_gui"), false, false, 14);
    for (String line : form.get("can_cu").split("\n")) {
      w.body(line);
    }
    for (String key : List.of("noi_dung_1", "noi_dung_2", "de_nghi", "ho_so", "thoi_han")) {
      w.body(form.get(key));
    }
    w.bodyKept(form.get("ket_thuc"));
    w.signature(Messages.get("office.submission.recipients"), OfficeFields.upper(form.get("chuc_vu_nguoi_ky")),
        form.get("nguoi_ky"));
    w.write(out, "dvht " + context.version(), context.date(), context.stamp());
  }

  static OfficeForm form(OfficeFile.Context context) {
    AppraisalBook book = context.book();
    Map<String, String> f = OfficeFields.of(book, context.date());
    OfficeForm.Builder form = new OfficeForm.Builder().putAll(f);
    if (f.get("chuc_vu_nguoi_ky").isEmpty()) {
      form.put("chuc_vu_nguoi_ky", OfficeFields.head(book));
    }
    String cap = f.get("cap");
    form.put("so_van_ban", Messages.get("office.submission.number", f.get("ky_hieu")));
    form.put("trich_yeu", Messages.get("office.submission.subject", cap, f.get("nam_danh_gia")));
    form.put("kinh_gui", Messages.get("office.to", Messages.get("office.chairmanOf", f.get("co_quan_chu_quan"))));
    form.put("can_cu", Messages.get("office.basis", f.get("can_cu_thong_tu")) + ";\n"
        + Messages.get("office.submission.basisCouncil", Messages.get("office.council", cap), f.get("ngay_tham_dinh")) + ".");
    form.put("noi_dung_1", ReportSentences.received(book) + " " + ReportSentences.results(book));
    form.put("noi_dung_2", kinds(book));
    form.put("de_nghi", book.recognised().isEmpty() ? Messages.get("office.submission.requestNone")
        : Messages.get("office.submission.request", f.get("co_quan"), f.get("co_quan_chu_quan"), book.recognised().size(),
            cap, f.get("nam_danh_gia"), levels(book)));
    form.put("ho_so", Messages.get("office.submission.enclosed", f.get("dieu_quy_trinh")));
    form.put("thoi_han", Messages.get("office.submission.deadline", f.get("han_tham_dinh"), f.get("dieu_quy_trinh")));
    form.put("ket_thuc", Messages.get("office.submission.closing", f.get("co_quan"), f.get("co_quan_chu_quan")));
    return form.build();
  }

  /** "Mức độ 2: 12 đơn vị; Mức độ 1: 40 đơn vị". */
  static String levels(AppraisalBook book) {
    List<String> parts = new ArrayList<>();
    for (Level level : ReportSentences.levelsHighFirst(book)) {
      parts.add(Messages.get("office.countAtLevel", AppraisalReportRenderer.levelCount(book.recognised(), level),
          level.label()));
    }
    return String.join("; ", parts);
  }

  /** How the recognised come to it: first time, again after their term, one level up. */
  private static String kinds(AppraisalBook book) {
    long[] counts = new long[Verdict.Kind.values().length];
    for (Appraisal unit : book.recognised()) {
      counts[((Verdict.Recognised) unit.verdict()).kind().ordinal()]++;
    }
    return Messages.get("office.submission.kinds", counts[Verdict.Kind.FIRST.ordinal()],
        counts[Verdict.Kind.RENEWAL.ordinal()], counts[Verdict.Kind.UPGRADE.ordinal()]);
  }
}
