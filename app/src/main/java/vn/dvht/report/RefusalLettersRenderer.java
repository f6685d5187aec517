package vn.dvht.report;

import static vn.dvht.model.OfficeField.CAN_CU;
import static vn.dvht.model.OfficeField.CAN_CU_THONG_TU;
import static vn.dvht.model.OfficeField.CAP;
import static vn.dvht.model.OfficeField.CHUC_VU_NGUOI_KY;
import static vn.dvht.model.OfficeField.CO_QUAN;
import static vn.dvht.model.OfficeField.CO_QUAN_CHU_QUAN;
import static vn.dvht.model.OfficeField.DE_NGHI;
import static vn.dvht.model.OfficeField.DIA_DANH_NGAY;
import static vn.dvht.model.OfficeField.DIEU_DANH_GIA;
import static vn.dvht.model.OfficeField.DIEU_QUY_TRINH;
import static vn.dvht.model.OfficeField.KET_LUAN;
import static vn.dvht.model.OfficeField.KINH_GUI;
import static vn.dvht.model.OfficeField.KY_HIEU;
import static vn.dvht.model.OfficeField.LOAI_DON_VI;
import static vn.dvht.model.OfficeField.LY_DO;
import static vn.dvht.model.OfficeField.LY_DO_NOI_DUNG;
import static vn.dvht.model.OfficeField.LY_DO_STT;
import static vn.dvht.model.OfficeField.MA_DON_VI;
import static vn.dvht.model.OfficeField.MINH_CHUNG;
import static vn.dvht.model.OfficeField.MO_DAU;
import static vn.dvht.model.OfficeField.MUC_DE_NGHI;
import static vn.dvht.model.OfficeField.MUC_KHAC;
import static vn.dvht.model.OfficeField.NAM_DANH_GIA;
import static vn.dvht.model.OfficeField.NEU_CONG_NHAN_MUC_KHAC;
import static vn.dvht.model.OfficeField.NEU_THIEU_MINH_CHUNG;
import static vn.dvht.model.OfficeField.NGAY_THAM_DINH;
import static vn.dvht.model.OfficeField.NGUOI_KY;
import static vn.dvht.model.OfficeField.NGUOI_QUYET_DINH;
import static vn.dvht.model.OfficeField.SO_VAN_BAN;
import static vn.dvht.model.OfficeField.TEN_DON_VI;
import static vn.dvht.model.OfficeField.TRICH_YEU;
import static vn.dvht.model.OfficeField.V_V;
import vn.dvht.diag.Wording;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dvht.model.OfficeDocument;
import vn.dvht.model.OfficeField;
import vn.dvht.model.OfficeField.Scope;
import vn.dvht.office.Appraisal;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.Reason;
import vn.dvht.office.Verdict;

/**
 * The written answer to each unit not recognised at the level it asked for, "nêu rõ lý do không đạt"
 * (Điều 10, 16 khoản 2 điểm d): one letter per unit, each its own section of one file (its own page
 * numbers), naming every indicator not met with its figures — k/n, the threshold, how many more people —
 * and, where evidence is missing, saying so; then what the unit is recognised at instead, if anything. A
 * province's form ({@code report.office.answer}) is filled once per unit instead, each a section.
 */
final class RefusalLettersRenderer {
  void render(OfficeFile.Context context, OutputStream out) throws IOException {
    Wording words = context.wording();
    List<Appraisal> units = context.book().answered();
    var provinceForm = context.form(OfficeDocument.ANSWER);
    if (provinceForm.isPresent() && !units.isEmpty()) {
      List<OfficeForm> letters = new ArrayList<>();
      units.forEach(u -> letters.add(form(context, u)));
      OfficeTemplate.fillEach(context, provinceForm.get(), letters, out);
      return;
    }
    DocxWriter w = new DocxWriter();
    if (units.isEmpty()) {
      w.title(words.get("office.letter.noneTitle"));
      w.body(words.get("office.letter.none"));
    }
    w.stream(words, out, "dvht " + context.version(), context.date(), context.stamp(), flush -> {
      for (int i = 0; i < units.size(); i++) {
        if (i > 0) {
          w.nextDocument();
        }
        letter(words, w, form(context, units.get(i)));
        flush.flush();
      }
    });
  }

