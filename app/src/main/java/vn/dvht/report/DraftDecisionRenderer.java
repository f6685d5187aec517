package vn.dvht.report;

import static vn.dvht.model.OfficeField.CAN_CU;
import static vn.dvht.model.OfficeField.CAP;
import static vn.dvht.model.OfficeField.CHU_TICH_UBND;
import static vn.dvht.model.OfficeField.CO_QUAN;
import static vn.dvht.model.OfficeField.CO_QUAN_CHU_QUAN;
import static vn.dvht.model.OfficeField.DANH_SACH_HINH_THUC;
import static vn.dvht.model.OfficeField.DANH_SACH_LOAI;
import static vn.dvht.model.OfficeField.DANH_SACH_MA;
import static vn.dvht.model.OfficeField.DANH_SACH_MUC_DO;
import static vn.dvht.model.OfficeField.DANH_SACH_STT;
import static vn.dvht.model.OfficeField.DANH_SACH_TEN;
import static vn.dvht.model.OfficeField.DANH_SACH_THOI_HAN;
import static vn.dvht.model.OfficeField.DANH_SACH_TIEU_DE;
import static vn.dvht.model.OfficeField.DIA_DANH_NGAY;
import static vn.dvht.model.OfficeField.DIEU_1;
import static vn.dvht.model.OfficeField.DIEU_2;
import static vn.dvht.model.OfficeField.DIEU_3;
import static vn.dvht.model.OfficeField.DIEU_THAM_QUYEN;
import static vn.dvht.model.OfficeField.KEM_THEO;
import static vn.dvht.model.OfficeField.KY_HIEU;
import static vn.dvht.model.OfficeField.NAM_DANH_GIA;
import static vn.dvht.model.OfficeField.NHOM_MUC_DO;
import static vn.dvht.model.OfficeField.NHOM_SO_DON_VI;
import static vn.dvht.model.OfficeField.NHOM_TIEU_DE;
import static vn.dvht.model.OfficeField.SO_VAN_BAN;
import static vn.dvht.model.OfficeField.THAM_QUYEN;
import static vn.dvht.model.OfficeField.THOI_HAN_CONG_NHAN;
import static vn.dvht.model.OfficeField.TONG_SO;
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
import vn.dvht.office.Terms;
import vn.dvht.office.Verdict;
import vn.dvht.report.ooxml.WordGrid;

/**
 * The draft recognition decision ("dự thảo Quyết định công nhận", Điều 10, 16 khoản 2 điểm đ), ready to
 * number, date and sign: the Chairman's grounds, Điều 1 (the units recognised at each level), Điều 2
 * (how long the recognition holds, Điều 5, 11 khoản 3–4), Điều 3 (in force on signing, who executes),
 * and the attached list by level — STT, unit, level, recognised until — as its own numbered section. A
 * province's form ({@code report.office.decision}) is filled from the same fields instead, the list as its
 * repeated rows.
 */
final class DraftDecisionRenderer {
  private static final List<Integer> LIST = List.of(850, 5004, 1700, 1800);

  void render(OfficeFile.Context context, OutputStream out) throws IOException {
    Wording words = context.wording();
    OfficeForm form = form(context);
    var provinceForm = context.form(OfficeDocument.DECISION);
    if (provinceForm.isPresent()) {
      OfficeTemplate.fill(context, provinceForm.get(), form, out);
      return;
    }
    DocxWriter w = new DocxWriter();
    w.mark(words.get("office.decision.draft"));
    w.officeHeader(words, "", OfficeFields.upper(form.get(CO_QUAN_CHU_QUAN)), form.get(SO_VAN_BAN), "", form.get(DIA_DANH_NGAY));
    w.title(words.get("office.decision.title"));
    w.centered(form.get(TRICH_YEU), true, false, 14);
    w.centered(form.get(THAM_QUYEN), true, false, 14);
    for (String line : form.get(CAN_CU).split("\n")) {
      w.body(line);
    }
    w.centered(words.get("office.decision.decides"), true, false, 14);
    List<OfficeField> articles = List.of(DIEU_1, DIEU_2, DIEU_3);
    for (int i = 0; i < articles.size(); i++) {
      w.lead(words.get("office.decision.article", i + 1) + " ", form.get(articles.get(i)));
    }
    w.signature(words, words.get("office.decision.recipients"), words.get("office.decision.signer"),
        form.get(CHU_TICH_UBND));
    w.nextDocument();
    w.centered(words.get("office.decision.listTitle"), true, false, 14);
    w.centered(form.get(DANH_SACH_TIEU_DE), true, false, 14);
    w.centered(form.get(KEM_THEO), false, true, 13);
    WordGrid grid = new WordGrid(LIST, 13).header(words.get("col.number"), words.get("office.col.unit"),
        words.get("col.level"), words.get("office.col.until"));
    for (OfficeForm.Row level : form.rows(Scope.LEVEL)) {
      grid.band(level.get(NHOM_TIEU_DE));
      for (OfficeForm.Row row : form.rows(Scope.LISTED)) {
        if (row.parent().equals(level.id())) {
          grid.row(WordGrid.Align.CENTER, row.get(DANH_SACH_STT), row.get(DANH_SACH_TEN), row.get(DANH_SACH_MUC_DO),
              row.get(DANH_SACH_THOI_HAN));
        }
      }
    }
    if (!grid.isEmpty()) {
      w.grid(grid);
    }
    w.centered(form.get(TONG_SO), false, true, 13);
    w.write(words, out, "dvht " + context.version(), context.date(), context.stamp());
  }

