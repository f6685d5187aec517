package vn.dvht.report;

import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.MemberGap;
import vn.dvht.eval.Verdicts;
import vn.dvht.model.Unit;

/** What a renderer renders: the result, the data warnings met while reading, and the stamp. */
public record Assessment(EvaluationResult result, List<Diagnostic> warnings, Stamp stamp) {
  public Assessment {
    warnings = List.copyOf(warnings);
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
        r.scorecard(), r.populationCounts()), warnings, stamp);
  }
}