  private static void letter(Wording words, DocxWriter w, OfficeForm form) {
    w.officeHeader(words, OfficeFields.upper(form.get(CO_QUAN_CHU_QUAN)), OfficeFields.upper(form.get(CO_QUAN)),
        form.get(SO_VAN_BAN), form.get(V_V), form.get(DIA_DANH_NGAY));
    w.centered(form.get(KINH_GUI), false, false, 14);
    w.body(form.get(MO_DAU));
    w.body(form.get(KET_LUAN));
    for (OfficeForm.Row reason : form.rows(Scope.REASON)) {
      w.body(reason.get(LY_DO_STT) + ". " + reason.get(LY_DO_NOI_DUNG));
    }
    if (form.holds(NEU_THIEU_MINH_CHUNG)) {
      w.body(form.get(MINH_CHUNG));
    }
    if (form.holds(NEU_CONG_NHAN_MUC_KHAC)) {
      w.body(form.get(MUC_KHAC));
    }
    w.bodyKept(form.get(DE_NGHI));
    w.signature(words, words.get("office.letter.recipients"), OfficeFields.upper(form.get(CHUC_VU_NGUOI_KY)),
        form.get(NGUOI_KY));
  }

  /** One unit's letter as fields: the reasons numbered, as rows and as one field a line. */
  static OfficeForm form(OfficeFile.Context context, Appraisal unit) {
    Wording words = context.wording();
    AppraisalBook book = context.book();
    OfficeForm.Builder f = OfficeFields.of(OfficeDocument.ANSWER, context);
    String cap = f.get(CAP);
    f.put(TEN_DON_VI, unit.name());
    f.put(MA_DON_VI, unit.id());
    f.put(LOAI_DON_VI, OfficePhrases.unitType(unit));
    f.put(SO_VAN_BAN, words.get("office.letter.number", f.get(KY_HIEU)));
    f.put(V_V, words.get("office.letter.subject", cap, f.get(NAM_DANH_GIA)));
    f.put(TRICH_YEU, f.get(V_V));
    f.put(CAN_CU, words.get("office.basis", f.get(CAN_CU_THONG_TU)) + ";");
    f.put(KINH_GUI, words.get("office.to", unit.name()));
    f.put(MUC_DE_NGHI, OfficePhrases.lower(unit.requested().label()));
    f.put(MO_DAU, words.get("office.letter.opening", f.get(CAN_CU_THONG_TU), words.get("office.council", cap),
        f.get(NGAY_THAM_DINH), f.get(CO_QUAN), cap, f.get(MUC_DE_NGHI), f.get(NAM_DANH_GIA), unit.name()));
    f.put(KET_LUAN, words.get("office.letter.verdict", f.get(MUC_DE_NGHI), f.get(DIEU_QUY_TRINH)));
    List<OfficeForm.Row> reasons = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (Reason reason : unit.reasons()) {
      Map<OfficeField, String> v = new EnumMap<>(OfficeField.class);
      v.put(LY_DO_STT, String.valueOf(n));
      v.put(LY_DO_NOI_DUNG, OfficePhrases.reason(words, unit, reason));
      lines.add(n + ". " + v.get(LY_DO_NOI_DUNG));
      reasons.add(new OfficeForm.Row(String.valueOf(n++), "", v));
    }
    f.rows(Scope.REASON, reasons);
    f.put(LY_DO, String.join("\n", lines));
    boolean noEvidence = OfficePhrases.noEvidence(unit.reasons());
    f.condition(NEU_THIEU_MINH_CHUNG, noEvidence);
    f.put(MINH_CHUNG, noEvidence ? words.get("office.letter.evidence", f.get(DIEU_DANH_GIA)) : "");
    boolean lower = unit.verdict() instanceof Verdict.Recognised;
    f.condition(NEU_CONG_NHAN_MUC_KHAC, lower);
    f.put(MUC_KHAC, unit.verdict() instanceof Verdict.Recognised r
        ? words.get("office.letter.lower", r.level().label(), f.get(CO_QUAN), f.get(NGUOI_QUYET_DINH),
            OfficePhrases.lower(OfficePhrases.kind(words, unit)))
        : "");
    f.put(DE_NGHI, words.get("office.letter.advice"));
    return f.build();
  }
}
