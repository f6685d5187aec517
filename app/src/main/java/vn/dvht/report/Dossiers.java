package vn.dvht.report;

import java.util.Optional;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.model.Dossier;

/**
 * Where a unit's dossier goes and who decides on it, in words: the ruleset's {@link Dossier} for the
 * unit's authority level and assessment year, or a blank and the ruleset's note when it names none.
 */
final class Dossiers {
  private Dossiers() {}

  /** Where the unit's dossier goes and who decides for its authority and year, if the ruleset says. */
  static Optional<Dossier> dossier(EvaluationResult result) {
    var profile = result.unit().profile();
    return result.ruleset().authority(profile.authority()).dossierFor(profile.year());
  }

  /** The body that receives the dossier ("Sở Giáo dục và Đào tạo"), or a blank for the clerk to fill. */
  static String recipient(Wording words, EvaluationResult result) {
    return dossier(result).map(Dossier::recipient).filter(r -> !r.isBlank())
        .orElse(words.get("dossier.recipientUnknown"));
  }

  /** "Thẩm quyền công nhận: Chủ tịch Ủy ban nhân dân cấp tỉnh (Điều 11).", or that the ruleset does not say. */
  static String decidedBy(Wording words, EvaluationResult result) {
    var dossier = dossier(result);
    if (dossier.isPresent() && !dossier.get().decidedBy().isBlank()) {
      return words.get("dossier.decidedBy", dossier.get().decidedBy(), dossier.get().citation());
    }
    return words.get("dossier.decidedByUnknown", dossier.map(Dossier::citation)
        .orElse(result.ruleset().info().circular()));
  }

  /** What the clerk must check about where the dossier goes, or "". */
  static String dossierNote(Wording words, EvaluationResult result) {
    return dossier(result).map(Dossier::note).filter(n -> !n.isBlank())
        .map(n -> words.get("dossier.note", n)).orElse("");
  }
}
