package vn.dvht.report;

import java.util.List;
import vn.dvht.diag.Warnings;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.MemberGap;
import vn.dvht.eval.Verdicts;
import vn.dvht.model.Unit;

/**
 * What a renderer renders: the result, the data warnings met while reading (each counted, the first of
 * each code listed), the stamp, and the unit's
 * member file as given with the files written for it. {@code form} is the result in the language of the
 * ruleset's report template when that is not the run's (a Vietnamese province form in an English run),
 * else the result itself. {@code wording} is the run's language, decided once by the command line: every
 * renderer words its output with it, never with process-wide state.
 */
public record Assessment(EvaluationResult result, Warnings warnings, Stamp stamp, UnitFiles files,
    EvaluationResult form, Wording wording) {
  public Assessment(EvaluationResult result, Warnings warnings, Stamp stamp, UnitFiles files, Wording wording) {
    this(result, warnings, stamp, files, result, wording);
  }

  /** This assessment with the result its report template is filled from. */
  public Assessment withForm(EvaluationResult form) {
    return new Assessment(result, warnings, stamp, files, form, wording);
  }

  /**
   * This assessment as its report template reads it: the form's result in place of the run's, worded
   * in the form's own {@code language} ("vi", "en") whatever the run's.
   */
  public Assessment asForm(String language) {
    return new Assessment(form, warnings, stamp, files, form, wording.in(language));
  }

  /** An assessment of the member file the stamp names first, with no file written for it yet. */
  public Assessment(EvaluationResult result, Warnings warnings, Stamp stamp, Wording wording) {
    this(result, warnings, stamp, new UnitFiles(stamp.inputs().isEmpty() ? "" : stamp.inputs().get(0).file(), List.of()),
        wording);
  }

  /** This assessment naming the files written for its unit. */
  public Assessment withFiles(UnitFiles files) {
    return new Assessment(result, warnings, stamp, files, form, wording);
  }

  /**
   * This assessment without what only the unit's own files show — its members, their verdicts and,
   * unless {@code keepDetail}, the members named in its gap lists and its warnings one by one (every
   * count stays) — so that a batch of thousands of units keeps their results, not their members.
   */
  public Assessment summary(boolean keepDetail) {
    EvaluationResult r = result;
    Unit unit = new Unit(r.unit().profile(), r.unit().facts(), List.of());
    List<MemberGap> gaps = keepDetail ? r.gaps()
        : r.gaps().stream().map(g -> new MemberGap(g.indicator(), List.of(), g.total())).toList();
    return new Assessment(new EvaluationResult(r.ruleset(), unit, r.levels(), gaps, Verdicts.NONE, r.procedures(),
        r.scorecard(), r.populationCounts(), r.decision()),
        keepDetail ? warnings : warnings.countsOnly(), stamp, files, wording);
  }
}
