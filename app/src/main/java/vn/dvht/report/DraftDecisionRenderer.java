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
import vn.dvht.office.Dates;
import vn.dvht.office.Terms;
import vn.dvht.office.Verdict;
import vn.dvht.report.ooxml.WordGrid;

/**
 * The draft recognition decision ("dự thảo Quyết định công nhận", Điều 10, 16 khoản 2 điểm đ), ready to
 * number, date and sign: the Chairman's grounds, Điều 1 (the units recognised at each level), Điều 2
 * (how long the recognition holds, Điều 5, 11 khoản 3–4), Điều 3 (in force on signing, who executes),
 * and the attached list by level — STT, unit, level, recognised until — as its own numbered section.
 */
final class DraftDecisionRenderer {
  private static final List<Integer> LIST = List.of(850, 5004, 1700, 1800);

  void render(OfficeFile.Context context, OutputStream out) throws IOException {
    OfficeForm form = form(context);
    DocxWriter w = new DocxWriter();
    w.mark(Messages.get("office.decision.draft"));
    w.officeHeader("", OfficeFields.upper(form.get("co_quan_chu_quan")), form.get("so_van_ban"), "",
        form.get("dia_danh_ngay"));
    w.title(Messages.get("office.decision.title"));
    w.centered(form.get("trich_yeu"), true, false, 14);
    w.centered(form.get("tham_quyen"), true, false, 14);
    for (String line : form.get("can_cu").split("\n")) {
      w.body(line);
    }
    w.centered(Messages.get("office.decision.decides"), true, false, 14);
    for (int i = 1; i <= 3; i++) {
      w.lead(Messages.get("office.decision.article", i) + " ", form.get("dieu_" + i));
    }
    w.signature(Messages.get("office.decision.recipients"), Messages.get("office.decision.signer"),
        form.get("chu_tich_ubnd"));
    w.nextDocument();
    w.centered(Messages.get("office.decision.listTitle"), true, false, 14);
    w.centered(form.get("danh_sach_tieu_de"), true, false, 14);
    w.centered(form.get("kem_theo"), false, true, 13);
    WordGrid grid = new WordGrid(LIST, 13).header(Messages.get("col.number"), Messages.get("office.col.unit"),
        Messages.get("col.level"), Messages.get("office.col.until"));
    String band = "";
    for (Map<String, String> row : form.table("danh_sach")) {
      if (!row.get("nhom").equals(band)) {
        band = row.get("nhom");
        grid.band(band);
      }
      grid.row(WordGrid.Align.CENTER, row.get("stt"), row.get("ten_don_vi"), row.get("muc_do"), row.get("thoi_han"));
    }
    if (!grid.isEmpty()) {
      w.grid(grid);
    }
    w.centered(form.get("tong_so"), false, true, 13);
    w.write(out, "dvht " + context.version(), context.date(), context.stamp());
  }

  static OfficeForm form(OfficeFile.Context context) {
    AppraisalBook book = context.book();
    Map<String, String> f = OfficeFields.of(book, context.date());
    OfficeForm.Builder form = new OfficeForm.Builder().putAll(f);
    String cap = f.get("cap");
    String year = f.get("nam_danh_gia");
    int decisionYear = Terms.decisionYear(book.office().year());
    form.put("dia_danh_ngay", OfficeFields.undated(book.office().place(), decisionYear));
    form.put("so_van_ban", Messages.get("office.decision.number"));
    form.put("trich_yeu", Messages.get("office.decision.subject", cap, year));
    form.put("tham_quyen", OfficeFields.upper(Messages.get("office.chairmanOf", f.get("co_quan_chu_quan"))));
    form.put("can_cu", Messages.get("office.decision.basisLaw") + "\n" + Messages.get("office.basis",
        f.get("can_cu_thong_tu")) + ";\n" + Messages.get("office.decision.proposal", f.get("co_quan"), f.get("ky_hieu"),
        decisionYear));
    form.put("dieu_1", Messages.get("office.decision.article1", book.recognised().size(), cap, year,
        SubmissionRenderer.levels(book)));
    String until = Dates.show(Terms.validUntil(decisionYear));
    form.put("dieu_2", Messages.get("office.decision.article2", until, f.get("dieu_tham_quyen")));
    form.put("dieu_3", Messages.get("office.decision.article3", f.get("co_quan_chu_quan"),
        OfficeFields.head(book) + " " + f.get("co_quan")));
    form.put("danh_sach_tieu_de", Messages.get("office.decision.listSubtitle", OfficeFields.upper(cap), year));
    form.put("kem_theo", Messages.get("office.decision.attached", decisionYear, f.get("co_quan_chu_quan")));
    form.put("tong_so", Messages.get("office.decision.listTotal", book.recognised().size()));
    form.table("danh_sach", list(book, until));
    return form.build();
  }

  /** The recognised units, level by level from the highest, numbered through the list. */
  private static List<Map<String, String>> list(AppraisalBook book, String until) {
    List<Map<String, String>> rows = new ArrayList<>();
    int section = 0;
    int n = 1;
    for (Level level : ReportSentences.levelsHighFirst(book)) {
      List<Appraisal> units = book.recognised().stream()
          .filter(u -> ((Verdict.Recognised) u.verdict()).level().equals(level)).toList();
      if (units.isEmpty()) {
        continue;
      }
      section++;
      String band = Messages.get("office.decision.band", Roman.of(section), OfficeFields.upper(level.label()),
          units.size());
      for (Appraisal unit : units) {
        rows.add(Map.of("nhom", band, "stt", String.valueOf(n++), "ten_don_vi", unit.name(), "muc_do", level.label(),
            "thoi_han", until));
      }
    }
    return rows;
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
