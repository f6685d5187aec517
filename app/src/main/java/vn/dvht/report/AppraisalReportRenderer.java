package vn.dvht.report;

import static vn.dvht.model.OfficeField.CAN_CU;
import static vn.dvht.model.OfficeField.CHU_TICH_HOI_DONG;
import static vn.dvht.model.OfficeField.CO_QUAN;
import static vn.dvht.model.OfficeField.DIA_DANH_NGAY;
import static vn.dvht.model.OfficeField.DON_VI_GHI_CHU;
import static vn.dvht.model.OfficeField.DON_VI_KET_QUA;
import static vn.dvht.model.OfficeField.DON_VI_LOAI;
import static vn.dvht.model.OfficeField.DON_VI_MA;
import static vn.dvht.model.OfficeField.DON_VI_MUC_DE_NGHI;
import static vn.dvht.model.OfficeField.DON_VI_STT;
import static vn.dvht.model.OfficeField.DON_VI_TEN;
import static vn.dvht.model.OfficeField.HINH_THUC;
import static vn.dvht.model.OfficeField.HOI_DONG;
import static vn.dvht.model.OfficeField.KET_QUA_CHUNG;
import static vn.dvht.model.OfficeField.KHONG_NOP;
import static vn.dvht.model.OfficeField.KIEM_TRA;
import static vn.dvht.model.OfficeField.KIEN_NGHI;
import static vn.dvht.model.OfficeField.MO_DAU;
import static vn.dvht.model.OfficeField.SO_VAN_BAN;
import static vn.dvht.model.OfficeField.THANH_PHAN;
import static vn.dvht.model.OfficeField.THANH_VIEN_CHUC_VU;
import static vn.dvht.model.OfficeField.THANH_VIEN_HO_TEN;
import static vn.dvht.model.OfficeField.THANH_VIEN_STT;
import static vn.dvht.model.OfficeField.THANH_VIEN_THANH_PHAN;
import static vn.dvht.model.OfficeField.THANH_VIEN_VAI_TRO;
import static vn.dvht.model.OfficeField.TIEP_NHAN;
import static vn.dvht.model.OfficeField.TRA_LOI;
import static vn.dvht.model.OfficeField.TRICH_YEU;
import vn.dvht.diag.Wording;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dvht.model.Level;
import vn.dvht.model.OfficeDocument;
import vn.dvht.model.OfficeField;
import vn.dvht.model.OfficeField.Scope;
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
 * A province's form ({@code report.office.appraisal}) is filled from the same fields instead, each
 * recognised unit's table as its repeated rows.
 */
final class AppraisalReportRenderer {
  private static final List<Integer> MEMBERS = List.of(850, 2700, 4204, 1600);
  private static final List<Integer> RESULTS = List.of(850, 3004, 1300, 1900, 2300);

