package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dvht.diag.Messages;
import vn.dvht.office.Appraisal;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.Reason;
import vn.dvht.office.Verdict;

/**
 * The written answer to each unit not recognised at the level it asked for, "nêu rõ lý do không đạt"
 * (Điều 10, 16 khoản 2 điểm d): one letter per unit, each its own section of one file (its own page
 * numbers), naming every indicator not met with its figures — k/n, the threshold, how many more people —
 * and, where evidence is missing, saying so; then what the unit is recognised at instead, if anything.
 */
final class RefusalLettersRenderer {
  void render(OfficeFile.Context context, OutputStream out) throws IOException {
    DocxWriter w = new DocxWriter();
    List<Appraisal> units = context.book().answered();
    if (units.isEmpty()) {
      w.title(Messages.get("office.letter.noneTitle"));
      w.body(Messages.get("office.letter.none"));
    }
    w.stream(out, "dvht " + context.version(), context.date(), context.stamp(), flush -> {
      for (int i = 0; i < units.size(); i++) {
        if (i > 0) {
          w.nextDocument();
        }
        letter(w, form(context, units.get(i)));
        flush.flush();
      }
    });
  }

  private static void letter(DocxWriter w, OfficeForm form) {
    w.officeHeader(OfficeFields.upper(form.get("co_quan_chu_quan")), OfficeFields.upper(form.get("co_quan")),
        form.get("so_van_ban"), form.get("v_v"), form.get("dia_danh_ngay"));
    w.centered(form.get("kinh_gui"), false, false, 14);
    w.body(form.get("mo_dau"));
    w.body(form.get("ket_luan"));
    for (Map<String, String> reason : form.table("ly_do")) {
      w.body(reason.get("stt") + ". " + reason.get("noi_dung"));
    }
    for (String key : List.of("minh_chung", "muc_khac")) {
      if (!form.get(key).isEmpty()) {
        w.body(form.get(key));
      }
    }
    w.bodyKept(form.get("de_nghi"));
    w.signature(Messages.get("office.letter.recipients"), OfficeFields.upper(form.get("chuc_vu_nguoi_ky")),
        form.get("nguoi_ky"));
  }

  /** One unit's letter as fields: the reasons numbered in table "ly_do". */
  static OfficeForm form(OfficeFile.Context context, Appraisal unit) {
    AppraisalBook book = context.book();
    Map<String, String> f = OfficeFields.of(book, context.date());
    OfficeForm.Builder form = new OfficeForm.Builder().putAll(f);
    if (f.get("chuc_vu_nguoi_ky").isEmpty()) {
      form.put("chuc_vu_nguoi_ky", OfficeFields.head(book));
    }
    String cap = f.get("cap");
    form.put("ten_don_vi", unit.name());
    form.put("so_van_ban", Messages.get("office.letter.number", f.get("ky_hieu")));
    form.put("v_v", Messages.get("office.letter.subject", cap, f.get("nam_danh_gia")));
    form.put("kinh_gui", Messages.get("office.to", unit.name()));
    form.put("mo_dau", Messages.get("office.letter.opening", f.get("can_cu_thong_tu"), Messages.get("office.council", cap),
        f.get("ngay_tham_dinh"), f.get("co_quan"), cap, OfficePhrases.lower(unit.requested().label()),
        f.get("nam_danh_gia"), unit.name()));
    form.put("ket_luan", Messages.get("office.letter.verdict", OfficePhrases.lower(unit.requested().label()),
        f.get("dieu_quy_trinh")));
    List<Map<String, String>> reasons = new ArrayList<>();
    int n = 1;
    for (Reason reason : unit.reasons()) {
      reasons.add(Map.of("stt", String.valueOf(n++), "noi_dung", OfficePhrases.reason(unit, reason)));
    }
    form.table("ly_do", reasons);
    form.put("minh_chung", OfficePhrases.noEvidence(unit.reasons())
        ? Messages.get("office.letter.evidence", f.get("dieu_danh_gia")) : "");
    form.put("muc_khac", unit.verdict() instanceof Verdict.Recognised r
        ? Messages.get("office.letter.lower", r.level().label(), f.get("co_quan"), f.get("nguoi_quyet_dinh"),
            OfficePhrases.lower(OfficePhrases.kind(unit)))
        : "");
    form.put("de_nghi", Messages.get("office.letter.advice"));
    return form.build();
  }
}
