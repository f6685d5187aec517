package vn.dvht.report;

import static vn.dvht.model.OfficeField.CAN_CU;
import static vn.dvht.model.OfficeField.CAP;
import static vn.dvht.model.OfficeField.CHUC_VU_NGUOI_KY;
import static vn.dvht.model.OfficeField.CO_QUAN;
import static vn.dvht.model.OfficeField.CO_QUAN_CHU_QUAN;
import static vn.dvht.model.OfficeField.DE_NGHI;
import static vn.dvht.model.OfficeField.DIA_DANH_NGAY;
import static vn.dvht.model.OfficeField.DIEU_QUY_TRINH;
import static vn.dvht.model.OfficeField.HAN_THAM_DINH;
import static vn.dvht.model.OfficeField.HINH_THUC;
import static vn.dvht.model.OfficeField.HO_SO;
import static vn.dvht.model.OfficeField.KET_QUA_CHUNG;
import static vn.dvht.model.OfficeField.KET_THUC;
import static vn.dvht.model.OfficeField.KIEM_TRA;
import static vn.dvht.model.OfficeField.KINH_GUI;
import static vn.dvht.model.OfficeField.KY_HIEU;
import static vn.dvht.model.OfficeField.NAM_DANH_GIA;
import static vn.dvht.model.OfficeField.NGAY_THAM_DINH;
import static vn.dvht.model.OfficeField.NGUOI_KY;
import static vn.dvht.model.OfficeField.SO_VAN_BAN;
import static vn.dvht.model.OfficeField.THOI_HAN;
import static vn.dvht.model.OfficeField.TIEP_NHAN;
import static vn.dvht.model.OfficeField.TRICH_YEU;
import vn.dvht.diag.Wording;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.model.Level;
import vn.dvht.model.OfficeDocument;
import vn.dvht.model.OfficeField;
import vn.dvht.model.OfficeField.Scope;
import vn.dvht.office.AppraisalBook;

/**
 * The office's Tờ trình to the Chairman of the People's Committee proposing the recognition (Điều 10, 16
 * khoản 2 điểm đ): on what grounds, what the council found, how many units at each level and how they
 * come to it (first time, again, one level up), the request, the dossier enclosed and its deadline. A
 * province's form ({@code report.office.submission}) is filled from the same fields instead.
 */
final class SubmissionRenderer {
  void render(OfficeFile.Context context, OutputStream out) throws IOException {
    Wording words = context.wording();
    OfficeForm form = form(context);
    var provinceForm = context.form(OfficeDocument.SUBMISSION);
    if (provinceForm.isPresent()) {
      OfficeTemplate.fill(context, provinceForm.get(), form, out);
      return;
    }
    DocxWriter w = new DocxWriter();
    w.officeHeader(words, OfficeFields.upper(form.get(CO_QUAN_CHU_QUAN)), OfficeFields.upper(form.get(CO_QUAN)),
        form.get(SO_VAN_BAN), "", form.get(DIA_DANH_NGAY));
    w.title(words.get("office.submission.title"));
    w.centered(form.get(TRICH_YEU), true, false, 14);
    w.centered(form.get(KINH_GUI), false, false, 14);
    for (String line : form.get(CAN_CU).split("\n")) {
      w.body(line);
    }
    w.body(form.get(TIEP_NHAN) + " " + form.get(KET_QUA_CHUNG));
    for (OfficeField key : List.of(HINH_THUC, DE_NGHI, HO_SO, THOI_HAN)) {
      w.body(form.get(key));
    }
    w.bodyKept(form.get(KET_THUC));
    w.signature(words, words.get("office.submission.recipients"), OfficeFields.upper(form.get(CHUC_VU_NGUOI_KY)),
        form.get(NGUOI_KY));
    w.write(words, out, "dvht " + context.version(), context.date(), context.stamp());
  }

  static OfficeForm form(OfficeFile.Context context) {
    Wording words = context.wording();
    AppraisalBook book = context.book();
    OfficeForm.Builder f = OfficeFields.of(OfficeDocument.SUBMISSION, context);
    String cap = f.get(CAP);
    f.put(SO_VAN_BAN, words.get("office.submission.number", f.get(KY_HIEU)));
    f.put(TRICH_YEU, words.get("office.submission.subject", cap, f.get(NAM_DANH_GIA)));
    f.put(KINH_GUI, words.get("office.to", words.get("office.chairmanOf", f.get(CO_QUAN_CHU_QUAN))));
    f.put(CAN_CU, words.get("office.basis", f.get(OfficeField.CAN_CU_THONG_TU)) + ";\n"
        + words.get("office.submission.basisCouncil", words.get("office.council", cap), f.get(NGAY_THAM_DINH)) + ".");
    f.put(TIEP_NHAN, ReportSentences.received(words, book));
    f.put(KIEM_TRA, ReportSentences.checked(words, book));
    f.put(KET_QUA_CHUNG, ReportSentences.results(words, book));
    f.put(HINH_THUC, ReportSentences.kinds(words, book));
    f.put(DE_NGHI, book.recognised().isEmpty() ? words.get("office.submission.requestNone")
        : words.get("office.submission.request", f.get(CO_QUAN), f.get(CO_QUAN_CHU_QUAN), book.recognised().size(),
            cap, f.get(NAM_DANH_GIA), levels(words, book)));
    f.put(HO_SO, words.get("office.submission.enclosed", f.get(DIEU_QUY_TRINH)));
    f.put(THOI_HAN, words.get("office.submission.deadline", f.get(HAN_THAM_DINH), f.get(DIEU_QUY_TRINH)));
    f.put(KET_THUC, words.get("office.submission.closing", f.get(CO_QUAN), f.get(CO_QUAN_CHU_QUAN)));
    f.rows(Scope.UNIT, AppraisalReportRenderer.units(words, book));
    f.rows(Scope.LEVEL, DraftDecisionRenderer.levelRows(words, book));
    f.rows(Scope.LISTED, DraftDecisionRenderer.listRows(words, book));
    return f.build();
  }

  /** "Mức độ 2: 12 đơn vị; Mức độ 1: 40 đơn vị". */
  static String levels(Wording words, AppraisalBook book) {
    List<String> parts = new ArrayList<>();
    for (Level level : ReportSentences.levelsHighFirst(book)) {
      parts.add(words.get("office.countAtLevel", AppraisalReportRenderer.levelCount(book.recognised(), level),
          level.label()));
    }
    return String.join("; ", parts);
  }
}