  static OfficeForm form(OfficeFile.Context context) {
    Wording words = context.wording();
    AppraisalBook book = context.book();
    OfficeForm.Builder f = OfficeFields.of(OfficeDocument.DECISION, context);
    String cap = f.get(CAP);
    String year = f.get(NAM_DANH_GIA);
    int decisionYear = Terms.decisionYear(book.office().year());
    f.put(DIA_DANH_NGAY, OfficeFields.undated(words, book.office().place(), decisionYear));
    f.put(SO_VAN_BAN, words.get("office.decision.number"));
    f.put(TRICH_YEU, words.get("office.decision.subject", cap, year));
    f.put(THAM_QUYEN, OfficeFields.upper(words.get("office.chairmanOf", f.get(CO_QUAN_CHU_QUAN))));
    f.put(CAN_CU, words.get("office.decision.basisLaw") + "\n" + words.get("office.basis",
        f.get(OfficeField.CAN_CU_THONG_TU)) + ";\n" + words.get("office.decision.proposal", f.get(CO_QUAN),
        f.get(KY_HIEU), decisionYear));
    f.put(DIEU_1, words.get("office.decision.article1", book.recognised().size(), cap, year,
        SubmissionRenderer.levels(words, book)));
    f.put(DIEU_2, words.get("office.decision.article2", f.get(THOI_HAN_CONG_NHAN), f.get(DIEU_THAM_QUYEN)));
    f.put(DIEU_3, words.get("office.decision.article3", f.get(CO_QUAN_CHU_QUAN),
        OfficeFields.head(words, book) + " " + f.get(CO_QUAN)));
    f.put(DANH_SACH_TIEU_DE, words.get("office.decision.listSubtitle", OfficeFields.upper(cap), year));
    f.put(KEM_THEO, words.get("office.decision.attached", decisionYear, f.get(CO_QUAN_CHU_QUAN)));
    f.put(TONG_SO, words.get("office.decision.listTotal", book.recognised().size()));
    f.rows(Scope.LEVEL, levelRows(words, book));
    f.rows(Scope.LISTED, listRows(words, book));
    return f.build();
  }

  /** The levels at which units are recognised, from the highest: the list's sections (I, II). */
  static List<OfficeForm.Row> levelRows(Wording words, AppraisalBook book) {
    List<OfficeForm.Row> rows = new ArrayList<>();
    int section = 0;
    for (Level level : ReportSentences.levelsHighFirst(book)) {
      long units = recognisedAt(book, level).size();
      if (units == 0) {
        continue;
      }
      section++;
      Map<OfficeField, String> v = new EnumMap<>(OfficeField.class);
      v.put(NHOM_TIEU_DE, words.get("office.decision.band", Roman.of(section), OfficeFields.upper(level.label()), units));
      v.put(NHOM_MUC_DO, level.label());
      v.put(NHOM_SO_DON_VI, String.valueOf(units));
      rows.add(new OfficeForm.Row(level.id(), "", v));
    }
    return rows;
  }

  /** The recognised units, level by level from the highest, numbered through the list. */
  static List<OfficeForm.Row> listRows(Wording words, AppraisalBook book) {
    List<OfficeForm.Row> rows = new ArrayList<>();
    int n = 1;
    for (Level level : ReportSentences.levelsHighFirst(book)) {
      for (Appraisal unit : recognisedAt(book, level)) {
        Verdict.Recognised r = (Verdict.Recognised) unit.verdict();
        Map<OfficeField, String> v = new EnumMap<>(OfficeField.class);
        v.put(DANH_SACH_STT, String.valueOf(n));
        v.put(DANH_SACH_TEN, unit.name());
        v.put(DANH_SACH_MA, unit.id());
        v.put(DANH_SACH_LOAI, OfficePhrases.unitType(unit));
        v.put(DANH_SACH_MUC_DO, level.label());
        v.put(DANH_SACH_HINH_THUC, OfficePhrases.kind(words, unit));
        v.put(DANH_SACH_THOI_HAN, vn.dvht.office.Dates.show(r.validUntil()));
        rows.add(new OfficeForm.Row(String.valueOf(n++), level.id(), v));
      }
    }
    return rows;
  }

  private static List<Appraisal> recognisedAt(AppraisalBook book, Level level) {
    return book.recognised().stream().filter(u -> ((Verdict.Recognised) u.verdict()).level().equals(level)).toList();
  }

  /** Roman numerals for the list's sections (I, II). */
  static final class Roman {
    private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private Roman() {}

    static String of(int n) {
      return n >= 1 && n <= NUMERALS.length ? NUMERALS[n - 1] : String.valueOf(n);
    }
  }
}
