package vn.dvht.assess;

import java.util.Optional;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Warnings;
import vn.dvht.input.ReadUnit;
import vn.dvht.model.RulesetInfo;
import vn.dvht.model.Unit;
import vn.dvht.model.UnitProfile;
import vn.dvht.ruleset.LoadedRuleset;

/**
 * Settles the assessment year — {@code --year} wins over the unit sheet — and warns when the chosen
 * ruleset's circular did not govern that year (seed 004 cites TT 22 for 2025): evaluated as asked,
 * never silently.
 */
final class YearCheck {
  private YearCheck() {}

  static ReadUnit apply(ReadUnit read, Optional<Integer> year, LoadedRuleset loaded) {
    Unit unit = read.unit();
    Warnings warnings = read.warnings();
    UnitProfile profile = unit.profile();
    if (year.isPresent() && year.get() != profile.year()) {
      warnings = warnings.with(Diagnostic.warning("W001", new SourcePosition.InFile(read.files().get(0).name()),
          Messages.get("year.overridden", profile.year(), year.get())));
      profile = profile.withYear(year.get());
      unit = new Unit(profile, unit.facts(), unit.members());
    }
    RulesetInfo info = loaded.ruleset().info();
    if (!info.governs(profile.year())) {
      warnings = warnings.with(Diagnostic.warning("W002", new SourcePosition.InFile(loaded.origin()),
          Messages.get("year.outOfForce", info.circular(), Phrases.date(info.effectiveFrom()),
              info.effectiveUntil().equals(RulesetInfo.OPEN_END) ? "…" : Phrases.date(info.effectiveUntil()),
              profile.year())));
    }
    return new ReadUnit(unit, warnings, read.files(), read.layout());
  }

  /** dd/MM/yyyy, as dates are written in Vietnamese documents. */
  private static final class Phrases {
    static String date(java.time.LocalDate date) {
      return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
  }
}