  void render(OfficeFile.Context context, OutputStream out) throws IOException {
    Wording words = context.wording();
    var provinceForm = context.form(OfficeDocument.APPRAISAL);
    if (provinceForm.isPresent()) {
      OfficeForm form = withTables(context, form(context));
      OfficeTemplate.fill(context, provinceForm.get(), form, out);
      return;
    }
    OfficeForm form = form(context);
    DocxWriter w = new DocxWriter();
    w.officeHeader(words, OfficeFields.upper(form.get(CO_QUAN)), OfficeFields.upper(form.get(HOI_DONG)),
        form.get(SO_VAN_BAN), "", form.get(DIA_DANH_NGAY));
    w.title(words.get("office.report.title"));
    w.centered(form.get(TRICH_YEU), true, false, 14);
    for (String basis : form.get(CAN_CU).split("\n")) {
      w.body(basis);
    }
    w.body(form.get(MO_DAU));
    w.heading(words.get("office.report.section1"));
    WordGrid members = new WordGrid(MEMBERS, 13).header(words.get("col.number"), words.get("col.name"),
        words.get("office.col.post"), words.get("office.col.role"));
    for (OfficeForm.Row m : form.rows(Scope.MEMBER)) {
      members.row(WordGrid.Align.CENTER, m.get(THANH_VIEN_STT), m.get(THANH_VIEN_HO_TEN), m.get(THANH_VIEN_CHUC_VU),
          m.get(THANH_VIEN_VAI_TRO));
    }
    w.grid(members);
    w.body(form.get(THANH_PHAN));
    w.heading(words.get("office.report.section2"));
    w.body(form.get(TIEP_NHAN));
    w.body(form.get(KIEM_TRA));
    w.heading(words.get("office.report.section3"));
    w.body(form.get(KET_QUA_CHUNG));
    WordGrid results = new WordGrid(RESULTS, 13).header(words.get("col.number"), words.get("office.col.unit"),
        words.get("office.col.requested"), words.get("office.col.verdict"), words.get("office.col.notes"));
    for (OfficeForm.Row r : form.rows(Scope.UNIT)) {
      results.row(WordGrid.Align.CENTER, r.get(DON_VI_STT), r.get(DON_VI_TEN), r.get(DON_VI_MUC_DE_NGHI),
          r.get(DON_VI_KET_QUA), r.get(DON_VI_GHI_CHU));
    }
    w.grid(results);
    w.heading(words.get("office.report.section4"));
    w.body(form.get(KIEN_NGHI));
    w.body(form.get(TRA_LOI));
    w.body(form.get(KHONG_NOP));
    w.signature(words, words.get("office.report.recipients", form.get(CO_QUAN)), words.get("office.report.chair"),
        form.get(CHU_TICH_HOI_DONG));
    w.stream(words, out, "dvht " + context.version(), context.date(), context.stamp(), flush -> {
      int number = 1;
      for (Appraisal unit : context.book().recognised()) {
        w.pageBreak();
        AppendixTable.write(w, context, unit, number++);
        flush.flush();
      }
    });
  }

  /**
   * The report's fields and tables but each recognised unit's table, which dvht's own layout makes a page
   * at a time ({@link AppendixTable}).
   */
  static OfficeForm form(OfficeFile.Context context) {
    Wording words = context.wording();
    AppraisalBook book = context.book();
    OfficeForm.Builder f = OfficeFields.of(OfficeDocument.APPRAISAL, context);
    String cap = f.get(OfficeField.CAP);
    int year = book.office().year();
    f.put(SO_VAN_BAN, words.get("office.report.number"));
    f.put(TRICH_YEU, words.get("office.report.subject", cap, year));
    List<String> basis = new ArrayList<>(List.of(words.get("office.basis", f.get(OfficeField.CAN_CU_THONG_TU))
        + ";"));
    if (!book.office().councilDecision().isEmpty()) {
      basis.add(words.get("office.basisCouncil", book.office().councilDecision(), cap) + ";");
    }
    f.put(CAN_CU, String.join("\n", basis));
    f.put(MO_DAU, words.get(book.office().written() ? "office.report.openingWritten" : "office.report.opening",
        f.get(OfficeField.NGAY_THAM_DINH), cap, year, book.units().size(), f.get(OfficeField.DIEU_QUY_TRINH)));
    f.rows(Scope.MEMBER, members(words, book));
    f.put(THANH_PHAN, ReportSentences.council(words, book));
    f.put(TIEP_NHAN, ReportSentences.received(words, book));
    f.put(KIEM_TRA, ReportSentences.checked(words, book));
    f.put(KET_QUA_CHUNG, ReportSentences.results(words, book));
    f.put(HINH_THUC, ReportSentences.kinds(words, book));
    f.rows(Scope.UNIT, units(words, book));
    f.put(KIEN_NGHI, ReportSentences.proposal(words, book, f));
    f.put(TRA_LOI, ReportSentences.answers(words, book, f));
    f.put(KHONG_NOP, ReportSentences.absent(words, book));
    f.rows(Scope.LEVEL, DraftDecisionRenderer.levelRows(words, book));
    f.rows(Scope.LISTED, DraftDecisionRenderer.listRows(words, book));
    return f.build();
  }

