package vn.dvht.model;

import java.util.Optional;

/**
 * The office's Word documents a province may give its own form for ({@code report.office} of a ruleset),
 * by the key the ruleset names them with. The answer is one letter per unit not recognised at the level it
 * asked for: its form is filled once per unit, each letter a section of one file.
 */
public enum OfficeDocument {
  /** Văn bản trả lời đơn vị không được công nhận (Điều 10, 16 khoản 2 điểm d). */
  ANSWER("answer"),
  /** Báo cáo thẩm định của Hội đồng, with each recognised unit's summary table (khoản 2 điểm đ). */
  APPRAISAL("appraisal"),
  /** Tờ trình đề nghị công nhận to the Chairman of the People's Committee (khoản 2 điểm đ). */
  SUBMISSION("submission"),
  /** Dự thảo Quyết định công nhận with its list of recognised units (khoản 2 điểm đ). */
  DECISION("decision");

  private final String key;

  OfficeDocument(String key) {
    this.key = key;
  }

  /** How a ruleset names it under {@code report.office}. */
  public String key() {
    return key;
  }

  /** Whether its form is filled once per unit, each copy a section of its own. */
  public boolean perUnit() {
    return this == ANSWER;
  }

  public static Optional<OfficeDocument> of(String key) {
    for (OfficeDocument d : values()) {
      if (d.key.equals(key)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
