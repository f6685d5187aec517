package vn.dvht.report;

import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.MemberGap;
import vn.dvht.eval.Verdicts;
import vn.dvht.model.Unit;

/**
 * What a renderer renders: the result, the data warnings met while reading, the stamp, and the unit's
 * member file as given with the files written for it.
 */
public record Assessment(EvaluationResult result, List<Diagnostic> warnings, Stamp stamp, UnitFiles files) {
  public Assessment {
    warnings = List.copyOf(warnings);
  }

  /** An assessment of the member file the stamp names first, with no file written for it yet. */
  public Assessment(EvaluationResult result, List<Diagnostic> warnings, Stamp stamp) {
    this(result, warnings, stamp, new UnitFiles(stamp.inputs().isEmpty() ? "" : stamp.inputs().get(0).file(), List.of()));
  }

  /** This assessment naming the files written for its unit. */
  public Assessment withFiles(UnitFiles files) {
    return new Assessment(result, warnings, stamp, files);
  }

  /**
   * This assessment without what only the unit's own files show — its members, their verdicts and,
   * unless {@code keepGapMembers}, the members named in its gap lists (every count stays) — so that a
   * batch of thousands of units keeps their results, not their members.
   */
  public Assessment summary(boolean keepGapMembers) {
    EvaluationResult r = result;
    Unit unit = new Unit(r.unit().profile(), r.unit().facts(), List.of());
    List<MemberGap> gaps = keepGapMembers ? r.gaps()
        : r.gaps().stream().map(g -> new MemberGap(g.indicator(), g.field(), List.of(), g.total())).toList();
    return new Assessment(new EvaluationResult(r.ruleset(), unit, r.levels(), gaps, Verdicts.NONE, r.procedures(),
        r.scorecard(), r.populationCounts()), warnings, stamp, files);
  }
}
