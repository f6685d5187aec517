package vn.dvht.model;

/**
 * Whether a unit-level indicator (a unit fact or rank on the "Đơn vị" sheet) answered "Có", with a
 * score or with a rank counts only with something in its "Minh chứng" cell: Thông tư 24/2023 Điều 9,
 * 15 khoản 3, "Các tiêu chí, chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt".
 * {@code citation} is shown beside the verdict, {@code text} quotes the rule. Whether the evidence is
 * <em>suitable</em> stays with the council: dvht checks only that the cell is not empty.
 */
public record EvidenceRule(boolean required, String citation, String text) {
  /** No evidence rule: an answer stands on its own (Thông tư 22/2020 as dvht encodes it). */
  public static final EvidenceRule NONE = new EvidenceRule(false, "", "");

  /** Whether this rule holds the answer not met: it claims the indicator and its "Minh chứng" is empty. */
  public boolean fails(Answer answer, String evidence) {
    return required && unbacked(answer, evidence);
  }

  /** The answer claims the indicator ("Có", a score above zero, a rank other than none) with an empty evidence. */
  public static boolean unbacked(Answer answer, String evidence) {
    boolean claims = answer instanceof Answer.Flag f ? f.yes()
        : answer instanceof Answer.Score s ? s.value().signum() > 0
        : answer instanceof Answer.Rank r && r.rank() > 0;
    return claims && evidence.isBlank();
  }
}
