package vn.dvht.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.dvht.diag.Messages;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.Articles;
import vn.dvht.office.Dates;
import vn.dvht.office.Deadlines;
import vn.dvht.office.Office;
import vn.dvht.office.Terms;

/**
 * The fields every office document shares: the office and its People's Committee, the authority level,
 * the years, the place and date line, the signer, the circular and the articles it cites, the deadlines.
 * Texts the office left out are blanks ("……") the document highlights.
 */
final class OfficeFields {
  private static final Locale VI = Locale.forLanguageTag("vi");
  static final String BLANK = "……………";

  private OfficeFields() {}

  static Map<String, String> of(AppraisalBook book, LocalDate date) {
    Office office = book.office();
    Articles articles = Articles.of(office.authority());
    Map<String, String> f = new LinkedHashMap<>();
    f.put("co_quan", office.name());
    f.put("co_quan_chu_quan", office.committee());
    f.put("ky_hieu", office.code().isEmpty() ? "…" : office.code());
    f.put("cap", OfficePhrases.lower(OfficePhrases.authority(book.ruleset(), office.authority())));
    f.put("nam_danh_gia", String.valueOf(office.year()));
    f.put("nam_quyet_dinh", String.valueOf(Terms.decisionYear(office.year())));
    f.put("dia_danh_ngay", placeAndDate(office.place(), date));
    f.put("nguoi_ky", office.signer());
    f.put("chuc_vu_nguoi_ky", office.signerTitle());
    f.put("chu_tich_ubnd", office.chairman());
    f.put("nguoi_quyet_dinh", RegisterXlsxRenderer.decidedBy(book));
    f.put("can_cu_thong_tu", book.ruleset().info().legalBasis().isEmpty() ? book.ruleset().info().circular()
        : book.ruleset().info().legalBasis().get(0).text());
    f.put("ngay_tham_dinh", Dates.show(office.sitting()));
    f.put("han_ho_so", Dates.show(Deadlines.dossier(book.ruleset(), office.authority(), office.year()).date()));
    f.put("han_tham_dinh", Dates.show(Deadlines.appraisal(book.ruleset(), office.authority(), office.year()).date()));
    f.put("dieu_tham_quyen", String.valueOf(articles.authority()));
    f.put("dieu_quy_trinh", String.valueOf(articles.procedure()));
    f.put("dieu_danh_gia", String.valueOf(articles.evaluation()));
    f.put("chu_tich_hoi_dong", book.setup().council().chair());
    f.put("thu_ky_hoi_dong", book.setup().council().secretary());
    f.put("quyet_dinh_hoi_dong", office.councilDecision());
    return f;
  }

  /** "Ninh Bình, ngày 10 tháng 02 năm 2026", the place a blank when the office gave none. */
  static String placeAndDate(String place, LocalDate date) {
    String line = Phrases.placeAndDate(date);
    return place.isEmpty() ? line : line.replaceFirst("^…+", java.util.regex.Matcher.quoteReplacement(place));
  }

  /** The date line of a document the decider dates when signing: "……, ngày … tháng … năm 2026". */
  static String undated(String place, int year) {
    String line = Messages.get("form.placeDate", "…", "…", year);
    return place.isEmpty() ? line : line.replaceFirst("^…+", java.util.regex.Matcher.quoteReplacement(place));
  }

  /** The office head's title as the circular's wording has it: Giám đốc (a Sở), Trưởng phòng (a Phòng). */
  static String head(AppraisalBook book) {
    return Messages.get(Deadlines.district(book.office().authority()) ? "office.head.district" : "office.head.province");
  }

  static String upper(String text) {
    return text.toUpperCase(VI);
  }

  /** A name, or a blank to fill. */
  static String orBlank(String text) {
    return text.isEmpty() ? BLANK : text;
  }
}