  /** The form with every recognised unit's row and its indicators' rows: a province's form repeats them. */
  private static OfficeForm withTables(OfficeFile.Context context, OfficeForm form) {
    Wording words = context.wording();
    List<OfficeForm.Row> recognised = new ArrayList<>();
    List<OfficeForm.Row> indicators = new ArrayList<>();
    int number = 1;
    for (Appraisal unit : context.book().recognised()) {
      recognised.add(AppendixTable.unit(words, unit, number));
      indicators.addAll(AppendixTable.indicators(words, unit, number++));
    }
    Map<Scope, List<OfficeForm.Row>> rows = new EnumMap<>(Scope.class);
    rows.putAll(form.rows());
    rows.put(Scope.RECOGNISED, recognised);
    rows.put(Scope.INDICATOR, indicators);
    return new OfficeForm(form.document(), form.fields(), rows, form.conditions());
  }

  private static List<OfficeForm.Row> members(Wording words, AppraisalBook book) {
    List<OfficeForm.Row> members = new ArrayList<>();
    int n = 1;
    for (CouncilMember m : book.setup().council().members()) {
      Map<OfficeField, String> v = new EnumMap<>(OfficeField.class);
      v.put(THANH_VIEN_STT, String.valueOf(n));
      v.put(THANH_VIEN_HO_TEN, m.name());
      v.put(THANH_VIEN_CHUC_VU, m.post());
      v.put(THANH_VIEN_VAI_TRO, words.get("office.role." + m.role().key()));
      v.put(THANH_VIEN_THANH_PHAN, m.group().map(g -> words.get("office.group." + g.key())).orElse(m.represents()));
      members.add(new OfficeForm.Row(String.valueOf(n++), "", v));
    }
    return members;
  }

  /** Every unit appraised, in the order of their files: what it asked for, the council's verdict, notes. */
  static List<OfficeForm.Row> units(Wording words, AppraisalBook book) {
    List<OfficeForm.Row> rows = new ArrayList<>();
    int n = 1;
    for (Appraisal unit : book.units()) {
      Map<OfficeField, String> v = new EnumMap<>(OfficeField.class);
      v.put(DON_VI_STT, String.valueOf(n));
      v.put(DON_VI_TEN, unit.name());
      v.put(DON_VI_MA, unit.id());
      v.put(DON_VI_LOAI, OfficePhrases.unitType(unit));
      v.put(DON_VI_MUC_DE_NGHI, unit.requested().label());
      v.put(DON_VI_KET_QUA, OfficePhrases.verdict(words, unit));
      v.put(DON_VI_GHI_CHU, note(words, unit));
      rows.add(new OfficeForm.Row(String.valueOf(n++), "", v));
    }
    return rows;
  }

  /** A unit's line in the results table: its reasons in short, or the kind of its recognition. */
  private static String note(Wording words, Appraisal unit) {
    List<String> parts = new ArrayList<>();
    if (unit.verdict() instanceof Verdict.Recognised r && !r.level().equals(unit.requested())) {
      parts.add(words.get("office.report.lower", unit.requested().label()));
    }
    unit.reasons().stream().filter(r -> r instanceof vn.dvht.office.Reason.Unmet)
        .map(r -> ((vn.dvht.office.Reason.Unmet) r).line().id()).reduce((a, b) -> a + ", " + b)
        .ifPresent(ids -> parts.add(words.get("office.report.unmet", ids)));
    unit.reasons().stream().filter(r -> !(r instanceof vn.dvht.office.Reason.Unmet))
        .forEach(r -> parts.add(OfficePhrases.brief(words, unit, r)));
    if (unit.edited()) {
      parts.add(words.get("office.report.editedNote"));
    }
    return String.join("\n", parts);
  }

  static String levelCount(List<Appraisal> units, Level level) {
    return String.valueOf(units.stream().filter(u -> AppraisalBook.grantedAt(u).filter(level::equals).isPresent()).count());
  }
}
