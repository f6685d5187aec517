package vn.dvht.model;

import static vn.dvht.model.OfficeDocument.ANSWER;
import static vn.dvht.model.OfficeDocument.APPRAISAL;
import static vn.dvht.model.OfficeDocument.DECISION;
import static vn.dvht.model.OfficeDocument.SUBMISSION;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of the office's documents, written {@code {{co_quan}}} in a province's form as in a unit's
 * ({@link TemplateField#PLACEHOLDER}), each with where it may stand and the documents that have it. Fields
 * of the whole document go anywhere; row fields make the table row they stand in repeat once per item (a
 * level row directly followed by a list row repeats as groups, each level then its units, as a recognised
 * unit's row followed by an indicator row does); a condition keeps or drops its paragraph. The built-in
 * layout reads the same fields, so a form and dvht's own document say the same things.
 */
public enum OfficeField {
  // The office and its documents: every document.
  CO_QUAN, CO_QUAN_CHU_QUAN, KY_HIEU, CAP, NAM_DANH_GIA, NAM_QUYET_DINH, DIA_DANH_NGAY, NGUOI_KY, CHUC_VU_NGUOI_KY,
  CHU_TICH_UBND, NGUOI_QUYET_DINH, CAN_CU_THONG_TU, CAN_CU, SO_VAN_BAN, TRICH_YEU, NGAY_THAM_DINH, HAN_HO_SO,
  HAN_THAM_DINH, THOI_HAN_CONG_NHAN, DIEU_THAM_QUYEN, DIEU_QUY_TRINH, DIEU_DANH_GIA, HOI_DONG, CHU_TICH_HOI_DONG,
  THU_KY_HOI_DONG, QUYET_DINH_HOI_DONG, SO_DON_VI, SO_CONG_NHAN, CONG_NHAN_THEO_MUC, SO_LAN_DAU, SO_CONG_NHAN_LAI,
  SO_NANG_MUC, SO_TRA_LOI, THONG_TIN_KIEM_TRA,
  /** The paragraph stays when some unit is recognised. */
  NEU_CO_CONG_NHAN(Scope.CONDITION),
  /** The paragraph stays when no unit is recognised. */
  NEU_KHONG_CONG_NHAN(Scope.CONDITION),

  // Sentences dvht writes from the appraisal, for a form that takes them as they are.
  MO_DAU(Scope.DOCUMENT, APPRAISAL, ANSWER),
  THANH_PHAN(Scope.DOCUMENT, APPRAISAL),
  TIEP_NHAN(Scope.DOCUMENT, APPRAISAL, SUBMISSION),
  KIEM_TRA(Scope.DOCUMENT, APPRAISAL, SUBMISSION),
  KET_QUA_CHUNG(Scope.DOCUMENT, APPRAISAL, SUBMISSION),
  HINH_THUC(Scope.DOCUMENT, APPRAISAL, SUBMISSION),
  KIEN_NGHI(Scope.DOCUMENT, APPRAISAL),
  TRA_LOI(Scope.DOCUMENT, APPRAISAL),
  KHONG_NOP(Scope.DOCUMENT, APPRAISAL),
  KINH_GUI(Scope.DOCUMENT, SUBMISSION, ANSWER),
  DE_NGHI(Scope.DOCUMENT, SUBMISSION, ANSWER),
  HO_SO(Scope.DOCUMENT, SUBMISSION),
  THOI_HAN(Scope.DOCUMENT, SUBMISSION),
  KET_THUC(Scope.DOCUMENT, SUBMISSION),
  THAM_QUYEN(Scope.DOCUMENT, DECISION),
  DIEU_1(Scope.DOCUMENT, DECISION),
  DIEU_2(Scope.DOCUMENT, DECISION),
  DIEU_3(Scope.DOCUMENT, DECISION),
  DANH_SACH_TIEU_DE(Scope.DOCUMENT, DECISION),
  KEM_THEO(Scope.DOCUMENT, DECISION),
  TONG_SO(Scope.DOCUMENT, DECISION),

  // One unit's answer: its letter is filled once per unit.
  TEN_DON_VI(Scope.DOCUMENT, ANSWER),
  MA_DON_VI(Scope.DOCUMENT, ANSWER),
  LOAI_DON_VI(Scope.DOCUMENT, ANSWER),
  V_V(Scope.DOCUMENT, ANSWER),
  MUC_DE_NGHI(Scope.DOCUMENT, ANSWER),
  KET_LUAN(Scope.DOCUMENT, ANSWER),
  LY_DO(Scope.DOCUMENT, ANSWER),
  MINH_CHUNG(Scope.DOCUMENT, ANSWER),
  MUC_KHAC(Scope.DOCUMENT, ANSWER),
  /** The paragraph stays when an indicator is not met for want of evidence. */
  NEU_THIEU_MINH_CHUNG(Scope.CONDITION, ANSWER),
  /** The paragraph stays when the unit is recognised at a lower level than it asked for. */
  NEU_CONG_NHAN_MUC_KHAC(Scope.CONDITION, ANSWER),
  LY_DO_STT(Scope.REASON, ANSWER),
  LY_DO_NOI_DUNG(Scope.REASON, ANSWER),

  // The council's members.
  THANH_VIEN_STT(Scope.MEMBER, APPRAISAL),
  THANH_VIEN_HO_TEN(Scope.MEMBER, APPRAISAL),
  THANH_VIEN_CHUC_VU(Scope.MEMBER, APPRAISAL),
  THANH_VIEN_VAI_TRO(Scope.MEMBER, APPRAISAL),
  THANH_VIEN_THANH_PHAN(Scope.MEMBER, APPRAISAL),

  // Every unit appraised, in the order of their files.
  DON_VI_STT(Scope.UNIT, APPRAISAL, SUBMISSION),
  DON_VI_TEN(Scope.UNIT, APPRAISAL, SUBMISSION),
  DON_VI_MA(Scope.UNIT, APPRAISAL, SUBMISSION),
  DON_VI_LOAI(Scope.UNIT, APPRAISAL, SUBMISSION),
  DON_VI_MUC_DE_NGHI(Scope.UNIT, APPRAISAL, SUBMISSION),
  DON_VI_KET_QUA(Scope.UNIT, APPRAISAL, SUBMISSION),
  DON_VI_GHI_CHU(Scope.UNIT, APPRAISAL, SUBMISSION),

  // Each recognised unit, then its summary table as the council appraised it.
  CONG_NHAN_STT(Scope.RECOGNISED, APPRAISAL),
  CONG_NHAN_TEN(Scope.RECOGNISED, APPRAISAL),
  CONG_NHAN_MA(Scope.RECOGNISED, APPRAISAL),
  CONG_NHAN_LOAI(Scope.RECOGNISED, APPRAISAL),
  CONG_NHAN_MUC_DO(Scope.RECOGNISED, APPRAISAL),
  CONG_NHAN_HINH_THUC(Scope.RECOGNISED, APPRAISAL),
  CONG_NHAN_CAN_CU(Scope.RECOGNISED, APPRAISAL),
  CHI_TIEU_STT(Scope.INDICATOR, APPRAISAL),
  CHI_TIEU_TIEU_CHI(Scope.INDICATOR, APPRAISAL),
  CHI_TIEU_MA(Scope.INDICATOR, APPRAISAL),
  CHI_TIEU_NOI_DUNG(Scope.INDICATOR, APPRAISAL),
  CHI_TIEU_NGUONG(Scope.INDICATOR, APPRAISAL),
  CHI_TIEU_KET_QUA(Scope.INDICATOR, APPRAISAL),
  CHI_TIEU_DANH_GIA(Scope.INDICATOR, APPRAISAL),

  // The recognised units by level, from the highest: a level row, then its units.
  NHOM_TIEU_DE(Scope.LEVEL, APPRAISAL, SUBMISSION, DECISION),
  NHOM_MUC_DO(Scope.LEVEL, APPRAISAL, SUBMISSION, DECISION),
  NHOM_SO_DON_VI(Scope.LEVEL, APPRAISAL, SUBMISSION, DECISION),
  DANH_SACH_STT(Scope.LISTED, APPRAISAL, SUBMISSION, DECISION),
  DANH_SACH_TEN(Scope.LISTED, APPRAISAL, SUBMISSION, DECISION),
  DANH_SACH_MA(Scope.LISTED, APPRAISAL, SUBMISSION, DECISION),
  DANH_SACH_LOAI(Scope.LISTED, APPRAISAL, SUBMISSION, DECISION),
  DANH_SACH_MUC_DO(Scope.LISTED, APPRAISAL, SUBMISSION, DECISION),
  DANH_SACH_HINH_THUC(Scope.LISTED, APPRAISAL, SUBMISSION, DECISION),
  DANH_SACH_THOI_HAN(Scope.LISTED, APPRAISAL, SUBMISSION, DECISION);

  /**
   * Where a field may stand: anywhere in the document, in a table row repeated once per item of its kind,
   * or as a condition that keeps or drops its paragraph.
   */
  public enum Scope {
    DOCUMENT, CONDITION, MEMBER, UNIT, RECOGNISED, INDICATOR, LEVEL, LISTED, REASON;

    /** Whether a field of this scope makes the table row it stands in repeat. */
    public boolean repeats() {
      return this != DOCUMENT && this != CONDITION;
    }

    /** The kind whose rows a row of this kind follows as a group. */
    public Optional<Scope> parent() {
      return this == INDICATOR ? Optional.of(RECOGNISED) : this == LISTED ? Optional.of(LEVEL) : Optional.empty();
    }
  }

  private final Scope scope;
  private final Set<OfficeDocument> documents;

  /** A field of the office every document has. */
  OfficeField() {
    this(Scope.DOCUMENT);
  }

  OfficeField(Scope scope) {
    this.scope = scope;
    this.documents = EnumSet.allOf(OfficeDocument.class);
  }

  OfficeField(Scope scope, OfficeDocument first, OfficeDocument... rest) {
    this.scope = scope;
    this.documents = EnumSet.of(first, rest);
  }

  public Scope scope() {
    return scope;
  }

  /** Whether every document has it: the office's own fields, the only ones a letter's header may hold. */
  public boolean common() {
    return documents.size() == OfficeDocument.values().length;
  }

  public boolean in(OfficeDocument document) {
    return documents.contains(document);
  }

  /** How a form writes it, without the braces: {@code co_quan}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The fields of a document, in this order. */
  public static List<OfficeField> of(OfficeDocument document) {
    return java.util.Arrays.stream(values()).filter(f -> f.in(document)).toList();
  }

  public static Optional<OfficeField> of(String key) {
    for (OfficeField field : values()) {
      if (field.key().equals(key)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
