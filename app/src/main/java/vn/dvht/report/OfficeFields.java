package vn.dvht.report;

import static vn.dvht.model.OfficeField.CAN_CU_THONG_TU;
import static vn.dvht.model.OfficeField.CAP;
import static vn.dvht.model.OfficeField.CHUC_VU_NGUOI_KY;
import static vn.dvht.model.OfficeField.CHU_TICH_HOI_DONG;
import static vn.dvht.model.OfficeField.CHU_TICH_UBND;
import static vn.dvht.model.OfficeField.CONG_NHAN_THEO_MUC;
import static vn.dvht.model.OfficeField.CO_QUAN;
import static vn.dvht.model.OfficeField.CO_QUAN_CHU_QUAN;
import static vn.dvht.model.OfficeField.DIA_DANH_NGAY;
import static vn.dvht.model.OfficeField.DIEU_DANH_GIA;
import static vn.dvht.model.OfficeField.DIEU_QUY_TRINH;
import static vn.dvht.model.OfficeField.DIEU_THAM_QUYEN;
import static vn.dvht.model.OfficeField.HAN_HO_SO;
import static vn.dvht.model.OfficeField.HAN_THAM_DINH;
import static vn.dvht.model.OfficeField.HOI_DONG;
import static vn.dvht.model.OfficeField.KY_HIEU;
import static vn.dvht.model.OfficeField.NAM_DANH_GIA;
import static vn.dvht.model.OfficeField.NAM_QUYET_DINH;
import static vn.dvht.model.OfficeField.NEU_CO_CONG_NHAN;
import static vn.dvht.model.OfficeField.NEU_KHONG_CONG_NHAN;
import static vn.dvht.model.OfficeField.NGAY_THAM_DINH;
import static vn.dvht.model.OfficeField.NGUOI_KY;
import static vn.dvht.model.OfficeField.NGUOI_QUYET_DINH;
import static vn.dvht.model.OfficeField.QUYET_DINH_HOI_DONG;
import static vn.dvht.model.OfficeField.SO_CONG_NHAN;
import static vn.dvht.model.OfficeField.SO_CONG_NHAN_LAI;
import static vn.dvht.model.OfficeField.SO_DON_VI;
import static vn.dvht.model.OfficeField.SO_LAN_DAU;
import static vn.dvht.model.OfficeField.SO_NANG_MUC;
import static vn.dvht.model.OfficeField.SO_TRA_LOI;
import static vn.dvht.model.OfficeField.THOI_HAN_CONG_NHAN;
import static vn.dvht.model.OfficeField.THONG_TIN_KIEM_TRA;
import static vn.dvht.model.OfficeField.THU_KY_HOI_DONG;
import vn.dvht.diag.Wording;

import java.time.LocalDate;
import java.util.Locale;
import vn.dvht.model.OfficeDocument;
import vn.dvht.office.Appraisal;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.Articles;
import vn.dvht.office.Dates;
import vn.dvht.office.Deadlines;
import vn.dvht.office.Office;
import vn.dvht.office.Terms;
import vn.dvht.office.Verdict;

/**
 * The fields every office document shares ({@link vn.dvht.model.OfficeField#common}): the office and its
 * People's Committee, the authority level, the years, the place and date line, the signer, the circular and
 * the articles it cites, the deadlines, the council, the counts, the stamp. Texts the office left out are
 * blanks ("……") the document highlights.
 */
final class OfficeFields {
  private static final Locale VI = Locale.forLanguageTag("vi");
  static final String BLANK = "……………";

  private OfficeFields() {}

