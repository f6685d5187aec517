package vn.dvht.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The placeholders a DOCX report template may hold, written {@code {{ten_don_vi}}}: Vietnamese
 * without diacritics, so that a clerk can type them on any keyboard. Fields of the whole document go
 * anywhere (body, tables, headers, footers); the others go in a table row, which is repeated once per
 * criterion, indicator or level. A criterion row directly followed by an indicator row repeats as a
 * group: each criterion, then its indicators. A request letter template ({@code report.letter}) uses
 * the same fields; {@link #MUC_DE_NGHI}, {@link #KET_QUA_DE_NGHI} and {@link #CAN_CU} are there for it.
 * A condition ({@link #NEU_DE_NGHI}) keeps or drops the paragraph it stands in.
 */
public enum TemplateField {
  CO_QUAN_CHU_QUAN(Scope.DOCUMENT),
  TEN_DON_VI(Scope.DOCUMENT),
  LOAI_DON_VI(Scope.DOCUMENT),
  CAP_CONG_NHAN(Scope.DOCUMENT),
  NAM_DANH_GIA(Scope.DOCUMENT),
  DIA_DANH_NGAY(Scope.DOCUMENT),
  THONG_TU(Scope.DOCUMENT),
  BO_TIEU_CHI(Scope.DOCUMENT),
  SO_NGUOI(Scope.DOCUMENT),
  MUC_DAT(Scope.DOCUMENT),
  KET_LUAN(Scope.DOCUMENT),
  NOI_NHAN_HO_SO(Scope.DOCUMENT),
  NGUOI_CONG_NHAN(Scope.DOCUMENT),
  CHUC_VU_NGUOI_KY(Scope.DOCUMENT),
  NGUOI_KY(Scope.DOCUMENT),
  THONG_TIN_KIEM_TRA(Scope.DOCUMENT),
  /** The level the unit asks to be recognised at, in lower case for the middle of a sentence: "mức độ 2". */
  MUC_DE_NGHI(Scope.DOCUMENT),
  /** That level's tally: "15/15 chỉ tiêu đạt". */
  KET_QUA_DE_NGHI(Scope.DOCUMENT),
  /** The legal bases of the assessment, one a line: "Căn cứ Thông tư số 24/2023/TT-BGDĐT …;". */
  CAN_CU(Scope.DOCUMENT),
  TIEU_CHI_MA(Scope.CRITERION),
  TIEU_CHI_NOI_DUNG(Scope.CRITERION),
  TIEU_CHI_KET_QUA(Scope.CRITERION),
  TIEU_CHI_DANH_GIA(Scope.CRITERION),
  CHI_TIEU_MA(Scope.INDICATOR),
  CHI_TIEU_NOI_DUNG(Scope.INDICATOR),
  CHI_TIEU_NGUONG(Scope.INDICATOR),
  CHI_TIEU_SO_DAT(Scope.INDICATOR),
  CHI_TIEU_KET_QUA(Scope.INDICATOR),
  CHI_TIEU_DANH_GIA(Scope.INDICATOR),
  CHI_TIEU_GHI_CHU(Scope.INDICATOR),
  MUC_TEN(Scope.LEVEL),
  MUC_KET_QUA(Scope.LEVEL),
  MUC_DANH_GIA(Scope.LEVEL),
  /** The paragraph stays (the field taken out) when the unit may ask for a level, and is dropped otherwise. */
  NEU_DE_NGHI(Scope.CONDITION),
  /** The paragraph stays when a threshold of the criteria table is inferred (marked "(*)"), and is dropped otherwise. */
  NEU_SUY_LUAN(Scope.CONDITION);

  /**
   * Where a field may stand: anywhere, or in a table row repeated once per item of its kind; a
   * condition stands anywhere and says whether its paragraph is kept.
   */
  public enum Scope {
    DOCUMENT, CRITERION, INDICATOR, LEVEL, CONDITION;

    /** Whether a field of this scope makes the table row it stands in repeat. */
    public boolean repeats() {
      return this == CRITERION || this == INDICATOR || this == LEVEL;
    }

    /** The scope whose rows an indicator row follows as a group: its criterion. */
    public Optional<Scope> parent() {
      return this == INDICATOR ? Optional.of(CRITERION) : Optional.empty();
    }
  }

  /**
   * A placeholder as the text of a paragraph reads, however Word splits it into runs: two braces, a
   * name (spaces around it are allowed), two braces. Group 1 is the name.
   */
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]{0,60}?)\\s*\\}\\}");

  private final Scope scope;

  TemplateField(Scope scope) {
    this.scope = scope;
  }

  public Scope scope() {
    return scope;
  }

  /** How the template writes it, without the braces: {@code ten_don_vi}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TemplateField> of(String key) {
    for (TemplateField field : values()) {
      if (field.key().equals(key)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