  /** A document's form with the shared fields filled. */
  static OfficeForm.Builder of(OfficeDocument document, OfficeFile.Context context) {
    Wording words = context.wording();
    AppraisalBook book = context.book();
    Office office = book.office();
    Articles articles = Articles.of(office.authority());
    String cap = OfficePhrases.lower(OfficePhrases.authority(book.ruleset(), office.authority()));
    OfficeForm.Builder f = new OfficeForm.Builder(document);
    f.put(CO_QUAN, office.name());
    f.put(CO_QUAN_CHU_QUAN, office.committee());
    f.put(KY_HIEU, office.code().isEmpty() ? "…" : office.code());
    f.put(CAP, cap);
    f.put(NAM_DANH_GIA, String.valueOf(office.year()));
    f.put(NAM_QUYET_DINH, String.valueOf(Terms.decisionYear(office.year())));
    f.put(DIA_DANH_NGAY, placeAndDate(words, office.place(), context.date()));
    f.put(NGUOI_KY, office.signer());
    f.put(CHUC_VU_NGUOI_KY, office.signerTitle().isEmpty() ? head(words, book) : office.signerTitle());
    f.put(CHU_TICH_UBND, office.chairman());
    f.put(NGUOI_QUYET_DINH, RegisterXlsxRenderer.decidedBy(words, book));
    f.put(CAN_CU_THONG_TU, book.ruleset().info().legalBasis().isEmpty() ? book.ruleset().info().circular()
        : book.ruleset().info().legalBasis().get(0).text());
    f.put(NGAY_THAM_DINH, Dates.show(office.sitting()));
    f.put(HAN_HO_SO, Dates.show(Deadlines.dossier(book.ruleset(), office.authority(), office.year()).date()));
    f.put(HAN_THAM_DINH, Dates.show(Deadlines.appraisal(book.ruleset(), office.authority(), office.year()).date()));
    f.put(THOI_HAN_CONG_NHAN, Dates.show(Terms.validUntil(Terms.decisionYear(office.year()))));
    f.put(DIEU_THAM_QUYEN, String.valueOf(articles.authority()));
    f.put(DIEU_QUY_TRINH, String.valueOf(articles.procedure()));
    f.put(DIEU_DANH_GIA, String.valueOf(articles.evaluation()));
    f.put(HOI_DONG, words.get("office.council", cap));
    f.put(CHU_TICH_HOI_DONG, book.setup().council().chair());
    f.put(THU_KY_HOI_DONG, book.setup().council().secretary());
    f.put(QUYET_DINH_HOI_DONG, office.councilDecision());
    f.put(THONG_TIN_KIEM_TRA, context.stamp());
    counts(words, f, book);
    return f;
  }

  /** How many units were appraised, recognised (by level and by kind) and answered. */
  private static void counts(Wording words, OfficeForm.Builder f, AppraisalBook book) {
    long[] kinds = new long[Verdict.Kind.values().length];
    for (Appraisal unit : book.recognised()) {
      kinds[((Verdict.Recognised) unit.verdict()).kind().ordinal()]++;
    }
    f.put(SO_DON_VI, String.valueOf(book.units().size()));
    f.put(SO_CONG_NHAN, String.valueOf(book.recognised().size()));
    f.put(CONG_NHAN_THEO_MUC, SubmissionRenderer.levels(words, book));
    f.put(SO_LAN_DAU, String.valueOf(kinds[Verdict.Kind.FIRST.ordinal()]));
    f.put(SO_CONG_NHAN_LAI, String.valueOf(kinds[Verdict.Kind.RENEWAL.ordinal()]));
    f.put(SO_NANG_MUC, String.valueOf(kinds[Verdict.Kind.UPGRADE.ordinal()]));
    f.put(SO_TRA_LOI, String.valueOf(book.answered().size()));
    f.condition(NEU_CO_CONG_NHAN, !book.recognised().isEmpty());
    f.condition(NEU_KHONG_CONG_NHAN, book.recognised().isEmpty());
  }

  /** "Ninh Bình, ngày 10 tháng 02 năm 2026", the place a blank when the office gave none. */
  static String placeAndDate(Wording words, String place, LocalDate date) {
    String line = Phrases.placeAndDate(words, date);
    return place.isEmpty() ? line : line.replaceFirst("^…+", java.util.regex.Matcher.quoteReplacement(place));
  }

  /** The date line of a document the decider dates when signing: "……, ngày … tháng … năm 2026". */
  static String undated(Wording words, String place, int year) {
    String line = words.get("form.placeDate", "…", "…", year);
    return place.isEmpty() ? line : line.replaceFirst("^…+", java.util.regex.Matcher.quoteReplacement(place));
  }

  /** The office head's title as the circular's wording has it: Giám đốc (a Sở), Trưởng phòng (a Phòng). */
  static String head(Wording words, AppraisalBook book) {
    return words.get(Deadlines.district(book.office().authority()) ? "office.head.district" : "office.head.province");
  }

  static String upper(String text) {
    return text.toUpperCase(VI);
  }

  /** A name, or a blank to fill. */
  static String orBlank(String text) {
    return text.isEmpty() ? BLANK : text;
  }
}
